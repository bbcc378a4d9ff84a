/**
 * The four rules on the bundled corpus (plus one extra source to cite wrongly): what each
 * reports, where, with which message, and that every fix is an exact edit which, applied,
 * removes the finding and changes nothing else.
 */
import * as assert from 'node:assert/strict';
import { indexCorpus, type CorpusIndex, type Source } from '../../src/core/model';
import {
  DEFAULT_SEVERITY,
  DocumentQuoteChecker,
  checkDocument,
  type FixEdit,
  type Language,
  type QuoteCheckOptions,
  type QuoteFinding,
  type RuleId,
} from '../../src/core/quotes';
import { bundledCorpus } from './support/bundledCorpus';

const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';
const LANKOV: Source = {
  id: 'lankov-2002-stalin-to-kim',
  type: 'book',
  title: 'From Stalin to Kim Il Sung: The Formation of North Korea, 1945-1960',
  author: [{ family: 'Lankov', given: 'Andrei' }],
  issued: { 'date-parts': [[2002]] },
};

const bundled = bundledCorpus();
/** The bundled corpus and a book that holds none of its passages. */
const index: CorpusIndex = indexCorpus({ ...bundled.corpus, sources: [...bundled.corpus.sources, LANKOV] });

function check(text: string, language: Language = 'markdown', options?: QuoteCheckOptions): QuoteFinding[] {
  return checkDocument(text, language, index, options);
}

function only(findings: QuoteFinding[], rule: RuleId): QuoteFinding {
  const of = findings.filter((f) => f.rule === rule);
  assert.equal(of.length, 1, `one ${rule} in ${JSON.stringify(findings.map((f) => [f.rule, f.message]))}`);
  return of[0];
}

function rules(findings: QuoteFinding[]): RuleId[] {
  return findings.map((f) => f.rule);
}

/** Applies non-overlapping edits, checking that they are sorted and inside the text. */
function apply(text: string, edits: readonly FixEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    assert.ok(e.start >= at && e.end >= e.start && e.end <= text.length, `edit ${JSON.stringify(e)} in order and inside`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

const RICH = 'As the North Koreans put it, \u201cyour country is poor, you can afford that.\u201d [@msiow-2007-north-korea-soviets]';

describe('quotation rules', () => {
  describe('misquote', () => {
    it('reports changed words on the quoted words, with a word diff and the source', () => {
      const f = only(check(RICH), 'misquote');
      const open = RICH.indexOf('\u201c');
      assert.equal(f.severity, 'error');
      assert.equal(f.start, open + 1);
      assert.equal(f.end, RICH.indexOf('\u201d'));
      assert.deepEqual(f.quotation, { start: open, end: RICH.indexOf('\u201d') + 1 });
      assert.equal(f.passageId, 'your-country-is-rich');
      assert.equal(f.message, 'The quotation differs from the source (your-country-is-rich): \u201cpoor\u201d instead of \u201crich\u201d.');
      assert.ok(f.diff);
      assert.equal(f.diff.source, 'your country is rich, you can afford that');
      assert.deepEqual(
        f.diff.parts.map((p) => [p.kind, p.sourceText, p.essayText]),
        [
          ['equal', 'your country is', 'your country is'],
          ['changed', 'rich', 'poor'],
          ['equal', 'you can afford that', 'you can afford that'],
        ],
      );
      const changed = f.diff.parts[1];
      assert.equal(RICH.slice(changed.essayStart, changed.essayEnd), 'poor');
      const passage = index.passageById.get('your-country-is-rich');
      assert.equal(passage?.text.slice(changed.sourceStart, changed.sourceEnd), 'rich');
    });

    it("fixes with the source's wording: only the changed word is replaced", () => {
      const f = only(check(RICH), 'misquote');
      assert.equal(f.fixes.length, 1);
      assert.equal(f.fixes[0].title, "Use the source's wording");
      const at = RICH.indexOf('poor');
      assert.deepEqual(f.fixes[0].edits, [{ start: at, end: at + 4, text: 'rich' }]);
      const fixed = apply(RICH, f.fixes[0].edits);
      assert.equal(fixed, RICH.replace('poor', 'rich'));
      assert.deepEqual(check(fixed), []);
      // The same change as one edit over the quoted words.
      assert.deepEqual(f.replacement, { start: f.start, end: f.end, text: 'your country is rich, you can afford that.' });
      assert.equal(apply(RICH, [f.replacement]), fixed);
    });

    it('puts back a dropped "not" and removes added words', () => {
      const text = 'Szalontai: \u201cPyongyang should have ignored the negative and harmful effect its domestic policies might produce\u201d [@szalontai-2003-no-political-line].';
      const f = only(check(text), 'misquote');
      assert.match(f.message, /\u201cnot\u201d left out; \u201cand harmful\u201d added/);
      const fixed = apply(text, f.fixes[0].edits);
      assert.equal(fixed, text.replace('should have', 'should not have').replace('negative and harmful effect', 'negative effect'));
      assert.deepEqual(check(fixed), []);
    });

    it('does not let a short ellipsis hide a negation, and puts the word back in its place', () => {
      const text = '\u201cPyongyang should \u2026 have ignored the negative effect\u201d [@szalontai-2003-no-political-line].';
      const f = only(check(text), 'misquote');
      assert.match(f.message, /\u201c\u2026\u201d instead of \u201cnot\u201d/);
      assert.equal(apply(text, f.fixes[0].edits), text.replace('\u2026', 'not'));
      assert.deepEqual(check('\u201cPyongyang should not have ignored the \u2026 effect\u201d [@szalontai-2003-no-political-line].'), []);
    });

    it('keeps the block-quotation markers when a change runs over a line break', () => {
      const text = [
        'Szalontai concludes:[^1]',
        '',
        '> Pyongyang should not have ignored the positive',
        '> result its domestic policies might produce on South Korean public opinion.',
        '',
        '[^1]: Szalontai, \u201cYou Have No Political Line of Your Own,\u201d 99.',
      ].join('\n');
      const f = only(check(text), 'misquote');
      const fixed = apply(text, f.fixes[0].edits);
      assert.equal(fixed, text.replace('positive\n> result', 'negative\n> effect'));
      assert.deepEqual(check(fixed), []);
      assert.equal(apply(text, [f.replacement!]), fixed);
    });

    it('reads LaTeX markup inside a quotation as the words it shows', () => {
      const tex =
        "Szalontai: ``Pyongyang should \\emph{not} have ignored the negative effect\\ldots{} \\textins{of} domestic policies''\\footcite[99]{szalontai-2003-no-political-line} and ``Bal\\'azs Szalontai suggested that the North Korean's \\textit{[sic]} peculiarities''~\\cite{msiow-2007-north-korea-soviets}.";
      assert.deepEqual(check(tex, 'latex'), []);
      const changed = tex.replace('\\emph{not} ', '');
      assert.match(only(check(changed, 'latex'), 'misquote').message, /\u201cnot\u201d left out/);
    });

    it('accepts ellipses, brackets, [sic] and changed quotation marks', () => {
      const text =
        '\u201c[T]he DPRK had little to offer the East European\u2019s [sic] \u2018people\u2019s democracies\u2019 \u2026 which also inhibited the improvement of relations\u201d [@szalontai-2003-no-political-line].';
      assert.deepEqual(check(text), []);
    });
  });

  describe('unattributed-quotation', () => {
    it('reports a quotation of a passage with no citation, and says where the citation goes', () => {
      const text = 'Deng called Koreans \u201ca mighty people of 30 million.\u201d Then more.';
      const f = only(check(text), 'unattributed-quotation');
      const open = text.indexOf('\u201c');
      const close = text.indexOf('\u201d') + 1;
      assert.equal(f.severity, 'warning');
      assert.deepEqual([f.start, f.end], [open, close]);
      assert.equal(f.passageId, 'deng-mighty-people');
      assert.deepEqual(f.citation, { passageId: 'deng-mighty-people', offset: close });
      assert.equal(f.message, 'Quotation from \u201cNorth Korea and the Soviets 1953-1964\u201d 2007 (deng-mighty-people) without a citation.');
      assert.equal(f.fixes[0].title, 'Add citation');
      assert.deepEqual(f.fixes[0].edits, [{ start: close, end: close, text: ` [@${ARTICLE}; quoted in @${BLOG}]` }]);
      assert.deepEqual(check(apply(text, f.fixes[0].edits)), []);
    });

    it('puts the citation after punctuation that follows the closing mark', () => {
      const text = 'Deng called Koreans \u201ca mighty people of 30 million\u201d. Then more.';
      const f = only(check(text), 'unattributed-quotation');
      assert.equal(f.citation?.offset, text.indexOf('\u201d') + 2);
    });

    it('adds a LaTeX \\footcite and a plain-text parenthetical that the checker then accepts', () => {
      const tex = "Deng called Koreans ``a mighty people of 30 million''. More.";
      const ft = only(check(tex, 'latex'), 'unattributed-quotation');
      assert.deepEqual(ft.fixes[0].edits, [{ start: tex.indexOf("''") + 3, end: tex.indexOf("''") + 3, text: `\\footcite{${BLOG}}` }]);
      assert.deepEqual(check(apply(tex, ft.fixes[0].edits), 'latex'), []);
      const txt = 'Deng called Koreans "a mighty people of 30 million". More.';
      const fp = only(check(txt, 'plaintext'), 'unattributed-quotation');
      assert.equal(fp.fixes[0].edits[0].text, ' (\u201cNorth Korea and the Soviets 1953-1964\u201d 2007)');
      assert.deepEqual(check(apply(txt, fp.fixes[0].edits), 'plaintext'), []);
    });

    it('reports nothing for scare quotes and common phrases', () => {
      assert.deepEqual(check('Leaders knew little of \u201cthe ways of the world\u201d and called the South \u201ca living hell\u201d.'), []);
    });

    it('lets one citation at the end of a sentence cover its quotations', () => {
      const text =
        'Deng praised \u201ca mighty people of 30 million\u201d and said \u201cthe Chinese leaders must learn from the Korean leaders\u201d.[^1]\n\n[^1]: Szalontai, 99.';
      assert.deepEqual(check(text), []);
    });

    it('does not let a later sentence\u2019s citation cover an earlier quotation', () => {
      const text =
        'Deng praised \u201ca mighty people of 30 million.\u201d Later he said \u201cthe Chinese leaders must learn from the Korean leaders\u201d [@szalontai-2003-no-political-line].';
      const f = only(check(text), 'unattributed-quotation');
      assert.equal(f.passageId, 'deng-mighty-people');
    });

    it('accepts a narrative citation earlier in the same sentence', () => {
      assert.deepEqual(check('@szalontai-2003-no-political-line [p. 99] notes that Deng praised \u201ca mighty people of 30 million\u201d.'), []);
      assert.deepEqual(check("\\textcite{szalontai-2003-no-political-line} notes ``a mighty people of 30 million''.", 'latex'), []);
      const later = '@szalontai-2003-no-political-line says so. Deng praised \u201ca mighty people of 30 million\u201d.';
      assert.deepEqual(rules(check(later)), ['unattributed-quotation']);
    });

    it('accepts LaTeX cite commands, \\footnote and parentheticals after the quotation', () => {
      const q = "Deng praised ``a mighty people of 30 million''";
      for (const cite of ['\\cite[p.~99]{msiow-2007-north-korea-soviets}', '\\parencite{szalontai-2003-no-political-line}', '\\footcite{deng-mighty-people}', '\\autocites{msiow-2007-north-korea-soviets}{lankov-2002-stalin-to-kim}', '\\footnote{Szalontai, \\emph{No Political Line}, 99; Bal\\\'azs Szalontai.}', ' (Szalontai 2004, 99)']) {
        assert.deepEqual(check(`${q}${cite}.`, 'latex'), [], cite);
      }
    });

    it('accepts a full note in parentheses, as Insert Citation writes it in plain text', () => {
      const note =
        '(Bal\u00e1zs Szalontai, \u201c\u2018You Have No Political Line of Your Own\u2019: Kim Il Sung and the Soviets, 1953-1964,\u201d Cold War International History Project Bulletin, no. 14/15 (Winter 2003\u2013Spring 2004), quoted in North Korea and the Soviets 1953-1964, December 7, 2007, http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html)';
      assert.ok(note.length > 300);
      assert.deepEqual(check(`Deng called Koreans "a mighty people of 30 million." ${note} Then more.`, 'plaintext'), []);
      assert.deepEqual(check(`Deng called Koreans \u201ca mighty people of 30 million.\u201d ${note} Then more.`), []);
    });

    it('checks a block quotation: a citation inside, right after, or in its introduction', () => {
      const block = '> Kim did not regard this potential threat lightly.';
      assert.deepEqual(rules(check(`He wrote:\n\n${block}\n\nMore.`)), ['unattributed-quotation']);
      assert.deepEqual(check(`He wrote:\n\n${block} [@msiow-2007-north-korea-soviets]\n`), []);
      assert.deepEqual(check(`He wrote:\n\n${block}\n\n[@msiow-2007-north-korea-soviets]\n`), []);
      assert.deepEqual(check(`Szalontai writes:[^1]\n\n${block}\n\n[^1]: Szalontai, 99.`), []);
      const f = only(check(`Text.\n\n${block}\n`), 'unattributed-quotation');
      const text = `Text.\n\n${block}\n`;
      assert.equal(f.citation?.offset, text.indexOf('lightly.') + 'lightly.'.length);
      const tex = '\\begin{quote}\nKim did not regard this potential threat lightly.\\footcite{msiow-2007-north-korea-soviets}\n\\end{quote}';
      assert.deepEqual(check(tex, 'latex'), []);
    });

    it('reads Markdown footnotes: the definition must name the source; Ibid. names the previous one', () => {
      const deng = 'Deng praised \u201ca mighty people of 30 million\u201d.';
      assert.deepEqual(check(`${deng}[^1]\n\n[^1]: Balázs Szalontai, 99.`), []);
      assert.deepEqual(check(`${deng}[^1]\n\n[^1]: \u201cNorth Korea and the Soviets 1953-1964,\u201d December 7, 2007.`), []);
      assert.deepEqual(check(`Other words.[^1] ${deng}[^2]\n\n[^1]: Szalontai, 98.\n[^2]: Ibid., 99.`), []);
      const missing = only(check(`${deng}[^9]`), 'unattributed-quotation');
      assert.match(missing.message, /the note after it names no source of the corpus/);
      const vague = only(check(`${deng}[^1]\n\n[^1]: See the discussion above.`), 'unattributed-quotation');
      assert.match(vague.message, /names no source/);
    });

    it('takes a quotation inside a footnote to be cited by that footnote', () => {
      assert.deepEqual(check('Text.[^1]\n\n[^1]: Szalontai quotes Deng: \u201ca mighty people of 30 million\u201d (p. 99).'), []);
      assert.deepEqual(rules(check('Text.[^1]\n\n[^1]: Deng spoke of \u201ca mighty people of 30 million\u201d.')), ['unattributed-quotation']);
    });
  });

  describe('wrong-source', () => {
    it('reports a key of another source, with fixes that cite the right one', () => {
      const text = 'Deng praised \u201ca mighty people of 30 million\u201d [@lankov-2002-stalin-to-kim, p. 12].';
      const f = only(check(text), 'wrong-source');
      assert.equal(f.severity, 'error');
      assert.equal(text.slice(f.start, f.end), '[@lankov-2002-stalin-to-kim, p. 12]');
      assert.equal(f.passageId, 'deng-mighty-people');
      assert.equal(
        f.message,
        'The citation names Lankov 2002, but the quoted words are from \u201cNorth Korea and the Soviets 1953-1964\u201d 2007 (or Szalontai 2003): passage deng-mighty-people.',
      );
      assert.deepEqual(f.fixes.map((x) => x.title), [`Cite ${BLOG}`, `Cite ${ARTICLE}`]);
      const key = text.indexOf('lankov');
      assert.deepEqual(f.fixes[1].edits, [{ start: key, end: key + LANKOV.id.length, text: ARTICLE }]);
      assert.deepEqual(check(apply(text, f.fixes[0].edits)), []);
      assert.deepEqual(check(apply(text, f.fixes[1].edits)), []);
    });

    it('reports a note or parenthetical that names another source, without an edit', () => {
      const deng = 'Deng praised \u201ca mighty people of 30 million\u201d';
      const note = only(check(`${deng}.[^1]\n\n[^1]: Lankov, *From Stalin to Kim Il Sung*, 12.`), 'wrong-source');
      assert.deepEqual(note.fixes, []);
      assert.deepEqual(rules(check(`${deng} (Lankov 2002, 12).`, 'plaintext')), ['wrong-source']);
      assert.deepEqual(rules(check(`${deng.replace(/\u201c|\u201d/g, '"')}\\cite{lankov-2002-stalin-to-kim}.`, 'latex')), ['wrong-source']);
    });

    it('counts both the source and the original as right', () => {
      const deng = 'Deng praised \u201ca mighty people of 30 million\u201d';
      assert.deepEqual(check(`${deng} [@${BLOG}].`), []);
      assert.deepEqual(check(`${deng} [@${ARTICLE}].`), []);
      // A passage without an original: only its source is right.
      const ref = 'He cites \u201cCold War International History Project Bulletin, 14/15, Winter 2003-Spring 2004\u201d';
      assert.deepEqual(check(`${ref} [@${BLOG}].`), []);
      assert.deepEqual(rules(check(`${ref} [@${ARTICLE}].`)), ['wrong-source']);
    });

    it('checks a common phrase only against the citation that follows it', () => {
      assert.deepEqual(check('They called the South \u201ca living hell\u201d [@msiow-2007-north-korea-soviets].'), []);
      assert.deepEqual(rules(check('They called the South \u201ca living hell\u201d [@lankov-2002-stalin-to-kim].')), ['wrong-source']);
    });

    it('accepts any source printing the same words', () => {
      const reprint: Source = { id: 'reprint-2010', type: 'book', title: 'Documents on Korea', issued: { 'date-parts': [[2010]] } };
      const passage = { ...bundled.passageById.get('deng-mighty-people')!, id: 'deng-reprinted', source: reprint.id, original: undefined };
      const both = indexCorpus({ ...bundled.corpus, sources: [...bundled.corpus.sources, reprint, LANKOV], passages: [...bundled.corpus.passages, passage] });
      const deng = 'Deng praised \u201ca mighty people of 30 million\u201d';
      assert.deepEqual(checkDocument(`${deng} [@reprint-2010].`, 'markdown', both), []);
      assert.deepEqual(checkDocument(`${deng} [@${BLOG}].`, 'markdown', both), []);
      assert.deepEqual(rules(checkDocument(`${deng} [@lankov-2002-stalin-to-kim].`, 'markdown', both)), ['wrong-source']);
    });
  });

  describe('unknown-citation-key', () => {
    it('reports a Pandoc key that is no passage or source id, on the key, with the nearest keys', () => {
      const text = 'See [@szalontai2003, p. 99] and [@dependency-on-soviet-expertis].';
      const found = check(text).filter((f) => f.rule === 'unknown-citation-key');
      assert.equal(found.length, 2);
      const [a, b] = found;
      assert.equal(text.slice(a.start, a.end), 'szalontai2003');
      assert.equal(a.key, 'szalontai2003');
      assert.deepEqual(a.nearestKeys, [ARTICLE]);
      assert.equal(a.message, `Unknown citation key \u201cszalontai2003\u201d: no passage or source of the corpus has this id. Did you mean \u201c${ARTICLE}\u201d?`);
      assert.deepEqual(a.fixes, [{ title: `Change to \u201c${ARTICLE}\u201d`, edits: [{ start: a.start, end: a.end, text: ARTICLE }] }]);
      assert.deepEqual(b.nearestKeys?.[0], 'dependency-on-soviet-expertise');
      const fixed = apply(apply(text, b.fixes[0].edits), a.fixes[0].edits);
      assert.deepEqual(check(fixed), []);
    });

    it('offers at most three keys, and none when nothing is close', () => {
      const [f] = check('[@deng-mighty-peple]');
      assert.ok((f.nearestKeys?.length ?? 0) >= 1 && (f.nearestKeys?.length ?? 0) <= 3);
      assert.equal(f.nearestKeys?.[0], 'deng-mighty-people');
      assert.deepEqual(check('[@zzzzzzzz]')[0].nearestKeys, []);
      assert.deepEqual(check('[@zzzzzzzz]')[0].fixes, []);
    });

    it('reads the LaTeX cite family, including several keys and \\nocite, and skips e-mail addresses', () => {
      const tex = '\\cite{a-missing-key, deng-mighty-people} \\footcites[12]{msiow-2007-north-korea-soviets}{zz-unknown} \\nocite{*} \\nocite{also-missing}';
      const keys = check(tex, 'latex').map((f) => [f.rule, tex.slice(f.start, f.end)]);
      assert.deepEqual(keys, [
        ['unknown-citation-key', 'a-missing-key'],
        ['unknown-citation-key', 'zz-unknown'],
        ['unknown-citation-key', 'also-missing'],
      ]);
      assert.deepEqual(check('Write to kim@example.org or see `@code`.'), []);
    });
  });

  describe('options', () => {
    it('has default severities and lets each rule be changed or turned off', () => {
      assert.deepEqual(DEFAULT_SEVERITY, { misquote: 'error', 'wrong-source': 'error', 'unattributed-quotation': 'warning', 'unknown-citation-key': 'warning' });
      const text = `${RICH}\n\nDeng praised \u201ca mighty people of 30 million\u201d [@nope].`;
      assert.deepEqual(check(text).map((f) => [f.rule, f.severity]), [
        ['misquote', 'error'],
        ['unknown-citation-key', 'warning'],
      ]);
      const changed = check(text, 'markdown', { rules: { misquote: 'hint', 'unknown-citation-key': 'off' } });
      assert.deepEqual(changed.map((f) => [f.rule, f.severity]), [['misquote', 'hint']]);
    });

    it('changes severities on a checker without checking again', () => {
      const checker = new DocumentQuoteChecker(index, 'markdown');
      assert.equal(checker.update(RICH).length, 1);
      assert.deepEqual(checker.setOptions({ rules: { misquote: 'off' } }), []);
      assert.equal(checker.setOptions({ rules: { misquote: 'information' } })[0].severity, 'information');
    });
  });
});
