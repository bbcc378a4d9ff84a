import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Harness } from './harness';
import { normaliseText } from './harness';

/** The hostile fixture corpus: links, `command:` URIs, HTML, codicons, BiDi and ESC characters in every field. */
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/hostile/hostile.annalist.json');

/**
 * A writer imports a corpus file whose source title and URL carry a `command:` link, HTML, a
 * codicon and a right-to-left override. She rests the mouse on the source's key and reads its
 * bibliography entry as text — no link, no icon, the override shown as <U+202E> — then opens
 * Insert Citation and sees the passages' `$(zap)` as written, not as an icon.
 */
export async function run(h: Harness): Promise<void> {
  await fs.copyFile(FIXTURE, path.join(h.workspaceDir, 'hostile.annalist.json'));
  await fs.writeFile(path.join(h.workspaceDir, 'hostile.md'), 'The page [@hostile-link] says so.\n');

  h.step('open the workspace with the hostile corpus file, and hostile.md, which cites its source by key');
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile('hostile.md');
  await h.press('Control+End');

  h.step('rest the mouse on "@hostile-link"');
  const hover = await h.hoverOver('hostile-link', 'January 2, 2020');
  const text = normaliseText(await hover.innerText()).replace(/\s+/g, ' ');
  h.step(`hover: ${text.slice(0, 300)}`);
  assert.ok(
    text.includes('\u201cClick [Here](command:workbench.action.terminal.new) | a | B | $(Zap) <U+202E>Evil.\u201d January 2, 2020. https://x.example/a)[click](command:x)<img/src=x>\\input{secret.tex}.'),
    `the hover shows the entry as written: ${text}`,
  );
  const markdown = hover.locator('.rendered-markdown');
  assert.equal(await markdown.locator('a').count(), 0, 'no link in the hover');
  assert.equal(await markdown.locator('img, code, .codicon, strong, em').count(), 0, 'no image, code, icon or emphasis in the hover');
  await h.screenshot('hostile-hover');
  await h.press('Escape');

  h.step('run "Annalist: Insert Citation…" and search "evil example zap"');
  await h.focusEditor();
  await h.runCommand('Annalist: Insert Citation…');
  await h.typeIntoQuickInput('evil example zap');
  const first = await h.waitForFirstQuickPickItem(/^(Passage words|See https:\/\/evil\.example)/);
  h.step(`first row: ${first.slice(0, 200)}`);
  assert.ok(first.includes('$(zap) [click](command:workbench.action.terminal.new)') || first.includes('$(zap) [^1]'), `the row shows $(zap) as text: ${first}`);
  assert.ok(!first.includes('\\$(zap)'), 'without the escaping backslash');
  const row = h.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
  assert.equal(await row.locator('.quick-input-list-label-meta .codicon, .label-description .codicon').count(), 0, 'no icon drawn from the passage text');
  await h.screenshot('hostile-quick-pick');
  await h.press('Escape');
}
