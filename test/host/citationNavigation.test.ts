import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor } from './helpers';

const ARTICLE = 'szalontai-2003-no-political-line';

describe('navigation from citation keys', () => {
  afterEach(closeAllEditors);

  it('goes from a passage key to its record in the corpus file', async () => {
    const editor = await openEditor('markdown', 'As [@kosygin-foreign-patents] shows.');
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      new vscode.Position(0, 10),
    );
    assert.equal(locations.length, 1);
    const location = locations[0] as vscode.Location;
    assert.ok(location.uri.path.endsWith('/corpus/passages.json'), location.uri.toString());
    const corpus = await vscode.workspace.openTextDocument(location.uri);
    assert.equal(corpus.getText(new vscode.Range(location.range.start, location.range.start.translate(0, 23))), 'kosygin-foreign-patents');
  });

  it('goes from a LaTeX source key to the source record', async () => {
    const editor = await openEditor('latex', `\\footcite{${ARTICLE}}`);
    const [location] = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, new vscode.Position(0, 14));
    assert.ok(location.uri.path.endsWith('/corpus/sources.json'));
  });

  it('finds every citation of a source across the essays, passages cited as it included', async () => {
    const editor = await openEditor('markdown', `One [@${ARTICLE}].\nTwo [@kosygin-foreign-patents].\nThree [@unpaid-security-organs].`);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      editor.document.uri,
      new vscode.Position(0, 8),
    );
    const here = locations.filter((l) => l.uri.toString() === editor.document.uri.toString());
    assert.deepEqual(here.map((l) => l.range.start.line), [0, 1], 'the article and Kosygin’s words read through it; not the blog’s paraphrase');
  });
});
