import { indexCorpus } from '../core/model';
import { runBib } from './bibCommand';
import { runCheck } from './checkCommand';
import { runCite } from './citeCommand';
import { ExitCode, terminalOutput, type CliContext } from './cliContext';
import { runExport } from './exportCommand';
import { runPassages } from './passagesCommand';
import { readBundledCorpus } from './readBundledCorpus';
import { readTextFile } from './readTextFile';
import { runSearch } from './searchCommand';
import { nodeValidateContext, runValidate } from './validateCommand';

const HELP = `annalist — cite and quote the passages of the Annalist corpus

usage:
  annalist passages [--json]                 every passage with its source, kind, attribution and themes
  annalist search QUERY… [--json] [--limit N] passages ranked by the editor's search
  annalist cite ID [--style S] [--form F] [--format M] [--locator L]
                                             a citation of a passage or source id
  annalist bib [--style S] [--format M] [ID…] a bibliography of the given (or all) sources
  annalist export --format csl-json|bibtex   the sources for pandoc or LaTeX
  annalist check FILE… [--format json]       misquotations, unattributed quotations, wrong sources
                                             and unknown keys; exits 1 when any is an error
  annalist validate PATH… [--json] [--strict] [--no-bundled]
                                             check corpus files and Zotero exports: every problem with its
                                             file, line, column and field; exits 1 on any error
  annalist help                              this text`;

const COMMANDS: Record<string, (args: string[], ctx: CliContext) => number> = {
  passages: runPassages,
  search: runSearch,
  cite: runCite,
  bib: runBib,
  export: runExport,
  validate: (args, ctx) => runValidate(args, { ...nodeValidateContext(), out: ctx.out, err: ctx.err }),
  check: (args, ctx) => runCheck(args, { ...ctx, readFile: readTextFile }),
};

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code. Every
 * line it prints shows control characters as `<U+001B>` (`terminalOutput`).
 */
export function main(argv: string[], terminal: Pick<CliContext, 'out' | 'err'>): number {
  const io = terminalOutput(terminal);
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`annalist: unknown command "${name}"\n\n${HELP}`);
    return ExitCode.usage;
  }
  const loaded = readBundledCorpus();
  for (const p of loaded.problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.field}: ${p.message}`);
  return command(args, { ...io, corpus: indexCorpus(loaded.corpus) });
}

/** Runs the CLI on the process's arguments and sets its exit code. */
export function run(): void {
  process.exitCode = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}

if (require.main === module) run();
