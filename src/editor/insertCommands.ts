import * as vscode from 'vscode';
import { citePassage, parseLocator, type Locator } from '../core/citation';
import { planCitation, type CitationRequest } from '../core/cite/planCitation';
import { excerptWithEllipses } from '../core/insert/excerpt';
import type { TextEdit } from '../core/insert/textInsert';
import { quotationText, type CorpusIndex, type Passage } from '../core/model';
import { Commands, Settings } from '../ids';
import { applyEdits, documentText } from './applyEdits';
import { readCitationSettings } from './citationSettings';
import type { CorpusSnapshot, CorpusStore } from './corpusStore';
import { pickPassage } from './passagePicker';
import { messageText } from '../core/escape/messageText';

/**
 * What a command may be given: a view row (it carries the passage), a passage id with an
 * optional excerpt and locator, or a query to prefill the picker with. Nothing: ask.
 */
export type PassageArgument =
  | { passage: Passage }
  | { passageId: string; excerpt?: string; locator?: string }
  | { query: string }
  | undefined;

/** Registers Insert Citation, Insert Quotation and Copy Citation. */
export function registerInsertCommands(store: CorpusStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.insertCitation, (arg?: PassageArgument) => insertIntoEditor(store, arg, false)),
    vscode.commands.registerCommand(Commands.insertQuotation, (arg?: PassageArgument) => insertIntoEditor(store, arg, true)),
    vscode.commands.registerCommand(Commands.copyCitation, (arg?: PassageArgument) => copyCitation(store, arg)),
  );
}

/** The edits that insert a passage's citation (and its quotation) at `offset` of `document`. */
export function planPassageInsert(
  document: vscode.TextDocument,
  offset: number,
  request: CitationRequest,
  index: CorpusIndex,
): TextEdit[] {
  const blockThreshold = vscode.workspace.getConfiguration(undefined, document).get<number>(Settings.blockQuotationWords);
  const settings = readCitationSettings(document);
  return planCitation(documentText(document), document.languageId, offset, { ...request, blockThreshold }, index, settings);
}

async function insertIntoEditor(store: CorpusStore, arg: PassageArgument, withQuotation: boolean): Promise<boolean> {
  const title = withQuotation ? 'Insert Quotation' : 'Insert Citation';
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(`Annalist: open a document to ${title.toLowerCase()}.`);
    return false;
  }
  const snapshot = await store.ready();
  const passage = await resolvePassage(snapshot, arg, title);
  if (!passage) return false;
  const given = arg && 'passageId' in arg ? arg : undefined;
  const interactive = given === undefined;
  const quotation = withQuotation ? await chooseExcerpt(passage, given?.excerpt, interactive) : undefined;
  if (withQuotation && quotation === undefined) return false;
  const locator = await chooseLocator(passage, given?.locator, interactive, editor.document);
  if (locator === null) return false;
  const offset = editor.document.offsetAt(editor.selection.end);
  const edits = planPassageInsert(editor.document, offset, { passage, quotation, locator }, snapshot.index);
  return applyEdits(editor, edits);
}

/** The words to quote: the whole quotation, or the part a person keeps by deleting words. */
async function chooseExcerpt(passage: Passage, given: string | undefined, interactive: boolean): Promise<string | undefined> {
  const whole = quotationText(passage);
  if (!interactive) return given === undefined ? whole : excerptWithEllipses(whole, given);
  const kept = await vscode.window.showInputBox({
    title: 'Annalist: Insert Quotation',
    prompt: 'Press Enter to quote it all, or delete words to quote part: Annalist marks the gaps with ellipses.',
    value: whole,
    validateInput: (value) =>
      excerptWithEllipses(whole, value) === undefined ? 'Only delete words: the quotation must keep the source’s wording.' : undefined,
  });
  return kept === undefined ? undefined : excerptWithEllipses(whole, kept);
}

/**
 * The locator: the one given, the passage's recorded page (applied by the formatter), or,
 * when `annalist.locator.ask` is on, one a person types. Null when they cancel.
 */
async function chooseLocator(
  passage: Passage,
  given: string | undefined,
  interactive: boolean,
  document: vscode.TextDocument,
): Promise<Locator | undefined | null> {
  if (given !== undefined) return parseLocator(given) ?? { label: 'page', value: given };
  const ask = vscode.workspace.getConfiguration(undefined, document).get<boolean>(Settings.askForLocator);
  if (!interactive || passage.page !== undefined || !ask) return undefined;
  const typed = await vscode.window.showInputBox({
    title: 'Annalist: Locator',
    prompt: 'Page or other locator (optional): 12, pp. 12–14, para. 3, fol. 7r',
    validateInput: (value) => (value.trim() === '' || parseLocator(value) ? undefined : 'Write a page (12), a range (12–14) or a labelled locator (para. 3).'),
  });
  if (typed === undefined) return null;
  return typed.trim() === '' ? undefined : parseLocator(typed);
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
    if (!passage) void vscode.window.showErrorMessage(`Annalist: no passage has the id "${messageText(arg.passageId)}".`);
    return passage;
  }
  return pickPassage(snapshot, { title: `Annalist: ${title}`, query: arg?.query });
}
