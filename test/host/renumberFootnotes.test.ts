import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, Settings } from '../../src/ids';
import { closeAllEditors, openEditor, waitFor } from './helpers';

const NOTES = 'A[^1] B[^2] C[^3].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n';

/** Deletes `text` from the editor as a person would (one edit of its own). */
async function deleteText(editor: vscode.TextEditor, text: string): Promise<void> {
  const start = editor.document.getText().indexOf(text);
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + text.length));
  assert.ok(await editor.edit((edit) => edit.delete(range)));
}

/** Waits longer than the renumbering's pause and returns the text then. */
async function afterPause(editor: vscode.TextEditor): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return editor.document.getText();
}

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

  it('renumbers by itself after a reference is deleted, keeping the orphaned note last; Undo restores the numbers', async () => {
    const editor = await openEditor('markdown', NOTES);
    await deleteText(editor, ' B[^2]');
    const renumbered = 'A[^1] C[^2].\n\n[^1]: One.\n[^2]: Three.\n[^3]: Two.\n';
    await waitFor(() => (editor.document.getText() === renumbered ? true : undefined), `the text to become ${JSON.stringify(renumbered)}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'A[^1] C[^3].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n', 'the first Undo restores the numbers');
    assert.equal(await afterPause(editor), 'A[^1] C[^3].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n', 'Undo does not renumber again');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), NOTES, 'the second restores the deleted reference');
  });

  it('leaves typing alone, and does nothing when annalist.footnotes.renumberAutomatically is off', async () => {
    const editor = await openEditor('markdown', 'A[^1] C[^3].\n\n[^1]: One.\n[^3]: Three.\n');
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 1), ' and more')));
    assert.equal(await afterPause(editor), 'A and more[^1] C[^3].\n\n[^1]: One.\n[^3]: Three.\n');
    await vscode.workspace.getConfiguration().update(Settings.renumberAutomatically, false, vscode.ConfigurationTarget.Global);
    try {
      const off = await openEditor('markdown', NOTES);
      await deleteText(off, ' B[^2]');
      assert.equal(await afterPause(off), 'A[^1] C[^3].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n');
    } finally {
      await vscode.workspace.getConfiguration().update(Settings.renumberAutomatically, undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
