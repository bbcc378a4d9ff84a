import * as assert from 'node:assert/strict';
import { mayRemoveReference, numberedReferenceCount, removedReference } from '../../src/core/footnotes/deletedReferences';

describe('deleted footnote references', () => {
  it('counts numbered references, not named ones, definitions or code', () => {
    assert.equal(numberedReferenceCount('A[^1] B[^note] C[^2][^2].\n\n`[^9]`\n\n[^1]: One.\n[^2]: Two.\n'), 3);
    assert.equal(numberedReferenceCount(''), 0);
  });

  it('sees a removal only when text was deleted and a reference went with it', () => {
    assert.equal(removedReference(3, 2, true), true);
    assert.equal(removedReference(3, 3, true), false, 'deleting words keeps the references');
    assert.equal(removedReference(3, 2, false), false, 'an insertion that hides a reference in code is not a deletion');
    assert.equal(removedReference(2, 3, true), false, 'replacing text with a citation adds one');
  });
});

describe('deletions that may remove a footnote reference', () => {
  it('parses again only when the deleted text holds a bracket, caret, line break or a code, math or HTML opener', () => {
    assert.equal(mayRemoveReference('word'), false, 'backspacing over letters');
    assert.equal(mayRemoveReference(']'), true);
    assert.equal(mayRemoveReference(' B[^2]'), true);
    assert.equal(mayRemoveReference('`'), true, 'a backtick can turn a reference into code');
    assert.equal(mayRemoveReference('\n'), true, 'joining lines can make a definition part of a paragraph');
  });
});
