import * as path from 'node:path';
import { runBib } from './bibCommand';
import { runCheck } from './checkCommand';
import { runCite } from './citeCommand';
import { extractCorpusOptions, findFolderCorpus, loadCliCorpus } from './cliCorpus';
import { ExitCode, terminalOutput, type CliContext } from './cliContext';
import { isFolder, readTextFile } from './cliFiles';
import { runExport } from './exportCommand';
import { runPassages } from './passagesCommand';
import { runSearch } from './searchCommand';
import { USAGES, type CommandName } from './usage';
import { nodeValidateContext, runValidate, VALIDATE_USAGE } from './validateCommand';
import { cliVersion } from './version';

const HELP = `annalist — cite and quote the passages of the Annalist corpus and your own

usage:
  annalist passages [--json]                 every passage with its source, kind, attribution and themes
  annalist search QUERY… [--json] [--limit N] passages ranked by the editor's search
  annalist cite ID [--style S] [--form F] [--format M] [--locator L] [--json]
                                             a citation of a passage or source id
  annalist cite --all [--style S] [--form F] [--format M] [--json]
                                             a first citation of every source of your corpus files
  annalist bib [--style S] [--format M] [ID…] a bibliography of the given (or all) sources
  annalist export --format csl-json|bibtex   the sources for pandoc or LaTeX
  annalist check FILE… [--format json]       misquotations, unattributed quotations, wrong sources
                                             and unknown keys; exits 1 when any is an error
  annalist validate [PATH…] [--json] [--strict]
                                             check corpus files and Zotero exports: every problem with its
                                             file, line, column and field; exits 1 on any error
  annalist help                              this text
  annalist --version                         the version of Annalist

Every command but help takes --corpus PATH… (corpus files, CSL-JSON and BibTeX exports,
folders) and --no-bundled; without --corpus it reads what the editor finds in the current
folder (*.annalist.json|yaml|yml files and annalist.corpus.paths in .vscode/settings.json)
with the bundled corpus. \`annalist COMMAND --help\` describes each command.`;

/** A command: its arguments without the corpus options, the streams and the loaded corpus. */
type Command = (args: string[], ctx: CliContext) => number;

/** Where `main` runs: the folder it reads from (the process's working folder by default). */
export interface MainOptions {
  cwd?: string;
}

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code. Every
 * line it prints shows control characters as `<U+001B>` (`terminalOutput`).
 */
export function main(argv: string[], terminal: Pick<CliContext, 'out' | 'err'>, options: MainOptions = {}): number {
  const io = terminalOutput(terminal);
  const cwd = options.cwd ?? process.cwd();
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-V') {
    io.out(cliVersion());
    return ExitCode.ok;
  }
  const commands: Record<CommandName, Command> = {
    passages: runPassages,
    search: runSearch,
    cite: runCite,
    bib: runBib,
    export: runExport,
    check: (rest, ctx) => runCheck(rest, { ...ctx, readFile: (file) => readTextFile(path.resolve(cwd, file)) }),
  };
  if (name === 'validate') return validate(args, io, cwd);
  if (!Object.hasOwn(commands, name)) {
    io.err(`annalist: unknown command "${name}"\n\n${HELP}`);
    return ExitCode.usage;
  }
  const command = name as CommandName;
  if (wantsHelp(args)) {
    io.out(USAGES[command]);
    return ExitCode.ok;
  }
  const extracted = extractCorpusOptions(args, (p) => isFolder(path.resolve(cwd, p)));
  if (typeof extracted === 'string') {
    io.err(`annalist ${command}: ${extracted}\n${USAGES[command]}`);
    return ExitCode.usage;
  }
  const loaded = loadCliCorpus(extracted.options, cwd);
  for (const note of loaded.notes) io.err(`annalist: ${note}`);
  for (const p of loaded.problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  return commands[command](extracted.rest, { ...io, corpus: loaded.index, ownSources: loaded.ownSources });
}

/**
 * `annalist validate`: `--corpus PATH…` adds to the paths; with none at all, it checks the
 * folder's own corpus files, as the other commands would find them.
 */
function validate(args: string[], io: Pick<CliContext, 'out' | 'err'>, cwd: string): number {
  const ctx = { ...nodeValidateContext(cwd), out: io.out, err: io.err };
  if (wantsHelp(args)) return runValidate(['--help'], ctx);
  const extracted = extractCorpusOptions(args, (p) => isFolder(path.resolve(cwd, p)));
  if (typeof extracted === 'string') {
    io.err(`annalist validate: ${extracted}\n${VALIDATE_USAGE}`);
    return ExitCode.usage;
  }
  const { options, rest } = extracted;
  const paths = [...(options.paths ?? [])];
  let bundled = options.bundled;
  if (paths.length === 0 && !rest.some((a) => !a.startsWith('-'))) {
    const notes: string[] = [];
    const found = findFolderCorpus(cwd, notes);
    for (const note of notes) io.err(`annalist: ${note}`);
    paths.push(...found.files.map((f) => f.label));
    bundled &&= found.includeBundled;
  }
  return runValidate([...(bundled ? [] : ['--no-bundled']), ...rest, ...paths], ctx);
}

/** True when `--help` or `-h` comes before any `--`. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs the CLI on the process's arguments and sets its exit code. */
export function run(): void {
  process.exitCode = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}

if (require.main === module) run();
