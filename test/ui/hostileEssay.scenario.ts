import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { EDITOR_FAMILIES, mixedHostileEssay } from '../support/hostileEssays';
import type { Harness } from './harness';

const FILE = 'hostile.md';
const MISQUOTE = 'should not have wasted money trying to invent everything themselves';
const TYPED = 'The editor still answers.';

/**
 * A writer opens an essay of over 1 MB full of text that once froze the quotation checker
 * (long runs of `[a @`, `@{`, `[`, `<a` inside quotations, thousands of quotations with
 * citations in one paragraph, a `\` followed by `cite` thousands of times) and finds the
 * editor as responsive as ever: what they type at the end appears, the command palette opens
 * and lists Annalist's commands, and the misquotation at the end gets its red squiggle.
 */
export async function run(h: Harness): Promise<void> {
  const { page } = h;
  await fs.writeFile(path.join(h.workspaceDir, FILE), mixedHostileEssay(1_050_000, MISQUOTE, EDITOR_FAMILIES));

  h.step(`open the workspace and ${FILE} (1.05 MB)`);
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile(FILE);

  h.step(`go to the end and type "${TYPED}"`);
  await h.press('Control+End');
  await h.type(`\n${TYPED}`);
  const editor = h.activeEditor();
  await editor.locator('.view-lines', { hasText: TYPED }).waitFor({ timeout: 10_000 });

  h.step('open the command palette and see the Annalist commands');
  await h.press('F1');
  await h.typeIntoQuickInput('>Annalist: Insert');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Annalist: Insert Citation' }).first().waitFor({ timeout: 10_000 });
  await h.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });

  h.step('see the error squiggle under the misquotation at the end');
  await h.focusEditor();
  await h.press('Control+End');
  await editor.locator('.view-overlays .squiggly-error').first().waitFor({ timeout: 60_000 });
  await h.type(' And again.');
  await editor.locator('.view-lines', { hasText: 'And again.' }).waitFor({ timeout: 10_000 });
  await h.screenshot('hostile-essay');

  h.step('save: the file holds what was typed');
  await h.save();
  const saved = await h.waitForFile(FILE, (content) => content.includes('And again.'));
  assert.ok(saved.includes(`${TYPED} And again.`), 'the typed text is saved at the end of the essay');
}
