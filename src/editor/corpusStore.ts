import * as vscode from 'vscode';
import { mergeCorpusSteps, parseCorpusFileSteps, type CorpusFileFormat, type ParsedCorpusFile } from '../core/corpus';
import { describeRefusal, MAX_FILE_BYTES } from '../core/fileLimits';
import { indexCorpus, type CorpusIndex, type CorpusProblem } from '../core/model';
import { createPassageSearch, type PassageSearch } from '../core/search';
import { ContextKeys } from '../ids';
import { summarizeFiles, type LoadEntry } from './corpusFileSummaries';
import { Slicer } from './loadSlicer';
import { localFiles, workspaceFiles, type FileReader, type FileStamp } from './localFiles';
import { updateSearch } from './searchUpdate';
import { readCorpusSettings } from './workspaceCorpusSettings';

/** The bundled corpus files, relative to the extension's folder. */
export const BUNDLED_CORPUS_FILES = ['corpus/sources.json', 'corpus/themes.json', 'corpus/passages.json'];


/** The parts of a load, as the log times them. */
export type LoadPhase = 'parse' | 'merge' | 'search';

/** Where the corpus stands: what `viewsWelcome` shows depends on it. */
export type CorpusState = 'loading' | 'ready' | 'empty' | 'failed';

/** One file of a load, as the log and the status bar describe it. */
export interface CorpusFileSummary {
  uri: vscode.Uri;
  /** The name shown in problems and the log: workspace-relative for workspace files. */
  label: string;
  origin: 'bundled' | 'workspace';
  format: CorpusFileFormat | undefined;
  /** Valid records read from the file, before references between files are checked. */
  sources: number;
  themes: number;
  passages: number;
  errors: number;
  warnings: number;
  /** Remarks that are not problems, such as the fields an import leaves out. */
  notes: string[];
  /** False when the file had not changed since the last load and was not read again. */
  reread: boolean;
}

/** A loaded corpus with its lookups and its search, as the editor features share them. */
export interface CorpusSnapshot {
  index: CorpusIndex;
  search: PassageSearch;
  /** Problems found while loading, with the file URI each refers to. */
  problems: { uri: vscode.Uri; problem: CorpusProblem }[];
  /** Every file of this load, bundled first, then the workspace's in path order. */
  files: CorpusFileSummary[];
  errorCount: number;
  warningCount: number;
  /** Remarks about the load itself, such as a configured corpus path that does not exist. */
  notes: string[];
  /** How long the load took, in milliseconds, and how long it held the extension host at most. */
  loadMs: number;
  longestBlockMs: number;
  /** The longest slice of each part of the load (`parse`, `merge`, `search`), in milliseconds. */
  longestBlockByPhase: Record<LoadPhase, number>;
  /** 1 for the first load, one more for each reload. */
  generation: number;
  /** When this load ended, as `performance.now()` in the extension host (0 for no load). */
  loadedAt: number;
}

/** What a source of workspace corpus files reports: its files and remarks for the log. */
export interface CorpusFileList {
  uris: vscode.Uri[];
  notes?: string[];
}

/** Something that names corpus files beyond the bundled ones; see `registerWorkspaceCorpus`. */
export interface CorpusFileProvider {
  files(): Promise<CorpusFileList>;
}

interface CachedFile {
  label: string;
  mtime: number;
  size: number;
  parsed: ParsedCorpusFile;
}

/**
 * Loads the corpus and hands the same snapshot to every feature. Loading is asynchronous,
 * never blocks activation, and works in slices of a few milliseconds so that a corpus of
 * many megabytes does not hold the extension host. Files are parsed again only when they
 * changed; the passage search is updated, not rebuilt. Providers registered while
 * `activate()` runs take part in the first load; features await `ready()`.
 */
export class CorpusStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusSnapshot>();
  /** Fires after each (re)load. */
  readonly onDidChange = this.changed.event;
  private current: Promise<CorpusSnapshot>;
  private queued: Promise<CorpusSnapshot> | undefined;
  private readonly providers = new Set<CorpusFileProvider>();
  private readonly cache = new Map<string, CachedFile>();
  private search: PassageSearch | undefined;
  private last: CorpusSnapshot | undefined;
  private generation = 0;
  /** The bundled corpus alone, read before the first load ends, for what can show it at once. */
  private early: CorpusSnapshot | undefined;
  private firstUsable: number | undefined;
  private resolveUsable: (snapshot: CorpusSnapshot) => void = () => undefined;
  private readonly usableSoon = new Promise<CorpusSnapshot>((resolve) => (this.resolveUsable = resolve));
  private readonly readBundled = new vscode.EventEmitter<CorpusSnapshot>();
  /** Fires once, when the bundled corpus has been read and the first load is still under way. */
  readonly onDidReadBundled = this.readBundled.event;

  constructor(private readonly extensionUri: vscode.Uri) {
    // After the current task: providers registered synchronously in activate() join this load.
    this.current = Promise.resolve().then(() => this.load());
  }

  /**
   * The corpus to show now, at once: the last load, or before the first load ends the bundled
   * corpus alone once it has been read (the workspace's files join when they are found);
   * undefined before either.
   */
  get loaded(): CorpusSnapshot | undefined {
    return this.last ?? this.early;
  }

  /**
   * The corpus to show now, as {@link loaded}, waiting only for the bundled corpus: what the
   * views and the quick pick use, so that they fill without waiting for the workspace search.
   */
  usable(): Promise<CorpusSnapshot> {
    const now = this.loaded;
    return now ? Promise.resolve(now) : this.usableSoon;
  }

  /** When a corpus was first usable, as `performance.now()`; undefined before. */
  get usableAt(): number | undefined {
    return this.firstUsable;
  }

  /**
   * The corpus as last loaded; before the first load ends, as it will leave it. A reload in
   * progress does not hold features up: they keep the last corpus until it ends.
   */
  ready(): Promise<CorpusSnapshot> {
    return this.last ? Promise.resolve(this.last) : this.current;
  }

  /** Adds a source of corpus files; it takes part from the next load on. */
  addProvider(provider: CorpusFileProvider): vscode.Disposable {
    this.providers.add(provider);
    return new vscode.Disposable(() => this.providers.delete(provider));
  }

  /**
   * Loads the corpus again. Calls while a load runs are gathered into one load after it, so a
   * burst of file changes costs at most two loads.
   */
  reload(): Promise<CorpusSnapshot> {
    if (this.queued) return this.queued;
    const next = this.current
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.load();
      });
    this.queued = next;
    this.current = next;
    return next;
  }

  private async load(): Promise<CorpusSnapshot> {
    const started = performance.now();
    const slicer = new Slicer();
    this.generation++;
    if (!this.last) void setState('loading');
    try {
      const snapshot = await this.loadFiles(slicer, started);
      this.last = snapshot;
      this.markUsable(snapshot);
      const hasErrors = snapshot.errorCount > 0;
      await setState(snapshot.index.corpus.passages.length > 0 ? 'ready' : hasErrors ? 'failed' : 'empty');
      this.changed.fire(snapshot);
      return snapshot;
    } catch (error) {
      // Never leave the features without a corpus: keep the last one and say what happened.
      const message = `The corpus could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      const previous = this.last ?? emptySnapshot();
      const snapshot = { ...previous, notes: [...previous.notes, message], generation: this.generation };
      this.last = snapshot;
      this.markUsable(snapshot);
      this.changed.fire(snapshot);
      return snapshot;
    }
  }

  private markUsable(snapshot: CorpusSnapshot): void {
    if (this.firstUsable !== undefined) return;
    this.firstUsable = performance.now();
    this.resolveUsable(snapshot);
  }

  private async loadFiles(slicer: Slicer, started: number): Promise<CorpusSnapshot> {
    const { includeBundled } = readCorpusSettings();
    const bundled = includeBundled ? BUNDLED_CORPUS_FILES.map((file) => vscode.Uri.joinPath(this.extensionUri, file)) : [];
    // The workspace is searched for corpus files while the bundled ones are read: a search can take seconds.
    const listing = Promise.all([...this.providers].map((p) => p.files().catch((e: unknown) => ({ uris: [], notes: [String(e)] }))));
    const entries: LoadEntry[] = [];
    await this.parseAll(entries, 'bundled', bundled, slicer);
    if (!this.last && entries.length > 0) {
      this.early = await this.assemble(entries, [], slicer, started, true);
      this.markUsable(this.early);
      this.readBundled.fire(this.early);
    }
    const lists = await listing;
    const seen = new Set(bundled.map((u) => u.toString()));
    const workspace: vscode.Uri[] = [];
    for (const uri of lists.flatMap((l) => l.uris).sort((a, b) => a.path.localeCompare(b.path))) {
      if (!seen.has(uri.toString())) {
        seen.add(uri.toString());
        workspace.push(uri);
      }
    }
    await this.parseAll(entries, 'workspace', workspace, slicer);
    for (const key of [...this.cache.keys()]) if (!seen.has(key)) this.cache.delete(key);
    return this.assemble(entries, lists.flatMap((l) => l.notes ?? []), slicer, started, false);
  }

  private async parseAll(entries: LoadEntry[], origin: CorpusFileSummary['origin'], uris: readonly vscode.Uri[], slicer: Slicer): Promise<void> {
    for (const uri of uris) {
      const label = origin === 'bundled' ? uri.fsPath : vscode.workspace.asRelativePath(uri);
      const { parsed, reread } = await this.parse(uri, label, slicer, origin === 'bundled' ? localFiles : workspaceFiles);
      entries.push({ uri, label, origin, parsed, reread });
    }
  }

  /** A snapshot of the files read; `alone` gives it a search of its own (the early snapshot). */
  private async assemble(entries: readonly LoadEntry[], notes: string[], slicer: Slicer, started: number, alone: boolean): Promise<CorpusSnapshot> {
    slicer.phase = 'merge';
    const loaded = await slicer.run(mergeCorpusSteps(entries.map((e) => e.parsed)));
    const byLabel = new Map(entries.map((e) => [e.label, e.uri]));
    const index = indexCorpus(loaded.corpus);
    slicer.phase = 'search';
    let search: PassageSearch;
    if (alone) search = createPassageSearch(index);
    else if (this.search && this.last) {
      await updateSearch(this.search, this.last.index, index, slicer);
      search = this.search;
    } else search = this.search = createPassageSearch(index);
    const problems = loaded.problems.map((problem) => ({ uri: byLabel.get(problem.file) ?? entries[0]?.uri ?? this.extensionUri, problem }));
    const files = summarizeFiles(entries, loaded.problems);
    return {
      index,
      search,
      problems,
      files,
      errorCount: loaded.problems.filter((p) => p.severity === 'error').length,
      warningCount: loaded.problems.filter((p) => p.severity === 'warning').length,
      notes,
      loadMs: performance.now() - started,
      longestBlockMs: slicer.longest,
      longestBlockByPhase: { ...slicer.byPhase },
      generation: this.generation,
      loadedAt: performance.now(),
    };
  }

  /** Parses a file, or reuses the last result when its size and modification time are unchanged. */
  private async parse(uri: vscode.Uri, label: string, slicer: Slicer, files: FileReader): Promise<{ parsed: ParsedCorpusFile; reread: boolean }> {
    const key = uri.toString();
    const unreadable = (message: string): { parsed: ParsedCorpusFile; reread: boolean } => {
      this.cache.delete(key);
      const problem: CorpusProblem = { file: label, line: 1, column: 1, field: '', message, severity: 'error' };
      return { parsed: { sources: [], themes: [], passages: [], problems: [problem], notes: [] }, reread: true };
    };
    let stat: FileStamp;
    try {
      stat = await files.stat(uri);
    } catch (error) {
      return unreadable(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Checked before reading: a FIFO would never finish reading, a device or a huge file would exhaust memory.
    if (!(stat.type & vscode.FileType.File)) {
      const what = stat.type & vscode.FileType.Directory ? 'a folder' : 'a named pipe (FIFO), device or socket';
      return unreadable(describeRefusal({ kind: 'not-a-file', what }));
    }
    if (stat.size > MAX_FILE_BYTES) return unreadable(describeRefusal({ kind: 'too-large', bytes: stat.size }));
    const cached = this.cache.get(key);
    if (cached && cached.label === label && cached.mtime === stat.mtime && cached.size === stat.size) {
      return { parsed: cached.parsed, reread: false };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await files.read(uri));
    } catch (error) {
      return unreadable(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    slicer.phase = 'parse';
    const parsed = await slicer.run(parseCorpusFileSteps({ path: label, text }));
    this.cache.set(key, { label, mtime: stat.mtime, size: stat.size, parsed });
    return { parsed, reread: true };
  }

  dispose(): void {
    this.changed.dispose();
    this.readBundled.dispose();
  }
}

function emptySnapshot(): CorpusSnapshot {
  const index = indexCorpus({ sources: [], themes: [], passages: [] });
  return {
    index,
    search: createPassageSearch(index),
    problems: [],
    files: [],
    errorCount: 0,
    warningCount: 0,
    notes: [],
    loadMs: 0,
    longestBlockMs: 0,
    longestBlockByPhase: { parse: 0, merge: 0, search: 0 },
    generation: 0,
    loadedAt: 0,
  };
}

async function setState(state: CorpusState): Promise<void> {
  await vscode.commands.executeCommand('setContext', ContextKeys.corpusState, state);
}
