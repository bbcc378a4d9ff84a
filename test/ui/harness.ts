import { promises as fs } from 'fs';
import * as path from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser';

/** What the UI runner hands to a harness: a running server and a workspace copy to open. */
export interface HarnessOptions {
  /** Absolute path of the workspace folder the scenario opens (a throwaway copy). */
  workspaceDir: string;
  /** URL of the workbench on that folder, e.g. `http://127.0.0.1:8123/?folder=/tmp/…/sample`. */
  workbenchUrl: string;
  /** Fresh folder for the browser profile. */
  profileDir: string;
  /** Folder that receives `<name>.png` screenshots (media/screenshots). */
  screenshotDir: string;
  /** Where progress lines go. */
  log: (line: string) => void;
}

/** Default wait for anything the workbench shows. */
const TIMEOUT_MS = 30_000;

/**
 * Drives a real VS Code workbench in headless Chromium the way a person does: clicks, the
 * command palette, the keyboard. Text is read back from disk after saving, because Monaco
 * renders spaces as U+00A0 and only draws the visible lines.
 */
export class Harness {
  private constructor(
    private readonly options: HarnessOptions,
    private readonly context: BrowserContext,
    /** The workbench page, for checks the helpers do not cover. */
    readonly page: Page,
  ) {}

  /** Starts Chromium with a fresh profile; call {@link openWorkbench} next. */
  static async launch(options: HarnessOptions): Promise<Harness> {
    const context = await launchChromium(options.profileDir);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    return new Harness(options, context, page);
  }

  /** Absolute path of the opened workspace folder. */
  get workspaceDir(): string {
    return this.options.workspaceDir;
  }

  /** Prints a progress line for the scenario. */
  step(description: string): void {
    this.options.log(`  - ${description}`);
  }

  /** Opens the workbench on the workspace folder and waits until it is drawn. */
  async openWorkbench(): Promise<void> {
    await this.page.goto(this.options.workbenchUrl);
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  }

  /**
   * Waits for an extension's icon in the activity bar (its view container title). Do this
   * before using the palette: the icon appears once the extension's contributions are loaded.
   */
  async waitForActivityBarIcon(title: string): Promise<Locator> {
    const icon = this.page.locator(`.part.activitybar .action-item:has(a[aria-label^="${title}"])`).first();
    await icon.waitFor({ timeout: 60_000 });
    return icon;
  }

  /** Clicks an activity-bar icon and waits for the side bar to show that container. */
  async openViewContainer(title: string): Promise<void> {
    const icon = await this.waitForActivityBarIcon(title);
    if ((await icon.getAttribute('aria-selected')) !== 'true' && !(await icon.evaluate((e) => e.classList.contains('checked')))) {
      await icon.click();
    }
    await this.page
      .locator('.part.sidebar .composite.title h2', { hasText: new RegExp(`^${escapeRegExp(title)}`, 'i') })
      .waitFor();
  }

  /**
   * The rows currently shown in the side bar's trees as they read on screen ("label —
   * description"), waiting for at least one.
   */
  async sideBarRows(): Promise<string[]> {
    return rowTexts(this.page.locator('.part.sidebar .monaco-list-row'));
  }

  /** The rows one view of the side bar shows (e.g. `Themes`), as {@link sideBarRows} reads them. */
  async viewRows(viewName: string): Promise<string[]> {
    const title = this.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${escapeRegExp(viewName)}$`, 'i') });
    return rowTexts(this.page.locator('.part.sidebar .pane').filter({ has: title }).locator('.monaco-list-row'));
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a person would. */
  async openFile(relativePath: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.typeIntoQuickInput(relativePath);
    await this.page
      .locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(relativePath) })
      .first()
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${path.basename(relativePath)}"]`).waitFor();
    await this.focusEditor();
  }

  /** Puts the keyboard focus into the active text editor. */
  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  }

  /**
   * Runs a command from the command palette (F1) by its title as the palette shows it,
   * e.g. `Annalist: Insert Citation…`.
   */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.typeIntoQuickInput(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().click();
  }

  /** Types into the open quick input (palette or an extension's quick pick). */
  async typeIntoQuickInput(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(text);
  }

  /** Labels of the items a quick pick shows now (waits for at least one). */
  async quickPickItems(): Promise<string[]> {
    return rowTexts(this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row'));
  }

  /**
   * Waits until the first item of the open quick pick matches `pattern` (the list updates
   * after typing, possibly after a debounce) and returns that item's text.
   */
  async waitForFirstQuickPickItem(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let first = '';
    for (;;) {
      first = (await this.quickPickItems())[0] ?? '';
      if (pattern.test(first)) return first;
      if (Date.now() > deadline) throw new Error(`the first quick pick item does not match ${pattern}: ${first}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Presses a key or chord, e.g. `Enter`, `Control+End`. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab no longer shows unsaved changes. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** Reads a file of the workspace from disk (save first). */
  readWorkspaceFile(relativePath: string): Promise<string> {
    return fs.readFile(path.join(this.options.workspaceDir, relativePath), 'utf8');
  }

  /**
   * Waits until a workspace file on disk satisfies `accept`, e.g. after an edit was saved.
   * Returns the last content read; it does not throw on timeout, so the caller's assertion
   * can show what the file contains.
   */
  async waitForFile(relativePath: string, accept: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = await this.readWorkspaceFile(relativePath);
    while (!accept(text) && Date.now() < deadline) {
      await this.page.waitForTimeout(200);
      text = await this.readWorkspaceFile(relativePath);
    }
    return text;
  }

  /** The text editor of the active editor group. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Types `text` at the cursor key by key, as a person does: auto-closing and completions react. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /**
   * Puts the cursor right after the first occurrence of `text` in the active editor: Find
   * (Ctrl+F) from the top selects it, Escape closes the find widget, Right collapses the
   * selection to its end.
   */
  async moveCursorAfter(text: string): Promise<void> {
    await this.focusEditor();
    await this.press('Control+Home');
    await this.press('Control+F');
    const find = this.activeEditor().locator('.find-widget.visible');
    const input = find.locator('.monaco-findInput .input').first();
    await input.waitFor();
    await input.fill(text);
    const count = find.locator('.matchesCount');
    try {
      await count.filter({ hasText: /^1 of \d+$/ }).waitFor({ timeout: 10_000 });
    } catch {
      throw new Error(`Find does not select "${text}" in the editor (matches: ${normaliseText(await count.innerText())})`);
    }
    await this.press('Escape');
    await find.waitFor({ state: 'detached' });
    await this.press('ArrowRight');
  }

  /** The suggest widget (completion list) of the active editor, while it is shown. */
  suggestWidget(): Locator {
    return this.activeEditor().locator('.suggest-widget.visible');
  }

  /**
   * Waits for the suggest widget after typing a trigger. If it has not opened after a few
   * seconds (on a busy machine the typed trigger can be answered before the corpus is ready),
   * asks for it with Ctrl+Space, as a person would, and waits again.
   */
  async waitForSuggestions(timeoutMs = 20_000): Promise<void> {
    const widget = this.suggestWidget();
    for (const wait of [5_000, timeoutMs]) {
      try {
        await widget.waitFor({ timeout: wait });
        return;
      } catch (error) {
        if (wait === timeoutMs) throw error;
        await this.press('Control+Space');
      }
    }
  }

  /** The rows the suggest widget shows now, as they read on screen (waits for the widget). */
  async suggestions(): Promise<string[]> {
    const rows = this.suggestWidget().locator('.monaco-list-row');
    await rows.first().waitFor();
    return (await rows.allInnerTexts()).map(oneLine);
  }

  /**
   * Waits for a row of the suggest widget matching `pattern` and moves the selection onto it
   * with the arrow keys. Typing re-queries the completions, which resets the selection: it
   * returns only once the selected row has matched on three readings 250 ms apart.
   */
  async selectSuggestion(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const widget = this.suggestWidget();
    const deadline = Date.now() + timeoutMs;
    let steady = 0;
    for (;;) {
      const rows = await this.suggestions();
      const focused = oneLine((await widget.locator('.monaco-list-row.focused').allInnerTexts())[0] ?? '');
      if (pattern.test(focused)) {
        steady += 1;
        if (steady === 3) return focused;
      } else {
        steady = 0;
        if (rows.some((row) => pattern.test(row))) await this.press('ArrowDown');
      }
      if (Date.now() > deadline) {
        throw new Error(`no suggestion matching ${pattern} could be selected; selected: "${focused}"; rows: ${rows.join(' | ')}`);
      }
      await this.page.waitForTimeout(250);
    }
  }

  /**
   * Shows the details of the selected suggestion beside the list (Ctrl+Space, VS Code's
   * "Toggle Suggestion Details", unless already open) and returns their text once drawn.
   */
  async showSuggestionDetails(): Promise<string> {
    const details = this.page.locator('.suggest-details-container .suggest-details');
    if (!(await details.isVisible())) await this.press('Control+Space');
    const docs = details.locator('.docs').filter({ hasText: /\S/ });
    await docs.first().waitFor({ state: 'visible' });
    return normaliseText(await details.innerText());
  }

  /**
   * Moves the mouse onto the first occurrence of `text` in the active editor (its range as
   * Monaco draws it) and waits for the hover that contains `expected`. Moves away and back
   * when no hover comes, as a person would; returns the hover.
   */
  async hoverOver(text: string, expected: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
    const lines = this.activeEditor().locator('.view-lines').first();
    await lines.filter({ hasText: text }).waitFor();
    const box = await lines.evaluate(textBox, text);
    if (!box) throw new Error(`"${text}" is not on screen in the editor`);
    const hover = this.page.locator('.monaco-hover', { hasText: expected }).first();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.mouse.move(box.x, box.y + 3 * box.height);
      await this.page.mouse.move(box.x, box.y, { steps: 5 });
      try {
        await hover.waitFor({ state: 'visible', timeout: Math.max(1000, Math.min(10_000, deadline - Date.now())) });
        return hover;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
      }
    }
  }

  /** Saves a PNG of the whole window as `<screenshotDir>/<name>.png`; returns its path. */
  async screenshot(name: string, directory = this.options.screenshotDir): Promise<string> {
    await fs.mkdir(directory, { recursive: true });
    const file = path.join(directory, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes the browser (the runner stops the server). */
  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Monaco and the workbench render spaces as U+00A0; compare text with normal spaces. */
export function normaliseText(text: string): string {
  return text.replace(/\u00a0/g, ' ').trim();
}

/** Text read from the screen on one line: Monaco's U+00A0 as spaces, whitespace runs as one space. */
function oneLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ');
}

/** The little of the DOM {@link textBox} touches: the scenarios compile without the DOM library. */
interface DomText {
  textContent: string | null;
}
interface DomElement {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  ownerDocument: {
    createTreeWalker(root: unknown, whatToShow: number): { nextNode(): DomText | null };
    createRange(): {
      setStart(node: DomText, offset: number): void;
      setEnd(node: DomText, offset: number): void;
      getClientRects(): ArrayLike<{ left: number; top: number; width: number; height: number }>;
    };
  };
}

/**
 * Runs in the page: the centre of the first on-screen box of `text` in Monaco's view lines,
 * found line by line even when the text spans several token spans.
 */
function textBox(root: unknown, text: string): { x: number; y: number; height: number } | undefined {
  const lines = Array.from((root as DomElement).querySelectorAll('.view-line'));
  for (const line of lines) {
    const walker = line.ownerDocument.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: { node: DomText; start: number }[] = [];
    let content = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: content.length });
      content += (node.textContent ?? '').replace(/\u00a0/g, ' ');
    }
    const at = content.indexOf(text);
    if (at < 0) continue;
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((entry) => entry.start <= offset) ?? nodes[0];
      return { node: hit.node, offset: offset - hit.start };
    };
    const from = locate(at);
    const to = locate(at + text.length - 1);
    const range = line.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1);
    const rect = range.getClientRects()[0];
    if (!rect) continue;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, height: rect.height };
  }
  return undefined;
}

/** Each list row's visible label, description and detail ("label — description — detail"). */
async function rowTexts(rows: Locator): Promise<string[]> {
  await rows.first().waitFor();
  const texts = await rows.evaluateAll((elements) =>
    elements.map((row) => {
      const labels: ArrayLike<{ textContent: string | null }> = row.querySelectorAll('.label-name, .label-description');
      const parts = Array.from(labels)
        .map((part) => part.textContent?.trim() ?? '')
        .filter((part) => part.length > 0);
      return parts.length > 0 ? parts.join(' — ') : (row.textContent ?? '');
    }),
  );
  return texts.map(normaliseText);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
