/**
 * Annalist's CSL 1.0.2 processor: pure (no VS Code, no file system). It takes a style's XML,
 * locale XML (through a `LocaleSource`) and CSL-JSON items, and returns formatted citations
 * and bibliographies. A style is parsed once and compiled into closures (see `style.ts`).
 */
export { CslEngine } from './processor';
export type { Bibliography, EngineOptions } from './processor';
export type { CitationInput } from './positions';
export type { CiteItem, CslItem, CslName, CslDate } from './types';
export type { OutputFormat } from './output';
export type { LocaleSource } from './locale';
export { hasLocale } from './locale';
export { compileStyle } from './style';
export { CslError } from './xml';
