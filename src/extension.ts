import type * as vscode from 'vscode';
import type { AnnalistApi } from './api';
import { registerAddPassageFromSelection } from './editor/addPassageFromSelection';
import { registerBibliographyCommands } from './editor/bibliographyCommands';
import { registerCitationCompletions } from './editor/citationCompletions';
import { registerCitationEnginePreload } from './editor/citationEnginePreload';
import { registerCitationHovers } from './editor/citationHovers';
import { registerCitationNavigation } from './editor/citationNavigation';
import { registerCitationStyleStatus } from './editor/citationStyleStatus';
import { registerCorpusOutput } from './editor/corpusOutput';
import { registerCorpusStatusBar } from './editor/corpusStatusBar';
import { CorpusStore } from './editor/corpusStore';
import { registerCorpusProblems } from './editor/corpusProblems';
import { registerInsertCommands } from './editor/insertCommands';
import { registerNewCorpusFile } from './editor/newCorpusFile';
import { registerPassageDrop } from './editor/passageDrop';
import { registerQuoteChecking } from './editor/quoteChecking';
import { registerRenumberFootnotes } from './editor/renumberFootnotes';
import { registerPassageViews } from './editor/views';
import { registerWorkspaceCorpus } from './editor/workspaceCorpus';
import { Views } from './ids';

/** Wires the features to one corpus store; no logic lives here. */
export function activate(context: vscode.ExtensionContext): AnnalistApi {
  const started = performance.now();
  const store = new CorpusStore(context.extensionUri);
  context.subscriptions.push(registerWorkspaceCorpus(store), registerCorpusOutput(store), registerCorpusStatusBar(store));
  context.subscriptions.push(registerNewCorpusFile(), registerAddPassageFromSelection(store));
  const views = registerPassageViews(store);
  const drop = registerPassageDrop(store);
  context.subscriptions.push(store, views, drop, registerCorpusProblems(store), registerInsertCommands(store));
  context.subscriptions.push(registerBibliographyCommands(store), registerCitationStyleStatus(), registerRenumberFootnotes());
  context.subscriptions.push(registerCitationCompletions(store), registerCitationHovers(store), registerCitationNavigation(store));
  const quotes = registerQuoteChecking(store);
  context.subscriptions.push(quotes, registerCitationEnginePreload(store));
  return { corpus: () => store.ready(), themesTree: views.api.provider(Views.themes), views: views.api, passageDrop: drop.provider, activationMs: performance.now() - started, activationStartedAt: started, corpusUsableAt: () => store.usableAt, quoteCheckTiming: quotes.timing };
}

export function deactivate(): void {}
