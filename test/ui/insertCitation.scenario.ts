import * as assert from 'assert';
import type { Harness } from './harness';

/**
 * A writer opens the essay, looks at the Annalist themes, and inserts a Chicago footnote for
 * Kosygin's remark on foreign patents through the palette and the quick pick.
 */
export async function run(h: Harness): Promise<void> {
  h.step('open the workspace and essay.md');
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile('essay.md');

  h.step('open the Annalist view and read the Themes tree');
  await h.openViewContainer('Annalist');
  const rows = await h.viewRows('Themes');
  assert.ok(rows.length >= 1, 'the Themes tree shows no theme');
  h.step(`themes shown: ${rows.slice(0, 5).join(' | ')}${rows.length > 5 ? ' …' : ''}`);

  h.step('put the cursor after the last sentence');
  await h.focusEditor();
  await h.press('Control+End');
  await h.press('ArrowLeft'); // the file ends with one newline: back onto the last sentence

  h.step('run "Annalist: Insert Citation…", search "kosygin patents", pick the first item');
  await h.runCommand('Annalist: Insert Citation…');
  await h.typeIntoQuickInput('kosygin patents');
  const first = await h.waitForFirstQuickPickItem(/Kosygin/);
  h.step(`first item: ${first}`);
  await h.press('Enter');

  h.step('save and read the essay from disk');
  await h.save();
  const text = await h.waitForFile('essay.md', (content) => content.includes('[^1]:'));
  const lines = text.split('\n');
  const reference = lines.find((line) => line.includes('[^1]') && !line.startsWith('[^1]:'));
  assert.ok(reference, `no footnote reference [^1] in the essay's text:\n${text.slice(-600)}`);
  const definition = lines.find((line) => line.startsWith('[^1]: '));
  assert.ok(definition, `no footnote definition line "[^1]: …" in the essay:\n${text.slice(-600)}`);
  assert.match(definition, /Kosygin|North Korea and the Soviets/, `the footnote does not cite the source: ${definition}`);
  h.step(`footnote: ${definition}`);

  await h.screenshot('insert-citation');
}
