import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Harness } from './harness';
import { normaliseText } from './harness';

/** The passage the essay cites by its key: Kosygin's remark on foreign patents. */
const KEY = 'kosygin-foreign-patents';
/** The sentence of the essay that paraphrases the remark; the citation goes before its period. */
const SENTENCE_END = 'insisting on inventing everything themselves';

/**
 * A writer's essay cites Kosygin's remark by its passage key, `[@kosygin-foreign-patents]`.
 * She rests the mouse on the key and reads, without leaving the essay, the words it stands
 * for, who said them and through whom, its themes and the Chicago note that cites it.
 */
export async function run(h: Harness): Promise<void> {
  const essay = path.join(h.workspaceDir, 'essay.md');
  const original = await fs.readFile(essay, 'utf8');
  assert.ok(original.includes(`${SENTENCE_END}.`), `the essay has the sentence ending "${SENTENCE_END}."`);
  await fs.writeFile(essay, original.replace(`${SENTENCE_END}.`, `${SENTENCE_END} [@${KEY}].`));

  h.step('open the workspace and essay.md, which cites the passage by its key');
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile('essay.md');
  await h.press('Control+End'); // the cursor on the empty last line: no word highlighted under the hover

  h.step(`rest the mouse on "@${KEY}"`);
  const hover = await h.hoverOver(KEY, 'should not have wasted time');
  const text = normaliseText(await hover.innerText());
  h.step(`hover: ${text.replace(/\s+/g, ' ').slice(0, 400)}`);
  assert.match(
    text,
    /\u201cshould not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical\.\u201d/,
    'the hover shows the quotation',
  );
  assert.match(text, /Quoted words: Alexei Kosygin \u2192 Szalontai 2003 \u2192 \u201cNorth Korea and the Soviets 1953-1964\u201d 2007/, 'the hover says who said it and through whom');
  assert.match(text, /Themes: Self-reliance and foreign patents/, 'the hover shows the themes');
  assert.match(
    text,
    /Bal\u00e1zs Szalontai, \u201c\u2018You Have No Political Line of Your Own\u2019: Kim Il Sung and the Soviets, 1953-1964,\u201d Cold War International History Project Bulletin/,
    'the hover shows the Chicago note: Szalontai\u2019s article',
  );
  assert.match(text, /, quoted in North Korea and the Soviets 1953-1964, December 7, 2007/, 'the note cites the article as quoted in the blog');
  assert.ok((await hover.locator('hr').count()) >= 1, 'a rule separates the passage from its citation');
  await h.screenshot('citation-hover');
}
