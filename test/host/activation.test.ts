import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnalistApi } from '../../src/api';
import { PassageTreeProvider } from '../../src/editor/views/passageTree';
import { PASSAGE_VIEW_SPECS } from '../../src/editor/views/viewSpecs';
import { Commands, EXTENSION_ID, Views } from '../../src/ids';
import { annalist, waitFor } from './helpers';

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

  it('shows the bundled corpus in the views soon after activation', async function () {
    const extension = vscode.extensions.getExtension<AnnalistApi>(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    const api = await extension.activate();
    const roots = await waitFor(async () => {
      const rows = await api.views.rows(Views.themes);
      return rows.some((row) => row.node.kind === 'group') ? rows : undefined;
    }, 'the Themes view\'s theme rows');
    assert.ok(roots.some((row) => row.label === 'Relations with the socialist bloc'), 'a bundled theme is a row');
    assert.ok(!roots.some((row) => row.node.kind === 'loading'), 'no "Loading corpus…" row once the corpus is there');
    // Figures for the report, not timed assertions, counted from the start of activate(): the
    // corpus usable by the views (the bundled corpus read); the first rows the Themes view
    // returned, which waits for whoever first asks (the open view, or this test); the end of
    // the first load, the workspace's corpus files included.
    const snapshot = await api.corpus();
    const since = (at: number | undefined) => (at === undefined ? '?' : `${(at - api.activationStartedAt).toFixed(0)} ms`);
    const figures = [
      `corpus usable ${since(api.corpusUsableAt())}`,
      `first Themes rows ${since(api.views.provider(Views.themes).firstRowsAt)}`,
      snapshot.generation === 1 ? `first load with the workspace's files ${since(snapshot.loadedAt)}` : undefined,
    ].filter((figure) => figure !== undefined);
    if (this.test) this.test.title += ` (after activate() began: ${figures.join(', ')})`;
  });

  it('shows one "Loading corpus…" row at once while the corpus loads', async () => {
    const spec = PASSAGE_VIEW_SPECS.find((s) => s.viewId === Views.themes);
    assert.ok(spec);
    const neverLoaded = new PassageTreeProvider(spec, () => new Promise(() => undefined), () => false);
    const rows = await neverLoaded.getChildren();
    assert.equal(rows.length, 1);
    const item = neverLoaded.getTreeItem(rows[0]);
    assert.equal(item.label, 'Loading corpus…');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.deepEqual(await neverLoaded.getChildren(rows[0]), []);
    neverLoaded.dispose();
  });

  it('loads the bundled corpus without problems', async () => {
    const snapshot = await (await annalist()).corpus();
    assert.deepEqual(snapshot.problems.map((p) => p.problem.message), []);
    assert.equal(snapshot.index.corpus.sources.length, 2);
    assert.ok(snapshot.index.corpus.passages.length >= 25);
  });
});
