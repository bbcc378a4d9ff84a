import { checkDocument, type Language, type QuoteFinding } from '../core/quotes';
import { TextPositions } from '../core/corpus/textPosition';
import { ExitCode, type CliContext } from './cliContext';
import { escapedJson } from '../core/escape/json';
import { FileRefused } from './readTextFile';
import { USAGES } from './usage';

/** What `annalist check` needs: the CLI's streams and corpus, and a way to read the essays. */
export type CheckContext = CliContext & { readFile(path: string): string };

const USAGE = USAGES.check;

/**
 * `annalist check FILE… [--format json]`: checks the quotations of essays against the corpus
 * and prints each finding as `file:line:col: severity: message [rule]`, or all of them as JSON.
 * Exits 1 when a finding is an error, 0 otherwise, and 2 on wrong usage or an unreadable file.
 */
export function runCheck(args: string[], ctx: CheckContext): number {
  let format: 'text' | 'json' = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === '--format' ? args[++i] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (arg === '--format' || arg.startsWith('--format=')) {
      if (value !== 'text' && value !== 'json') return usage(ctx, `--format takes text or json, not ${value === undefined ? 'nothing' : `"${value}"`}`);
      format = value;
    } else if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return usage(ctx, `unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return usage(ctx, 'name at least one file to check');

  const records: ReturnType<typeof record>[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = ctx.readFile(file);
    } catch (e) {
      ctx.err(`annalist check: ${e instanceof FileRefused ? e.message : `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`}`);
      return ExitCode.usage;
    }
    const lines = new TextPositions(text);
    for (const f of checkDocument(text, languageOf(file), ctx.corpus)) {
      const r = record(file, f, lines);
      if (f.severity === 'error') failed = true;
      if (format === 'json') records.push(r);
      else ctx.out(`${file}:${r.line}:${r.column}: ${f.severity}: ${f.message} [${f.rule}]`);
    }
  }
  if (format === 'json') ctx.out(escapedJson(records));
  return failed ? ExitCode.failure : ExitCode.ok;
}

/** The markup of a file, by its extension. */
export function languageOf(file: string): Language {
  const lower = file.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.tex')) return 'latex';
  return 'plaintext';
}

function record(file: string, f: QuoteFinding, lines: TextPositions) {
  const start = lines.at(f.start);
  const end = lines.at(f.end);
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    ...(f.passageId !== undefined ? { passageId: f.passageId } : {}),
    ...(f.nearestKeys !== undefined ? { nearestKeys: f.nearestKeys } : {}),
    ...(f.diff ? { diff: f.diff } : {}),
    ...(f.replacement ? { replacement: f.replacement } : {}),
    ...(f.citation ? { citation: f.citation } : {}),
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ ...e, startPosition: lines.at(e.start), endPosition: lines.at(e.end) })),
    })),
  };
}

function usage(ctx: CheckContext, problem: string): number {
  ctx.err(`annalist check: ${problem}\n${USAGE}`);
  return ExitCode.usage;
}
