/**
 * Every id Annalist contributes, in one place. The manifest test checks that package.json
 * declares exactly these, so a rename cannot leave a dangling command or view.
 */

/** Commands people run from the palette, menus or keybindings. */
export const Commands = {
  insertCitation: 'annalist.insertCitation',
  insertQuotation: 'annalist.insertQuotation',
  copyCitation: 'annalist.copyCitation',
  chooseCitationStyle: 'annalist.chooseCitationStyle',
  insertBibliography: 'annalist.insertBibliography',
  exportBibliography: 'annalist.exportBibliography',
  filterPassages: 'annalist.filterPassages',
  clearFilter: 'annalist.clearFilter',
  revealInThemes: 'annalist.revealInThemes',
  renumberFootnotes: 'annalist.renumberFootnotes',
  newCorpusFile: 'annalist.newCorpusFile',
  addPassageFromSelection: 'annalist.addPassageFromSelection',
  reloadCorpus: 'annalist.reloadCorpus',
  showCorpusLog: 'annalist.showCorpusLog',
} as const;

/** Settings, all under `annalist.`; each has a markdownDescription in package.json. */
export const Settings = {
  citationStyle: 'annalist.citationStyle',
  citationFormat: 'annalist.citationFormat',
  latexCommand: 'annalist.latexCommand',
  ibid: 'annalist.footnotes.ibid',
  renumberAutomatically: 'annalist.footnotes.renumberAutomatically',
  blockQuotationWords: 'annalist.quotation.blockThreshold',
  askForLocator: 'annalist.locator.ask',
  completionTrigger: 'annalist.completion.trigger',
  checkMisquote: 'annalist.check.misquote',
  checkUnattributedQuotation: 'annalist.check.unattributedQuotation',
  checkWrongSource: 'annalist.check.wrongSource',
  checkUnknownCitationKey: 'annalist.check.unknownCitationKey',
  checkDelay: 'annalist.check.delay',
} as const;

/** The view container and its views. */
export const Views = {
  container: 'annalist',
  themes: 'annalist.themes',
  sources: 'annalist.sources',
  people: 'annalist.people',
  timeline: 'annalist.timeline',
} as const;

/** Context keys set by Annalist for `when` clauses. */
export const ContextKeys = {
  /** `loading`, `ready`, `empty` or `failed`. */
  corpusState: 'annalist.corpusState',
  /** True while a filter narrows the passage views. */
  filterActive: 'annalist.filterActive',
} as const;

/** Tree item context values matched by `viewItem == …` in menus. */
export const TreeItemKinds = {
  theme: 'theme',
  passage: 'passage',
} as const;

/** Status bar items, by the id VS Code keeps their visibility under. */
export const StatusBarItems = {
  corpus: 'annalist.corpusStatus',
  citationStyle: 'annalist.citationStyle',
} as const;

/** The extension's id as VS Code knows it (`publisher.name`). */
export const EXTENSION_ID = 'annalist.annalist';
