/**
 * Typing latency of quotation checking in the editor: a writer types sentences into the
 * 20,000-word essay of bench/quoteCheck.ts, a keystroke at a time, in bursts separated by
 * pauses longer than the debounce (`annalist.check.delay`). Each keystroke only records its
 * edit (`addEdits`); after each pause the document's checker is given the burst as one change
 * and its findings are turned into line/character ranges, as the diagnostics are. Prints the
 * cost of a keystroke and of a check after a pause (median, p95, max), with the delay setting
 * at its default (bursts of 5–40 keystrokes) and at 0 (a check after every keystroke).
 *
 * Run: npx tsc -p . && node out/bench/quoteEditor.js
 * Options (environment): QUOTE_EDITOR_BURSTS (default 200), QUOTE_BENCH_SIZE (synthetic passages, default 10000).
 */
import { readBundledCorpus } from '../src/cli/readBundledCorpus';
import { TextPositions } from '../src/core/corpus/textPosition';
import { indexCorpus, type CorpusIndex } from '../src/core/model';
import { addEdits, DocumentQuoteChecker, pendingChange, prepareCorpus, type PendingEdits, type QuoteFinding } from '../src/core/quotes';
import { essay } from './quoteCheck';
import { random, syntheticCorpus } from './syntheticCorpus';

const BURSTS = Number(process.env.QUOTE_EDITOR_BURSTS ?? 200);
const SIZE = Number(process.env.QUOTE_BENCH_SIZE ?? 10000);
const TYPED = 'Kosygin told Kim that the plants \u201cshould not have wasted time\u201d on it. ';

/** What the editor does after a pause: check around the burst, then place every finding. */
function checkAfterPause(checker: DocumentQuoteChecker, text: string, pending: PendingEdits): QuoteFinding[] {
  const findings = checker.update(text, pendingChange(pending, text));
  const positions = new TextPositions(text);
  for (const f of findings) {
    positions.at(f.start);
    positions.at(f.end);
  }
  return findings;
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(s.length * q) - 1)];
  const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);
  return `median ${ms(at(0.5))}  p95 ${ms(at(0.95))}  max ${ms(s[s.length - 1])}`;
}

function run(name: string, index: CorpusIndex, burstLength: () => number): void {
  prepareCorpus(index);
  let text = essay(index).text;
  const checker = new DocumentQuoteChecker(index, 'markdown');
  checkAfterPause(checker, text, undefined);
  const rnd = random(1961);
  const keystrokes: number[] = [];
  const checks: number[] = [];
  let typed = 0;
  for (let b = 0; b < BURSTS; b++) {
    let pending: PendingEdits;
    let at = Math.floor(rnd() * text.length);
    for (let k = 0, n = burstLength(); k < n; k++) {
      const ch = TYPED[typed++ % TYPED.length];
      // A flat string, as the editor's getText() gives.
      text = Buffer.from(text.slice(0, at) + ch + text.slice(at), 'utf16le').toString('utf16le');
      const t = performance.now();
      pending = addEdits(pending, [{ offset: at, length: 0, text: ch }]);
      keystrokes.push(performance.now() - t);
      at += 1;
    }
    const t = performance.now();
    checkAfterPause(checker, text, pending);
    checks.push(performance.now() - t);
  }
  console.log(`${name}`);
  console.log(`  keystroke (records the edit)   ${stats(keystrokes)}  over ${keystrokes.length} keystrokes`);
  console.log(`  check after a pause            ${stats(checks)}  over ${checks.length} pauses`);
}

function main(): void {
  const bundled = indexCorpus(readBundledCorpus().corpus);
  const synthetic = indexCorpus(syntheticCorpus({ size: SIZE }));
  const rnd = random(1953);
  run('bundled corpus, default delay (bursts of 5-40 keystrokes)', bundled, () => 5 + Math.floor(rnd() * 36));
  run('bundled corpus, delay 0 (a check after every keystroke)', bundled, () => 1);
  run(`synthetic corpus (${SIZE} passages), default delay`, synthetic, () => 5 + Math.floor(rnd() * 36));
  run(`synthetic corpus (${SIZE} passages), delay 0`, synthetic, () => 1);
}

if (require.main === module) main();
