/**
 * The kinds of file Annalist reads, told apart by name and, for `.json`, by content:
 * - `json`, `yaml`: corpus files holding any of the lists `sources`, `themes`, `passages`;
 * - `csl-json`: a list of CSL-JSON items as Zotero or Better BibTeX export them (sources only);
 * - `bibtex`: a BibTeX or BibLaTeX file as Zotero or Better BibTeX export it (sources only).
 */
export type CorpusFileFormat = 'json' | 'yaml' | 'csl-json' | 'bibtex';

/** File name endings Annalist reads in a corpus folder. */
export const CORPUS_FILE_EXTENSIONS = ['.json', '.yaml', '.yml', '.bib', '.bibtex', '.biblatex'] as const;

/** The name pattern of corpus files found anywhere in a workspace. */
export const CORPUS_FILE_GLOB = '**/*.annalist.{json,yaml,yml}';

/** True for a name Annalist reads when it lies in a corpus folder. */
export function isCorpusFileName(path: string): boolean {
  const lower = path.toLowerCase();
  return CORPUS_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** True for a file found anywhere in a workspace: `*.annalist.json`, `*.annalist.yaml`. */
export function isAnnalistFileName(path: string): boolean {
  return /\.annalist\.(json|ya?ml)$/i.test(path);
}

/** What kind of file `path` is; a `.json` file whose text starts with `[` is CSL-JSON. */
export function corpusFileFormat(path: string, text: string): CorpusFileFormat {
  const lower = path.toLowerCase();
  if (/\.(bib|bibtex|biblatex)$/.test(lower)) return 'bibtex';
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  if (lower.endsWith('.csl.json')) return 'csl-json';
  if (lower.endsWith('.annalist.json')) return 'json';
  return /^[\s\uFEFF]*\[/.test(text.slice(0, 4096)) ? 'csl-json' : 'json';
}
