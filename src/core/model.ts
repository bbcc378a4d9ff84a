/**
 * The corpus model: sources (CSL-JSON compatible), passages (verbatim spans of a source)
 * and themes. Everything here is plain data so that it can be parsed, validated, searched
 * and formatted without VS Code or a file system.
 */

/** A personal name as CSL-JSON writes it. `literal` is for institutions and groups. */
export interface CslName {
  family?: string;
  given?: string;
  /** Particles such as "de" or "van" that sort with the given name. */
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/**
 * A CSL-JSON date. `date-parts` holds one `[year, month?, day?]` array, or two for a range.
 * Seasons are months 21 (spring) to 24 (winter), as CSL-JSON defines them.
 */
export interface CslDate {
  'date-parts'?: number[][];
  season?: number | string;
  circa?: boolean;
  literal?: string;
}

/** The CSL item types Annalist formats. */
export type SourceType =
  | 'article-journal'
  | 'post-weblog'
  | 'book'
  | 'chapter'
  | 'article-newspaper'
  | 'article-magazine'
  | 'webpage'
  | 'manuscript'
  | 'letter'
  | 'interview'
  | 'report'
  | 'thesis';

/**
 * A bibliographic source: a CSL-JSON item. Fields that are unknown are absent, never guessed:
 * a blog post with no known author has no `author`, and the formatters handle the absence.
 */
export interface Source {
  id: string;
  type: SourceType;
  title: string;
  'title-short'?: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  interviewer?: CslName[];
  recipient?: CslName[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  archive?: string;
  'archive_collection'?: string;
  'archive-place'?: string;
  'archive_location'?: string;
  genre?: string;
  medium?: string;
  number?: string;
  volume?: string;
  issue?: string;
  page?: string;
  edition?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  DOI?: string;
  note?: string;
}

/**
 * Whose words a passage holds:
 * - `paraphrase`: the source's own words (for the blog, its summary of an article);
 * - `quotation`: the words of the original work's author, quoted by the source;
 * - `actor-quotation`: a historical actor's words, quoted by the original work.
 */
export type PassageKind = 'paraphrase' | 'quotation' | 'actor-quotation';

/** An editorial remark about a passage, kept apart from its verbatim text. */
export interface EditorialNote {
  /** `sic` marks an error as printed; `note` states a documented correction or context. */
  kind: 'sic' | 'note';
  /** The verbatim words of the passage text the note refers to. */
  target: string;
  /** The note itself; required for `note`, optional for `sic`. */
  text?: string;
}

/** A verbatim span of a source, with what it is about. */
export interface Passage {
  /** Stable id, lowercase words joined by hyphens. */
  id: string;
  /** The source in which this text is printed (where the reader read it). */
  source: string;
  kind: PassageKind;
  /** The text exactly as printed: spelling, punctuation and quotation marks unchanged. */
  text: string;
  /**
   * When `text` frames quoted words (`X said "…"`), the quoted words alone, verbatim and
   * without their enclosing quotation marks. Insert Quotation inserts these.
   */
  quote?: string;
  /** Who spoke or wrote the quoted words (`quotation`, `actor-quotation`). */
  speaker?: string;
  /** The work that `source` quotes or paraphrases, when known: cited "quoted in" `source`. */
  original?: string;
  /** Page or other locator within `source`, when printed. */
  page?: string;
  themes: string[];
  people: string[];
  places: string[];
  /** The year or years the passage speaks of (not the year it was written). */
  years: number[];
  editorial?: EditorialNote[];
}

/** A theme in a small hierarchy; `parent` names another theme's id. */
export interface Theme {
  id: string;
  label: string;
  description: string;
  parent?: string;
}

/** A loaded corpus. Ids are unique within each list. */
export interface Corpus {
  sources: Source[];
  passages: Passage[];
  themes: Theme[];
}

/** A problem found while loading a corpus file, located for the Problems panel and the CLI. */
export interface CorpusProblem {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** JSON path of the field at fault, for example `passages[3].themes[0]`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Index maps for quick lookups; built once per corpus. */
export interface CorpusIndex {
  corpus: Corpus;
  sourceById: ReadonlyMap<string, Source>;
  passageById: ReadonlyMap<string, Passage>;
  themeById: ReadonlyMap<string, Theme>;
}

/** Builds the lookup maps of a corpus. */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  return {
    corpus,
    sourceById: new Map(corpus.sources.map((s) => [s.id, s])),
    passageById: new Map(corpus.passages.map((p) => [p.id, p])),
    themeById: new Map(corpus.themes.map((t) => [t.id, t])),
  };
}

/** The words Insert Quotation inserts: the quoted words if the passage frames some. */
export function quotationText(passage: Passage): string {
  return passage.quote ?? passage.text;
}
