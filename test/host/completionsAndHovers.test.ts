import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Settings } from '../../src/ids';
import { snippet } from '../../src/core/describePassage';
import { annalist, closeAllEditors, openEditor } from './helpers';

const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';

/** Opens `marked` (with `|` as the cursor) and returns the completion list there. */
async function completionsAt(language: string, marked: string) {
  const editor = await openEditor(language, marked.replace('|', ''));
  const position = editor.document.positionAt(marked.indexOf('|'));
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
  const ours = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference);
  return { editor, items: ours };
}

/** Applies a completion item as VS Code does on accept: its main edit and additional edits, at once. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<string> {
  const range = item.range instanceof vscode.Range ? item.range : (item.range as { replacing: vscode.Range }).replacing;
  const edit = new vscode.WorkspaceEdit();
  edit.set(editor.document.uri, [new vscode.TextEdit(range, String(item.insertText)), ...(item.additionalTextEdits ?? [])]);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return editor.document.getText();
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('citation completions', () => {
  afterEach(closeAllEditors);

  it('ranks passages by Annalist search after a bare @ and inserts a footnote on accept', async () => {
    const { editor, items } = await completionsAt('markdown', 'Kosygin was blunt @kosig|\n');
    const snapshot = await (await annalist()).corpus();
    const ranked = snapshot.search.search('kosig', 30).map((hit) => snippet(hit.passage.quote ?? hit.passage.text, 60));
    assert.deepEqual(items.map(labelOf), ranked, 'the items are in the order of the search');
    const patents = items.find((i) => labelOf(i).startsWith('should not have wasted time'));
    assert.ok(patents, 'Kosygin’s words are offered for a misspelt prefix of his name');
    assert.equal(patents.filterText, '@kosig');
    const documentation = String((patents.documentation as vscode.MarkdownString).value);
    assert.match(documentation, /adoption of foreign patents would have been more economical/, 'the full quotation, with spaces it can wrap at');
    assert.doesNotMatch(documentation, /&nbsp;/);
    const text = await accept(editor, patents);
    assert.match(text, /^Kosygin was blunt \[\^1\]\n\n\[\^1\]: Balázs Szalontai, .*quoted in \*North Korea and the Soviets 1953-1964\*/);
  });

  it('completes keys inside Pandoc brackets, with "quoted in" for words read in another source', async () => {
    const { editor, items } = await completionsAt('markdown', 'See [@patents|]');
    const passageItem = items.find((i) => labelOf(i).startsWith('should not have wasted'));
    assert.ok(passageItem);
    assert.equal(await accept(editor, passageItem), `See [@${ARTICLE}; quoted in @${BLOG}]`);
  });

  it('offers sources by key and completes LaTeX cite keys after a comma', async () => {
    const { editor, items } = await completionsAt('latex', `\\footcite[12]{${BLOG}, sza|}`);
    assert.equal(labelOf(items[0]), ARTICLE);
    assert.equal(await accept(editor, items[0]), `\\footcite[12]{${BLOG}, ${ARTICLE}}`);
  });

  it('offers nothing in an e-mail address or inline code', async () => {
    assert.equal((await completionsAt('markdown', 'write to me@kos|')).items.length, 0);
    assert.equal((await completionsAt('markdown', 'run `x @kos|')).items.length, 0);
  });

  it('uses the plain-text trigger and the citation format setting', async () => {
    await vscode.workspace.getConfiguration().update(Settings.citationFormat, 'pandoc', vscode.ConfigurationTarget.Workspace);
    try {
      const { editor, items } = await completionsAt('markdown', 'Films @films|');
      assert.equal(await accept(editor, items[0]), `Films [@${BLOG}]`);
    } finally {
      await vscode.workspace.getConfiguration().update(Settings.citationFormat, undefined, vscode.ConfigurationTarget.Workspace);
    }
    const { editor, items } = await completionsAt('plaintext', 'Films @@films|');
    assert.match(await accept(editor, items[0]), /^Films \(North Korea and the Soviets 1953-1964, December 7, 2007, http/);
  });
});

describe('citation hovers', () => {
  afterEach(closeAllEditors);

  async function hoverAt(language: string, marked: string): Promise<string> {
    const editor = await openEditor(language, marked.replace('|', ''));
    const position = editor.document.positionAt(marked.indexOf('|'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const raw = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c)))).join('\n');
    // Corpus text is appended as escaped plain text: undo the escaping to read it.
    return raw.replace(/&nbsp;/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
  }

  it('shows a passage key’s quotation, attribution, themes and citation', async () => {
    const text = await hoverAt('markdown', 'As [@kosygin-fo|reign-patents] shows.');
    assert.match(text, /foreign patents would have been more economical/);
    assert.match(text, /Alexei Kosygin → Szalontai 2003 → /);
    assert.match(text, /Themes: Self-reliance and foreign patents/);
    assert.match(text, /quoted in North Korea and the Soviets 1953-1964/);
  });

  it('shows a source key’s bibliography entry in LaTeX', async () => {
    const text = await hoverAt('latex', `\\cite{szal|ontai-2003-no-political-line}`);
    assert.match(text, /Szalontai, Balázs\./);
    assert.match(text, /passages in the corpus/);
  });

  it('shows a footnote’s note and its source', async () => {
    const text = await hoverAt('markdown', 'Films.[^|1]\n\n[^1]: *North Korea and the Soviets 1953-1964*, December 7, 2007.\n');
    assert.match(text, /December 7, 2007/);
  });

  it('never renders corpus text as trusted Markdown', async () => {
    const editor = await openEditor('markdown', 'As [@kosygin-foreign-patents].');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 8));
    for (const content of hovers.flatMap((h) => h.contents)) {
      if (content instanceof vscode.MarkdownString) assert.notEqual(content.isTrusted, true);
    }
  });
});
