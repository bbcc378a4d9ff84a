import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/ids';
import { closeAllEditors, openEditor } from './helpers';

describe('Renumber Footnotes', () => {
  afterEach(closeAllEditors);

  it('numbers footnotes in reading order and sorts their definitions, in one Undo step', async () => {
    const essay = 'A[^3] B[^1] C[^7].\n\n[^1]: One.\n[^3]: Three.\n[^7]: Seven.\n';
    const editor = await openEditor('markdown', essay);
    assert.equal(await vscode.commands.executeCommand(Commands.renumberFootnotes), true);
    assert.equal(editor.document.getText(), 'A[^1] B[^2] C[^3].\n\n[^1]: Three.\n[^2]: One.\n[^3]: Seven.\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), essay);
  });

  it('closes the gap a deleted footnote leaves and changes nothing when in order', async () => {
    const editor = await openEditor('markdown', 'A[^1] C[^3].\n\n[^1]: One.\n[^3]: Three.\n');
    await vscode.commands.executeCommand(Commands.renumberFootnotes);
    const renumbered = editor.document.getText();
    assert.equal(renumbered, 'A[^1] C[^2].\n\n[^1]: One.\n[^2]: Three.\n');
    await vscode.commands.executeCommand(Commands.renumberFootnotes);
    assert.equal(editor.document.getText(), renumbered);
  });
});
