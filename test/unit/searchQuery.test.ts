import * as assert from 'node:assert/strict';
import { parseQuery, parseYears } from '../../src/core/search';

describe('search query parsing', () => {
  it('takes free words apart, normalized, in order', () => {
    const q = parseQuery('Kosygin’s  PATENTS Gomułka');
    assert.deepEqual(q.words, ['kosygin', 'patents', 'gomulka']);
    assert.deepEqual(q.phrases, []);
  });

  it('reads the four filters, quoted values included', () => {
    const q = parseQuery('theme:collectivization person:"Kim Il Sung" source:szalontai year:1956 kim');
    assert.deepEqual(q.themes, ['collectivization']);
    assert.deepEqual(q.people, ['Kim Il Sung']);
    assert.deepEqual(q.sources, ['szalontai']);
    assert.deepEqual(q.years, [{ from: 1956, to: 1956 }]);
    assert.deepEqual(q.words, ['kim']);
  });

  it('reads filter names in any case and keeps unknown ones as words', () => {
    const q = parseQuery('THEME:economy note:sic');
    assert.deepEqual(q.themes, ['economy']);
    assert.deepEqual(q.words, ['note', 'sic']);
  });

  it('reads year ranges, decades and years being typed', () => {
    assert.deepEqual(parseQuery('year:1953-1956').years, [{ from: 1953, to: 1956 }]);
    assert.deepEqual(parseYears('1956–1953'), { from: 1953, to: 1956 });
    assert.deepEqual(parseYears('1950s'), { from: 1950, to: 1959 });
    assert.deepEqual(parseYears('195'), { from: 1950, to: 1959 });
    assert.deepEqual(parseYears('1953-'), { from: 1953, to: 9999 });
    assert.equal(parseYears('soon'), undefined);
  });

  it('sets aside a filter it cannot read, and ignores one without a value yet', () => {
    const q = parseQuery('year:soon theme: kim');
    assert.deepEqual(q.years, []);
    assert.deepEqual(q.themes, []);
    assert.deepEqual(q.ignored, ['year:soon']);
    assert.deepEqual(q.words, ['kim']);
  });

  it('reads quoted phrases, closed or still being typed', () => {
    assert.deepEqual(parseQuery('"mighty people" deng').phrases, [['mighty', 'people']]);
    const open = parseQuery('deng "mighty peo');
    assert.deepEqual(open.phrases, [['mighty', 'peo']]);
    assert.equal(open.partial, 'phrase');
  });

  it('marks the last word as partial only while it is being typed', () => {
    assert.equal(parseQuery('kosygin pat').partial, 'word');
    assert.equal(parseQuery('kosygin pat ').partial, undefined);
    assert.equal(parseQuery('"mighty people"').partial, undefined);
    assert.equal(parseQuery('').partial, undefined);
  });
});
