import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Views } from '../../src/ids';
import { annalist } from './helpers';

describe('the Themes view', () => {
  it('shows the top-level themes as roots, in corpus order, with their passage counts', async () => {
    const api = await annalist();
    const rows = await api.views.rows(Views.themes);
    assert.deepEqual(
      rows.map((r) => `${r.label} (${r.description})`),
      [
        "Szalontai's thesis and sources (2)",
        'Backwardness and dependence on Soviet expertise (5)',
        'Relations with the socialist bloc (3)',
        'Economic policy disputes with Moscow (7)',
        'Inter-Korean relations (7)',
        'The 1956 Hungarian Revolution (6)',
        'Nationalism and the Sino-Soviet contrast (6)',
      ],
    );
    assert.ok(rows.every((r) => r.contextValue === 'theme' && r.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed));
    assert.strictEqual(api.themesTree, api.views.provider(Views.themes), 'themesTree is the Themes view');
  });

  it('lists subthemes and then passages under a theme; its count holds the subthemes\u2019 passages', async () => {
    const api = await annalist();
    const expertise = (await api.views.rows(Views.themes)).find((r) => r.id === 'theme:soviet-expertise');
    assert.ok(expertise, 'the soviet-expertise theme is a root');
    const children = await api.views.rows(Views.themes, expertise.node);
    assert.deepEqual(
      children.map((c) => `${c.contextValue}: ${c.label} (${c.description})`),
      [
        'theme: Film and culture (1)',
        'theme: Books and education (2)',
        'passage: necessitated an inordinate dependency on Soviet expertise. (Balázs Szalontai)',
        'passage: For instance, the limited financial resources of the North Korean\u2026 (undefined)',
      ],
    );
    const all = new Set<string>();
    for (const child of children) {
      if (child.node.kind === 'passage') all.add(child.node.passage.id);
      else for (const leaf of await api.views.rows(Views.themes, child.node)) if (leaf.node.kind === 'passage') all.add(leaf.node.passage.id);
    }
    assert.equal(expertise.description, String(all.size));
  });

  it('shows a passage with its words, its speaker and a tooltip holding the quotation', async () => {
    const api = await annalist();
    const provider = api.views.provider(Views.themes);
    const nationalism = (await api.views.rows(Views.themes)).find((r) => r.id === 'theme:nationalism-sino-soviet');
    assert.ok(nationalism);
    const kosygin = (await api.views.rows(Views.themes, nationalism.node)).find(
      (c) => c.node.kind === 'passage' && c.node.passage.id === 'kosygin-foreign-patents',
    );
    assert.ok(kosygin);
    assert.equal(kosygin.id, 'theme:nationalism-sino-soviet/passage:kosygin-foreign-patents');
    assert.equal(kosygin.contextValue, 'passage');
    assert.equal(kosygin.description, 'Alexei Kosygin');
    assert.equal(kosygin.label, 'should not have wasted time trying to invent everything themselves\u2026');
    const item = provider.getTreeItem(kosygin.node);
    assert.deepEqual(item.iconPath, new vscode.ThemeIcon('quote'));
    assert.equal(item.tooltip, undefined, 'the tooltip is resolved when the pointer rests on the row');
    const resolved = await provider.resolveTreeItem(item, kosygin.node);
    const tooltip = resolved.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.equal(tooltip.isTrusted, false);
    const shown = tooltip.value.replace(/&nbsp;/g, ' ');
    assert.match(shown, /foreign patents would have been more economical/);
    assert.match(shown, /Alexei Kosygin \u2192 Szalontai 2003/);
  });

  it('gives the parent of every row, so that rows can be revealed', async () => {
    const api = await annalist();
    const provider = api.views.provider(Views.themes);
    const economy = (await api.views.rows(Views.themes)).find((r) => r.id === 'theme:economic-policy-disputes');
    assert.ok(economy);
    const patents = (await api.views.rows(Views.themes, economy.node)).find((r) => r.id === 'theme:economic-policy-disputes/theme:foreign-patents');
    assert.ok(patents, 'Self-reliance and foreign patents is under Economic policy disputes');
    const [row] = await api.views.rows(Views.themes, patents.node);
    assert.equal(row.id, 'theme:economic-policy-disputes/theme:foreign-patents/passage:kosygin-foreign-patents');
    assert.strictEqual(provider.getParent(row.node), patents.node);
    assert.strictEqual(provider.getParent(patents.node), economy.node);
    assert.equal(provider.getParent(economy.node), undefined);
  });
});
