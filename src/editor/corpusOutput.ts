import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { CorpusSnapshot, CorpusStore } from './corpusStore';
import { terminalText } from '../core/escape/terminalText';

/** Problem lines written per load at most; the Problems panel has them all. */
const MAX_PROBLEM_LINES = 200;

/**
 * The "Annalist" output channel: one entry per corpus load, with its files, counts, time,
 * notes (such as the fields an import leaves out) and every problem with its place.
 * `Annalist: Show Corpus Log` opens it.
 */
export function registerCorpusOutput(store: CorpusStore): vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Annalist', { log: true });
  const subscription = store.onDidChange((snapshot) => {
    const [summary, ...details] = describeLoad(snapshot);
    if (snapshot.errorCount > 0) channel.warn(summary);
    else channel.info(summary);
    for (const line of details) channel.info(line);
  });
  const command = vscode.commands.registerCommand(Commands.showCorpusLog, () => channel.show(true));
  return vscode.Disposable.from(channel, subscription, command);
}

/** The lines logged for one load: a summary first, then files, notes and problems; control characters shown as `<U+001B>`. */
export function describeLoad(snapshot: CorpusSnapshot): string[] {
  const { corpus } = snapshot.index;
  const lines = [
    `Corpus load ${snapshot.generation}: ${count(corpus.passages.length, 'passage')}, ${count(corpus.sources.length, 'source')}, ` +
      `${count(corpus.themes.length, 'theme')} from ${count(snapshot.files.length, 'file')} in ${snapshot.loadMs.toFixed(0)} ms ` +
      `(longest pause ${snapshot.longestBlockMs.toFixed(0)} ms: ${phases(snapshot)}); ${count(snapshot.errorCount, 'error')}, ${count(snapshot.warningCount, 'warning')}`,
  ];
  for (const file of snapshot.files) {
    const records = [count(file.sources, 'source'), count(file.themes, 'theme'), count(file.passages, 'passage')].join(', ');
    const problems = file.errors + file.warnings > 0 ? `; ${count(file.errors, 'error')}, ${count(file.warnings, 'warning')}` : '';
    lines.push(`  ${file.label} [${file.origin}, ${file.format ?? 'unread'}${file.reread ? '' : ', unchanged'}]: ${records}${problems}`);
    for (const note of file.notes) lines.push(`    ${note}`);
  }
  for (const note of snapshot.notes) lines.push(`  ${note}`);
  for (const { problem } of snapshot.problems.slice(0, MAX_PROBLEM_LINES)) {
    const field = problem.field ? `${problem.field}: ` : '';
    lines.push(`  ${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${field}${problem.message}`);
  }
  if (snapshot.problems.length > MAX_PROBLEM_LINES) {
    lines.push(`  … and ${snapshot.problems.length - MAX_PROBLEM_LINES} more problems (see the Problems panel)`);
  }
  // File names and problem messages quote workspace text: ESC sequences and BiDi controls are shown, not run.
  return lines.map((line) => terminalText(line));
}

function phases(snapshot: CorpusSnapshot): string {
  return Object.entries(snapshot.longestBlockByPhase)
    .map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`)
    .join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
