/**
 * The passage search behind the quick pick, completions and the CLI. Pure: no VS Code, no
 * file system. See ARCHITECTURE.md, "Search", for the design and its measurements.
 */
export { createPassageSearch, DEFAULT_LIMIT, type PassageSearch, type SearchHit, type SearchOptions } from './passageSearch';
export { parseQuery, parseYears, type ParsedQuery, type YearRange } from './parseQuery';
export { normalizeWord, tokenize, type Token } from './normalize';
