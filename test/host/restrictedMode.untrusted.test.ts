import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CorpusSettings } from '../../src/editor/workspaceCorpusSettings';
import { Commands } from '../../src/ids';
import { annalist, closeAllEditors, placeCursorAt, waitFor } from './helpers';

/**
 * Restricted mode: this file runs in its own code-server with workspace trust on and the
 * folder test/fixtures/untrusted-workspace never trusted (scripts/runHostTests.mjs, the
 * "untrusted" suite). What the manifest's `untrustedWorkspaces` description promises must hold.
 */
describe('restricted mode (an untrusted workspace)', () => {
  afterEach(closeAllEditors);

  it('runs untrusted, and Annalist is active', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the untrusted suite runs in restricted mode');
    const api = await annalist();
    assert.ok(api.activationMs >= 0);
  });

  it('loads the workspace\u2019s *.annalist.* files with the bundled corpus', async () => {
    const api = await annalist();
    const snapshot = await waitFor(async () => {
      const s = await api.corpus();
      return s.index.passageById.has('untrusted-note') ? s : undefined;
    }, 'the untrusted folder\u2019s notes to load', 20_000);
    assert.deepEqual(
      snapshot.files.filter((f) => f.origin === 'workspace').map((f) => f.label),
      ['notes.annalist.yaml'],
    );
    assert.ok(snapshot.index.passageById.has('kosygin-foreign-patents'), 'the bundled passages load too');
    assert.equal(snapshot.errorCount, 0);
  });

  it('ignores the workspace\u2019s annalist.corpus.paths, so the folder cannot point Annalist elsewhere', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const settings = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')));
    assert.match(settings, /"annalist\.corpus\.paths": \["exports"\]/, 'the folder’s own settings name exports/');
    const inspected = vscode.workspace.getConfiguration(undefined, folder.uri).inspect<string[]>(CorpusSettings.paths);
    assert.equal(inspected?.workspaceValue, undefined, 'VS Code withholds the workspace value in restricted mode');
    assert.deepEqual(vscode.workspace.getConfiguration(undefined, folder.uri).get(CorpusSettings.paths), []);
    const snapshot = await (await annalist()).corpus();
    assert.equal(snapshot.index.sourceById.has('shenChinaPostWarReconstruction2012'), false, 'exports/zotero.json is not read');
    assert.equal(snapshot.files.some((f) => f.label.startsWith('exports/')), false);
  });

  it('checks quotations and inserts citations', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'essay.md'));
    const editor = await vscode.window.showTextDocument(document);
    const misquote = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'misquote');
      return found.length > 0 ? found : undefined;
    }, 'the misquotation diagnostic', 20_000);
    assert.equal(document.getText(misquote[0].range), 'your country is poor, you can afford that.');

    const end = document.getText().length;
    placeCursorAt(editor, end);
    await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'untrusted-note' });
    const text = await waitFor(() => (document.getText().length > end ? document.getText() : undefined), 'the inserted citation');
    assert.match(text, /\[\^1\]/, `a footnote is inserted:\n${text}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText().length, end, 'one undo removes the whole insertion');
  });
});
