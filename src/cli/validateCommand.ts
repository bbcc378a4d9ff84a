import * as path from 'node:path';
import { isCorpusFileName, mergeCorpus, parseCorpusFile, type CorpusFileInput, type ParsedCorpusFile } from '../core/corpus';
import { formatBytes, MAX_FILE_BYTES } from '../core/fileLimits';
import type { CorpusProblem } from '../core/model';
import { bundledCorpusDir } from './readBundledCorpus';
import { escapedJson } from '../core/escape/json';
import { terminalText } from '../core/escape/terminalText';
import { FileRefused } from './readTextFile';
import { listCorpusFiles, readTextFile } from './cliFiles';

/** What `annalist validate` needs from the outside world; tests pass fakes. */
export interface ValidateContext {
  out(s: string): void;
  err(s: string): void;
  readFile(p: string): string;
  /** Every file below a folder, as `path.join(dir, …)` names it; it throws for a path that is not a folder. */
  listFiles?(dir: string): string[];
}

/** The usage of `annalist validate`, printed by `--help` and after a usage error. */
export const VALIDATE_USAGE = `usage: annalist validate [--json] [--strict] [--no-bundled] [PATH…] [--corpus PATH…]
  Checks corpus files (.json, .yaml), CSL-JSON and BibTeX exports, and the folders holding
  them, as the editor loads them: each problem is printed as FILE:LINE:COLUMN: SEVERITY: FIELD: MESSAGE.
  Without a path, checks what the editor finds in the current folder: every *.annalist.json|yaml|yml
  file and what annalist.corpus.paths in .vscode/settings.json names.
options:
  --json          print the problems and counts as JSON
  --strict        fail on warnings too
  --corpus PATH…  more files or folders to check, as the other commands take them
  --no-bundled    check references without the bundled corpus (by default passages may name its
                  sources and themes, as they may in the editor)
  -h, --help      print this usage
Only regular files of at most ${formatBytes(MAX_FILE_BYTES)} are read; a FIFO, a device or a larger file is reported.
exit status: 0 when no error was found, 1 when one was (or a warning, with --strict), 2 on wrong usage`;

/**
 * `annalist validate PATH…`: loads the given files and folders the way the editor does (with
 * the bundled corpus, unless `--no-bundled`), prints every problem with its place, and exits
 * non-zero on any error.
 */
export function runValidate(args: string[], ctx: ValidateContext): number {
  const options = { json: false, strict: false, bundled: true };
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--no-bundled') options.bundled = false;
    else if (arg === '--help' || arg === '-h') {
      ctx.out(VALIDATE_USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      ctx.err(`annalist validate: unknown option ${arg}\n${VALIDATE_USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  if (paths.length === 0) {
    ctx.err(`annalist validate: name at least one file or folder\n${VALIDATE_USAGE}`);
    return 2;
  }

  const unreadable: CorpusProblem[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const listed = listFolder(p, ctx);
    if (listed) files.push(...listed.filter(isCorpusFileName).sort());
    else files.push(p);
  }
  const parsed: ParsedCorpusFile[] = [];
  if (options.bundled) {
    const dir = bundledCorpusDir();
    for (const name of ['sources.json', 'themes.json', 'passages.json']) {
      const file = path.join(dir, name);
      const input = read(file, ctx, unreadable);
      if (input && !files.some((f) => path.resolve(f) === path.resolve(file))) parsed.push(parseCorpusFile(input));
    }
  }
  const own = new Set<string>();
  for (const file of [...new Set(files)]) {
    const input = read(file, ctx, unreadable);
    if (!input) continue;
    own.add(file);
    parsed.push(parseCorpusFile(input));
  }
  const loaded = mergeCorpus(parsed);
  const problems = [...unreadable, ...loaded.problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const { sources, themes, passages } = loaded.corpus;

  if (options.json) {
    ctx.out(escapedJson({ files: [...own], sources: sources.length, themes: themes.length, passages: passages.length, errors, warnings, problems }));
  } else {
    for (const p of problems) ctx.out(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    ctx.err(
      `annalist validate: ${plural(own.size, 'file')} checked; the corpus holds ${plural(passages.length, 'passage')}, ` +
        `${plural(sources.length, 'source')}, ${plural(themes.length, 'theme')}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    );
  }
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}

/**
 * A ValidateContext on the real file system and streams, with relative paths read from `cwd`;
 * folders are walked as the editor walks them (see `listCorpusFiles`).
 */
export function nodeValidateContext(cwd = process.cwd()): ValidateContext {
  return {
    out: (s) => process.stdout.write(`${terminalText(s)}\n`),
    err: (s) => process.stderr.write(`${terminalText(s)}\n`),
    readFile: (p) => readTextFile(path.resolve(cwd, p)),
    listFiles: (dir) => {
      const folder = path.resolve(cwd, dir);
      return listCorpusFiles(folder, []).map((file) => path.join(dir, path.relative(folder, file)));
    },
  };
}

function listFolder(p: string, ctx: ValidateContext): string[] | undefined {
  if (!ctx.listFiles) return undefined;
  try {
    return ctx.listFiles(p);
  } catch {
    return undefined;
  }
}

function read(file: string, ctx: ValidateContext, problems: CorpusProblem[]): CorpusFileInput | undefined {
  try {
    return { path: file, text: ctx.readFile(file).replace(/^\uFEFF/, '') };
  } catch (error) {
    const reason = error instanceof FileRefused ? error.reason : `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    problems.push({ file, line: 1, column: 1, field: '', message: reason, severity: 'error' });
    return undefined;
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
