import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnalistApi } from '../../src/api';
import { Commands, Views } from '../../src/ids';
import { annalist, closeAllEditors, waitFor } from './helpers';

const PASSAGE_VIEWS = [Views.themes, Views.sources, Views.people, Views.timeline];

/** The rows of a view as `label (description)`. */
async function outline(api: AnnalistApi, viewId: string, parentId?: string): Promise<string[]> {
  const parent = parentId === undefined ? undefined : (await api.views.rows(viewId)).find((r) => r.id === parentId);
  if (parentId !== undefined) assert.ok(parent, `${viewId} has a row ${parentId}`);
  return (await api.views.rows(viewId, parent?.node)).map((r) => (r.description === undefined ? r.label : `${r.label} (${r.description})`));
}

/** The ids of the passages under a group row. */
async function passageIds(api: AnnalistApi, viewId: string, parentId: string): Promise<string[]> {
  const parent = (await api.views.rows(viewId)).find((r) => r.id === parentId);
  assert.ok(parent, `${viewId} has a row ${parentId}`);
  return (await api.views.rows(viewId, parent.node)).flatMap((r) => (r.node.kind === 'passage' ? [r.node.passage.id] : []));
}

describe('the Sources, People and Timeline views', () => {
  it('Sources lists each work with the passages cited as it, by label, with counts', async () => {
    const api = await annalist();
    assert.deepEqual(await outline(api, Views.sources), ['\u201cNorth Korea and the Soviets 1953-1964\u201d 2007 (22)', 'Szalontai 2003 (8)']);
    assert.deepEqual(await outline(api, Views.sources, 'source:szalontai-2003-no-political-line'), [
      'necessitated an inordinate dependency on Soviet expertise. (Balázs Szalontai)',
      'To be sure, the disinterest often proved mutual, since the DPRK had\u2026 (Balázs Szalontai)',
      'a living hell. (the Soviets)',
      'Under the circumstances, the Soviets thought, Pyongyang should not\u2026 (Balázs Szalontai)',
      'your country is rich, you can afford that. (the North Koreans)',
      'should not have wasted time trying to invent everything themselves\u2026 (Alexei Kosygin)',
      'the Chinese leaders must learn from the Korean leaders (Deng Xiaoping)',
      'a mighty people of 30 million. (Deng Xiaoping)',
    ]);
    const blog = await passageIds(api, Views.sources, 'source:msiow-2007-north-korea-soviets');
    assert.equal(blog.length, 22);
    assert.deepEqual(blog.slice(0, 3), ['szalontai-isolationism-roots', 'unpaid-security-organs', 'szalontai-article-reference']);
  });

  it('Sources shows a work\u2019s bibliography entry in the current style as its tooltip', async () => {
    const api = await annalist();
    const provider = api.views.provider(Views.sources);
    const [, szalontai] = await api.views.rows(Views.sources);
    const item = await provider.resolveTreeItem(provider.getTreeItem(szalontai.node), szalontai.node);
    assert.equal(
      item.tooltip,
      'Szalontai, Balázs. \u201c\u2018You Have No Political Line of Your Own\u2019: Kim Il Sung and the Soviets, 1953-1964.\u201d ' +
        'Cold War International History Project Bulletin, no. 14/15 (Winter 2003\u2013Spring 2004).',
    );
    assert.deepEqual(provider.getTreeItem(szalontai.node).iconPath, new vscode.ThemeIcon('book'));
  });

  it('People lists who is mentioned or quoted, by family name, with their passages', async () => {
    const api = await annalist();
    assert.deepEqual(await outline(api, Views.people), [
      'Deng Xiaoping (3)',
      'Kim Il Sung (3)',
      'Alexei Kosygin (2)',
      'the North Koreans (1)',
      'the Soviets (1)',
      'Balázs Szalontai (7)',
    ]);
    assert.deepEqual(await outline(api, Views.people, 'person:Alexei Kosygin'), [
      'For instance, Soviet Premier Alexei Kosygin visited North Korea in\u2026 (1961)',
      'should not have wasted time trying to invent everything themselves\u2026 (Alexei Kosygin)',
    ]);
    assert.deepEqual(await passageIds(api, Views.people, 'person:Kim Il Sung'), [
      'overtake-the-south',
      'kim-took-threat-seriously-1956',
      'kosygin-foreign-patents',
    ]);
  });

  it('Timeline lists years ascending, then the undated passages', async () => {
    const api = await annalist();
    assert.deepEqual(await outline(api, Views.timeline), ['1954 (2)', '1955 (1)', '1956 (7)', '1957 (1)', '1961 (2)', 'Undated (17)']);
    assert.deepEqual(await outline(api, Views.timeline, 'year:1954'), [
      'In 1954 its relations with Bulgaria and Albania were still at the\u2026 (1954)',
      'As early as November 1954, the Soviets questioned the advisability\u2026 (1954)',
    ]);
    const undated = await passageIds(api, Views.timeline, 'undated');
    assert.equal(undated.length, 17);
    assert.ok(undated.includes('deng-mighty-people') && !undated.includes('kosygin-visit-1961'));
  });

  it('draws passage rows alike in every view, with ids unique within each view', async () => {
    const api = await annalist();
    const looks = new Map<string, string>();
    for (const viewId of PASSAGE_VIEWS) {
      const ids = new Set<string>();
      const visit = async (parent?: Parameters<typeof api.views.rows>[1]) => {
        for (const row of await api.views.rows(viewId, parent)) {
          assert.ok(row.id && !ids.has(row.id), `${viewId}: the id ${row.id} is unique`);
          ids.add(row.id);
          if (row.node.kind === 'group') await visit(row.node);
          else if (row.node.kind === 'passage') {
            const item = api.views.provider(viewId).getTreeItem(row.node);
            const look = JSON.stringify([item.label, item.description, item.contextValue, item.iconPath, item.collapsibleState]);
            const seen = looks.get(row.node.passage.id);
            if (seen) assert.equal(look, seen, `${row.node.passage.id} looks the same in ${viewId}`);
            else looks.set(row.node.passage.id, look);
          }
        }
      };
      await visit();
    }
    const { index } = await api.corpus();
    assert.equal(looks.size, index.corpus.passages.length, 'every passage shows');
  });
});

describe('Filter Passages and Clear Filter', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand(Commands.clearFilter);
    await closeAllEditors();
  });

  it('narrows all four views to what the search finds, typos forgiven, and says so in each view', async () => {
    const api = await annalist();
    assert.equal(await vscode.commands.executeCommand(Commands.filterPassages, 'kosigin'), 'kosigin');
    assert.equal(api.views.filter, 'kosigin');
    assert.deepEqual(await outline(api, Views.timeline), ['1961 (2)']);
    assert.deepEqual(await outline(api, Views.people), ['Kim Il Sung (1)', 'Alexei Kosygin (2)']);
    assert.deepEqual(await outline(api, Views.sources), ['\u201cNorth Korea and the Soviets 1953-1964\u201d 2007 (1)', 'Szalontai 2003 (1)']);
    assert.deepEqual(await outline(api, Views.themes), ['Economic policy disputes with Moscow (2)', 'Nationalism and the Sino-Soviet contrast (2)']);
    for (const viewId of PASSAGE_VIEWS) {
      const view = api.views.treeView(viewId);
      assert.equal(view.description, 'Filter: kosigin', viewId);
      assert.equal(view.message, '2 passages match \u201ckosigin\u201d.', viewId);
    }
    const [year] = await api.views.rows(Views.timeline);
    assert.equal(year.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'filtered groups open expanded');
  });

  it('understands the search\u2019s filters, such as year: and theme:', async () => {
    const api = await annalist();
    await vscode.commands.executeCommand(Commands.filterPassages, 'year:1956');
    assert.deepEqual(await outline(api, Views.timeline), ['1956 (7)']);
    await vscode.commands.executeCommand(Commands.filterPassages, 'theme:collectivization');
    assert.deepEqual(await outline(api, Views.themes), ['Economic policy disputes with Moscow (1)', 'Inter-Korean relations (1)']);
    assert.deepEqual(await outline(api, Views.timeline), ['1954 (1)']);
  });

  it('shows no rows when nothing matches, and Clear Filter restores every row', async () => {
    const api = await annalist();
    await vscode.commands.executeCommand(Commands.filterPassages, 'zzzqqq');
    for (const viewId of PASSAGE_VIEWS) assert.deepEqual(await api.views.rows(viewId), [], viewId);
    assert.equal(api.views.treeView(Views.sources).message, undefined, 'the welcome content says that nothing matches');
    assert.equal(await vscode.commands.executeCommand(Commands.clearFilter), undefined);
    assert.equal(api.views.filter, undefined);
    assert.deepEqual(await outline(api, Views.timeline), ['1954 (2)', '1955 (1)', '1956 (7)', '1957 (1)', '1961 (2)', 'Undated (17)']);
    for (const viewId of PASSAGE_VIEWS) {
      assert.equal(api.views.treeView(viewId).description, undefined);
      assert.equal(api.views.treeView(viewId).message, undefined);
    }
    const [first] = await api.views.rows(Views.timeline);
    assert.equal(first.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('treats an empty query as no filter', async () => {
    const api = await annalist();
    await vscode.commands.executeCommand(Commands.filterPassages, 'kosygin');
    await vscode.commands.executeCommand(Commands.filterPassages, '   ');
    assert.equal(api.views.filter, undefined);
    assert.equal((await api.views.rows(Views.people)).length, 6);
  });

  it('asks for the query in an input box prefilled with the active filter', async () => {
    const api = await annalist();
    await vscode.commands.executeCommand(Commands.filterPassages, 'deng');
    const asked = vscode.commands.executeCommand<string | undefined>(Commands.filterPassages);
    // Give the input box time to open, then accept what it holds: the active query.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await asked, 'deng');
    assert.equal(api.views.filter, 'deng');
  });
});

describe('Reveal in Themes', () => {
  afterEach(() => vscode.commands.executeCommand(Commands.clearFilter));

  it('selects the passage of a Sources row in the Themes view, under its first theme', async () => {
    const api = await annalist();
    const szalontai = (await api.views.rows(Views.sources)).find((r) => r.id === 'source:szalontai-2003-no-political-line');
    assert.ok(szalontai);
    const row = (await api.views.rows(Views.sources, szalontai.node)).find(
      (r) => r.node.kind === 'passage' && r.node.passage.id === 'kosygin-foreign-patents',
    );
    assert.ok(row);
    assert.equal(await vscode.commands.executeCommand(Commands.revealInThemes, row.node), true);
    const themes = api.views.treeView(Views.themes);
    const selected = await waitFor(
      () => (themes.selection[0]?.id === 'theme:economic-policy-disputes/theme:foreign-patents/passage:kosygin-foreign-patents' ? themes.selection[0] : undefined),
      'the Kosygin row to be selected in Themes',
    );
    assert.equal(selected.kind === 'passage' && selected.passage.id, 'kosygin-foreign-patents');
    assert.equal(themes.visible, true, 'the Themes view is shown');
  });

  it('takes a passage id, and clears a filter that hides the passage', async () => {
    const api = await annalist();
    await vscode.commands.executeCommand(Commands.filterPassages, 'year:1956');
    assert.equal(await vscode.commands.executeCommand(Commands.revealInThemes, { passageId: 'deng-mighty-people' }), true);
    assert.equal(api.views.filter, undefined, 'the filter is cleared');
    const themes = api.views.treeView(Views.themes);
    await waitFor(
      () => (themes.selection[0]?.id === 'theme:nationalism-sino-soviet/passage:deng-mighty-people' ? true : undefined),
      'the Deng row to be selected in Themes',
    );
  });

  it('reveals nothing for an unknown passage', async () => {
    assert.equal(await vscode.commands.executeCommand(Commands.revealInThemes, { passageId: 'no-such-passage' }), false);
  });
});
