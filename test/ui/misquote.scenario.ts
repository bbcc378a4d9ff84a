import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Harness } from './harness';
import { normaliseText } from './harness';

/** The little of the DOM the hover step touches (the scenarios compile without the DOM library). */
interface DomNode {
  ownerDocument: {
    createTreeWalker(root: unknown, whatToShow: number): { nextNode(): { textContent: string | null } | null };
    createRange(): {
      setStart(node: unknown, offset: number): void;
      setEnd(node: unknown, offset: number): void;
      getBoundingClientRect(): { left: number; top: number; width: number; height: number };
    };
  };
}

/** The essay: the sample essay with Kosygin's words misquoted ("money" for "time") under its title. */
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/misquote/essay.md');
const FILE = 'misquote.md';

/**
 * A writer opens an essay in which Kosygin's remark is misquoted, sees the red squiggle under
 * the quotation, hovers the changed word and reads the source's wording against the essay's,
 * then applies the quick fix "Use the source's wording" and saves.
 */
export async function run(h: Harness): Promise<void> {
  const { page } = h;
  await fs.copyFile(FIXTURE, path.join(h.workspaceDir, FILE));

  h.step(`open the workspace and ${FILE}`);
  await h.openWorkbench();
  await h.waitForActivityBarIcon('Annalist');
  await h.openFile(FILE);

  h.step('see the error squiggle under the quotation');
  const editor = page.locator('.editor-group-container.active .monaco-editor');
  await editor.locator('.view-overlays .squiggly-error').first().waitFor({ timeout: 30_000 });

  h.step('hover the misquoted word "money"');
  const box = await editor.locator('.view-lines').first().evaluate((lines, word) => {
    // The compiler sees no DOM library here: name only what is used.
    const doc = (lines as unknown as DomNode).ownerDocument;
    const walker = doc.createTreeWalker(lines, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(word);
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, 'money');
  assert.ok(box, 'the word "money" is not on screen');
  await page.mouse.move(box.x - 40, box.y);
  await page.mouse.move(box.x, box.y, { steps: 5 });
  const hover = page.locator('.monaco-hover', { hasText: 'Misquotation' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  const text = normaliseText(await hover.innerText());
  h.step(`hover: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert.match(text, /\u201cmoney\u201d instead of \u201ctime\u201d/, 'the hover shows the diagnostic\u2019s message');
  assert.match(text, /Source: \u201cshould not have wasted time trying/, 'the hover shows the source\u2019s words');
  assert.match(text, /Essay: \u201cshould not have wasted money trying/, 'the hover shows the essay\u2019s words');
  const bold = await hover.locator('strong').allInnerTexts();
  assert.ok(bold.includes('time') && bold.includes('money'), `the differing words are in bold: ${JSON.stringify(bold)}`);
  await h.screenshot('misquote');

  h.step('click "Quick Fix..." in the hover and pick "Use the source\u2019s wording", then save');
  await hover.locator('a.action', { hasText: 'Quick Fix' }).first().click();
  const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: "Use the source's wording" }).first();
  await fix.waitFor({ state: 'visible', timeout: 15_000 });
  await fix.click();
  await h.save();
  const saved = await h.waitForFile(FILE, (content) => content.includes('wasted time trying'));
  assert.ok(saved.includes('\u201cshould not have wasted time trying to invent everything themselves'), 'the fix put back "time"');
  assert.ok(!saved.includes('wasted money'));
  await editor.locator('.view-overlays .squiggly-error').first().waitFor({ state: 'detached', timeout: 15_000 });
}
