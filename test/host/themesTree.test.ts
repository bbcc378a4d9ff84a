import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annalist } from './helpers';

describe('the Themes view', () => {
  it('shows the top-level themes as roots, in corpus order', async () => {
    const api = await annalist();
    const { index } = await api.corpus();
    const roots = await api.themesTree.getChildren();
    const labels = roots.map((node) => api.themesTree.getTreeItem(node).label);
    const expected = index.corpus.themes.filter((t) => t.parent === undefined).map((t) => t.label);
    assert.deepEqual(labels, expected);
  });

  it('lists subthemes and then passages under a theme, with their passage counts', async () => {
    const api = await annalist();
    const roots = await api.themesTree.getChildren();
    const expertise = roots.find((node) => node.kind === 'theme' && node.theme.id === 'soviet-expertise');
    assert.ok(expertise, 'the soviet-expertise theme is a root');
    const item = api.themesTree.getTreeItem(expertise);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal(item.contextValue, 'theme');
    const children = await api.themesTree.getChildren(expertise);
    const kinds = children.map((c) => c.kind);
    assert.deepEqual(kinds.slice(0, 2), ['theme', 'theme'], 'subthemes come first');
    const passages = children.filter((c) => c.kind === 'passage');
    assert.ok(passages.some((c) => c.kind === 'passage' && c.passage.id === 'dependency-on-soviet-expertise'));
    const all = new Set<string>();
    for (const child of children) {
      if (child.kind === 'passage') all.add(child.passage.id);
      else for (const leaf of await api.themesTree.getChildren(child)) if (leaf.kind === 'passage') all.add(leaf.passage.id);
    }
    assert.equal(item.description, String(all.size));
  });

  it('shows a passage with its words, its speaker and a tooltip holding the quotation', async () => {
    const api = await annalist();
    const roots = await api.themesTree.getChildren();
    const nationalism = roots.find((node) => node.kind === 'theme' && node.theme.id === 'nationalism-sino-soviet');
    assert.ok(nationalism);
    const kosygin = (await api.themesTree.getChildren(nationalism)).find(
      (c) => c.kind === 'passage' && c.passage.id === 'kosygin-foreign-patents',
    );
    assert.ok(kosygin);
    const item = api.themesTree.getTreeItem(kosygin);
    assert.equal(item.contextValue, 'passage');
    assert.equal(item.description, 'Alexei Kosygin');
    assert.match(String(item.label), /^should not have wasted time/);
    const resolved = await api.themesTree.resolveTreeItem(item, kosygin);
    const tooltip = resolved.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.equal(tooltip.isTrusted, false);
    assert.match(tooltip.value, /foreign patents would have been more economical/);
    assert.match(tooltip.value, /Alexei Kosygin/);
  });
});
