import * as assert from 'assert';
import type { Harness } from './harness';

/** The words before the period of the essay's sentence on Kosygin's visit: the key goes after them. */
const SENTENCE_END = 'insisting on inventing everything themselves';
/**
 * What the writer types there: Pandoc brackets, then inside them the start of a name. Both
 * brackets are typed (VS Code types over a `]` it closed itself), so the scenario does not
 * depend on whether the editor closed the `[`: once in a CI run it did not.
 */
const BRACKETS = ' []';
const TYPED = '@kosy';
/** The key of Kosygin's remark: Szalontai's article, quoted in the blog that printed the words. */
const KEY = 'szalontai-2003-no-political-line; quoted in @msiow-2007-north-korea-soviets';

/**
 * A writer types `[@kosy` at the end of a sentence of the essay, picks Kosygin's remark on
 * foreign patents from the completion list (its details show the whole quotation), accepts
 * it with Enter and gets the Pandoc key of its source, "quoted in" the blog that printed it.
 */
export async function run(h: Harness): Promise<void> {
  h.step('open the workspace and essay.md');
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile('essay.md');
  const before = await h.readWorkspaceFile('essay.md');
  assert.ok(before.includes(`${SENTENCE_END}.`), `the essay has the sentence ending "${SENTENCE_END}."`);

  h.step(`put the cursor after "${SENTENCE_END}", type "${BRACKETS}" and, between the brackets, "${TYPED}"`);
  await h.moveCursorAfter(SENTENCE_END);
  await h.type(BRACKETS);
  await h.press('ArrowLeft');
  await h.type(TYPED);

  h.step('see the completions and select Kosygin\u2019s words');
  await h.waitForSuggestions();
  const selected = await h.selectSuggestion(/^should not have wasted time.*Alexei Kosygin/);
  h.step(`completions: ${(await h.suggestions()).join(' | ')}`);
  h.step(`selected: ${selected}`);

  h.step('open the details: the whole quotation, who said it and through whom');
  const details = await h.showSuggestionDetails();
  h.step(`details: ${details.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert.match(details, /\u201cshould not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical\.\u201d/);
  assert.match(details, /Quoted words: Alexei Kosygin \u2192 Szalontai 2003 \u2192 \u201cNorth Korea and the Soviets 1953-1964\u201d 2007/);
  assert.match(details, /Szalontai, .*You Have No Political Line/, 'the details name the source: author and short title');
  await h.screenshot('accept-completion');

  h.step('accept with Enter, save and read the essay from disk');
  await h.press('Enter');
  await h.suggestWidget().waitFor({ state: 'detached' });
  await h.save();
  const text = await h.waitForFile('essay.md', (content) => content.includes(KEY));
  assert.ok(
    text.includes(`${SENTENCE_END} [@${KEY}]. The remark captured`),
    `the key of Kosygin\u2019s source is not where it was typed: \u2026${text.slice(text.indexOf(SENTENCE_END), text.indexOf(SENTENCE_END) + 160)}`,
  );
  assert.ok(!text.includes('@kosy'), 'the typed "@kosy" is gone');
  assert.equal(text, before.replace(`${SENTENCE_END}.`, `${SENTENCE_END} [@${KEY}].`), 'nothing else in the essay changed');
  h.step(`inserted: [@${KEY}]`);
}
