import * as vscode from 'vscode';
import { loadCorpus, type CorpusFileInput } from '../core/corpus';
import { indexCorpus, type CorpusIndex, type CorpusProblem } from '../core/model';
import { createPassageSearch, type PassageSearch } from '../core/search';
import { ContextKeys } from '../ids';

/** The bundled corpus files, relative to the extension's folder. */
export const BUNDLED_CORPUS_FILES = ['corpus/sources.json', 'corpus/themes.json', 'corpus/passages.json'];

/** Where the corpus stands: what `viewsWelcome` shows depends on it. */
export type CorpusState = 'loading' | 'ready' | 'empty' | 'failed';

/** A loaded corpus with its lookups and its search, as the editor features share them. */
export interface CorpusSnapshot {
  index: CorpusIndex;
  search: PassageSearch;
  /** Problems found while loading, with the file URI each refers to. */
  problems: { uri: vscode.Uri; problem: CorpusProblem }[];
}

/**
 * Loads the corpus once and hands the same snapshot to every feature. Loading is
 * asynchronous and never blocks activation; features await `ready()`.
 */
export class CorpusStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusSnapshot>();
  /** Fires after each (re)load. */
  readonly onDidChange = this.changed.event;
  private current: Promise<CorpusSnapshot>;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.current = this.load();
  }

  /** The corpus as last loaded. */
  ready(): Promise<CorpusSnapshot> {
    return this.current;
  }

  private async load(): Promise<CorpusSnapshot> {
    await setState('loading');
    const uris = BUNDLED_CORPUS_FILES.map((file) => vscode.Uri.joinPath(this.extensionUri, file));
    const reads = await Promise.all(uris.map(readCorpusFile));
    const files = reads.filter((read): read is CorpusFileInput => 'text' in read);
    const loaded = loadCorpus(files);
    const problems = [...reads.filter((read): read is CorpusProblem => 'message' in read), ...loaded.problems];
    const byPath = new Map(uris.map((uri) => [uri.fsPath, uri]));
    const index = indexCorpus(loaded.corpus);
    const snapshot: CorpusSnapshot = {
      index,
      search: createPassageSearch(index),
      problems: problems.map((problem) => ({ uri: byPath.get(problem.file) ?? uris[0], problem })),
    };
    const hasErrors = problems.some((p) => p.severity === 'error');
    await setState(index.corpus.passages.length > 0 ? 'ready' : hasErrors ? 'failed' : 'empty');
    this.changed.fire(snapshot);
    return snapshot;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Reads a corpus file, or says why it cannot be read. */
async function readCorpusFile(uri: vscode.Uri): Promise<CorpusFileInput | CorpusProblem> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { path: uri.fsPath, text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    const message = `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return { file: uri.fsPath, line: 1, column: 1, field: '', message, severity: 'error' };
  }
}

async function setState(state: CorpusState): Promise<void> {
  await vscode.commands.executeCommand('setContext', ContextKeys.corpusState, state);
}
