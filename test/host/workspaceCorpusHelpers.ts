import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../../src/editor/corpusStore';
import { annalist, waitFor } from './helpers';

/** The fixture workspace folder (a temporary copy of test/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host tests run with the fixture workspace open');
  return folder.uri;
}

/** Writes a file of the workspace, as a person saving it would, and returns its URI. */
export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Deletes workspace files that exist; missing ones are ignored. */
export async function deleteWorkspaceFiles(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

/** Waits until a corpus load satisfies `check` (the watcher reloads a few hundred ms after a change). */
export async function corpusWhere(check: (snapshot: CorpusSnapshot) => boolean, what: string, ms = 20_000): Promise<CorpusSnapshot> {
  const api = await annalist();
  return waitFor(async () => {
    const snapshot = await api.corpus();
    return check(snapshot) ? snapshot : undefined;
  }, what, ms);
}

/** Waits until the corpus is the bundled one alone again, so later tests see what they expect. */
export async function bundledCorpusOnly(): Promise<CorpusSnapshot> {
  return corpusWhere(
    (s) => s.files.every((f) => f.origin === 'bundled') && s.files.length === 3 && s.problems.length === 0,
    'the corpus to be the bundled one alone',
  );
}

/** The diagnostics Annalist reports for a file, once there are some (or none, with `none`). */
export async function annalistDiagnostics(uri: vscode.Uri, none = false): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const own = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Annalist');
    return (none ? own.length === 0 : own.length > 0) ? own : undefined;
  }, `${none ? 'no ' : ''}Annalist diagnostics on ${uri.path}`, 20_000);
}

/** The 0-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `"${needle}" is in the text`);
  return line;
}
