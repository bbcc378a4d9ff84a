import { formatBytes, MAX_FILE_BYTES } from '../core/fileLimits';
import { CORPUS_OPTIONS_USAGE } from './cliCorpus';

const HELP_OPTION = '  -h, --help      print this usage';

const CORPUS_NOTE = `Without --corpus, the corpus is what the editor finds in the current folder: every
*.annalist.json|yaml|yml file (outside hidden folders and node_modules), what
annalist.corpus.paths in .vscode/settings.json names, and the bundled corpus (unless
annalist.corpus.includeBundled is false). Problems in corpus files are printed on stderr as
FILE:LINE:COLUMN: SEVERITY: FIELD: MESSAGE, and the rest of the corpus loads.`;

const EXIT = 'exit status: 0 on success, 1 when nothing was found (or, for check, a finding is an error), 2 on wrong usage';

function usage(synopsis: string, what: string, options: string[]): string {
  return [`usage: ${synopsis}`, `  ${what}`, 'options:', ...options, CORPUS_OPTIONS_USAGE, HELP_OPTION, CORPUS_NOTE, EXIT].join('\n');
}

/** The usage of each subcommand, printed by `annalist COMMAND --help` and after a usage error. */
export const USAGES = {
  passages: usage('annalist passages [--json] [--corpus PATH…] [--no-bundled]', 'Lists every passage with its source, kind, attribution and themes.', [
    '  --json          print the passages as JSON',
  ]),
  search: usage('annalist search QUERY… [--json] [--limit N] [--corpus PATH…] [--no-bundled]', "Passages ranked by the editor's search.", [
    '  --json          print the passages found as JSON, with their scores',
    '  --limit N       print at most N passages (default 10)',
  ]),
  cite: usage(
    'annalist cite ID [--style STYLE] [--form FORM] [--format FORMAT] [--locator L] [--json] [--corpus PATH…] [--no-bundled]\n' +
      '       annalist cite --all [--style STYLE] [--form FORM] [--format FORMAT] [--json] [--corpus PATH…] [--no-bundled]',
    'A citation of a passage or source id; with --all, a first citation of every source of the\n  corpus files (those of --corpus, or the folder\'s own), one per line as ID<TAB>CITATION.',
    [
      '  --style STYLE   chicago-notes-bibliography (default), chicago-notes-bibliography-17th-edition,',
      '                  chicago-author-date, chicago-author-date-17th-edition, modern-language-association, apa',
      '  --form FORM     note (default), short-note, bibliography, in-text, narrative',
      '  --format FORMAT plain (default), markdown, latex, html',
      '  --locator L     a page or other place in the source: 99, "pp. 12-14", "para. 3", "fol. 12r"',
      '  --all           cite every source of the corpus files instead of one id',
      '  --json          print one JSON object mapping each id to its citation',
    ],
  ),
  bib: usage('annalist bib [--style STYLE] [--format FORMAT] [ID…] [--corpus PATH…] [--no-bundled]', 'The bibliography of the given sources (a passage id stands for its source), or of every source.', [
    '  --style STYLE   one of the styles of annalist cite (default chicago-notes-bibliography)',
    '  --format FORMAT plain (default), markdown, latex, html',
  ]),
  export: usage('annalist export --format csl-json|bibtex [--corpus PATH…] [--no-bundled]', 'Every source of the corpus, for pandoc --citeproc, Zotero or LaTeX.', [
    '  --format F      csl-json or bibtex (required)',
  ]),
  check: usage('annalist check FILE… [--format text|json] [--corpus PATH…] [--no-bundled]', 'Misquotations, unattributed quotations, wrong sources and unknown keys in essays\n  (.md, .tex, or plain text), each as FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE].', [
    '  --format F      text (default) or json',
    `Each FILE must be a regular file of at most ${formatBytes(MAX_FILE_BYTES)}.`,
  ]),
} as const;

/** The commands with a usage in {@link USAGES}. */
export type CommandName = keyof typeof USAGES;
