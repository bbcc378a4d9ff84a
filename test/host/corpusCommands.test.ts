import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/ids';
import { annalist, closeAllEditors, openEditor, waitFor } from './helpers';
import { annalistDiagnostics, bundledCorpusOnly, corpusWhere, deleteWorkspaceFiles, workspaceRoot, writeWorkspaceFile } from './workspaceCorpusHelpers';

const BLOG = 'msiow-2007-north-korea-soviets';

const TARGET_YAML = `# My reading notes: comments stay where they are.
themes:
  - id: my-notes
    label: My notes
    description: Passages I picked out while reading.

passages:
  # Passages I added by hand come first.
  - id: my-first-note
    source: ${BLOG}
    kind: paraphrase
    text: A note written by hand.
    themes: [my-notes]
    people: []
    places: []
    years: []
`;

const TARGET_JSON = `// My reading notes, in JSON with comments.
{
  "themes": [{ "id": "json-notes", "label": "JSON notes", "description": "Notes kept in JSON." }],
  // None yet.
  "passages": []
}
`;

const ESSAY = 'In 1957 the Soviet share of films shown in North Korea was still large, as the blog says.\n';
const SELECTED = 'the Soviet share of films shown in North Korea was still large';

async function selectInNewEditor(text: string, words: string): Promise<vscode.TextEditor> {
  const editor = await openEditor('markdown', text);
  const start = editor.document.positionAt(text.indexOf(words));
  editor.selection = new vscode.Selection(start, editor.document.positionAt(text.indexOf(words) + words.length));
  return editor;
}

describe('Annalist: New Corpus File and Annalist: Add Passage from Selection', () => {
  before(function () {
    // Until src/ids.ts declares the workspace corpus commands, the features are not wired into activate().
    if (!('reloadCorpus' in Commands)) this.skip();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  for (const format of ['yaml', 'json'] as const) {
    it(`New Corpus File writes a valid, commented ${format.toUpperCase()} example and opens it`, async () => {
      const uri = vscode.Uri.joinPath(workspaceRoot(), `new-notes.annalist.${format}`);
      try {
        const written = await vscode.commands.executeCommand<vscode.Uri>(Commands.newCorpusFile, { uri, format });
        assert.equal(written?.toString(), uri.toString());
        const editor = vscode.window.activeTextEditor;
        assert.equal(editor?.document.uri.toString(), uri.toString(), 'the new file is open');
        const text = editor?.document.getText() ?? '';
        assert.match(text, format === 'yaml' ? /^# An Annalist corpus file/ : /^\/\/ An Annalist corpus file/);
        assert.ok((text.match(format === 'yaml' ? /^\s*#/gm : /^\s*\/\//gm) ?? []).length >= 10, 'the example explains itself in comments');
        const snapshot = await corpusWhere((s) => s.index.passageById.has('new-notes-example-passage'), 'the example passage');
        assert.equal(snapshot.index.sourceById.get('new-notes-example-book')?.title, 'The Title as Printed');
        assert.deepEqual(snapshot.problems.map((p) => p.problem.message), [], 'the example is valid');
        if (format === 'json') assert.equal(editor?.document.languageId, 'jsonc');
      } finally {
        await closeAllEditors();
        await deleteWorkspaceFiles(uri);
      }
      await bundledCorpusOnly();
    });
  }

  it('New Corpus File does not overwrite a file that exists', async () => {
    const uri = await writeWorkspaceFile('existing.annalist.yaml', 'themes: []\n');
    try {
      assert.equal(await vscode.commands.executeCommand(Commands.newCorpusFile, { uri, format: 'yaml' }), undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), 'themes: []\n');
    } finally {
      await deleteWorkspaceFiles(uri);
    }
    await bundledCorpusOnly();
  });

  it('Add Passage from Selection turns the selected words into a passage of a YAML corpus file, keeping its comments', async () => {
    const target = await writeWorkspaceFile('reading.annalist.yaml', TARGET_YAML);
    try {
      await corpusWhere((s) => s.index.passageById.has('my-first-note'), 'the target file');
      await selectInNewEditor(ESSAY, SELECTED);
      const id = await vscode.commands.executeCommand<string>(Commands.addPassageFromSelection, {
        source: BLOG,
        page: '4',
        themes: ['my-notes'],
        target,
      });
      assert.equal(id, 'the-soviet-share-of-films-shown');
      const snapshot = await corpusWhere((s) => s.index.passageById.has(id), 'the new passage');
      assert.deepEqual(snapshot.index.passageById.get(id), {
        id,
        source: BLOG,
        kind: 'paraphrase',
        text: SELECTED,
        page: '4',
        themes: ['my-notes'],
        people: [],
        places: [],
        years: [],
      });
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.ok(text.startsWith(TARGET_YAML), 'everything before the new passage is unchanged, comments included');
      assert.match(text.slice(TARGET_YAML.length), /^ {2}- id: the-soviet-share-of-films-shown\n {4}source: msiow-2007-north-korea-soviets\n/);
      assert.deepEqual(await annalistDiagnostics(target, true), []);
    } finally {
      await closeAllEditors();
      await deleteWorkspaceFiles(target);
    }
    await bundledCorpusOnly();
  });

  it('Add Passage from Selection asks for the source in a quick pick and adds to a JSON file with comments', async () => {
    const target = await writeWorkspaceFile('reading.annalist.json', TARGET_JSON);
    try {
      const before = await corpusWhere((s) => s.index.themeById.has('json-notes'), 'the JSON target');
      await selectInNewEditor(ESSAY, SELECTED);
      const added = vscode.commands.executeCommand<string>(Commands.addPassageFromSelection, { page: '', themes: ['json-notes'], target });
      // Give the quick pick of sources time to open, then accept its first row: the corpus's first source.
      await new Promise((resolve) => setTimeout(resolve, 800));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const id = await added;
      assert.equal(id, 'the-soviet-share-of-films-shown');
      const snapshot = await corpusWhere((s) => s.index.passageById.has(id), 'the new passage');
      const passage = snapshot.index.passageById.get(id);
      assert.equal(passage?.source, before.index.corpus.sources[0].id);
      assert.equal(passage?.page, undefined, 'an empty page is left out');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.ok(text.startsWith('// My reading notes, in JSON with comments.\n{\n'));
      assert.ok(text.includes('// None yet.'));
      assert.deepEqual(await annalistDiagnostics(target, true), []);
    } finally {
      await closeAllEditors();
      await deleteWorkspaceFiles(target);
    }
    await bundledCorpusOnly();
  });

  it('Add Passage from Selection adds nothing when no text is selected', async () => {
    const target = await writeWorkspaceFile('reading.annalist.yaml', TARGET_YAML);
    try {
      await corpusWhere((s) => s.index.passageById.has('my-first-note'), 'the target file');
      await openEditor('markdown', ESSAY);
      const id = await vscode.commands.executeCommand(Commands.addPassageFromSelection, { source: BLOG, page: '', themes: ['my-notes'], target });
      assert.equal(id, undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), TARGET_YAML);
    } finally {
      await closeAllEditors();
      await deleteWorkspaceFiles(target);
    }
    await bundledCorpusOnly();
    assert.equal((await (await annalist()).corpus()).index.passageById.has('my-first-note'), false);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of [Commands.newCorpusFile, Commands.addPassageFromSelection, Commands.reloadCorpus, Commands.showCorpusLog]) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
    const reloaded = await waitFor(async () => vscode.commands.executeCommand(Commands.reloadCorpus), 'a reload');
    assert.ok(reloaded);
  });
});
