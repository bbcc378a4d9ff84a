import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { citePassage } from '../../src/core/citation';
import { annalist, closeAllEditors, openEditor, waitFor } from './helpers';

const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';

/** Opens `text`, waits for the check, and returns the Markdown of every hover at `at` (the offset of `word` plus one). */
async function hoversAt(language: string, text: string, word: string): Promise<vscode.MarkdownString[]> {
  const { document } = await openEditor(language, text);
  await waitFor(() => (vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'Annalist') ? true : undefined), 'the check');
  const position = document.positionAt(text.indexOf(word) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
}

/** The text a reader sees, with appendText's escaping undone. */
function readable(md: vscode.MarkdownString): string {
  return md.value.replace(/&nbsp;/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('quotation hover', () => {
  afterEach(closeAllEditors);

  it('shows a misquotation\u2019s words against the source\u2019s, the difference in bold', async () => {
    const text = `As the North Koreans put it, \u201cyour country is poor, you can afford that.\u201d [@${BLOG}]\n`;
    const contents = await hoversAt('markdown', text, 'poor');
    const ours = contents.find((c) => c.value.includes('Misquotation'));
    assert.ok(ours, `a misquotation hover among ${JSON.stringify(contents.map((c) => c.value))}`);
    const lines = readable(ours).split('\n\n');
    assert.equal(lines[0], '**Misquotation** of passage your-country-is-rich');
    assert.equal(lines[1], 'Source: \u201cyour country is **rich**, you can afford that\u201d');
    assert.equal(lines[2], 'Essay: \u201cyour country is **poor**, you can afford that\u201d');
    assert.match(lines[3], /Szalontai 2003 → /);
    assert.equal(lines[4], '---');
    const { index } = await (await annalist()).corpus();
    const passage = index.passageById.get('your-country-is-rich');
    assert.ok(passage);
    assert.equal(lines[5], citePassage(passage, index, { style: 'chicago-notes-bibliography', form: 'note', markup: 'plain' }), 'the citation in the default style');
  });

  it('marks words left out and words added with a gap on the other side', async () => {
    const text = `Szalontai: \u201cPyongyang should have ignored the negative and harmful effect its domestic policies might produce\u201d [@${ARTICLE}].\n`;
    const ours = (await hoversAt('markdown', text, 'harmful')).find((c) => c.value.includes('Misquotation'));
    assert.ok(ours);
    const [, source, essay] = readable(ours).split('\n\n');
    assert.equal(source, 'Source: \u201cPyongyang should **not** have ignored the negative **\u2038** effect its domestic policies might produce\u201d');
    assert.equal(essay, 'Essay: \u201cPyongyang should **\u2038** have ignored the negative **and harmful** effect its domestic policies might produce\u201d');
  });

  it('renders corpus and essay text as escaped text in untrusted Markdown', async () => {
    const text = `Szalontai: \u201che wanted to overtake the South instead of adjusting to it, which led to *further* disagreements with (North Korea's) allies\u201d [@${ARTICLE}].\n`;
    const ours = (await hoversAt('markdown', text, 'allies')).find((c) => c.value.includes('Misquotation'));
    assert.ok(ours);
    assert.notEqual(ours.isTrusted, true, 'never trusted');
    assert.notEqual(ours.supportHtml, true, 'no HTML');
    // The source's parentheses and the essay's emphasis marks are text, escaped: only Annalist's bold is Markdown.
    assert.match(ours.value, /with \\\(North Korea\\'s\\\) \*\*patrons\*\*/);
    assert.match(ours.value, /\\\*further\\\*/);
    assert.equal(readable(ours).split('\n\n')[2], "Essay: \u201che wanted to overtake the South instead of adjusting to it, which led to *further* disagreements with (North Korea's) **allies**\u201d");
  });

  it('says that a faithful quotation agrees with its source, and leaves citation hovers to theirs', async () => {
    const text = `They said \u201cyour country is rich, you can afford that.\u201d [@${BLOG}] Deng called Koreans \u201ca mighty people of 30 million.\u201d Then.\n`;
    const quoted = await hoversAt('markdown', text, 'rich');
    const agrees = quoted.find((c) => /Quotation of passage your-country-is-rich: the words agree with the source\./.test(readable(c)));
    assert.ok(agrees, `an agreement hover among ${JSON.stringify(quoted.map((c) => c.value))}`);
    const { index } = await (await annalist()).corpus();
    const passage = index.passageById.get('your-country-is-rich');
    assert.ok(passage);
    const card = readable(agrees).split('\n\n');
    assert.equal(card[1], '---');
    assert.equal(card[2], `> \u201c${passage.quote ?? passage.text}\u201d`, 'the quotation');
    assert.match(card[3], / \u2192 /, 'who said it and through whom');
    assert.match(card[4], /^Themes: ./);
    assert.equal(card.at(-1), citePassage(passage, index, { style: 'chicago-notes-bibliography', form: 'note', markup: 'plain' }), 'the citation');
    assert.notEqual(agrees.isTrusted, true);
    const { document } = vscode.window.activeTextEditor!;
    const onKey = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(text.indexOf(BLOG) + 3));
    const values = onKey.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? readable(c) : String(c)));
    assert.ok(values.some((v) => /passages in the corpus/.test(v)), 'the citation hover still shows the source');
    assert.ok(!values.some((v) => /Misquotation|agree with the source/.test(v)));
  });

  it('shows the difference in LaTeX', async () => {
    const text = `As they put it, \`\`your country is poor, you can afford that.'' \\cite{${BLOG}}\n`;
    const contents = await hoversAt('latex', text, 'poor');
    const ours = contents.find((c) => c.value.includes('Misquotation'));
    assert.ok(ours);
    assert.match(readable(ours), /Essay: \u201cyour country is \*\*poor\*\*, you can afford that\u201d/);
  });
});
