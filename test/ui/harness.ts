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
