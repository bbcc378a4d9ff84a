/** CSL text-case on marked strings: the spec's title case (English only), sentence case, nocase spans. */
import * as assert from 'assert';
import { applyTextCase, isEnglish } from '../../src/core/csl/textCase';
import { parseRichText } from '../../src/core/csl/richText';
import { plain } from '../../src/core/csl/markers';

const tc = (s: string, mode: string, english = true): string => plain(applyTextCase(parseRichText(s), mode, english));

describe('CSL text-case', () => {
  it('title-cases lowercase words, keeps stop words low except first, last and after a colon', () => {
    assert.strictEqual(tc('the war of the worlds: a history of the end', 'title'), 'The War of the Worlds: A History of the End');
    assert.strictEqual(tc('out-of-fashion initiatives', 'title'), 'Out-of-Fashion Initiatives');
    assert.strictEqual(tc('writings on UK people and iPhones', 'title'), 'Writings on UK People and iPhones');
  });

  it('leaves non-English titles and nocase spans alone', () => {
    assert.strictEqual(tc('la guerre et la paix', 'title', false), 'la guerre et la paix');
    assert.strictEqual(tc('a study of <span class="nocase">mRNA</span> in rats', 'title'), 'A Study of mRNA in Rats');
    assert.strictEqual(tc('a <span class="nocase">smith</span> pencil', 'uppercase'), 'A smith PENCIL');
    assert.ok(isEnglish(undefined) && isEnglish('en-GB') && !isEnglish('de-DE'));
  });

  it('sentence case lowers capitalized words but not acronyms; capitalize-first/-all touch first letters only', () => {
    assert.strictEqual(tc('This is a Pen that is a <span class="nocase">Smith</span> Pencil', 'sentence'), 'This is a pen that is a Smith pencil');
    assert.strictEqual(tc('THE WHOLE TITLE', 'sentence'), 'The whole title');
    assert.strictEqual(tc('the NATO summit', 'capitalize-first'), 'The NATO summit');
    assert.strictEqual(tc('the NATO summit', 'capitalize-all'), 'The NATO Summit');
  });
});
