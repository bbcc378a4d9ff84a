import * as vscode from 'vscode';
import { isAnnalistFileName } from '../core/corpus';
import type { AuthoringFormat } from '../core/corpus/corpusTemplate';
import { appendPassageEdits, newPassage } from '../core/corpus/newPassage';
import { snippet } from '../core/describePassage';
import type { CorpusIndex, PassageKind, Source } from '../core/model';
import { Commands } from '../ids';
import type { CorpusSnapshot, CorpusStore } from './corpusStore';
import { fileExists } from './fileExists';
import { labelText } from '../core/escape/codicons';
import { messageText } from '../core/escape/messageText';

/** Answers the command may be given instead of asking them, e.g. by a test or a keybinding. */
export interface AddPassageArguments {
  source?: string;
  /** The page or other locator; '' for none. */
  page?: string;
  themes?: string[];
  kind?: PassageKind;
  id?: string;
  /** The corpus file to add the passage to. */
  target?: vscode.Uri | string;
}

/** The file new passages go to when the workspace has no corpus file of its own yet. */
export const DEFAULT_PASSAGES_FILE = 'passages.annalist.yaml';

/**
 * `Annalist: Add Passage from Selection`: turns the text selected in any document into a
 * passage of a workspace corpus file, asking for its source, page and themes (and, when the
 * workspace has several corpus files, which one). The text is kept verbatim. The file is
 * edited in place, keeping its comments and layout, and saved unless it had unsaved changes
 * of its own; the file watcher then loads the passage. Returns the new passage's id.
 */
export function registerAddPassageFromSelection(store: CorpusStore): vscode.Disposable {
  let lastTarget: string | undefined;
  return vscode.commands.registerCommand(Commands.addPassageFromSelection, async (arg?: AddPassageArguments) => {
    const added = await addPassage(store, arg ?? {}, lastTarget);
    if (added) lastTarget = added.target.toString();
    return added?.id;
  });
}

async function addPassage(
  store: CorpusStore,
  arg: AddPassageArguments,
  lastTarget: string | undefined,
): Promise<{ id: string; target: vscode.Uri } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (text.trim() === '') {
    void vscode.window.showWarningMessage('Select the words of the passage first, then run Add Passage from Selection.');
    return undefined;
  }
  const snapshot = await store.ready();
  const source = arg.source ?? (await pickSource(snapshot.index, text));
  if (source === undefined) return undefined;
  const page = arg.page ?? (await askPage());
  if (page === undefined) return undefined;
  const themes = arg.themes ?? (await pickThemes(snapshot.index));
  if (themes === undefined) return undefined;
  if (themes.length === 0) {
    void vscode.window.showWarningMessage('A passage needs at least one theme; nothing was added.');
    return undefined;
  }
  const target = arg.target !== undefined ? toUri(arg.target) : await pickTarget(snapshot, lastTarget);
  if (!target) return undefined;

  if (!(await fileExists(target))) await vscode.workspace.fs.writeFile(target, new Uint8Array());
  const document = await vscode.workspace.openTextDocument(target);
  const format: AuthoringFormat = /\.ya?ml$/i.test(target.path) ? 'yaml' : 'json';
  const taken = new Set([...snapshot.index.passageById.keys(), ...idsIn(document.getText())]);
  const passage = newPassage({ text, source, themes, page, kind: arg.kind, id: arg.id }, taken);
  const name = messageText(vscode.workspace.asRelativePath(target));
  const edits = appendPassageEdits(document.getText(), format, passage, indentOf(document));
  if ('error' in edits) {
    void vscode.window.showErrorMessage(`Cannot add the passage to ${name}: ${messageText(edits.error)}.`);
    return undefined;
  }
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(target, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Cannot add the passage to ${name}: the edit was refused.`);
    return undefined;
  }
  if (!wasDirty) await document.save();
  void vscode.window.showInformationMessage(`Added the passage "${messageText(passage.id)}" to ${name}.`, 'Open File').then(async (choice) => {
    if (choice) await vscode.window.showTextDocument(document, { preview: true });
  });
  return { id: passage.id, target };
}

async function pickSource(index: CorpusIndex, text: string): Promise<string | undefined> {
  const items = index.corpus.sources.map((source) => ({
    label: labelText(snippet(source.title, 90)),
    description: labelText(sourceLabel(source) ?? ''),
    detail: labelText(source.id),
    id: source.id,
  }));
  if (items.length === 0) {
    void vscode.window.showWarningMessage('The corpus has no sources yet: add one to a corpus file (Annalist: New Corpus File) or import your Zotero library.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Add Passage: the source of \u201c${snippet(text, 40)}\u201d`,
    placeHolder: 'The source in which you read these words',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

async function askPage(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Add Passage: page',
    prompt: 'The page or other locator of the passage in its source; leave empty if there is none.',
    placeHolder: 'e.g. 87 or 87-88',
  });
}

async function pickThemes(index: CorpusIndex): Promise<string[] | undefined> {
  const items = index.corpus.themes.map((theme) => ({
    label: labelText(theme.label),
    description: labelText(theme.parent ? (index.themeById.get(theme.parent)?.label ?? '') : ''),
    detail: theme.description === undefined ? undefined : labelText(theme.description),
    id: theme.id,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Add Passage: themes',
    placeHolder: 'The themes the passage is filed under (at least one)',
    canPickMany: true,
    matchOnDescription: true,
  });
  return picked?.map((item) => item.id);
}

/** The workspace corpus file to write to: the only one, the one picked, or a new one. */
async function pickTarget(snapshot: CorpusSnapshot, lastTarget: string | undefined): Promise<vscode.Uri | undefined> {
  const candidates = snapshot.files
    .filter((f) => f.origin === 'workspace' && (f.format === 'json' || f.format === 'yaml') && isAnnalistFileName(f.uri.path))
    .map((f) => f.uri)
    .sort((a, b) => Number(b.toString() === lastTarget) - Number(a.toString() === lastTarget));
  const folder = vscode.workspace.workspaceFolders?.[0];
  const fresh = folder ? vscode.Uri.joinPath(folder.uri, DEFAULT_PASSAGES_FILE) : undefined;
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) {
    if (!fresh) void vscode.window.showWarningMessage('Open a folder first: passages are kept in corpus files in the workspace.');
    return fresh;
  }
  const items: (vscode.QuickPickItem & { uri: vscode.Uri })[] = candidates.map((uri) => ({ label: labelText(vscode.workspace.asRelativePath(uri)), uri }));
  if (fresh && !candidates.some((c) => c.toString() === fresh.toString())) {
    items.push({ label: `$(new-file) ${DEFAULT_PASSAGES_FILE}`, description: 'a new corpus file', uri: fresh });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Add Passage: corpus file', placeHolder: 'The corpus file to add the passage to' });
  return picked?.uri;
}

/** "Doe 1999" or "Doe" or the year, for the source quick pick. */
function sourceLabel(source: Source): string | undefined {
  const name = source.author?.[0]?.family ?? source.author?.[0]?.literal ?? source.editor?.[0]?.family;
  const year = source.issued?.['date-parts']?.[0]?.[0];
  const label = [name, year].filter((x) => x !== undefined).join(' ');
  return label || undefined;
}

/** Ids already written in the file, saved or not, so that a new id does not repeat one. */
function idsIn(text: string): string[] {
  return [...text.matchAll(/["']?id["']?\s*:\s*["']?([a-z0-9-]+)/g)].map((m) => m[1]);
}

/** The indentation the document uses: its editor's, else its first indented line's, else two spaces. */
function indentOf(document: vscode.TextDocument): string {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (editor) return editor.options.insertSpaces === false ? '\t' : ' '.repeat(Number(editor.options.tabSize) || 2);
  return /^([ \t]+)\S/m.exec(document.getText())?.[1] ?? '  ';
}

function toUri(target: vscode.Uri | string): vscode.Uri {
  return typeof target === 'string' ? (/^[a-z][\w+.-]*:/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target)) : target;
}
