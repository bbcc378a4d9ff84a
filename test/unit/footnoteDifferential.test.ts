import * as assert from 'node:assert/strict';
import { planFootnoteInsert, planRenumber } from '../../src/core/footnotes/footnotePlan';
import { parseMarkdownFootnotes } from '../../src/core/footnotes/markdownFootnotes';
import { applyEdits, mergeEdits, type TextEdit } from '../../src/core/insert/textInsert';
import { generateDocument, NOTE_MARKER, random } from './support/footnoteDocuments';
import { oracleFootnotes, type OracleFootnotes } from './support/footnoteOracle';

const DOCUMENTS = 10_000;

/** The oracle's reading, with the new note's calls set apart. */
function read(text: string): OracleFootnotes & { added: number } {
  const found = oracleFootnotes(text, NOTE_MARKER);
  const calls = found.calls.filter((c) => c !== 'NEWNOTE');
  return { calls, nested: found.nested, added: found.calls.length - calls.length };
}

function samePairs(before: string, was: ReturnType<typeof read>, after: string, what: string, added = 0): void {
  const now = read(after);
  assert.deepEqual(now.calls, was.calls, `${what}: every call points at the same note\n--- before\n${before}\n--- after\n${after}`);
  assert.deepEqual(now.nested, was.nested, `${what}: calls inside notes point at the same notes\n--- before\n${before}\n--- after\n${after}`);
  assert.equal(now.added, added, `${what}: the new reference points at the new note\n--- before\n${before}\n--- after\n${after}`);
}

/**
 * Renumbering edits are label characters replaced by numbers, or one block of definitions
 * put in another order; nothing else of the text changes.
 */
function onlyLabels(text: string, edits: readonly TextEdit[], what: string): void {
  for (const edit of mergeEdits(edits)) {
    const old = text.slice(edit.start, edit.end);
    if (/^\d+$/.test(edit.text)) {
      assert.match(old, /^[^\s[\]]+$/, `${what}: a relabel replaces a label only`);
      assert.equal(text.slice(edit.start - 2, edit.start), '[^', `${what}: a relabel starts after [^`);
      continue;
    }
    const lines = (s: string) => s.split(/\r?\n/).map((l) => l.replace(/^\[\^[^\]]+\]/, '')).filter((l) => l.length > 0).sort();
    assert.deepEqual(lines(edit.text), lines(old), `${what}: the sorted block holds the same definitions`);
  }
}

/**
 * Applied to the original, the edits leave every byte outside their ranges as it was: checked
 * on the text the test's own splicing produces, and against `applyEdits`.
 */
function unchangedOutside(text: string, edits: readonly TextEdit[], what: string): string {
  let spliced = text;
  for (const edit of [...mergeEdits(edits)].reverse()) spliced = spliced.slice(0, edit.start) + edit.text + spliced.slice(edit.end);
  assert.equal(applyEdits(text, edits), spliced, `${what}: the edits apply the same either way`);
  let from = 0;
  let at = 0;
  for (const edit of mergeEdits(edits)) {
    const kept = text.slice(from, edit.start);
    assert.equal(spliced.slice(at, at + kept.length), kept, `${what}: the text before ${edit.start} is unchanged`);
    at += kept.length + edit.text.length;
    from = edit.end;
  }
  assert.equal(spliced.slice(at), text.slice(from), `${what}: the end of the text is unchanged`);
  return spliced;
}

describe('footnote edits against an independent CommonMark parser (markdown-it + markdown-it-footnote)', function () {
  this.timeout(600_000);
  const counts = new Map<string, number>();
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);

  after(() => {
    const table = [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}: ${v}`);
    console.log(`      ${DOCUMENTS} documents; cases per feature:\n        ${table.join('\n        ')}`);
  });

  it(`keeps every reference on its note through renumbering, inserting and deleting, in ${DOCUMENTS.toLocaleString('en')} documents`, () => {
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const { text, eol, features } = generateDocument(seed);
      features.forEach(count);
      const rnd = random(seed * 7919);
      const was = read(text);
      const { references, definitions, structure } = parseMarkdownFootnotes(text);
      const targets = [Math.floor(rnd() * (text.length + 1))];
      const ref = references[Math.floor(rnd() * references.length)];
      if (ref) targets.push(ref.labelStart + Math.floor(rnd() * (ref.labelEnd - ref.labelStart + 1)));
      const def = definitions[Math.floor(rnd() * definitions.length)];
      if (def) targets.push(def.labelStart + 1);
      const code = /`[^`\n]*\[\^|\$[^$\n]*\[\^|<!--|^ {4}/m.exec(text);
      if (code) targets.push(code.index + 1 + Math.floor(rnd() * 3));
      for (const offset of targets) {
        const edits = planFootnoteInsert(text, offset, 'NEWNOTE by Kim.', eol);
        for (const edit of edits) if (edit.start !== edit.end) onlyLabels(text, [edit], `insert at ${offset} #${seed}`);
        samePairs(text, was, unchangedOutside(text, edits, `insert at ${offset} #${seed}`), `insert at ${offset} #${seed}`, 1);
        if (structure.literalSpans.some((s) => s.start < offset && offset < s.end)) count('insert inside code, math, HTML or an escape');
        if (references.some((r) => r.start < offset && offset < r.end)) count('insert inside a reference label');
        if (definitions.some((d) => d.start < offset && offset < d.textStart)) count('insert inside a definition label');
        count('insert');
      }

      const renumber = planRenumber(text, eol);
      onlyLabels(text, renumber, `renumber #${seed}`);
      const renumbered = unchangedOutside(text, renumber, `renumber #${seed}`);
      samePairs(text, was, renumbered, `renumber #${seed}`);
      assert.deepEqual(planRenumber(renumbered, eol), [], `renumber #${seed}: a second renumbering changes nothing`);
      if (renumber.length > 0) count('renumbering that changed the text');

      if (ref) {
        const deleted = text.slice(0, ref.start) + text.slice(ref.end);
        const edits = planRenumber(deleted, eol);
        onlyLabels(deleted, edits, `renumber after deletion #${seed}`);
        samePairs(deleted, read(deleted), unchangedOutside(deleted, edits, `renumber after deletion #${seed}`), `renumber after deletion #${seed}`);
        count('renumber after deleting a reference');
      }
    }
  });
});
