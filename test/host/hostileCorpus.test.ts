import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { passagePickItems } from '../../src/editor/passagePicker';
import { Commands } from '../../src/ids';
import { annalist, closeAllEditors, openEditor, placeCursorAt } from './helpers';
import { bundledCorpusOnly, corpusWhere, deleteWorkspaceFiles, writeWorkspaceFile } from './workspaceCorpusHelpers';

/** The hostile fixture corpus: links, `command:` URIs, HTML, codicons, BiDi and ESC characters, line breaks in every field. */
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/hostile/hostile.annalist.json');
const WRITTEN_URL = '<https://x.example/a%29%5Bclick%5D%28command:x%29%3Cimg/src=x%3E%5Cinput%7Bsecret.tex%7D>';

describe('a hostile corpus in the editor: corpus text stays text', () => {
  let file: vscode.Uri | undefined;

  before(async function () {
    this.timeout(40_000);
    file = await writeWorkspaceFile('hostile.annalist.json', fs.readFileSync(FIXTURE, 'utf8'));
    await corpusWhere((s) => s.index.passageById.has('hostile-link-note') && s.problems.length === 0, 'the hostile corpus to load');
  });

  after(async function () {
    this.timeout(40_000);
    await closeAllEditors();
    if (file) await deleteWorkspaceFiles(file);
    await bundledCorpusOnly();
  });

  it('Insert Citation writes the hostile source into a CRLF essay as one line of text, undone in one step', async () => {
    const essay = 'Essay words.\r\n\r\nMore.\r\n';
    const editor = await openEditor('markdown', '');
    await editor.edit((builder) => builder.setEndOfLine(vscode.EndOfLine.CRLF));
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), essay));
    assert.equal(editor.document.getText(), essay);
    placeCursorAt(editor, essay.indexOf('.'));
    assert.equal(await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'hostile-link-note' }), true);
    assert.equal(
      editor.document.getText(),
      'Essay words[^1].\r\n\r\nMore.\r\n\r\n' +
        `[^1]: \u201cClick \\[Here\\](command:workbench.action.terminal.new) | a | B | \\$(Zap) \u202eEvil,\u201d January 2, 2020, ${WRITTEN_URL}.\r\n`,
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), essay);
  });

  it('the hover on its key shows the title, the URL and the BiDi override as text, without a link', async () => {
    const editor = await openEditor('markdown', 'See [@hostile-link].');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 9));
    const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    const value = contents.map((c) => c.value).join('\n');
    assert.ok(value.includes('Click \\[Here\\]\\(command\\:workbench\\.action\\.terminal\\.new\\) \\| a \\| B \\| \\$\\(Zap\\) \\<U\\+202E\\>Evil'), value);
    assert.ok(value.includes('https\\:\\/\\/x\\.example\\/a\\)\\[click\\]\\(command\\:x\\)\\<img\\/src\\=x\\>\\\\input\\{secret\\.tex\\}'), value);
    assert.ok(!/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(value), 'no BiDi or control character');
    assert.ok(!/(?<!\\)(?:https?:\/\/|www\.|\]\(|<[a-z])/i.test(value), 'nothing a Markdown renderer would link or read as HTML');
    for (const content of contents) {
      assert.notEqual(content.isTrusted, true);
      assert.notEqual(content.supportHtml, true);
    }
  });

  it('a completion item shows the passage\u2019s codicon as text in its label', async () => {
    const editor = await openEditor('markdown', 'As @paraphrase');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.document.positionAt(14));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('Paraphrase words \\$(zap) [click](command:workbench.action.te\u2026'), JSON.stringify(labels.slice(0, 5)));
  });

  it('a quick-pick row shows the passage\u2019s codicons as text', async () => {
    const snapshot = await (await annalist()).corpus();
    const row = passagePickItems(snapshot, 'evil example zap').find((item) => item.passage.id === 'hostile-link-note');
    assert.ok(row, 'the hostile passage is found');
    assert.equal(row.description, 'See https://evil.example and www.evil.example \u202eevil\u202c \\$(zap) [^1]');
    assert.ok(row.detail?.startsWith('\u201cClick [here](command:workbench.action.terminal.new) | a | b | \\$(zap) \u202eevil\u201d 2020 \u00b7 Hostile Theme \\$(zap) [click]'), row.detail);
    assert.match(row.label, /^\$\((note|quote)\)$/);
  });
});
