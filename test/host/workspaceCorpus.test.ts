import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeLoad } from '../../src/editor/corpusOutput';
import { corpusStatus } from '../../src/editor/corpusStatusBar';
import { CorpusSettings } from '../../src/editor/workspaceCorpusSettings';
import { Commands, EXTENSION_ID } from '../../src/ids';
import { annalist, waitFor } from './helpers';
import {
  annalistDiagnostics,
  bundledCorpusOnly,
  corpusWhere,
  deleteWorkspaceFiles,
  lineOf,
  writeWorkspaceFile,
} from './workspaceCorpusHelpers';

const BLOG = 'msiow-2007-north-korea-soviets';

const NOTES_YAML = `# Notes of a reader, in YAML.
themes:
  - id: reader-notes
    label: Reader notes
    description: What a reader noted while reading the blog post.
passages:
  - id: reader-note-tractors
    source: ${BLOG}
    kind: paraphrase
    text: Tractor brigades crossed the quincunx of fields near Kaesong.
    themes: [reader-notes]
    people: []
    places: []
    years: []
`;

const BROKEN_JSON = `{
  "themes": [
    { "id": "broken-notes", "label": "Broken notes", "description": "A file with one bad passage." }
  ],
  "passages": [
    {
      "id": "broken-file-good-passage",
      "source": "${BLOG}",
      "kind": "paraphrase",
      "text": "This passage of the broken file is valid and loads.",
      "themes": ["broken-notes"],
      "people": [],
      "places": [],
      "years": [1956]
    },
    {
      "id": "broken-file-bad-passage",
      "source": "${BLOG}",
      "kind": "paraphrase",
      "text": "This passage gives its year as text.",
      "themes": ["broken-notes"],
      "people": [],
      "places": [],
      "years": ["1957"]
    }
  ]
}
`;

describe('people\u2019s own corpora in the workspace', () => {
  before(function () {
    // Until src/ids.ts declares the workspace corpus commands, the features are not wired into activate().
    if (!('reloadCorpus' in Commands)) this.skip();
  });

  afterEach(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const config = vscode.workspace.getConfiguration(undefined, folder?.uri);
    if (config.inspect(CorpusSettings.paths)?.workspaceValue !== undefined) await config.update(CorpusSettings.paths, undefined, vscode.ConfigurationTarget.Workspace);
    if (config.inspect(CorpusSettings.includeBundled)?.workspaceValue !== undefined) await config.update(CorpusSettings.includeBundled, undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('loads a new *.annalist.yaml file with the bundled corpus, and follows its changes and deletion without a restart', async () => {
    const before = await bundledCorpusOnly();
    const bundledPassages = before.index.corpus.passages.length;
    const uri = await writeWorkspaceFile('reader.annalist.yaml', NOTES_YAML);
    try {
      const loaded = await corpusWhere((s) => s.index.passageById.has('reader-note-tractors'), 'the new passage');
      assert.equal(loaded.index.corpus.passages.length, bundledPassages + 1, 'the bundled passages stay');
      assert.equal(loaded.index.themeById.get('reader-notes')?.label, 'Reader notes');
      assert.equal(loaded.search.search('quincunx kaesong')[0]?.passage.id, 'reader-note-tractors', 'the search index follows');
      assert.equal(corpusStatus(loaded).text, `$(book) ${bundledPassages + 1}`);
      assert.ok(loaded.files.some((f) => f.label === 'reader.annalist.yaml' && f.format === 'yaml' && f.passages === 1));

      await writeWorkspaceFile('reader.annalist.yaml', NOTES_YAML.replace('quincunx of fields', 'chequerboard of paddies'));
      const changed = await corpusWhere((s) => s.index.passageById.get('reader-note-tractors')?.text.includes('chequerboard') === true, 'the changed text');
      assert.equal(changed.search.search('chequerboard')[0]?.passage.id, 'reader-note-tractors');
      assert.deepEqual(changed.search.search('quincunx'), []);
      assert.ok(
        changed.files.filter((f) => f.origin === 'bundled').every((f) => !f.reread),
        'unchanged files are not read again',
      );
    } finally {
      await deleteWorkspaceFiles(uri);
    }
    const gone = await bundledCorpusOnly();
    assert.equal(gone.index.passageById.has('reader-note-tractors'), false);
    assert.deepEqual(gone.search.search('chequerboard'), []);
  });

  it('shows an invalid file in the Problems panel at its line, column and field, while its valid records and the other files keep loading', async () => {
    const broken = await writeWorkspaceFile('broken.annalist.json', BROKEN_JSON);
    const yaml = await writeWorkspaceFile('syntax.annalist.yaml', 'themes:\n  - id: a\n    id: b\n');
    try {
      const diagnostics = await annalistDiagnostics(broken);
      assert.equal(diagnostics.length, 1);
      const [bad] = diagnostics;
      assert.equal(bad.severity, vscode.DiagnosticSeverity.Error);
      assert.match(bad.message, /^passages\[1\]\.years\[0\]: must be integer$/);
      assert.equal(bad.range.start.line, lineOf(BROKEN_JSON, '"1957"'));
      assert.equal(bad.range.start.character, BROKEN_JSON.split('\n')[bad.range.start.line].indexOf('"1957"'));

      const [syntax] = await annalistDiagnostics(yaml);
      assert.match(syntax.message, /^YAML error: Map keys must be unique/);
      assert.equal(syntax.range.start.line, 2);

      const snapshot = await corpusWhere((s) => s.index.passageById.has('broken-file-good-passage'), 'the valid passage of the broken file');
      assert.equal(snapshot.index.passageById.has('broken-file-bad-passage'), false);
      assert.ok(snapshot.index.passageById.has('kosygin-foreign-patents'), 'the bundled corpus still loads');
      assert.equal(corpusStatus(snapshot).text, `$(book) ${snapshot.index.corpus.passages.length} $(error) ${snapshot.errorCount}`);
      assert.equal(corpusStatus(snapshot).command, 'workbench.actions.view.problems');
      const log = describeLoad(snapshot).join('\n');
      assert.match(log, new RegExp(`broken\\.annalist\\.json:${bad.range.start.line + 1}:${bad.range.start.character + 1}: error: passages\\[1\\]\\.years\\[0\\]: must be integer`));
    } finally {
      await deleteWorkspaceFiles(broken, yaml);
    }
    await annalistDiagnostics(broken, true);
    await bundledCorpusOnly();
  });

  it('reports a repeated id where it stands and never overwrites the first', async () => {
    const kosygin = (await bundledCorpusOnly()).index.passageById.get('kosygin-foreign-patents');
    const text = JSON.stringify({ passages: [{ ...kosygin, text: 'An impostor.', quote: undefined }] }, null, 2);
    const uri = await writeWorkspaceFile('repeat.annalist.json', text);
    try {
      const [diagnostic] = await annalistDiagnostics(uri);
      assert.match(diagnostic.message, /^passages\[0\]\.id: repeats the passage id "kosygin-foreign-patents" first defined in .*passages\.json:\d+; this one is ignored$/);
      assert.equal(diagnostic.range.start.line, lineOf(text, '"id"'));
      const snapshot = await (await annalist()).corpus();
      assert.equal(snapshot.index.passageById.get('kosygin-foreign-patents')?.text, kosygin?.text);
    } finally {
      await deleteWorkspaceFiles(uri);
    }
    await bundledCorpusOnly();
  });

  it('imports the Zotero exports named by annalist.corpus.paths, and passages name them by citation key', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    await vscode.workspace.getConfiguration(undefined, folder?.uri).update(CorpusSettings.paths, ['sources'], vscode.ConfigurationTarget.Workspace);
    const snapshot = await corpusWhere((s) => s.index.passageById.has('fixture-note-csl'), 'the reading notes of the sources folder');
    const { sourceById, passageById } = snapshot.index;
    assert.equal(sourceById.get('lankovStalinKimIl2002')?.title, 'From Stalin to Kim Il Sung: The Formation of North Korea, 1945\u20131960');
    assert.deepEqual(sourceById.get('szalontaiKimIlSung2005')?.author, [{ family: 'Szalontai', given: 'Bal\u00e1zs' }]);
    assert.equal(sourceById.get('RK4D7N2P')?.issue, '14/15', 'a Zotero item URI becomes its item key');
    assert.equal(passageById.get('fixture-note-typescript')?.source, 'testerFixtureNoteAnnalist2024');
    assert.deepEqual(
      snapshot.files.filter((f) => f.origin === 'workspace').map((f) => [f.label, f.format]),
      [
        ['sources/reading-notes.yaml', 'yaml'],
        ['sources/zotero-better-biblatex.bib', 'bibtex'],
        ['sources/zotero.json', 'csl-json'],
      ],
    );
    const warnings = snapshot.problems.filter((p) => p.problem.severity === 'warning');
    assert.deepEqual(warnings.map((p) => `${p.problem.field}: ${p.problem.message}`), ['[2].type: "document" is not a type Annalist formats; cited as "manuscript"']);
    assert.equal(snapshot.errorCount, 0);

    await vscode.workspace.getConfiguration(undefined, folder?.uri).update(CorpusSettings.paths, undefined, vscode.ConfigurationTarget.Workspace);
    const after = await bundledCorpusOnly();
    assert.equal(after.index.sourceById.has('lankovStalinKimIl2002'), false);
  });

  it('hides the bundled corpus when annalist.corpus.includeBundled is off', async () => {
    await vscode.workspace.getConfiguration().update(CorpusSettings.includeBundled, false, vscode.ConfigurationTarget.Workspace);
    const hidden = await corpusWhere((s) => s.files.length === 0, 'a corpus without the bundled files');
    assert.equal(hidden.index.corpus.passages.length, 0);
    assert.equal(corpusStatus(hidden).text, '$(book) 0');
    await vscode.workspace.getConfiguration().update(CorpusSettings.includeBundled, undefined, vscode.ConfigurationTarget.Workspace);
    await bundledCorpusOnly();
  });

  it('gathers a burst of saves into few reloads', async () => {
    const start = (await bundledCorpusOnly()).generation;
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), 'burst.annalist.yaml');
    try {
      for (let i = 0; i < 10; i++) await writeWorkspaceFile('burst.annalist.yaml', NOTES_YAML.replace('Kaesong', `Kaesong ${i}`));
      const loaded = await corpusWhere((s) => s.index.passageById.get('reader-note-tractors')?.text.includes('Kaesong 9') === true, 'the last save');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const settled = await (await annalist()).corpus();
      assert.ok(settled.generation - start <= 3, `${settled.generation - start} reloads for 10 saves`);
      assert.equal(settled.generation, loaded.generation, 'no reload after the burst');
    } finally {
      await deleteWorkspaceFiles(uri);
    }
    await bundledCorpusOnly();
  });

  it('gives *.annalist.json files the corpus schema for completion and validation as you type', async () => {
    const text = '{\n  "passages": [\n    { "id": "typed", "txet": "x" }\n  ]\n}\n';
    const uri = await writeWorkspaceFile('typing.annalist.json', text);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, 'jsonc', '*.annalist.json is JSON with comments');
      const fromSchema = await waitFor(() => {
        const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'Annalist' && /txet|not allowed|required/i.test(d.message));
        return found.length > 0 ? found : undefined;
      }, 'JSON schema diagnostics', 30_000);
      assert.ok(fromSchema.some((d) => d.range.start.line === 2));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteWorkspaceFiles(uri);
    }
    await bundledCorpusOnly();
  });

  it('declares what works in an untrusted workspace: data files load, folders named by the workspace are ignored', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const trust = extension?.packageJSON.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.deepEqual(trust?.restrictedConfigurations, [CorpusSettings.paths]);
    assert.match(trust?.description ?? '', /annalist\.corpus\.paths/);
  });
});
