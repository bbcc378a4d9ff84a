import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/ids';
import { closeAllEditors, openEditor, placeCursorAt, waitFor } from './helpers';

const BLOG_URL = 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html';
const BLOG_NOTE_MD = `*North Korea and the Soviets 1953-1964*, December 7, 2007, ${BLOG_URL}.`;

/** Runs Renumber Footnotes on `essay` and checks the exact result and that one Undo restores it. */
async function renumbers(essay: string, expected: string): Promise<void> {
  const editor = await openEditor('markdown', essay);
  assert.equal(await vscode.commands.executeCommand(Commands.renumberFootnotes), true);
  assert.equal(editor.document.getText(), expected);
  await vscode.commands.executeCommand('undo');
  assert.equal(editor.document.getText(), essay, 'one Undo restores the text');
}

describe('Footnotes in code, quotes, math and HTML (renumber, insert)', () => {
  afterEach(closeAllEditors);

  it('leaves a four-backtick fence holding a three-backtick line untouched', async () => {
    const code = '````md\n```\n[^1]: not a note, A[^2]\n```\n````\n';
    await renumbers(`A[^2] B[^1].\n\n${code}\n[^1]: One.\n[^2]: Two.\n`, `A[^1] B[^2].\n\n${code}\n[^1]: Two.\n[^2]: One.\n`);
  });

  it('relabels a definition in a block quote and an indented definition with their references', async () => {
    await renumbers('A[^2] B[^1].\n\n> [^1]: One.\n\n  [^2]: Two.\n', 'A[^1] B[^2].\n\n> [^2]: One.\n\n  [^1]: Two.\n');
  });

  it('does not renumber inside math, an HTML comment or an escaped reference', async () => {
    await renumbers(
      'A[^3] $x[^3]$ <!-- [^3] --> \\[^3] B[^4].\n\n$$\n[^4]\n$$\n\n[^3]: Three.\n[^4]: Four.\n',
      'A[^1] $x[^3]$ <!-- [^3] --> \\[^3] B[^2].\n\n$$\n[^4]\n$$\n\n[^1]: Three.\n[^2]: Four.\n',
    );
  });

  it('Insert Citation with the cursor inside a label puts the new reference after it, without an error', async () => {
    const essay = `Films came from Moscow.[^1] Books too.\n\n[^1]: ${BLOG_NOTE_MD}\n`;
    const editor = await openEditor('markdown', essay);
    placeCursorAt(editor, essay.indexOf('1]'));
    assert.equal(await vscode.commands.executeCommand(Commands.insertCitation, { passageId: 'soviet-translations-books-1955' }), true);
    assert.equal(
      editor.document.getText(),
      `Films came from Moscow.[^1][^2] Books too.\n\n[^1]: ${BLOG_NOTE_MD}\n[^2]: *North Korea and the Soviets 1953-1964*.\n`,
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), essay, 'one Undo restores the text');
  });

  it('renumbers by itself after a deletion, leaving code alone; one Undo restores the numbers', async () => {
    const code = '```\nB[^2] in code\n```\n';
    const editor = await openEditor('markdown', `A[^1] B[^2] C[^3].\n\n${code}\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n`);
    const start = editor.document.getText().indexOf(' B[^2]');
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + ' B[^2]'.length));
    assert.ok(await editor.edit((edit) => edit.delete(range)));
    const deleted = `A[^1] C[^3].\n\n${code}\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n`;
    const renumbered = `A[^1] C[^2].\n\n${code}\n[^1]: One.\n[^2]: Three.\n[^3]: Two.\n`;
    await waitFor(() => (editor.document.getText() === renumbered ? true : undefined), `the text to become ${JSON.stringify(renumbered)}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), deleted, 'the first Undo restores the numbers');
  });
});
