/**
 * A hostile essay of over 1 MB — the families of text that once made the quotation checker's
 * scanners quadratic or worse, each as one long paragraph, with an ordinary misquotation in the
 * middle and at the end — opened in the real editor. (Not the `[^` families: footnote
 * renumbering parses the whole document on every change with a parser that is quadratic on
 * them and is being replaced on another branch; `npm run bench` covers them.) The check runs in slices: a lag monitor
 * (a 5 ms interval timer inside the extension host) records the longest the host was held,
 * and the diagnostics of the misquotations appear.
 *
 * The longest pause is a figure shown in the test's title, not a timed assertion: on a shared
 * two-core machine other processes decide much of it (the title also gives the CPU time the
 * host used in that pause, the most it used in any one, and the longest of the checker's own
 * slices: the host runs other extensions too, the built-in Markdown support among them). The hard limit (50 ms per slice) is
 * asserted by `npm run bench` (`bench/hostileText.ts`), which runs the same slicing.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RULES, type RuleId } from '../../src/core/quotes';
import { EDITOR_FAMILIES, mixedHostileEssay } from '../support/hostileEssays';
import { annalist, closeAllEditors, openEditor, waitFor } from './helpers';

const MISQUOTE = 'should not have wasted money trying to invent everything themselves';

/** CPU time of the extension host process so far, in ms (all its threads). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * A lag monitor: a 5 ms interval timer whose longest gap between ticks is how long the
 * extension host was held. Each gap's CPU time tells the host's own work from waiting for a
 * core on a loaded machine: `busiest` is the gap in which the process used the most CPU.
 */
function lagMonitor(): { stop(): { longest: number; longestCpu: number; busiest: number } } {
  let last = performance.now();
  let lastCpu = cpuMs();
  let longest = 0;
  let longestCpu = 0;
  let busiest = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = cpuMs();
    if (now - last > longest) {
      longest = now - last;
      longestCpu = cpu - lastCpu;
    }
    busiest = Math.max(busiest, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      tick();
      clearInterval(timer);
      return { longest, longestCpu, busiest };
    },
  };
}

describe('quotation checking of a hostile 1 MB essay', () => {
  afterEach(closeAllEditors);

  it('checks it in slices, and the misquotations are found', async function () {
    this.timeout(180_000);
    const api = await annalist();
    await api.corpus();
    const text = mixedHostileEssay(1_050_000, MISQUOTE, EDITOR_FAMILIES);
    const { document } = await openEditor('markdown', text);
    api.quoteCheckTiming.slices = 0;
    api.quoteCheckTiming.longestSliceMs = 0;
    // From the moment the document is there: VS Code's own handling of the 1 MB edit is not ours to measure.
    const monitor = lagMonitor();
    const started = performance.now();
    const misquotes = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Annalist' && RULES.includes(d.code as RuleId) && d.code === 'misquote');
        return found.length >= 2 ? found : undefined;
      },
      'the misquotations in the hostile essay',
      150_000,
    );
    const lag = monitor.stop();
    const took = performance.now() - started;
    if (this.test) {
      this.test.title +=
        ` (${(text.length / 1e6).toFixed(2)} MB checked in ${took.toFixed(0)} ms; longest pause of the extension host ${lag.longest.toFixed(1)} ms,` +
        ` ${lag.longestCpu.toFixed(1)} ms of it CPU; most CPU in one pause ${lag.busiest.toFixed(1)} ms;` +
        ` the checker's own longest slice ${api.quoteCheckTiming.longestSliceMs.toFixed(1)} ms of ${api.quoteCheckTiming.slices})`;
    }
    assert.deepEqual(
      misquotes.map((d) => document.getText(d.range)),
      [MISQUOTE, MISQUOTE],
    );
    assert.match(misquotes[0].message, /\u201cmoney\u201d instead of \u201ctime\u201d/);
  });

  it('stops a check under way when the essay changes, and checks the new text', async function () {
    this.timeout(180_000);
    await (await annalist()).corpus();
    const text = mixedHostileEssay(1_050_000, MISQUOTE, EDITOR_FAMILIES);
    const editor = await openEditor('markdown', text);
    const { document } = editor;
    // Straight away, while the first check is still under way: fix the last misquotation.
    const last = text.lastIndexOf('money');
    const edited = await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(last), document.positionAt(last + 5)), 'time'));
    assert.ok(edited);
    const misquotes = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Annalist' && d.code === 'misquote');
        return found.length === 1 ? found : undefined;
      },
      'one misquotation left',
      150_000,
    );
    assert.ok(misquotes[0].range.start.line < document.positionAt(last).line, 'the misquotation left is the one in the middle');
  });
});
