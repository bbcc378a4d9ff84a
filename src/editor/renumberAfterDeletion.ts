import * as vscode from 'vscode';
import { mayRemoveReference, numberedReferenceCount, removedReference } from '../core/footnotes/deletedReferences';
import { planRenumber } from '../core/footnotes/footnotePlan';
import { Settings } from '../ids';
import { documentText, toTextEdits } from './applyEdits';

/** Wait this long after the last edit, so a reference being retyped is not renumbered away. */
const PAUSE_MS = 800;

/**
 * Renumbers a Markdown document's footnotes 1, 2, 3… shortly after an edit deletes a numbered
 * reference (`annalist.footnotes.renumberAutomatically`). The renumbering is its own edit, so
 * the first Undo restores the old numbers and the second the deleted text; undo and redo
 * never trigger it. A definition whose reference was deleted is kept, numbered last.
 */
export function registerRenumberAfterDeletion(): vscode.Disposable {
  const texts = new Map<string, string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const remember = (document: vscode.TextDocument) => {
    if (document.languageId === 'markdown') texts.set(document.uri.toString(), document.getText());
  };
  const cancel = (key: string) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  vscode.workspace.textDocuments.forEach(remember);
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(remember),
    vscode.workspace.onDidCloseTextDocument((document) => {
      texts.delete(document.uri.toString());
      cancel(document.uri.toString());
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const { document } = event;
      if (document.languageId !== 'markdown' || event.contentChanges.length === 0) return;
      const key = document.uri.toString();
      const before = texts.get(key);
      remember(document);
      cancel(key);
      if (event.reason !== undefined || !enabled(document) || before === undefined) return;
      // Only a deletion that could take a reference with it costs a parse of the document.
      const deleted = event.contentChanges.filter((c) => c.rangeLength > 0);
      if (!deleted.some((c) => mayRemoveReference(before.slice(c.rangeOffset, c.rangeOffset + c.rangeLength)))) return;
      if (!removedReference(numberedReferenceCount(before), numberedReferenceCount(document.getText()), true)) return;
      const version = document.version;
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        if (!document.isClosed && document.version === version) void renumber(document);
      }, PAUSE_MS));
    }),
  ];
  return vscode.Disposable.from(...subscriptions, { dispose: () => [...timers.keys()].forEach(cancel) });
}

function enabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(undefined, document).get<boolean>(Settings.renumberAutomatically) ?? true;
}

async function renumber(document: vscode.TextDocument): Promise<void> {
  const { text, eol } = documentText(document);
  const edits = planRenumber(text, eol);
  if (edits.length === 0) return;
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, toTextEdits(document, edits));
  await vscode.workspace.applyEdit(edit);
}
