import * as vscode from 'vscode';
import { citePassage } from '../core/citation';
import { documentCitation, markupForLanguage } from '../core/cite/documentCitation';
import { escapeText } from '../core/cite/escapeText';
import { citationInserts, quotationInserts } from '../core/insert/citationInserts';
import { quotationText, type Passage } from '../core/model';
import { Commands } from '../ids';
import { applyInserts, documentText } from './applyInserts';
import { readCitationSettings } from './citationSettings';
import type { CorpusSnapshot, CorpusStore } from './corpusStore';
import { pickPassage } from './passagePicker';

/**
 * What a command may be given: a Themes tree row (it carries the passage), a passage id,
 * or a query to prefill the picker with. Nothing means: ask with the picker.
 */
export type PassageArgument = { passage: Passage } | { passageId: string } | { query: string } | undefined;

/** Registers Insert Citation, Insert Quotation and Copy Citation. */
export function registerInsertCommands(store: CorpusStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.insertCitation, (arg?: PassageArgument) =>
      insertIntoEditor(store, arg, 'Insert Citation', false),
    ),
    vscode.commands.registerCommand(Commands.insertQuotation, (arg?: PassageArgument) =>
      insertIntoEditor(store, arg, 'Insert Quotation', true),
    ),
    vscode.commands.registerCommand(Commands.copyCitation, (arg?: PassageArgument) => copyCitation(store, arg)),
  );
}

async function insertIntoEditor(store: CorpusStore, arg: PassageArgument, title: string, withQuotation: boolean): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(`Annalist: open a document to ${title.toLowerCase()}.`);
    return false;
  }
  const snapshot = await store.ready();
  const passage = await resolvePassage(snapshot, arg, title);
  if (!passage) return false;
  const { document } = editor;
  const citation = documentCitation(passage, snapshot.index, document.languageId, readCitationSettings(document));
  const doc = documentText(document);
  const offset = document.offsetAt(editor.selection.end);
  const markup = markupForLanguage(document.languageId);
  const inserts = withQuotation
    ? quotationInserts(doc, offset, quotationText(passage), citation.text, citation.mode, (t) => escapeText(t, markup))
    : citationInserts(doc, offset, citation.text, citation.mode);
  return applyInserts(editor, inserts);
}

async function copyCitation(store: CorpusStore, arg: PassageArgument): Promise<boolean> {
  const snapshot = await store.ready();
  const passage = await resolvePassage(snapshot, arg, 'Copy Citation');
  if (!passage) return false;
  const { style } = readCitationSettings(vscode.window.activeTextEditor?.document);
  await vscode.env.clipboard.writeText(citePassage(passage, snapshot.index, { style, form: 'note', markup: 'plain' }));
  vscode.window.setStatusBarMessage('Annalist: citation copied', 3000);
  return true;
}

async function resolvePassage(snapshot: CorpusSnapshot, arg: PassageArgument, title: string): Promise<Passage | undefined> {
  if (arg && 'passage' in arg) return snapshot.index.passageById.get(arg.passage.id) ?? arg.passage;
  if (arg && 'passageId' in arg) {
    const passage = snapshot.index.passageById.get(arg.passageId);
    if (!passage) void vscode.window.showErrorMessage(`Annalist: no passage has the id "${arg.passageId}".`);
    return passage;
  }
  return pickPassage(snapshot, { title: `Annalist: ${title}`, query: arg?.query });
}
