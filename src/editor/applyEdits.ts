import * as vscode from 'vscode';
import { mergeEdits, type TextEdit } from '../core/insert/textInsert';

/**
 * Applies planned edits to an editor as one edit, so one Undo takes all of it back. Nothing
 * outside the planned ranges changes. Resolves to whether the editor accepted the edit.
 */
export function applyEdits(editor: vscode.TextEditor, edits: readonly TextEdit[]): Thenable<boolean> {
  const { document } = editor;
  return editor.edit(
    (builder) => {
      for (const edit of mergeEdits(edits)) {
        const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
        builder.replace(range, edit.text);
      }
    },
    { undoStopBefore: true, undoStopAfter: true },
  );
}

/** Planned edits as VS Code text edits of `document`. */
export function toTextEdits(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.TextEdit[] {
  return mergeEdits(edits).map(
    (e) => new vscode.TextEdit(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text),
  );
}

/** The document's text and line ending, as the planners need them. */
export function documentText(document: vscode.TextDocument): { text: string; eol: '\n' | '\r\n' } {
  return { text: document.getText(), eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
}
