import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkDocument, RULES, type RuleId } from '../../src/core/quotes';
import { Settings } from '../../src/ids';
import { annalist, closeAllEditors, openEditor, waitFor } from './helpers';

const BLOG = 'msiow-2007-north-korea-soviets';
const ARTICLE = 'szalontai-2003-no-political-line';

/** One quotation for each rule, each in its own paragraph. */
const ESSAY = [
  '# Moscow and Pyongyang',
  '',
  `As the North Koreans put it, \u201cyour country is poor, you can afford that.\u201d [@${BLOG}]`,
  '',
  'Deng called Koreans \u201ca mighty people of 30 million.\u201d Then he left.',
  '',
  `The blog cites the \u201cCold War International History Project Bulletin, 14/15, Winter 2003-Spring 2004\u201d [@${ARTICLE}].`,
  '',
  `Kosygin was blunt [@${BLOG.slice(0, -1)}].`,
  '',
].join('\n');

/** Annalist's quotation diagnostics of a document. */
function quoteDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Annalist' && RULES.includes(d.code as RuleId));
}

/** Waits until the document's quotation diagnostics satisfy `accept`. */
function diagnosticsWhere(uri: vscode.Uri, what: string, accept: (d: vscode.Diagnostic[]) => boolean, ms = 10_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const d = quoteDiagnostics(uri);
    return accept(d) ? d : undefined;
  }, what, ms);
}

function summary(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${String(d.code)} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line}: ${document.getText(d.range)}`);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('quotation diagnostics', () => {
  afterEach(closeAllEditors);

  it('reports a misquotation, an unattributed quotation, a wrong source and an unknown key in Markdown', async () => {
    const { document } = await openEditor('markdown', ESSAY);
    const found = await diagnosticsWhere(document.uri, 'four diagnostics', (d) => d.length === 4);
    assert.deepEqual(summary(document, found), [
      'misquote Error 2: your country is poor, you can afford that.',
      'unattributed-quotation Warning 4: \u201ca mighty people of 30 million.\u201d',
      `wrong-source Error 6: [@${ARTICLE}]`,
      `unknown-citation-key Warning 8: ${BLOG.slice(0, -1)}`,
    ]);
    const misquote = found.find((d) => d.code === 'misquote');
    assert.equal(misquote?.message, 'The quotation differs from the source (your-country-is-rich): \u201cpoor\u201d instead of \u201crich\u201d.');
    const wrong = found.find((d) => d.code === 'wrong-source');
    assert.equal(document.getText(wrong?.relatedInformation?.[0].location.range), '\u201cCold War International History Project Bulletin, 14/15, Winter 2003-Spring 2004\u201d');
  });

  it('checks LaTeX and plain-text documents, and no other language', async () => {
    const tex = await openEditor('latex', `As they put it, \`\`your country is poor, you can afford that.'' \\cite{${BLOG}}\n`);
    const txt = await openEditor('plaintext', 'Deng called Koreans "a mighty people of 30 million". Then he left.\n');
    const js = await openEditor('javascript', '// "your country is poor, you can afford that." [@x]\n');
    assert.deepEqual(summary(tex.document, await diagnosticsWhere(tex.document.uri, 'a LaTeX misquote', (d) => d.length > 0)), [
      'misquote Error 0: your country is poor, you can afford that.',
    ]);
    assert.deepEqual(summary(txt.document, await diagnosticsWhere(txt.document.uri, 'a plain-text finding', (d) => d.length > 0)), [
      'unattributed-quotation Warning 0: "a mighty people of 30 million"',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 600)); // longer than the debounce since the last edit
    assert.deepEqual(quoteDiagnostics(js.document.uri), []);
  });

  it('reports nothing for faithful, cited quotations and scare quotes', async () => {
    const clean = `They said \u201cyour country is rich, you can afford that.\u201d [@${BLOG}] Leaders knew little of \u201cthe ways of the world\u201d.\n`;
    const { document } = await openEditor('markdown', `${clean}\nDeng called Koreans \u201ca mighty people of 30 million.\u201d\n`);
    const [only] = await diagnosticsWhere(document.uri, 'the one finding', (d) => d.length === 1);
    assert.equal(only.code, 'unattributed-quotation', 'only the uncited quotation of the second paragraph');
    assert.equal(only.range.start.line, 2);
  });

  it('follows edits after a pause: findings move with the text and clear when fixed', async () => {
    await setSetting(Settings.checkDelay, 1000);
    try {
      const editor = await openEditor('markdown', ESSAY);
      const { document } = editor;
      await diagnosticsWhere(document.uri, 'four diagnostics', (d) => d.length === 4);
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nA new paragraph about 1953.\n'));
      const before = quoteDiagnostics(document.uri).find((d) => d.code === 'misquote');
      assert.equal(before?.range.start.line, 2, 'nothing moves while typing goes on');
      const moved = await diagnosticsWhere(document.uri, 'the misquote two lines down', (d) => d.some((x) => x.code === 'misquote' && x.range.start.line === 4));
      assert.equal(moved.length, 4);
      const poor = document.getText().indexOf('poor');
      await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(poor), document.positionAt(poor + 4)), 'rich'));
      const after = await diagnosticsWhere(document.uri, 'the misquote gone', (d) => !d.some((x) => x.code === 'misquote'));
      assert.deepEqual(after.map((d) => d.code).sort(), ['unattributed-quotation', 'unknown-citation-key', 'wrong-source']);
    } finally {
      await setSetting(Settings.checkDelay, undefined);
    }
  });

  it('agrees with a check from scratch after bursts of edits, multi-cursor edits included', async () => {
    const { index } = await (await annalist()).corpus();
    const editor = await openEditor('markdown', ESSAY);
    const { document } = editor;
    await diagnosticsWhere(document.uri, 'four diagnostics', (d) => d.length === 4);
    const inserts = ['\u201c', '\u201d', ' Kim', '\n\n', 'not ', '[@deng-mighty-people]', 'x'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 12; round++) {
      const edit = new vscode.WorkspaceEdit();
      const length = document.getText().length;
      const a = random(length);
      const b = Math.min(length, a + random(6));
      edit.replace(document.uri, new vscode.Range(document.positionAt(a), document.positionAt(b)), inserts[random(inserts.length)]);
      if (round % 3 === 0 && a > 40) {
        const c = random(a - 20);
        edit.replace(document.uri, new vscode.Range(document.positionAt(c), document.positionAt(c + random(3))), inserts[random(inserts.length)]);
      }
      assert.ok(await vscode.workspace.applyEdit(edit));
    }
    const expected = checkDocument(document.getText(), 'markdown', index).map(
      (f) => `${f.rule} ${document.positionAt(f.start).line}:${document.positionAt(f.start).character}-${document.positionAt(f.end).line}:${document.positionAt(f.end).character}`,
    );
    const shown = (d: vscode.Diagnostic[]) =>
      d
        .sort((x, y) => x.range.start.compareTo(y.range.start) || RULES.indexOf(x.code as RuleId) - RULES.indexOf(y.code as RuleId))
        .map((x) => `${String(x.code)} ${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`);
    await diagnosticsWhere(document.uri, `the findings of a full check: ${expected.join(', ')}`, (d) => JSON.stringify(shown(d)) === JSON.stringify(expected));
  });

  it('removes a document\u2019s diagnostics when it is closed', async () => {
    const { document } = await openEditor('markdown', ESSAY);
    await diagnosticsWhere(document.uri, 'four diagnostics', (d) => d.length === 4);
    await closeAllEditors();
    await diagnosticsWhere(document.uri, 'no diagnostics after closing', (d) => d.length === 0);
  });
});

describe('quotation check settings', () => {
  afterEach(async () => {
    for (const key of [Settings.checkMisquote, Settings.checkUnattributedQuotation, Settings.checkWrongSource, Settings.checkUnknownCitationKey]) {
      await setSetting(key, undefined);
    }
    await closeAllEditors();
  });

  it('declares each rule\u2019s setting with the checker\u2019s default severity', () => {
    const config = vscode.workspace.getConfiguration();
    assert.equal(config.get(Settings.checkMisquote), 'error');
    assert.equal(config.get(Settings.checkWrongSource), 'error');
    assert.equal(config.get(Settings.checkUnattributedQuotation), 'warning');
    assert.equal(config.get(Settings.checkUnknownCitationKey), 'warning');
    assert.equal(config.get(Settings.checkDelay), 300);
  });

  it('turns a rule off and back on', async () => {
    const { document } = await openEditor('markdown', ESSAY);
    await diagnosticsWhere(document.uri, 'four diagnostics', (d) => d.length === 4);
    await setSetting(Settings.checkUnknownCitationKey, 'off');
    await setSetting(Settings.checkMisquote, 'off');
    const off = await diagnosticsWhere(document.uri, 'two rules off', (d) => d.length === 2);
    assert.deepEqual(off.map((d) => d.code).sort(), ['unattributed-quotation', 'wrong-source']);
    await setSetting(Settings.checkMisquote, undefined);
    await diagnosticsWhere(document.uri, 'the misquote back', (d) => d.length === 3 && d.some((x) => x.code === 'misquote'));
  });

  it('shows each rule with the severity set for it', async () => {
    const { document } = await openEditor('markdown', ESSAY);
    await diagnosticsWhere(document.uri, 'four diagnostics', (d) => d.length === 4);
    await setSetting(Settings.checkMisquote, 'hint');
    await setSetting(Settings.checkUnattributedQuotation, 'error');
    await setSetting(Settings.checkWrongSource, 'information');
    await setSetting(Settings.checkUnknownCitationKey, 'warning');
    const relabelled = await diagnosticsWhere(document.uri, 'new severities', (d) => d.some((x) => x.code === 'misquote' && x.severity === vscode.DiagnosticSeverity.Hint) && d.some((x) => x.code === 'wrong-source' && x.severity === vscode.DiagnosticSeverity.Information));
    assert.deepEqual(summary(document, relabelled).map((s) => s.split(' ').slice(0, 2).join(' ')), [
      'misquote Hint',
      'unattributed-quotation Error',
      'wrong-source Information',
      'unknown-citation-key Warning',
    ]);
  });

  it('applies the settings to a document opened after they changed', async () => {
    await setSetting(Settings.checkUnattributedQuotation, 'off');
    const { document } = await openEditor('markdown', ESSAY);
    const found = await diagnosticsWhere(document.uri, 'three diagnostics', (d) => d.length === 3);
    assert.ok(!found.some((d) => d.code === 'unattributed-quotation'));
  });
});
