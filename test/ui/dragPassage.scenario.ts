import * as assert from 'assert';
import type { Harness } from './harness';
import { normaliseText } from './harness';

/** The words that end the essay's first paragraph: the passage is dropped right after them. */
const PARAGRAPH_END = 'than a pupil.';
/** Kosygin's quoted words, as Insert Quotation puts them in the essay. */
const KOSYGIN_QUOTE =
  '\u201cshould not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical.\u201d';

/**
 * A writer narrows the Annalist views to Kosygin's remark on foreign patents, drags the
 * passage from the Themes view into the essay (holding Shift, as VS Code asks for dropping
 * into an editor) and gets its Chicago footnote at the drop point; then picks the quotation
 * with its footnote from the drop widget instead.
 */
export async function run(h: Harness): Promise<void> {
  const { page } = h;
  h.step('open the workspace and essay.md');
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile('essay.md');
  await h.openViewContainer('Annalist');

  h.step('run "Annalist: Filter Passages…" with "kosygin patents"');
  await h.runCommand('Annalist: Filter Passages…');
  await h.typeIntoQuickInput('kosygin patents');
  await h.press('Enter');
  const row = page.locator('.part.sidebar .monaco-list-row', { hasText: 'should not have wasted time' }).first();
  await row.waitFor();
  h.step(`side bar: ${(await h.sideBarRows()).slice(0, 6).join(' | ')}`);

  h.step(`find the end of the first paragraph ("${PARAGRAPH_END}") in the editor`);
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
  await lines.first().waitFor();
  const target = await lines.evaluateAll((elements, end) => {
    const normalise = (text: string) => text.replace(/\u00a0/g, ' ').trimEnd();
    const line = elements.find((element) => normalise(element.textContent ?? '').endsWith(end));
    const text = line?.firstElementChild?.getBoundingClientRect();
    return text ? { x: text.right + 12, y: text.top + text.height / 2 } : undefined;
  }, PARAGRAPH_END);
  assert.ok(target, `no line of the editor ends with "${PARAGRAPH_END}"`);

  h.step('drag the passage row onto the end of that paragraph, holding Shift');
  const from = await row.boundingBox();
  assert.ok(from, 'the passage row has no box on screen');
  await page.mouse.move(from.x + from.width / 3, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 3 + 30, from.y + from.height / 2 + 5, { steps: 5 });
  await page.keyboard.down('Shift');
  await page.mouse.move(target.x, target.y, { steps: 20 });
  await page.waitForTimeout(300);
  await page.mouse.up();
  await page.keyboard.up('Shift');

  h.step('see the footnote reference at the drop point');
  const dropped = page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: PARAGRAPH_END }).first();
  await dropped.filter({ hasText: '[^1]' }).waitFor({ timeout: 15_000 });
  const droppedLine = normaliseText(await dropped.innerText());
  assert.ok(droppedLine.endsWith(`${PARAGRAPH_END}[^1]`), `the footnote reference is not at the drop point: \u2026${droppedLine.slice(-60)}`);

  h.step('open the drop widget: it offers the quotation with its citation instead');
  await page.locator('.editor-group-container.active .post-edit-widget').first().click();
  const choices = page.locator('.action-widget', { hasText: 'Insert Quotation with Citation' }).first();
  await choices.waitFor({ timeout: 10_000 });
  const offered = normaliseText(await choices.innerText()).split(/\s*\n\s*/);
  h.step(`drop widget: ${offered.join(' | ')}`);
  assert.equal(offered[0], 'Insert Citation', `Insert Citation is not the first, applied choice: ${offered.join(' | ')}`);
  await h.screenshot('drag-passage');

  h.step('choose "Insert Quotation with Citation", save and read the essay from disk');
  await choices.getByText('Insert Quotation with Citation').click();
  await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: 'should not have wasted' }).first().waitFor();
  await h.focusEditor();
  await h.save();
  const text = await h.waitForFile('essay.md', (content) => content.includes('should not have wasted'));
  const paragraph = text.split('\n').find((line) => line.includes(PARAGRAPH_END));
  assert.ok(paragraph, 'the first paragraph is still there');
  assert.ok(
    paragraph.endsWith(`${PARAGRAPH_END} ${KOSYGIN_QUOTE}[^1]`),
    `the quotation and its footnote reference are not at the drop point: \u2026${paragraph.slice(-200)}`,
  );
  const definitions = text.split('\n').filter((line) => line.startsWith('[^1]: '));
  assert.equal(definitions.length, 1, `one footnote definition "[^1]: …" in the essay:\n${text.slice(-600)}`);
  assert.match(definitions[0], /Szalontai.*quoted in \*North Korea and the Soviets 1953-1964\*/, `the footnote does not cite Kosygin's source: ${definitions[0]}`);
  h.step(`footnote: ${definitions[0]}`);
}
