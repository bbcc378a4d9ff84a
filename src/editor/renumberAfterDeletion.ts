import * as vscode from 'vscode';
import { numberedReferenceCount, removedReference } from '../core/footnotes/deletedReferences';
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
  const counts = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const count = (document: vscode.TextDocument) => {
    if (document.languageId === 'markdown') counts.set(document.uri.toString(), numberedReferenceCount(document.getText()));
  };
  const cancel = (key: string) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  vscode.workspace.textDocuments.forEach(count);
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(count),
    vscode.workspace.onDidCloseTextDocument((document) => {
      counts.delete(document.uri.toString());
      cancel(document.uri.toString());
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const { document } = event;
      if (document.languageId !== 'markdown' || event.contentChanges.length === 0) return;
      const key = document.uri.toString();
      const before = counts.get(key) ?? Number.POSITIVE_INFINITY;
      count(document);
      cancel(key);
      if (event.reason !== undefined || !enabled(document)) return;
      const deleted = event.contentChanges.some((c) => c.rangeLength > 0);
      if (!removedReference(before, counts.get(key) ?? 0, deleted)) return;
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
