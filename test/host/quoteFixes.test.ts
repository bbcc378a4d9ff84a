import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RULES, type RuleId } from '../../src/core/quotes';
import { Settings } from '../../src/ids';
import { closeAllEditors, openEditor, waitFor } from './helpers';

const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';
const BLOG_URL = 'http://msiow.blogspot.com/2007/12/north-korea-and-soviets-1953-1964.html';
/** Markdown writes the URL as an autolink; plain text as it is. */
const BLOG_LINK = `<${BLOG_URL}>`;
/** The Chicago (18th ed.) note for words of Szalontai's article read in the blog. */
const ARTICLE_NOTE_MD = `Balázs Szalontai, \u201c\u2018You Have No Political Line of Your Own\u2019: Kim Il Sung and the Soviets, 1953-1964,\u201d *Cold War International History Project Bulletin*, no. 14/15 (Winter 2003\u2013Spring 2004), quoted in *North Korea and the Soviets 1953-1964*, December 7, 2007, ${BLOG_LINK}.`;
const ARTICLE_NOTE_PLAIN = ARTICLE_NOTE_MD.replace(/\*/g, '').replace(BLOG_LINK, BLOG_URL);
const ARTICLE_NOTE_TEX = ARTICLE_NOTE_MD.replace(/\*([^*]+)\*/g, '\\textit{$1}').replace(BLOG_LINK, BLOG_URL);
const BLOG_NOTE_MD = `*North Korea and the Soviets 1953-1964*, December 7, 2007, ${BLOG_LINK}.`;
const DENG = '\u201ca mighty people of 30 million.\u201d';

/** Waits for the document's quotation diagnostic of `rule`. */
function diagnosticOf(document: vscode.TextDocument, rule: RuleId): Promise<vscode.Diagnostic> {
  return waitFor(() => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'Annalist' && d.code === rule), `a ${rule} diagnostic`);
}

/** Waits until the document has no quotation diagnostic left. */
function noQuoteDiagnostics(document: vscode.TextDocument): Promise<true> {
  return waitFor(
    () => (vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'Annalist' && RULES.includes(d.code as RuleId)) ? undefined : true),
    'no quotation diagnostics after the fix',
  );
}

/** The quick fixes VS Code offers for a diagnostic, resolved as they are when picked. */
async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
    10,
  );
  // The command returns actions without their diagnostics: tell Annalist's apart by their titles.
  return actions.filter((a) => OUR_TITLES.test(a.title));
}

/** The titles of Annalist's quotation fixes. */
const OUR_TITLES = /^(Use the source's wording|Add citation|Cite |Change to )/;

/** Finds the diagnostic of `rule`, applies its quick fix titled `title`, and returns the document's text. */
async function applyFix(editor: vscode.TextEditor, rule: RuleId, title: string): Promise<string> {
  const fixes = await quickFixes(editor.document, await diagnosticOf(editor.document, rule));
  const fix = fixes.find((a) => a.title === title);
  assert.ok(fix, `a quick fix "${title}" among ${JSON.stringify(fixes.map((a) => a.title))}`);
  assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  assert.ok(fix.edit, 'the fix carries its edit');
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  return editor.document.getText();
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('quotation quick fixes', () => {
  afterEach(closeAllEditors);

  it('puts back the source\u2019s wording in one undoable edit', async () => {
    const essay = `Szalontai: \u201cPyongyang should have ignored the negative and harmful effect its domestic policies might produce\u201d [@${ARTICLE}].\n`;
    const editor = await openEditor('markdown', essay);
    const fixes = await quickFixes(editor.document, await diagnosticOf(editor.document, 'misquote'));
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred]), [["Use the source's wording", true]]);
    const fixed = await applyFix(editor, 'misquote', "Use the source's wording");
    assert.equal(fixed, `Szalontai: \u201cPyongyang should not have ignored the negative effect its domestic policies might produce\u201d [@${ARTICLE}].\n`);
    await noQuoteDiagnostics(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), essay, 'one Undo takes the whole fix back');
  });

  it('adds a Chicago footnote numbered by its place, in one undoable edit', async () => {
    const essay = `Deng called Koreans ${DENG} Then he left.\n\nFilms came from Moscow.[^1]\n\n[^1]: ${BLOG_NOTE_MD}\n`;
    const editor = await openEditor('markdown', essay);
    const fixes = await quickFixes(editor.document, await diagnosticOf(editor.document, 'unattributed-quotation'));
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred]), [['Add citation', true]]);
    assert.equal(
      await applyFix(editor, 'unattributed-quotation', 'Add citation'),
      `Deng called Koreans ${DENG}[^1] Then he left.\n\nFilms came from Moscow.[^2]\n\n[^1]: ${ARTICLE_NOTE_MD}\n[^2]: ${BLOG_NOTE_MD}\n`,
    );
    await noQuoteDiagnostics(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), essay, 'one Undo takes the footnote, its definition and the renumbering back');
  });

  it('adds the citation in the format the settings ask for', async () => {
    await setSetting(Settings.citationFormat, 'pandoc');
    try {
      const editor = await openEditor('markdown', `Deng called Koreans ${DENG} Then he left.\n`);
      assert.equal(
        await applyFix(editor, 'unattributed-quotation', 'Add citation'),
        `Deng called Koreans ${DENG} [@${ARTICLE}; quoted in @${BLOG}] Then he left.\n`,
      );
      await noQuoteDiagnostics(editor.document);
    } finally {
      await setSetting(Settings.citationFormat, undefined);
    }
  });

  it('adds a LaTeX \\footnote, and a plain-text note in parentheses', async () => {
    const tex = await openEditor('latex', "Deng called Koreans ``a mighty people of 30 million.'' Then he left.\n");
    assert.equal(
      await applyFix(tex, 'unattributed-quotation', 'Add citation'),
      `Deng called Koreans \`\`a mighty people of 30 million.''\\footnote{${ARTICLE_NOTE_TEX}} Then he left.\n`,
    );
    await noQuoteDiagnostics(tex.document);
    const txt = await openEditor('plaintext', 'Deng called Koreans "a mighty people of 30 million." Then he left.\n');
    assert.equal(
      await applyFix(txt, 'unattributed-quotation', 'Add citation'),
      `Deng called Koreans "a mighty people of 30 million." (${ARTICLE_NOTE_PLAIN.slice(0, -1)}) Then he left.\n`,
    );
    await noQuoteDiagnostics(txt.document);
  });

  it('falls back to a citation the document\u2019s markup reads when the format does not fit it', async () => {
    await setSetting(Settings.citationFormat, 'pandoc');
    try {
      const tex = await openEditor('latex', "Deng called Koreans ``a mighty people of 30 million.'' Then he left.\n");
      assert.equal(
        await applyFix(tex, 'unattributed-quotation', 'Add citation'),
        `Deng called Koreans \`\`a mighty people of 30 million.''\\footcite{${BLOG}} Then he left.\n`,
      );
      await noQuoteDiagnostics(tex.document);
    } finally {
      await setSetting(Settings.citationFormat, undefined);
    }
  });

  it('cites the right source instead of the wrong one', async () => {
    const editor = await openEditor('markdown', `The blog cites the \u201cCold War International History Project Bulletin, 14/15, Winter 2003-Spring 2004\u201d [@${ARTICLE}, p. 3].\n`);
    assert.equal(
      await applyFix(editor, 'wrong-source', `Cite ${BLOG}`),
      `The blog cites the \u201cCold War International History Project Bulletin, 14/15, Winter 2003-Spring 2004\u201d [@${BLOG}, p. 3].\n`,
    );
    await noQuoteDiagnostics(editor.document);
  });

  it('changes an unknown key to the nearest known one', async () => {
    const editor = await openEditor('latex', `Kosygin was blunt.\\footcite[99]{szalontai-2003-no-politcal-line}\n`);
    const fixes = await quickFixes(editor.document, await diagnosticOf(editor.document, 'unknown-citation-key'));
    assert.equal(fixes[0]?.title, `Change to \u201c${ARTICLE}\u201d`);
    assert.equal(fixes[0]?.isPreferred, true);
    assert.equal(
      await applyFix(editor, 'unknown-citation-key', `Change to \u201c${ARTICLE}\u201d`),
      `Kosygin was blunt.\\footcite[99]{${ARTICLE}}\n`,
    );
    await noQuoteDiagnostics(editor.document);
  });

  it('offers nothing when only refactorings are asked for', async () => {
    const editor = await openEditor('markdown', `They said \u201cyour country is poor, you can afford that.\u201d [@${BLOG}]\n`);
    const diagnostic = await diagnosticOf(editor.document, 'misquote');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      diagnostic.range,
      vscode.CodeActionKind.Refactor.value,
    );
    assert.ok(!actions.some((a) => a.title === "Use the source's wording"));
  });
});
