import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, Settings } from '../../src/ids';
import { closeAllEditors, openEditor, placeCursorAt, waitFor } from './helpers';

const BLOG_URL = 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html';
/** Markdown writes the URL as an autolink; plain text as it is. */
const BLOG_LINK = `<${BLOG_URL}>`;
const ARTICLE =
  'Balázs Szalontai, \u201c\u2018You Have No Political Line of Your Own\u2019: Kim Il Sung and the Soviets, 1953-1964,\u201d';
/** The Chicago (18th ed.) note for Kosygin's words, read in the blog through Szalontai's article. */
const KOSYGIN_NOTE_MD = `${ARTICLE} *Cold War International History Project Bulletin*, no. 14/15 (Winter 2003\u2013Spring 2004), quoted in *North Korea and the Soviets 1953-1964*, December 7, 2007, ${BLOG_LINK}.`;
const KOSYGIN_NOTE_PLAIN = KOSYGIN_NOTE_MD.replace(/\*/g, '').replace(BLOG_LINK, BLOG_URL);
/** The note for the blog's own paraphrase. */
const BLOG_NOTE_MD = `*North Korea and the Soviets 1953-1964*, December 7, 2007, ${BLOG_LINK}.`;
const KOSYGIN_QUOTE =
  'should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical.';

describe('Insert Citation and Insert Quotation', () => {
  afterEach(closeAllEditors);

  it('inserts a Markdown footnote at the cursor and appends its definition', async () => {
    const essay = '# Essay\n\nKosygin was blunt about self-reliance.\n';
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, essay.indexOf(' about'));
    assert.equal(await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'kosygin-foreign-patents' }), true);
    assert.equal(
      editor.document.getText(),
      `# Essay\n\nKosygin was blunt[^1] about self-reliance.\n\n[^1]: ${KOSYGIN_NOTE_MD}\n`,
    );
  });

  it('numbers a later footnote after the first and shortens a note repeating its source', async () => {
    const essay = `Films came from Moscow.[^1] Books too.\n\n[^1]: ${BLOG_NOTE_MD}\n`;
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, essay.indexOf('\n'));
    await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'soviet-translations-books-1955' });
    assert.equal(
      editor.document.getText(),
      `Films came from Moscow.[^1] Books too.[^2]\n\n[^1]: ${BLOG_NOTE_MD}\n[^2]: *North Korea and the Soviets 1953-1964*.\n`,
    );
  });

  it('numbers a footnote inserted before the others first and renumbers them', async () => {
    const essay = `Films came from Moscow.[^1]\n\n[^1]: ${BLOG_NOTE_MD}\n`;
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, 0);
    await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'kosygin-foreign-patents' });
    assert.equal(editor.document.getText(), `[^1]Films came from Moscow.[^2]\n\n[^1]: ${KOSYGIN_NOTE_MD}\n[^2]: ${BLOG_NOTE_MD}\n`);
  });

  it('inserts the note inline in a plain-text document', async () => {
    const essay = 'Kosygin was blunt.';
    const editor = await openEditor('plaintext', essay);
    placeCursorAt(editor, essay.length - 1);
    await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'kosygin-foreign-patents' });
    assert.equal(editor.document.getText(), `Kosygin was blunt (${KOSYGIN_NOTE_PLAIN.slice(0, -1)}).`);
  });

  it('inserts the quotation with its footnote in Markdown', async () => {
    const essay = 'Kosygin told Kim that North Korea\n';
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, essay.length - 1);
    await vscode.commands.executeCommand(Commands.insertQuotation, { passageId: 'kosygin-foreign-patents' });
    assert.equal(editor.document.getText(), `Kosygin told Kim that North Korea \u201c${KOSYGIN_QUOTE}\u201d[^1]\n\n[^1]: ${KOSYGIN_NOTE_MD}\n`);
  });

  it('inserts the quotation with nested marks turned and an inline citation in plain text', async () => {
    const editor = await openEditor('plaintext', 'Szalontai: ');
    placeCursorAt(editor, 11);
    await vscode.commands.executeCommand(Commands.insertQuotation, { passageId: 'mutual-disinterest-east-europe' });
    const text = editor.document.getText();
    assert.ok(text.startsWith('Szalontai: \u201cTo be sure, the disinterest often proved mutual'), text);
    assert.ok(text.includes('the East European\u2019s \u2018people\u2019s democracies.\u2019 Moreover'), text);
    assert.ok(text.endsWith(`improvement of relations.\u201d (${KOSYGIN_NOTE_PLAIN.slice(0, -1)})`), text);
  });

  it('takes the whole insert back with one Undo', async () => {
    const essay = 'Line one.\nLine two.';
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, 9);
    await vscode.commands.executeCommand(Commands.insertQuotation, { passageId: 'your-country-is-rich' });
    assert.notEqual(editor.document.getText(), essay);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), essay);
  });

  it('inserts the first passage of the quick pick, ranked by the search, when a person accepts it', async () => {
    const essay = 'Kosygin on patents.\n';
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, essay.length - 1);
    const done = vscode.commands.executeCommand<boolean>(Commands.insertCitation, { query: 'kosigin patents' });
    // Give the quick pick time to show its rows, then press Enter on the top one.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await done, true);
    await waitFor(() => (editor.document.getText() !== essay ? true : undefined), 'the insert');
    assert.equal(editor.document.getText(), `Kosygin on patents.[^1]\n\n[^1]: ${KOSYGIN_NOTE_MD}\n`);
  });

  describe('with annalist.locator.ask on, for a passage without a recorded page', () => {
    before(() => vscode.workspace.getConfiguration().update(Settings.askForLocator, true, vscode.ConfigurationTarget.Global));
    after(() => vscode.workspace.getConfiguration().update(Settings.askForLocator, undefined, vscode.ConfigurationTarget.Global));

    /** Runs Insert Citation from the picker, accepts its top row and gives the locator prompt time to open. */
    async function pickThenPrompt(editor: vscode.TextEditor): Promise<{ done: Thenable<boolean | undefined> }> {
      const essay = editor.document.getText();
      const done = vscode.commands.executeCommand<boolean>(Commands.insertCitation, { query: 'kosigin patents' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(editor.document.getText(), essay, 'nothing is inserted while the locator prompt waits');
      return { done }; // wrapped: an async function would wait for a returned thenable
    }

    /** Runs `command` every half second until the insert settles (a busy machine may show the prompt late). */
    async function until(done: Thenable<boolean | undefined>, command: string): Promise<boolean | undefined> {
      let settled = false;
      const result = Promise.resolve(done).finally(() => (settled = true));
      for (let tries = 0; !settled && tries < 40; tries++) {
        await vscode.commands.executeCommand(command);
        await Promise.race([result, new Promise((resolve) => setTimeout(resolve, 500))]);
      }
      return result;
    }

    it('asks for the locator after the pick; an empty answer cites without one', async () => {
      const essay = 'Kosygin on patents.\n';
      const editor = await openEditor('markdown', essay);
      placeCursorAt(editor, essay.length - 1);
      assert.equal(await until((await pickThenPrompt(editor)).done, 'workbench.action.acceptSelectedQuickOpenItem'), true);
      assert.equal(editor.document.getText(), `Kosygin on patents.[^1]\n\n[^1]: ${KOSYGIN_NOTE_MD}\n`);
    });

    it('inserts nothing when the locator prompt is dismissed', async () => {
      const essay = 'Kosygin on patents.\n';
      const editor = await openEditor('markdown', essay);
      placeCursorAt(editor, essay.length - 1);
      assert.equal(await until((await pickThenPrompt(editor)).done, 'workbench.action.closeQuickOpen'), false);
      assert.equal(editor.document.getText(), essay);
    });

    it('never asks when the locator is given', async () => {
      const essay = 'Kosygin on patents.\n';
      const editor = await openEditor('markdown', essay);
      placeCursorAt(editor, essay.length - 1);
      assert.equal(await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'kosygin-foreign-patents', locator: '12' }), true);
      assert.match(editor.document.getText(), /\[\^1\]: .*12/);
    });
  });

  it('inserts nothing when the quick pick is dismissed', async () => {
    const editor = await openEditor('markdown', 'Unchanged.');
    const done = vscode.commands.executeCommand<boolean>(Commands.insertCitation);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await done, false);
    assert.equal(editor.document.getText(), 'Unchanged.');
  });

  it('copies the plain-text note to the clipboard', async () => {
    await vscode.commands.executeCommand(Commands.copyCitation, { passageId: 'kosygin-foreign-patents' });
    assert.equal(await vscode.env.clipboard.readText(), KOSYGIN_NOTE_PLAIN);
  });
});
