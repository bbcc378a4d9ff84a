import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnalistApi } from '../../src/api';
import type { PassageDropEdit } from '../../src/editor/passageDrop';
import { PassageDragController, treeMimeType } from '../../src/editor/views/passageDrag';
import type { CorpusStore } from '../../src/editor/corpusStore';
import { Commands, Views } from '../../src/ids';
import { annalist, closeAllEditors, placeCursorAt, waitFor } from './helpers';

const BLOG_URL = 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html';
/** Markdown writes the URL as an autolink; plain text as it is. */
const BLOG_LINK = `<${BLOG_URL}>`;
/** The Chicago (18th ed.) note for Kosygin's words, read in the blog through Szalontai's article. */
const KOSYGIN_NOTE_MD =
  'Balázs Szalontai, \u201c\u2018You Have No Political Line of Your Own\u2019: Kim Il Sung and the Soviets, 1953-1964,\u201d ' +
  `*Cold War International History Project Bulletin*, no. 14/15 (Winter 2003\u2013Spring 2004), quoted in *North Korea and the Soviets 1953-1964*, December 7, 2007, ${BLOG_LINK}.`;
const KOSYGIN_QUOTE =
  'should not have wasted time trying to invent everything themselves since in some cases the adoption of foreign patents would have been more economical.';

/** What a drag of `passageIds` out of `viewId` carries, as the tree puts it in the data transfer. */
function dragOf(viewId: string, passageIds: string[]): vscode.DataTransfer {
  const transfer = new vscode.DataTransfer();
  transfer.set(treeMimeType(viewId), new vscode.DataTransferItem(JSON.stringify(passageIds)));
  return transfer;
}

/** Applies a drop edit the way VS Code does: its text at the drop point, with its additional edit, as one edit. */
async function applyDrop(document: vscode.TextDocument, position: vscode.Position, edit: PassageDropEdit): Promise<void> {
  const all = new vscode.WorkspaceEdit();
  all.insert(document.uri, position, edit.insertText as string);
  for (const [uri, edits] of edit.additionalEdit?.entries() ?? []) for (const e of edits) all.replace(uri, e.range, e.newText);
  assert.equal(await vscode.workspace.applyEdit(all), true);
}

let documents = 0;

/**
 * A new untitled document under a name never used before: VS Code reuses `Untitled-N` names,
 * and a document opened right after another one was closed can otherwise come back with the
 * closed one's text.
 */
async function freshDocument(languageId: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/annalist-drop-${Date.now()}-${documents++}` });
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), languageId);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), text);
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(document.getText(), text);
  return document;
}

/** The document after dropping a passage at `offset` and taking the edit titled `title` (the drop needs no editor on screen). */
async function dropInto(api: AnnalistApi, languageId: string, text: string, offset: number, passageId: string, title: string): Promise<string> {
  const document = await freshDocument(languageId, text);
  const position = document.positionAt(offset);
  const edits = await api.passageDrop.provideDocumentDropEdits(document, position, dragOf(Views.people, [passageId]));
  assert.ok(edits, 'the drop offers edits');
  const edit = edits.find((e) => e.title === title);
  assert.ok(edit, `the drop offers "${title}"; it offers ${edits.map((e) => e.title).join(', ')}`);
  await applyDrop(document, position, edit);
  return document.getText();
}

/** The document after running `command` with the cursor at `offset` of an editor that shows it. */
async function insertWithCommand(languageId: string, text: string, offset: number, command: string, passageId: string): Promise<string> {
  const editor = await vscode.window.showTextDocument(await freshDocument(languageId, text));
  // The command edits the active editor: wait until VS Code reports this one as active.
  await waitFor(() => (vscode.window.activeTextEditor?.document === editor.document ? true : undefined), 'the new editor to be active');
  placeCursorAt(editor, offset);
  assert.equal(await vscode.commands.executeCommand(command, { passageId }), true);
  const result = editor.document.getText();
  await closeAllEditors();
  return result;
}

describe('dropping a passage into an editor', () => {
  afterEach(closeAllEditors);

  it('offers the citation first and the quotation with its citation second, with titles and kinds', async () => {
    const api = await annalist();
    const document = await freshDocument('markdown', 'Kosygin was blunt.\n');
    const edits = await api.passageDrop.provideDocumentDropEdits(document, new vscode.Position(0, 17), dragOf(Views.sources, ['kosygin-foreign-patents']));
    assert.ok(edits);
    assert.deepEqual(edits.map((e) => e.title), ['Insert Citation', 'Insert Quotation with Citation']);
    const kinds = edits.map((e) => (e.kind as { value?: string } | undefined)?.value);
    assert.deepEqual(kinds, ['annalist.citation', 'annalist.quotation']);
    assert.deepEqual((edits[1].yieldTo ?? []).map((k) => (k as { value: string }).value), ['annalist.citation'], 'the quotation yields to the citation');
  });

  it('inserts a Markdown footnote at the drop point and its definition at the end', async () => {
    const api = await annalist();
    const essay = '# Essay\n\nKosygin was blunt about self-reliance.\n';
    const text = await dropInto(api, 'markdown', essay, essay.indexOf(' about'), 'kosygin-foreign-patents', 'Insert Citation');
    assert.equal(text, `# Essay\n\nKosygin was blunt[^1] about self-reliance.\n\n[^1]: ${KOSYGIN_NOTE_MD}\n`);
  });

  it('inserts the quotation with its footnote when that edit is chosen', async () => {
    const api = await annalist();
    const essay = 'Kosygin told Kim that North Korea\n';
    const text = await dropInto(api, 'markdown', essay, essay.length - 1, 'kosygin-foreign-patents', 'Insert Quotation with Citation');
    assert.equal(text, `Kosygin told Kim that North Korea \u201c${KOSYGIN_QUOTE}\u201d[^1]\n\n[^1]: ${KOSYGIN_NOTE_MD}\n`);
  });

  it('makes exactly the edits of Insert Citation and Insert Quotation, renumbered footnotes and plain text included', async function () {
    this.timeout(120_000);
    const api = await annalist();
    const cases: { languageId: string; text: string; offset: number; passageId: string }[] = [
      { languageId: 'markdown', text: 'Early.\n\nLater.[^1]\n\n[^1]: A note.\n', offset: 6, passageId: 'soviet-films-share-1957' },
      { languageId: 'markdown', text: 'Ends here', offset: 9, passageId: 'deng-mighty-people' },
      { languageId: 'plaintext', text: 'Kosygin was blunt.', offset: 17, passageId: 'kosygin-foreign-patents' },
      { languageId: 'latex', text: 'Kosygin was blunt.', offset: 17, passageId: 'your-country-is-rich' },
    ];
    for (const c of cases) {
      const byCommand = await insertWithCommand(c.languageId, c.text, c.offset, Commands.insertCitation, c.passageId);
      assert.equal(await dropInto(api, c.languageId, c.text, c.offset, c.passageId, 'Insert Citation'), byCommand, `${c.languageId}: ${c.text}`);
      const quoted = await insertWithCommand(c.languageId, c.text, c.offset, Commands.insertQuotation, c.passageId);
      assert.equal(await dropInto(api, c.languageId, c.text, c.offset, c.passageId, 'Insert Quotation with Citation'), quoted, `${c.languageId}: ${c.text}`);
    }
  });

  it('declines a drop that carries no Annalist passage', async () => {
    const api = await annalist();
    const document = await freshDocument('markdown', 'Text');
    const plain = new vscode.DataTransfer();
    plain.set('text/plain', new vscode.DataTransferItem('hello'));
    assert.equal(await api.passageDrop.provideDocumentDropEdits(document, new vscode.Position(0, 0), plain), undefined);
    const unknown = dragOf(Views.themes, ['no-such-passage']);
    assert.equal(await api.passageDrop.provideDocumentDropEdits(document, new vscode.Position(0, 0), unknown), undefined);
  });

  it('drags a passage row out of a view with its id under the view\u2019s mime type and its citation as plain text', async () => {
    const api = await annalist();
    const store = { ready: () => api.corpus() } as unknown as CorpusStore;
    const controller = new PassageDragController(Views.timeline, store);
    assert.deepEqual(controller.dragMimeTypes, ['application/vnd.code.tree.annalist.timeline', 'text/plain']);
    const year = (await api.views.rows(Views.timeline)).find((r) => r.id === 'year:1961');
    assert.ok(year);
    const rows = await api.views.rows(Views.timeline, year.node);
    const transfer = new vscode.DataTransfer();
    await controller.handleDrag([year.node, rows[1].node], transfer);
    assert.equal(await transfer.get('application/vnd.code.tree.annalist.timeline')?.asString(), '["kosygin-foreign-patents"]', 'group rows carry nothing');
    assert.equal(await transfer.get('text/plain')?.asString(), KOSYGIN_NOTE_MD.replace(/\*/g, '').replace(BLOG_LINK, BLOG_URL));

    const document = await freshDocument('markdown', 'Blunt.');
    const edits = await api.passageDrop.provideDocumentDropEdits(document, new vscode.Position(0, 5), transfer);
    assert.ok(edits);
    await applyDrop(document, new vscode.Position(0, 5), edits[0]);
    const dropped = document.getText();
    assert.match(dropped, /^Blunt\[\^1\]\./);
    assert.equal(dropped, await insertWithCommand('markdown', 'Blunt.', 5, Commands.insertCitation, 'kosygin-foreign-patents'));
  });
});
