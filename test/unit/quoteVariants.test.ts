/**
 * Quotation variants on the real bundled passages: what a scholar may legitimately change
 * (accepted), what changes the meaning (a misquote, with the difference named), and what is
 * not a quotation of a passage at all (common phrases, scare quotes, titles, other words).
 */
import * as assert from 'node:assert/strict';
import { findQuotations, matchQuotation, type QuoteMatch } from '../../src/core/quotes';
import { bundledCorpus } from './support/bundledCorpus';

type Expect = 'exact' | 'misquote' | 'none' | 'cited-only';

interface Variant {
  /** The words between the quotation marks. */
  quoted: string;
  expect: Expect;
  passage?: string;
  /** The differing parts, as `kind: source | essay`. */
  changes?: string[];
  why: string;
}

const DEP = 'dependency-on-soviet-expertise';
const OVERTAKE = 'overtake-the-south';
const MUTUAL = 'mutual-disinterest-east-europe';
const FILMS = 'soviet-films-share-1957';
const KOSYGIN = 'kosygin-foreign-patents';

const VARIANTS: Variant[] = [
  // Accepted: the words of the source, with the changes scholars may make.
  { quoted: 'necessitated an inordinate dependency on Soviet expertise.', expect: 'exact', passage: DEP, why: 'the whole quote' },
  { quoted: 'necessitated an inordinate dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'final stop left out' },
  { quoted: 'Necessitated an inordinate dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'initial capital changed silently' },
  { quoted: '[N]ecessitated an inordinate dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'bracketed capital' },
  { quoted: 'an inordinate dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'part of the quote' },
  { quoted: '\u2026 an inordinate dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'leading ellipsis' },
  { quoted: 'necessitated an inordinate dependency \u2026', expect: 'exact', passage: DEP, why: 'trailing ellipsis' },
  { quoted: 'necessitated \u2026 dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'ellipsis in the middle' },
  { quoted: 'necessitated ... on Soviet expertise', expect: 'exact', passage: DEP, why: 'three full stops' },
  { quoted: 'necessitated . . . on Soviet expertise', expect: 'exact', passage: DEP, why: 'spaced full stops' },
  { quoted: 'necessitated [\u2026] on Soviet expertise', expect: 'exact', passage: DEP, why: 'bracketed ellipsis' },
  { quoted: 'necessitated an inordinate\ndependency on   Soviet expertise', expect: 'exact', passage: DEP, why: 'line break and spacing' },
  { quoted: 'the relative backwardness of the North Korean economy', expect: 'exact', passage: DEP, why: "the passage's framing words" },
  { quoted: 'necessitated an *inordinate* dependency on Soviet expertise', expect: 'exact', passage: DEP, why: 'emphasis markup' },
  { quoted: 'necessitated an inordinate dependency on Soviet expertise[^1]', expect: 'exact', passage: DEP, why: 'a footnote reference inside' },
  { quoted: 'NECESSITATED AN INORDINATE DEPENDENCY ON SOVIET EXPERTISE', expect: 'exact', passage: DEP, why: 'letter case' },
  { quoted: 'Kim Il Sung\u2019s economic strategy did not overlook the question of reunification', expect: 'exact', passage: OVERTAKE, why: 'typographic apostrophe' },
  { quoted: "Kim Il Sung's economic strategy did not overlook the question of reunification", expect: 'exact', passage: OVERTAKE, why: 'straight apostrophe' },
  { quoted: '[Kim] wanted to overtake the South instead of adjusting to it', expect: 'exact', passage: OVERTAKE, why: 'a name in brackets for a pronoun' },
  { quoted: 'he wanted to overtake the South [in the 1950s] instead of adjusting to it', expect: 'exact', passage: OVERTAKE, why: 'bracketed insertion' },
  { quoted: 'which led to further disagreements with [North Korea\u2019s] patrons', expect: 'exact', passage: OVERTAKE, why: "the source's parentheses as brackets" },
  { quoted: 'Under the circumstances \u2014 the Soviets thought \u2014 Pyongyang should not have ignored', expect: 'exact', passage: OVERTAKE, why: 'punctuation changed' },
  { quoted: '\u2026 the Soviets thought, Pyongyang should not have ignored \u2026', expect: 'exact', passage: OVERTAKE, why: 'ellipses at both ends' },
  { quoted: 'Pyongyang should not have ignored the negative effect [emphasis added]', expect: 'exact', passage: OVERTAKE, why: 'editorial remark in brackets' },
  { quoted: 'the DPRK had little to offer the East European\u2019s [sic] \u2018people\u2019s democracies.\u2019', expect: 'exact', passage: MUTUAL, why: '[sic] and single inner marks for double' },
  { quoted: "knew little about Europe or 'the ways of the world' which also inhibited the improvement of relations", expect: 'exact', passage: MUTUAL, why: 'straight single inner marks' },
  { quoted: 'To be sure, the disinterest often proved mutual', expect: 'exact', passage: MUTUAL, why: 'the start of a quotation passage' },
  { quoted: 'Bal\u00e1zs Szalontai suggested that the North Korean\u2019s [sic] peculiarities', expect: 'exact', passage: 'szalontai-isolationism-roots', why: 'diacritics and [sic]' },
  { quoted: 'North Korea[\u2019s] peculiarities and roots of isolationism', expect: 'exact', passage: 'szalontai-isolationism-roots', why: 'a bracketed correction inside a word' },
  { quoted: 'some 60 per cent of the films shown by 1957 were of Soviet origin', expect: 'exact', passage: FILMS, why: 'numbers kept' },
  { quoted: 'a mighty people of 30 million', expect: 'exact', passage: 'deng-mighty-people', why: "an actor's words" },
  { quoted: "As the North Koreans put it, 'your country is rich, you can afford that.'", expect: 'exact', passage: 'your-country-is-rich', why: 'the passage with its inner quotation' },
  { quoted: 'should not have wasted time trying to invent everything themselves', expect: 'exact', passage: KOSYGIN, why: 'first half of a quote' },
  { quoted: 'in 1954 its relations with Bulgaria and Albania were still at the ministerial instead of ambassadorial level', expect: 'exact', passage: 'bulgaria-albania-ministerial-1954', why: 'a paraphrase passage quoted verbatim' },
  { quoted: '[t]he Soviets also criticized North Korean propaganda', expect: 'exact', passage: 'living-hell-propaganda', why: 'lowercase in brackets' },
  { quoted: 'whereupon [the regime] hurriedly summoned most of its students home', expect: 'exact', passage: 'students-recalled-from-hungary-1956', why: 'brackets around source words' },

  // Rejected: changes of meaning, named in the diff.
  { quoted: 'Pyongyang should have ignored the negative effect its domestic policies might produce', expect: 'misquote', passage: OVERTAKE, changes: ['deleted: not | '], why: 'a dropped "not"' },
  { quoted: 'Pyongyang should \u2026 have ignored the negative effect its domestic policies might produce', expect: 'misquote', passage: OVERTAKE, changes: ['changed: not | \u2026'], why: 'an ellipsis hiding a "not"' },
  { quoted: 'Kim did regard this potential threat lightly', expect: 'misquote', passage: 'kim-took-threat-seriously-1956', changes: ['deleted: not | '], why: 'another dropped "not"' },
  { quoted: 'might alienate the South Korean peasantry but also the middle classes', expect: 'misquote', passage: 'soviet-doubts-collectivization-1954', changes: ['deleted: not only | '], why: '"not only" dropped' },
  { quoted: 'some 70 per cent of the films shown by 1957 were of Soviet origin', expect: 'misquote', passage: FILMS, changes: ['changed: 60 | 70'], why: 'a changed number' },
  { quoted: 'some 60 per cent of the films shown by 1958 were of Soviet origin', expect: 'misquote', passage: FILMS, changes: ['changed: 1957 | 1958'], why: 'a changed year' },
  { quoted: 'Soviet Premier Nikita Khrushchev visited North Korea in 1961', expect: 'misquote', passage: 'kosygin-visit-1961', changes: ['changed: Alexei Kosygin | Nikita Khrushchev'], why: 'a changed name' },
  { quoted: 'your country is poor, you can afford that', expect: 'misquote', passage: 'your-country-is-rich', changes: ['changed: rich | poor'], why: 'a changed word' },
  { quoted: 'Chinese leaders proved less tolerant as compared to their Soviet counterparts', expect: 'misquote', passage: 'chinese-tolerance-of-nationalism', changes: ['changed: more | less'], why: 'an antonym' },
  { quoted: 'informal relations existed between North and South Korea mainly through China', expect: 'misquote', passage: 'informal-relations-via-japan', changes: ['changed: Japan | China'], why: 'a changed place' },
  { quoted: 'at least two took the opportunity to emigrate to the West', expect: 'misquote', passage: 'students-recalled-from-hungary-1956', changes: ['changed: one | two'], why: 'a changed quantity' },
  { quoted: 'the Korean leaders must learn from the Chinese leaders', expect: 'misquote', passage: 'deng-learn-from-korean-leaders', changes: ['changed: Chinese | Korean', 'changed: Korean | Chinese'], why: 'names swapped' },
  { quoted: 'instead of adjusting to it, he wanted to overtake the South', expect: 'misquote', passage: OVERTAKE, why: 'a reordered clause' },
  { quoted: 'necessitated an inordinate and total dependency on Soviet expertise', expect: 'misquote', passage: DEP, changes: ['inserted:  | and total'], why: 'words added' },
  { quoted: 'necessitated an dependency on Soviet expertise', expect: 'misquote', passage: DEP, changes: ['deleted: inordinate | '], why: 'a word left out without an ellipsis' },
  { quoted: 'necessitated an enormous dependency on Soviet expertise', expect: 'misquote', passage: DEP, changes: ['changed: inordinate | enormous'], why: 'a changed adjective' },
  { quoted: 'necessitated \u2026 dependency on Soviet assistance', expect: 'misquote', passage: DEP, changes: ['changed: expertise | assistance'], why: 'an ellipsis does not excuse a change elsewhere' },
  { quoted: '[T]he Soviets also praised North Korean propaganda', expect: 'misquote', passage: 'living-hell-propaganda', changes: ['changed: criticized | praised'], why: 'a changed verb' },
  { quoted: 'Balazs Szalontai suggested that the North Korea\u2019s peculiarities', expect: 'misquote', passage: 'szalontai-isolationism-roots', changes: ["changed: Korean's | Korea\u2019s"], why: 'a silent correction of a [sic]' },
  { quoted: 'necessitated an inordinate dependancy on Soviet expertise', expect: 'misquote', passage: DEP, changes: ['changed: dependency | dependancy'], why: 'a misspelling' },
  { quoted: 'the advisability of rapid collectivisation in North Korea', expect: 'misquote', passage: 'soviet-doubts-collectivization-1954', changes: ['changed: collectivization | collectivisation'], why: 'spelling changed' },
  { quoted: 'the adoption of foreign patents would have been more economical than anything else', expect: 'misquote', passage: KOSYGIN, changes: ['inserted:  | than anything else'], why: 'words added at the end' },
  { quoted: 'he wants to overtake the South instead of adjusting to it', expect: 'misquote', passage: OVERTAKE, changes: ['changed: wanted | wants'], why: 'a changed tense' },
  { quoted: 'he wanted to surpass the South instead of adjusting to it', expect: 'misquote', passage: OVERTAKE, changes: ['changed: overtake | surpass'], why: 'a synonym' },
  { quoted: 'Under the circumstances, Pyongyang should not have ignored the negative effect', expect: 'misquote', passage: OVERTAKE, changes: ['deleted: the Soviets thought | '], why: 'a clause dropped without an ellipsis' },

  // Not a quotation of a passage.
  { quoted: 'the ways of the world', expect: 'none', why: 'a scare quote of two content words' },
  { quoted: 'living hell', expect: 'none', why: 'two words' },
  { quoted: 'the Soviets', expect: 'none', why: 'a name' },
  { quoted: 'North Korea', expect: 'none', why: 'a place' },
  { quoted: 'your country is rich', expect: 'none', why: 'four words, two content words' },
  { quoted: 'the relative backwardness', expect: 'none', why: 'three words' },
  { quoted: 'You Have No Political Line of Your Own', expect: 'none', why: "a source's title" },
  { quoted: 'North Korea and the Soviets 1953-1964', expect: 'none', why: "the blog's title" },
  { quoted: 'the Korean War ended in an armistice in July 1953', expect: 'none', why: 'words of no passage' },
  { quoted: 'North Korean leaders knew little about the Soviet economy and its planners', expect: 'none', why: 'a shared run, but mostly other words' },
  { quoted: 'the Soviet Union and North Korea signed a treaty of friendship', expect: 'none', why: 'common words of the corpus in another sentence' },

  // A common phrase that is a passage's whole quote: checked only when a citation follows it.
  { quoted: 'a living hell', expect: 'cited-only', passage: 'living-hell-propaganda', why: "the passage's whole quote" },
  { quoted: 'a living hell.', expect: 'cited-only', passage: 'living-hell-propaganda', why: 'with the stop' },
];

function quotation(quoted: string) {
  const text = `He wrote \u201c${quoted}\u201d and more.`;
  const found = findQuotations(text, 'markdown');
  assert.equal(found.length, 1, `one quotation in ${text}`);
  return found[0];
}

function changes(m: QuoteMatch): string[] {
  return m.diff.parts
    .filter((p) => p.kind === 'changed' || p.kind === 'inserted' || p.kind === 'deleted')
    .map((p) => `${p.kind}: ${p.sourceText} | ${p.essayText}`);
}

describe('quotation variants on the bundled passages', () => {
  const index = bundledCorpus();

  it('has at least 60 variants, accepted and rejected', () => {
    assert.ok(VARIANTS.length >= 60, `${VARIANTS.length} variants`);
    assert.ok(VARIANTS.filter((v) => v.expect === 'exact').length >= 25);
    assert.ok(VARIANTS.filter((v) => v.expect === 'misquote').length >= 20);
    assert.ok(VARIANTS.filter((v) => v.expect === 'none').length >= 10);
  });

  for (const v of VARIANTS) {
    it(`${v.expect}: ${v.why} \u2014 \u201c${v.quoted.replace(/\n/g, ' ')}\u201d`, () => {
      const m = matchQuotation(quotation(v.quoted), index);
      if (v.expect === 'none') {
        assert.equal(m, undefined, `matched ${m?.passage.id}`);
        return;
      }
      assert.ok(m, 'no match');
      assert.equal(m.passage.id, v.passage);
      if (v.expect === 'cited-only') {
        assert.equal(m.strength, 'cited-only');
        assert.equal(m.exact, true);
        return;
      }
      assert.equal(m.strength, 'quotation');
      assert.equal(m.exact, v.expect === 'exact', `changes: ${changes(m).join('; ')}`);
      if (v.changes) assert.deepEqual(changes(m), v.changes);
      if (v.expect === 'misquote') assert.ok(changes(m).length > 0);
    });
  }
});
