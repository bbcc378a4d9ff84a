import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Harness } from './harness';

/**
 * A writer who cites by paragraph turns on `annalist.locator.ask`. Inserting Kosygin's remark,
 * whose page the corpus does not record, she is asked for a locator, types "para. 3", and the
 * footnote cites that paragraph.
 */
export async function run(h: Harness): Promise<void> {
  await fs.mkdir(path.join(h.workspaceDir, '.vscode'), { recursive: true });
  await fs.writeFile(path.join(h.workspaceDir, '.vscode', 'settings.json'), '{ "annalist.locator.ask": true }\n');

  h.step('open essay.md in a workspace with annalist.locator.ask on');
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile('essay.md');
  await h.focusEditor();
  await h.press('Control+End');
  await h.press('ArrowLeft');

  h.step('run "Annalist: Insert Citation…", search "kosygin patents", pick the first item');
  await h.runCommand('Annalist: Insert Citation…');
  await h.typeIntoQuickInput('kosygin patents');
  await h.waitForFirstQuickPickItem(/Kosygin/);
  await h.press('Enter');

  h.step('the locator prompt opens; type "para. 3" and press Enter');
  const prompt = h.page.locator('.quick-input-widget', { hasText: 'Page or other locator' });
  await prompt.waitFor({ timeout: 20_000 });
  await h.typeIntoQuickInput('para. 3');
  await h.press('Enter');

  h.step('save and read the footnote from disk');
  await h.save();
  const text = await h.waitForFile('essay.md', (content) => content.includes('[^1]:'));
  const definition = text.split('\n').find((line) => line.startsWith('[^1]: '));
  assert.ok(definition, `no footnote definition "[^1]: …" in the essay:\n${text.slice(-600)}`);
  assert.match(definition, /quoted in \*North Korea and the Soviets 1953-1964\*, December 7, 2007, para\. 3, <http:\/\/msiow\.blogspot\.com\//, `the note cites paragraph 3: ${definition}`);
  h.step(`footnote: ${definition}`);
}
