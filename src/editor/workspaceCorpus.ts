import * as vscode from 'vscode';
import { CORPUS_FILE_GLOB, MAX_CORPUS_FILES, MAX_WALK_DEPTH, isAbsolutePath, isCorpusFileName, isGlob, isSkippedFolder } from '../core/corpus';
import { Commands } from '../ids';
import type { CorpusFileList, CorpusStore } from './corpusStore';
import { affectsCorpusSettings, CorpusSettings, readCorpusSettings } from './workspaceCorpusSettings';

/** How long the file watcher waits for a burst of changes to end before reloading. */
export const RELOAD_DELAY_MS = 300;

/** Bounds on walking a corpus folder, so that naming a huge folder cannot stall the editor. */
const MAX_DEPTH = MAX_WALK_DEPTH;
const MAX_FILES = MAX_CORPUS_FILES;

/** The glob, within a corpus folder, of the files read there. */
const FOLDER_GLOB = '**/*.{json,yaml,yml,bib,bibtex,biblatex}';

/**
 * People's own corpora: every `*.annalist.json` and `*.annalist.yaml` in the workspace, and the
 * files and folders named by `annalist.corpus.paths` (corpus files, CSL-JSON and BibTeX
 * exports), loaded with the bundled corpus and reloaded, debounced, whenever one of them is
 * created, changed or deleted, or the settings or workspace folders change.
 *
 * `Annalist: Reload Corpus` reloads at once, for changes a watcher cannot see.
 *
 * In an untrusted workspace VS Code ignores the workspace's value of `annalist.corpus.paths`
 * (the manifest lists it under `restrictedConfigurations`): only the user's own setting can
 * point Annalist at folders, while `*.annalist.*` files, which are plain data, still load.
 */
export function registerWorkspaceCorpus(store: CorpusStore): vscode.Disposable {
  const provider = store.addProvider({ files: findWorkspaceCorpusFiles });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void store.reload();
    }, RELOAD_DELAY_MS);
  };

  let watchers: vscode.Disposable = watch(schedule);
  const rewatch = () => {
    watchers.dispose();
    watchers = watch(schedule);
    schedule();
  };
  const subscriptions = [
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsCorpusSettings(event)) rewatch();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(rewatch),
    vscode.workspace.onDidGrantWorkspaceTrust(rewatch),
    vscode.commands.registerCommand(Commands.reloadCorpus, () => store.reload()),
  ];
  return vscode.Disposable.from(provider, ...subscriptions, {
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      watchers.dispose();
    },
  });
}

/** Watches the `*.annalist.*` files and everything `annalist.corpus.paths` names. */
function watch(onChange: () => void): vscode.Disposable {
  const patterns: vscode.GlobPattern[] = [CORPUS_FILE_GLOB];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const entry of configuredPaths(folder)) {
      if (isGlob(entry)) patterns.push(new vscode.RelativePattern(folder, entry));
      else {
        const uri = resolvePath(folder, entry);
        // A named file is watched through its folder; anything else is taken to be a folder.
        if (isCorpusFileName(uri.path)) patterns.push(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), basename(uri)));
        else patterns.push(new vscode.RelativePattern(uri, FOLDER_GLOB));
      }
    }
  }
  const disposables = patterns.map((pattern) => {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    watcher.onDidCreate(onChange);
    watcher.onDidChange(onChange);
    watcher.onDidDelete(onChange);
    return watcher;
  });
  return vscode.Disposable.from(...disposables);
}

/**
 * The workspace's corpus files: `*.annalist.{json,yaml,yml}` anywhere (outside `files.exclude`),
 * and the files that `annalist.corpus.paths` names, directly, as a folder, or as a glob.
 */
export async function findWorkspaceCorpusFiles(): Promise<CorpusFileList> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return { uris: [] };
  const notes: string[] = [];
  const uris = new Map<string, vscode.Uri>();
  const add = (uri: vscode.Uri) => uris.set(uri.toString(), uri);
  for (const uri of await vscode.workspace.findFiles(CORPUS_FILE_GLOB, undefined, MAX_FILES)) add(uri);
  for (const folder of folders) {
    for (const entry of configuredPaths(folder)) {
      if (isGlob(entry)) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, entry), undefined, MAX_FILES);
        found.filter((uri) => isCorpusFileName(uri.path)).forEach(add);
        if (found.length === 0) notes.push(`${CorpusSettings.paths}: "${entry}" matches no file in ${folder.name}`);
        continue;
      }
      const uri = resolvePath(folder, entry);
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        notes.push(`${CorpusSettings.paths}: "${entry}" does not exist (looked for ${uri.fsPath})`);
        continue;
      }
      if (stat.type & vscode.FileType.Directory) (await walk(uri, 0, notes)).forEach(add);
      else if (isCorpusFileName(uri.path)) add(uri);
      else notes.push(`${CorpusSettings.paths}: "${entry}" is not a .json, .yaml, .yml or .bib file`);
    }
  }
  return { uris: [...uris.values()], notes };
}

/** The corpus files below a folder, depth-first, within bounds. */
async function walk(folder: vscode.Uri, depth: number, notes: string[], found: vscode.Uri[] = []): Promise<vscode.Uri[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch (error) {
    notes.push(`cannot read the folder ${folder.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return found;
  }
  for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    if (found.length >= MAX_FILES) {
      notes.push(`${folder.fsPath}: more than ${MAX_FILES} files; the rest are not read`);
      break;
    }
    const uri = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) {
      if (depth < MAX_DEPTH && !isSkippedFolder(name)) await walk(uri, depth + 1, notes, found);
    } else if (isCorpusFileName(name)) {
      found.push(uri);
    }
  }
  return found;
}

/** The entries of `annalist.corpus.paths` that apply to a workspace folder. */
function configuredPaths(folder: vscode.WorkspaceFolder): string[] {
  return readCorpusSettings(folder.uri).paths;
}

/** A path relative to the workspace folder, or absolute. */
function resolvePath(folder: vscode.WorkspaceFolder, entry: string): vscode.Uri {
  if (isAbsolutePath(entry)) return folder.uri.with({ path: vscode.Uri.file(entry).path });
  return vscode.Uri.joinPath(folder.uri, entry);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
