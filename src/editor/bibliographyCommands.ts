import * as vscode from 'vscode';
import { exportBibtex, exportCslJson } from '../core/citation';
import { bibliographyEdit } from '../core/cite/bibliographyBlock';
import { citedSources } from '../core/cite/citedSources';
import type { Source } from '../core/model';
import { Commands } from '../ids';
import { applyEdits, documentText } from './applyEdits';
import { readCitationSettings } from './citationSettings';
import type { CorpusStore } from './corpusStore';
import { messageText } from '../core/escape/messageText';

/** Export formats: CSL-JSON for pandoc and Zotero, BibTeX for LaTeX. */
export type ExportFormat = 'csl-json' | 'bibtex';

/** Arguments tests and links may pass to Export Bibliography instead of asking. */
export interface ExportArguments {
  format?: ExportFormat;
  uri?: vscode.Uri;
  /** `document`: only the sources the active document cites; `all`: every corpus source. */
  scope?: 'document' | 'all';
}

/** Registers Insert/Update Bibliography and Export Bibliography. */
export function registerBibliographyCommands(store: CorpusStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.insertBibliography, () => insertBibliography(store)),
    vscode.commands.registerCommand(Commands.exportBibliography, (args?: ExportArguments) => exportBibliography(store, args ?? {})),
  );
}

async function insertBibliography(store: CorpusStore): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Annalist: open a document to insert its bibliography.');
    return false;
  }
  const { index } = await store.ready();
  const { document } = editor;
  const { text, eol } = documentText(document);
  const edit = bibliographyEdit(text, document.languageId, index, readCitationSettings(document).style, eol);
  if (!edit) {
    void vscode.window.showInformationMessage('Annalist: this document cites no source of the corpus yet.');
    return false;
  }
  if (text.slice(edit.start, edit.end) === edit.text) return true;
  return applyEdits(editor, [edit]);
}

async function exportBibliography(store: CorpusStore, args: ExportArguments): Promise<vscode.Uri | undefined> {
  const { index } = await store.ready();
  const document = vscode.window.activeTextEditor?.document;
  const cited = document ? citedSources(document.getText(), index) : [];
  const scope = args.scope ?? (cited.length > 0 ? await askScope(cited.length, index.corpus.sources.length) : 'all');
  if (!scope) return undefined;
  const sources: Source[] = scope === 'document' ? cited : index.corpus.sources;
  const format = args.format ?? (await askFormat());
  if (!format) return undefined;
  const uri = args.uri ?? (await askTarget(format));
  if (!uri) return undefined;
  const content = format === 'csl-json' ? exportCslJson(sources) : exportBibtex(sources);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`Annalist: exported ${sources.length} source(s) to ${messageText(vscode.workspace.asRelativePath(uri))}.`);
  return uri;
}

async function askScope(citedCount: number, allCount: number): Promise<'document' | 'all' | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Sources this document cites', description: `${citedCount}`, scope: 'document' as const },
      { label: 'Every source in the corpus', description: `${allCount}`, scope: 'all' as const },
    ],
    { title: 'Annalist: Export Bibliography', placeHolder: 'Which sources?' },
  );
  return picked?.scope;
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSL-JSON', description: 'for pandoc, Zotero and other CSL processors', format: 'csl-json' as const },
      { label: 'BibTeX', description: 'for LaTeX with biblatex or BibTeX', format: 'bibtex' as const },
    ],
    { title: 'Annalist: Export Bibliography', placeHolder: 'Export format' },
  );
  return picked?.format;
}

async function askTarget(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = format === 'csl-json' ? 'bibliography.json' : 'bibliography.bib';
  return vscode.window.showSaveDialog({
    title: 'Annalist: Export Bibliography',
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csl-json' ? { 'CSL-JSON': ['json'] } : { BibTeX: ['bib'] },
  });
}
