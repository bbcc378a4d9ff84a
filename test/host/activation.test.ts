import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnalistApi } from '../../src/api';
import { Commands, EXTENSION_ID } from '../../src/ids';
import { annalist } from './helpers';

describe('activation', () => {
  it('activates quickly and registers every command', async function () {
    const extension = vscode.extensions.getExtension<AnnalistApi>(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    const api = await extension.activate();
    // The time shows in the test's title in the report: it is a figure, not a timed assertion.
    if (this.test) this.test.title += ` (activate() took ${api.activationMs.toFixed(1)} ms)`;
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
