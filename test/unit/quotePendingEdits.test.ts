/**
 * The editor's bookkeeping between checks: bursts of edits, multi-cursor edits included, become
 * one change that turns the checked text into the current one, and the checker given that change
 * agrees with a check from scratch.
 */
import * as assert from 'node:assert/strict';
import { addEdits, checkDocument, DocumentQuoteChecker, pendingChange, type EditorChange, type PendingEdits } from '../../src/core/quotes';
import { bundledCorpus } from './support/bundledCorpus';

/** Applies one event's changes (offsets of the text before the event) to `text`. */
function applyEvent(text: string, changes: readonly EditorChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.offset - a.offset)) out = out.slice(0, c.offset) + c.text + out.slice(c.offset + c.length);
  return out;
}

function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

/** Up to three non-overlapping changes of `text`, in random order. */
function randomEvent(text: string, rnd: (n: number) => number, inserts: readonly string[]): EditorChange[] {
  const changes: EditorChange[] = [];
  let limit = text.length;
  for (let j = 0, n = 1 + rnd(3); j < n && limit >= 0; j++) {
    const offset = rnd(limit + 1);
    const length = rnd(Math.min(4, limit - offset) + 1);
    changes.push({ offset, length, text: inserts[rnd(inserts.length)] });
    limit = offset - 1;
  }
  return rnd(2) ? changes.reverse() : changes;
}

describe('pending edits between checks', () => {
  it('combines one typed word into one insertion', () => {
    let pending: PendingEdits;
    'Kim '.split('').forEach((ch, i) => (pending = addEdits(pending, [{ offset: 10 + i, length: 0, text: ch }])));
    assert.deepEqual(pending, { start: 10, end: 10, newEnd: 14 });
    assert.deepEqual(pendingChange(pending, '0123456789Kim rest'), { start: 10, end: 10, text: 'Kim ' });
  });

  it('spans edits far apart, and gives up only on overlapping changes of one event', () => {
    const pending = addEdits(addEdits(undefined, [{ offset: 50, length: 2, text: 'x' }]), [{ offset: 5, length: 0, text: 'yy' }]);
    assert.deepEqual(pending, { start: 5, end: 52, newEnd: 53 });
    assert.equal(addEdits(undefined, [{ offset: 3, length: 4, text: '' }, { offset: 5, length: 0, text: 'z' }]), 'all');
    assert.equal(addEdits('all', [{ offset: 0, length: 0, text: 'a' }]), 'all');
    assert.equal(pendingChange('all', 'text'), undefined);
    assert.equal(pendingChange(undefined, 'text'), undefined);
  });

  it('always describes the difference between the checked and the current text', () => {
    const rnd = seeded(1956);
    for (let round = 0; round < 3000; round++) {
      const checked = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, rnd(36));
      let text = checked;
      let pending: PendingEdits;
      for (let k = 0, n = 1 + rnd(6); k < n; k++) {
        const event = randomEvent(text, rnd, ['', 'X', 'YZ', '\n\n']);
        text = applyEvent(text, event);
        pending = addEdits(pending, event);
      }
      if (pending === 'all' || pending === undefined) continue;
      assert.equal(checked.slice(0, pending.start) + text.slice(pending.start, pending.newEnd) + checked.slice(pending.end), text, `round ${round}`);
    }
  });

  it('lets the checker re-check a burst of edits as a check from scratch would', () => {
    const index = bundledCorpus();
    const rnd = seeded(1961);
    let text = [
      'Deng praised \u201ca mighty people of 30 million\u201d and they said \u201cyour country is poor, you can afford that\u201d [@msiow-2007-north-korea-soviets].',
      '',
      'Kosygin said they \u201cshould not have wasted time trying to invent everything themselves\u201d.[^1]',
      '',
      '[^1]: Szalontai, 99.',
    ].join('\n');
    const checker = new DocumentQuoteChecker(index, 'markdown');
    checker.update(text);
    for (let burst = 0; burst < 150; burst++) {
      let pending: PendingEdits;
      for (let k = 0, n = 1 + rnd(5); k < n; k++) {
        const event = randomEvent(text, rnd, ['', 'x', ' not', '\u201c', '\u201d', '\n\n', '[^1]', ' [@szalontai-2003-no-political-line]']);
        text = applyEvent(text, event);
        pending = addEdits(pending, event);
      }
      const incremental = checker.update(text, pendingChange(pending, text));
      assert.deepEqual(incremental, checkDocument(text, 'markdown', index), `burst ${burst}`);
    }
  });
});
