import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID } from '../../src/ids';
import { annalist } from './helpers';

describe('activation', () => {
  it('activates quickly and registers every command', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    const wasActive = extension.isActive;
    const started = performance.now();
    await extension.activate();
    const elapsed = performance.now() - started;
    console.log(`activate(): ${wasActive ? 'already active' : `${elapsed.toFixed(1)} ms`}`);
    const commands = await vscode.commands.getCommands(true);
    for (const id of Object.values(Commands)) assert.ok(commands.includes(id), `${id} is registered`);
  });

  it('loads the bundled corpus without problems', async () => {
    const snapshot = await (await annalist()).corpus();
    assert.deepEqual(snapshot.problems.map((p) => p.problem.message), []);
    assert.equal(snapshot.index.corpus.sources.length, 2);
    assert.ok(snapshot.index.corpus.passages.length >= 25);
  });
});
