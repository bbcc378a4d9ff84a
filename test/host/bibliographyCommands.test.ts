import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, Settings } from '../../src/ids';
import { closeAllEditors, openEditor } from './helpers';

const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';

async function setStyle(style: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration().update(Settings.citationStyle, style, vscode.ConfigurationTarget.Workspace);
}

describe('bibliographies and citation styles', () => {
  afterEach(async () => {
    await setStyle(undefined);
    await closeAllEditors();
  });

  it('inserts the bibliography of the cited sources and updates it in place', async () => {
    const editor = await openEditor('markdown', `Films.[^1]\n\n[^1]: Note.\n\nAlso [@${ARTICLE}].\n`);
    assert.equal(await vscode.commands.executeCommand(Commands.insertBibliography), true);
    const first = editor.document.getText();
    assert.match(first, /<!-- annalist:bibliography -->\n## Bibliography\n\nSzalontai, Balázs\. “‘You Have No Political Line of Your Own’/);
    assert.ok(first.endsWith('<!-- /annalist:bibliography -->\n'));
    await vscode.commands.executeCommand(Commands.insertBibliography);
    assert.equal(editor.document.getText(), first, 'running it again changes nothing');
    await setStyle('apa');
    await vscode.commands.executeCommand(Commands.insertBibliography);
    const apa = editor.document.getText();
    assert.equal((apa.match(/annalist:bibliography/g) ?? []).length, 2, 'one block, replaced');
    assert.match(apa, /## References\n\nSzalontai, B\. \(2003/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), first, 'one Undo restores the previous block');
  });

  it('follows the citation style setting when inserting citations', async () => {
    await setStyle('apa');
    const editor = await openEditor('markdown', 'Films.');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'soviet-films-share-1957' });
    assert.equal(editor.document.getText(), 'Films (*North Korea and the Soviets 1953-1964*, 2007).');
  });

  it('switches the style from its command', async () => {
    assert.equal(await vscode.commands.executeCommand(Commands.chooseCitationStyle, 'modern-language-association'), 'modern-language-association');
    assert.equal(vscode.workspace.getConfiguration().get(Settings.citationStyle), 'modern-language-association');
  });

  it('exports every source as CSL-JSON and as BibTeX', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'the tests run in a workspace');
    const json = vscode.Uri.joinPath(folder, 'exported.json');
    await vscode.commands.executeCommand(Commands.exportBibliography, { format: 'csl-json', uri: json, scope: 'all' });
    const items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
    assert.deepEqual(items.map((i: { id: string }) => i.id).sort(), [BLOG, ARTICLE].sort());
    const bib = vscode.Uri.joinPath(folder, 'exported.bib');
    await vscode.commands.executeCommand(Commands.exportBibliography, { format: 'bibtex', uri: bib, scope: 'all' });
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(bib));
    assert.match(text, new RegExp(`@article\\{${ARTICLE},`));
  });
});
