/**
 * The public types of the quotation checker: quotations found in an essay, their match
 * against a passage, the word diff behind a misquote, and findings with exact fixes.
 * All offsets are UTF-16 offsets into the checked document text (VS Code's `offsetAt`).
 */
import type { Passage } from '../model';

/** The markup an essay is written in. */
export type Language = 'markdown' | 'latex' | 'plaintext';

/** The checks, each with its own severity setting. */
export type RuleId = 'misquote' | 'unattributed-quotation' | 'wrong-source' | 'unknown-citation-key';

/** How a finding is shown; the same levels as VS Code's `DiagnosticSeverity`. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Checker options: a severity per rule, or `off` to skip it. Unset rules keep their default. */
export interface QuoteCheckOptions {
  rules?: Partial<Record<RuleId, Severity | 'off'>>;
}

/** How a quotation is marked in the essay. */
export type QuoteMark =
  | 'straight-double'
  | 'straight-single'
  | 'curly-double'
  | 'curly-single'
  | 'guillemets'
  | 'latex-double'
  | 'latex-single'
  | 'latex-command'
  | 'markdown-block'
  | 'latex-environment'
  | 'indented-block';

/** A quoted span of the essay: inline between quotation marks, or a block quotation. */
export interface Quotation {
  kind: 'inline' | 'block';
  mark: QuoteMark;
  language: Language;
  /** The whole construct, marks (or `\begin{quote}…\end{quote}`, or the `> ` lines) included. */
  start: number;
  end: number;
  /** The quoted words: what lies between the marks. Fixes never edit outside this range. */
  contentStart: number;
  contentEnd: number;
  /** The document text of `[contentStart, contentEnd)`, markup included. */
  text: string;
  /** Block quotations: the inline quotations inside, checked when the block matches no passage. */
  inner?: Quotation[];
}

/** One part of a word diff between the source's words and the essay's. */
export interface DiffPart {
  /**
   * - `equal`: the same words (letter case and punctuation aside);
   * - `inserted`: words in the essay that the source does not have;
   * - `deleted`: source words missing from the essay without an ellipsis;
   * - `changed`: source words replaced by other words;
   * - `omitted`: source words left out and marked by an ellipsis (accepted);
   * - `interpolated`: a bracketed insertion standing for zero or more source words (accepted).
   */
  kind: 'equal' | 'inserted' | 'deleted' | 'changed' | 'omitted' | 'interpolated';
  /** The source's words as printed (empty for `inserted`). */
  sourceText: string;
  /** The essay's words as written (empty for `deleted`). */
  essayText: string;
  /** Offsets in the passage's `text`. */
  sourceStart: number;
  sourceEnd: number;
  /** Offsets in the document; an empty range where the essay has nothing (`deleted`). */
  essayStart: number;
  essayEnd: number;
}

/** Source words against essay words, for a hover. Parts are in reading order. */
export interface WordDiff {
  /** The span of the passage's `text` the quotation corresponds to, as printed. */
  source: string;
  /** The quotation's words as written in the essay. */
  essay: string;
  parts: DiffPart[];
}

/** A quotation matched to a passage. */
export interface QuoteMatch {
  passage: Passage;
  /** Other passages holding the same words equally well (a quotation reprinted in two sources). */
  alternatives: Passage[];
  /** True when the words agree once the accepted changes (ellipses, brackets, [sic]) are allowed. */
  exact: boolean;
  /**
   * `quotation`: long and distinctive enough to be a quotation of the passage on its own;
   * `cited-only`: a short span equal to a passage's whole `quote` ("a living hell"), which
   * counts as a quotation only when a citation follows it (otherwise it is a common phrase).
   */
  strength: 'quotation' | 'cited-only';
  diff: WordDiff;
  /** The quoted span in the passage's `text`. */
  sourceStart: number;
  sourceEnd: number;
}

/** A text replacement in document offsets: `[start, end)` becomes `text`. */
export interface FixEdit {
  start: number;
  end: number;
  text: string;
}

/** A quick fix: one undoable change made of non-overlapping edits, sorted by offset. */
export interface QuoteFix {
  title: string;
  edits: FixEdit[];
}

/** Where a citation of a passage belongs, for editors that format it their own way. */
export interface CitationSlot {
  passageId: string;
  /** After the closing quotation mark and any punctuation right after it. */
  offset: number;
}

/** One problem found in a document. */
export interface QuoteFinding {
  rule: RuleId;
  severity: Severity;
  /** The range to underline. */
  start: number;
  end: number;
  message: string;
  /** The passage the quotation was matched to. */
  passageId?: string;
  /** The quotation, marks included, when the finding is about one. */
  quotation?: { start: number; end: number };
  /** `misquote`: the word diff for the hover. */
  diff?: WordDiff;
  /**
   * `misquote`: the fix as one edit over the quoted words (`[contentStart, contentEnd)`), for
   * editors that prefer a single replacement; the fix itself edits only the differing words.
   */
  replacement?: FixEdit;
  /** `unattributed-quotation`: where the citation of `passageId` belongs. */
  citation?: CitationSlot;
  /** `unknown-citation-key`: the unknown key and the closest known keys, nearest first. */
  key?: string;
  nearestKeys?: string[];
  fixes: QuoteFix[];
}
