import type { StyleId } from '../citation';

/**
 * How a citation is written into a document:
 * - `footnote`: a note in the chosen style, as a Markdown footnote or a LaTeX `\footnote{}`
 *   (in-text styles write their parenthetical citation instead; plain text has no footnotes);
 * - `inline`: the citation in parentheses in the text;
 * - `pandoc`: a Pandoc citation key, `[@key, p. 99]`;
 * - `latex`: a biblatex command, `\autocite[99]{key}`.
 */
export type CitationFormat = 'footnote' | 'inline' | 'pandoc' | 'latex';

/** The biblatex commands offered for the `latex` format. */
export const LATEX_COMMANDS = ['autocite', 'cite', 'footcite', 'parencite', 'textcite'] as const;
export type LatexCommand = (typeof LATEX_COMMANDS)[number];

/** The settings that decide what a citation looks like, as one typed snapshot. */
export interface CitationSettings {
  style: StyleId;
  format: CitationFormat;
  latexCommand: LatexCommand;
  /** Write "Ibid." for a note that repeats the previous note's source (Chicago). */
  ibid: boolean;
}

export const DEFAULT_CITATION_SETTINGS: CitationSettings = {
  style: 'chicago-notes-bibliography',
  format: 'footnote',
  latexCommand: 'autocite',
  ibid: false,
};
