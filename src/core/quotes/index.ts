/**
 * Quotation checking: finds the quotations of a Markdown, LaTeX or plain-text essay, matches
 * each against every passage of the corpus, and reports misquotations (with a word diff and
 * the source's wording as a fix), quotations without a citation, citations of the wrong
 * source and unknown citation keys. Pure: no VS Code, no file system. The editor keeps one
 * `DocumentQuoteChecker` per document and calls `update` on every change; see README.md here for
 * the rules (what counts as a quotation of a passage, what is accepted, what "nearby" means).
 */
import type { CorpusIndex } from '../model';
import { essayTokens } from './essayTokens';
import { materialize } from './diff';
import { matchTokens } from './matchQuotation';
import { passageIndexOf } from './passageIndex';
import type { QuoteMatch, Quotation } from './types';

export type {
  CitationSlot,
  DiffPart,
  FixEdit,
  Language,
  QuoteCheckOptions,
  QuoteFinding,
  QuoteFix,
  QuoteMark,
  QuoteMatch,
  Quotation,
  RuleId,
  Severity,
  WordDiff,
} from './types';
export { DocumentQuoteChecker, checkDocument, type CheckStats, type TextChange } from './checker';
export { findQuotations } from './findQuotations';
export { DEFAULT_SEVERITY, RULES, severityOf } from './rules';
export { MIN_CONTENT_WORDS, MIN_WORDS } from './matchQuotation';
export { nearestKeys } from './nearestKeys';
export { addEdits, pendingChange, type EditorChange, type PendingEdits } from './pendingEdits';

/**
 * The passage a quotation quotes, with the word diff, or undefined when the quoted words are
 * not a quotation of any passage (too short or common, a title, or no passage is close).
 * A `cited-only` match ("a living hell") counts only where a citation follows the quotation.
 */
export function matchQuotation(q: Quotation, index: CorpusIndex): QuoteMatch | undefined {
  const tokens = essayTokens(q.text, 0, q.text.length, q.language).map((t) => ({ ...t, start: t.start + q.contentStart, end: t.end + q.contentStart }));
  const m = tokens.length > 0 ? matchTokens(tokens, passageIndexOf(index)) : undefined;
  return m ? materialize(m, tokens, { text: q.text, base: q.contentStart }) : undefined;
}

/** Builds the matching index of a corpus ahead of the first check (it is built lazily otherwise). */
export function prepareCorpus(index: CorpusIndex): void {
  passageIndexOf(index);
}
