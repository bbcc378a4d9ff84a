import * as assert from 'node:assert/strict';
import { excerptWithEllipses } from '../../src/core/insert/excerpt';

const KOSYGIN =
  'should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical.';

describe('quoting part of a passage', () => {
  it('keeps the whole quotation when nothing is deleted', () => {
    assert.equal(excerptWithEllipses(KOSYGIN, KOSYGIN), KOSYGIN);
  });

  it('marks words left out inside the quotation with an ellipsis, not at its ends', () => {
    assert.equal(
      excerptWithEllipses(KOSYGIN, 'should not have wasted time trying to invent everything themselves since the adoption of foreign patents would have been more economical.'),
      'should not have wasted time trying to invent everything themselves since \u2026 the adoption of foreign patents would have been more economical.',
    );
    assert.equal(excerptWithEllipses(KOSYGIN, 'the adoption of foreign patents'), 'the adoption of foreign patents');
    assert.equal(excerptWithEllipses(KOSYGIN, 'should not have wasted time  foreign patents'), 'should not have wasted time \u2026 foreign patents');
  });

  it('keeps the source’s characters and tolerates straight or curly apostrophes', () => {
    assert.equal(excerptWithEllipses("the country's motion picture industry", 'the country\u2019s industry'), "the country's \u2026 industry");
  });

  it('refuses a changed, added or moved word', () => {
    assert.equal(excerptWithEllipses(KOSYGIN, 'should have wasted time'.replace('have', 'had')), undefined);
    assert.equal(excerptWithEllipses(KOSYGIN, 'foreign patents should not'), undefined);
    assert.equal(excerptWithEllipses(KOSYGIN, ''), undefined);
  });
});
