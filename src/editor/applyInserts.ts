import * as vscode from 'vscode';
import { mergeInserts, type TextInsert } from '../core/insert/textInsert';

/**
 * Applies inserts to an editor as one edit, so one Undo takes all of it back. Nothing
 * outside the inserted text changes. Resolves to whether the editor accepted the edit.
 */
export function applyInserts(editor: vscode.TextEditor, inserts: readonly TextInsert[]): Thenable<boolean> {
  const { document } = editor;
  return editor.edit(
    (builder) => {
      for (const insert of mergeInserts(inserts)) builder.insert(document.positionAt(insert.offset), insert.text);
    },
    { undoStopBefore: true, undoStopAfter: true },
  );
}

/** The document's text and line ending, as the insert planners need them. */
export function documentText(document: vscode.TextDocument): { text: string; eol: '\n' | '\r\n' } {
  return { text: document.getText(), eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
}
