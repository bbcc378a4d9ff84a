import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { describeLoad } from '../../src/editor/corpusOutput';
import { CorpusSettings } from '../../src/editor/workspaceCorpusSettings';
import { Commands } from '../../src/ids';
import { annalist } from './helpers';
import { annalistDiagnostics, bundledCorpusOnly, corpusWhere, deleteWorkspaceFiles, workspaceRoot, writeWorkspaceFile } from './workspaceCorpusHelpers';

const NOTES_YAML = `themes:
  - id: limits-notes
    label: Limits notes
    description: A file loaded beside files that are refused.
`;

describe('corpus files that cannot be read safely', () => {
  before(function () {
    if (!('reloadCorpus' in Commands) || process.platform === 'win32') this.skip();
  });

  afterEach(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const config = vscode.workspace.getConfiguration(undefined, folder?.uri);
    if (config.inspect(CorpusSettings.paths)?.workspaceValue !== undefined) await config.update(CorpusSettings.paths, undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('refuses a 60 MB file and a FIFO with a problem each, loads the other files, and never holds the extension host', async function () {
    this.timeout(60_000);
    await bundledCorpusOnly();
    const root = workspaceRoot();
    const folder = vscode.Uri.joinPath(root, 'limits');
    await vscode.workspace.fs.createDirectory(folder);
    // 60 MB on paper and nothing on disk: were it read, the host would decode 60 MB of zeros.
    const huge = vscode.Uri.joinPath(root, 'huge.annalist.json');
    fs.writeFileSync(huge.fsPath, '');
    fs.truncateSync(huge.fsPath, 60 * 1024 * 1024);
    // A FIFO nobody writes to: reading it would wait forever.
    const pipe = vscode.Uri.joinPath(folder, 'pipe.annalist.json');
    execFileSync('mkfifo', [pipe.fsPath]);
    const notes = await writeWorkspaceFile('limits.annalist.yaml', NOTES_YAML);

    let longestGap = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    try {
      await vscode.workspace.getConfiguration(undefined, root).update(CorpusSettings.paths, ['limits/pipe.annalist.json'], vscode.ConfigurationTarget.Workspace);
      const snapshot = await corpusWhere(
        (s) => s.index.themeById.has('limits-notes') && s.problems.length >= 2,
        'the notes loaded and the FIFO and the large file refused',
      );
      clearInterval(probe);
      const messages = snapshot.problems.map(({ uri, problem }) => `${vscode.workspace.asRelativePath(uri)}:${problem.line}: ${problem.message}`).sort();
      assert.deepEqual(messages, [
        'huge.annalist.json:1: is not read: it holds 60 MB, more than the 50 MB Annalist reads from one file; split it into smaller files',
        'limits/pipe.annalist.json:1: is not read: it is a named pipe (FIFO), device or socket, not a regular file, and Annalist reads only regular files; name the file itself, or copy the text into one',
      ]);
      assert.ok(snapshot.index.passageById.has('kosygin-foreign-patents'), 'the bundled corpus still loads');
      assert.equal(snapshot.errorCount, 2);
      const [diagnostic] = await annalistDiagnostics(huge);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diagnostic.message, /^is not read: it holds 60 MB, more than the 50 MB/);
      assert.match(describeLoad(snapshot).join('\n'), /pipe\.annalist\.json:1:1: error: is not read: it is a named pipe \(FIFO\)/);
      assert.ok(longestGap < 1000, `the extension host was held for ${longestGap.toFixed(0)} ms at once`);
      // The reload command goes through the same checks and returns.
      await vscode.commands.executeCommand(Commands.reloadCorpus);
      assert.equal((await (await annalist()).corpus()).errorCount, 2);
    } finally {
      clearInterval(probe);
      await vscode.workspace.getConfiguration(undefined, root).update(CorpusSettings.paths, undefined, vscode.ConfigurationTarget.Workspace);
      await deleteWorkspaceFiles(huge, notes);
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
    await annalistDiagnostics(huge, true);
    await bundledCorpusOnly();
  });
});
