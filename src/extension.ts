import type * as vscode from 'vscode';
import type { AnnalistApi } from './api';
import { registerBibliographyCommands } from './editor/bibliographyCommands';
import { registerCitationStyleStatus } from './editor/citationStyleStatus';
import { CorpusStore } from './editor/corpusStore';
import { registerCorpusProblems } from './editor/corpusProblems';
import { registerInsertCommands } from './editor/insertCommands';
import { registerPassageDrop } from './editor/passageDrop';
import { registerRenumberFootnotes } from './editor/renumberFootnotes';
import { registerThemesTree } from './editor/themesTree';
import { registerPassageViews } from './editor/views';

/** Wires the features to one corpus store; no logic lives here. */
export function activate(context: vscode.ExtensionContext): AnnalistApi {
  const store = new CorpusStore(context.extensionUri);
  const themes = registerThemesTree(store);
  context.subscriptions.push(store, themes, registerCorpusProblems(store), registerInsertCommands(store));
  context.subscriptions.push(registerBibliographyCommands(store), registerCitationStyleStatus(), registerRenumberFootnotes());
  context.subscriptions.push(registerPassageViews(store), registerPassageDrop(store));
  return { corpus: () => store.ready(), themesTree: themes.provider };
}

export function deactivate(): void {}
