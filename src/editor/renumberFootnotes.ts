import * as vscode from 'vscode';
import { planRenumber } from '../core/footnotes/footnotePlan';
import { Commands } from '../ids';
import { applyEdits, documentText } from './applyEdits';
import { registerRenumberAfterDeletion } from './renumberAfterDeletion';

/**
 * Registers `Annalist: Renumber Footnotes` (1, 2, 3… in reading order, definitions sorted) and
 * the same renumbering after a reference is deleted.
 */
export function registerRenumberFootnotes(): vscode.Disposable {
  return vscode.Disposable.from(registerRenumberCommand(), registerRenumberAfterDeletion());
}

function registerRenumberCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.renumberFootnotes, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Annalist: open a Markdown document to renumber its footnotes.');
      return false;
    }
    const { text, eol } = documentText(editor.document);
    const edits = planRenumber(text, eol);
    if (edits.length === 0) {
      vscode.window.setStatusBarMessage('Annalist: footnotes already in order', 3000);
      return true;
    }
    return applyEdits(editor, edits);
  });
}
