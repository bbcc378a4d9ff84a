import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnalistApi } from '../../src/api';
import { EXTENSION_ID } from '../../src/ids';

/**
 * The running extension's API, activating it if needed, once the corpus has first loaded:
 * until then the views show only their "Loading corpus…" row.
 */
export async function annalist(): Promise<AnnalistApi> {
  const extension = vscode.extensions.getExtension<AnnalistApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  await api.corpus();
  return api;
}

let untitled = 0;

/**
 * Opens a new untitled document with the given language and text in an editor. Each gets a
 * name never used before: VS Code reuses `Untitled-N` names, and a document opened right after
 * another was closed can otherwise come back with the closed one's text.
 */
export async function openEditor(languageId: string, content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/annalist-test-${Date.now()}-${untitled++}` });
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), languageId);
  const editor = await vscode.window.showTextDocument(document);
  if (content !== '') {
    const inserted = await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content));
    assert.ok(inserted && document.getText() === content, 'the test document holds its text');
  }
  return editor;
}

/** Puts the cursor of `editor` at the character offset where `marker` starts, removing nothing. */
export function placeCursorAt(editor: vscode.TextEditor, offset: number): void {
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
}

/** Waits until `check` returns a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Closes every editor without saving, so each test starts clean. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
