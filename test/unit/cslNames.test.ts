/** The CSL engine's names: orders, particles, initials, et-al rules, substitutes and labels. */
import * as assert from 'assert';
import { initials } from '../../src/core/csl/nameParts';
import type { CslItem } from '../../src/core/csl';
import { cite, localeAvailable } from './support/cslStyle';

const book = (author: CslItem['author'], extra: Partial<CslItem> = {}): CslItem => ({ id: 'a', type: 'book', title: 'A Book', author, ...extra });
const three = [{ family: 'Doe', given: 'John' }, { family: 'Roe', given: 'Jane' }, { family: 'Poe', given: 'Edgar Allan' }];

describe('CSL names', function () {
  before(function () { if (!localeAvailable) { console.warn('    !! en-US locale not found in ../shared/csl: skipped'); this.skip(); } });

  it('writes display order, inverted first name and "and" with the delimiter before the last', () => {
    assert.strictEqual(cite('<names variable="author"><name and="text" name-as-sort-order="first"/></names>', [book(three)]), 'Doe, John, Jane Roe, and Edgar Allan Poe');
    assert.strictEqual(cite('<names variable="author"><name and="symbol" delimiter-precedes-last="never"/></names>', [book(three)]), 'John Doe, Jane Roe & Edgar Allan Poe');
  });

  it('cuts long lists with et-al-min / et-al-use-first, and et-al-use-last', () => {
    assert.strictEqual(cite('<names variable="author"><name et-al-min="3" et-al-use-first="1" form="short"/></names>', [book(three)]), 'Doe et al.');
    const many = [...three, { family: 'Zoe', given: 'Zed' }];
    assert.strictEqual(cite('<names variable="author"><name et-al-min="3" et-al-use-first="1" et-al-use-last="true" form="short"/></names>', [book(many)]), 'Doe, … Zoe');
  });

  it('keeps particles in their places, demoting the non-dropping one only when asked', () => {
    const vg = [{ family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }];
    assert.strictEqual(cite('<names variable="author"><name/></names>', [book(vg)]), 'Vincent van Gogh');
    assert.strictEqual(cite('<names variable="author"><name name-as-sort-order="all"/></names>', [book(vg)], { root: 'demote-non-dropping-particle="never"' }), 'van Gogh, Vincent');
    assert.strictEqual(cite('<names variable="author"><name name-as-sort-order="all"/></names>', [book(vg)], { root: 'demote-non-dropping-particle="display-and-sort"' }), 'Gogh, Vincent van');
    assert.strictEqual(cite('<names variable="author"><name name-as-sort-order="all"/></names>', [book([{ family: 'van Gogh', given: 'Vincent' }])], { root: 'demote-non-dropping-particle="never"' }), 'van Gogh, Vincent');
  });

  it('reduces given names to initials the way citeproc-js does', () => {
    assert.strictEqual(initials('John Robert', '. '), 'J. R.');
    assert.strictEqual(initials('Jean-Paul', '.'), 'J.-P.');
    assert.strictEqual(initials('Ph. M.E.', '.'), 'Ph.M.E.');
    assert.strictEqual(initials('John M.E.', ' ', false), 'John M E');
  });

  it('writes institutions as given and substitutes the editor (with its label) for a missing author', () => {
    assert.strictEqual(cite('<names variable="author"><name/></names>', [book([{ literal: 'Office of <Records> & Co' }])], { format: 'html' }), 'Office of &#60;Records&#62; &#38; Co');
    const edited: CslItem = { id: 'e', type: 'book', title: 'T', editor: [{ family: 'Roe', given: 'Jane' }, { family: 'Doe', given: 'John' }] };
    assert.strictEqual(cite('<names variable="author"><name/><label form="short" prefix=", "/><substitute><names variable="editor"/><text variable="title"/></substitute></names>', [edited]), 'Jane Roe, John Doe, eds.');
  });
});
