import * as vscode from 'vscode';
import { Commands, Views } from '../../ids';
import type { CorpusStore } from '../corpusStore';
import { PassageDragController } from './passageDrag';
import { PassageFilter, registerFilterCommands } from './passageFilter';
import { PassageTreeProvider, type PassageTreeNode } from './passageTree';
import { registerRevealInThemes } from './revealInThemes';
import { PASSAGE_VIEW_SPECS } from './viewSpecs';

export type { GroupNode, LoadingNode, PassageNode, PassageTreeNode } from './passageTree';
export { PassageTreeProvider } from './passageTree';

/** A row as a view shows it: what the in-host tests compare. */
export interface PassageViewRow {
  node: PassageTreeNode;
  id: string | undefined;
  label: string;
  description: string | undefined;
  contextValue: string | undefined;
  collapsibleState: vscode.TreeItemCollapsibleState | undefined;
}

/** The passage views as the API hands them out (see src/api.ts). */
export interface PassageViews {
  /** The data of a view: `annalist.themes`, `annalist.sources`, `annalist.people` or `annalist.timeline`. */
  provider(viewId: string): PassageTreeProvider;
  /** The view itself: its selection, description and message. */
  treeView(viewId: string): vscode.TreeView<PassageTreeNode>;
  /** The active filter query, or undefined. */
  readonly filter: string | undefined;
  /** The rows a view shows under `parent` (the roots without it). */
  rows(viewId: string, parent?: PassageTreeNode): Promise<PassageViewRow[]>;
}

/**
 * Registers the four passage views — Themes, Sources, People, Timeline — on one generic tree,
 * with the shared filter (Filter Passages…, Clear Filter), Reveal in Themes, and dragging
 * passages out of every view.
 */
export function registerPassageViews(store: CorpusStore): vscode.Disposable & { readonly api: PassageViews } {
  const filter = new PassageFilter(store);
  const views = PASSAGE_VIEW_SPECS.map((spec) => {
    const provider = new PassageTreeProvider(spec, () => filter.passages(), () => store.loaded !== undefined);
    const view = vscode.window.createTreeView(spec.viewId, {
      treeDataProvider: provider,
      showCollapseAll: true,
      dragAndDropController: new PassageDragController(spec.viewId, store),
    });
    return { spec, provider, view };
  });
  const byId = (viewId: string) => {
    const found = views.find((v) => v.spec.viewId === viewId);
    if (!found) throw new Error(`Annalist has no passage view "${viewId}"`);
    return found;
  };

  /** Says in each view's title and message what the filter shows. */
  const updateTitles = async () => {
    const { passages, query } = await filter.passages();
    for (const { view } of views) {
      view.description = query === undefined ? undefined : `Filter: ${query}`;
      view.message =
        query === undefined || passages.length === 0
          ? undefined
          : `${passages.length} ${passages.length === 1 ? 'passage matches' : 'passages match'} \u201c${query}\u201d.`;
    }
  };
  let titlesUpdated = Promise.resolve();
  const onFilterChange = filter.onDidChange(() => {
    for (const { provider } of views) provider.refresh();
    titlesUpdated = updateTitles();
  });

  const api: PassageViews = {
    provider: (viewId) => byId(viewId).provider,
    treeView: (viewId) => byId(viewId).view,
    get filter() {
      return filter.query;
    },
    rows: async (viewId, parent) => {
      const { provider } = byId(viewId);
      return (await provider.getChildren(parent)).map((node) => {
        const item = provider.getTreeItem(node);
        return {
          node,
          id: item.id,
          label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
          description: typeof item.description === 'string' ? item.description : undefined,
          contextValue: item.contextValue,
          collapsibleState: item.collapsibleState,
        };
      });
    },
  };

  const disposable = vscode.Disposable.from(
    filter,
    ...views.flatMap(({ provider, view }) => [view, provider]),
    onFilterChange,
    registerFilterCommands(filter, { filter: Commands.filterPassages, clear: Commands.clearFilter }, () => titlesUpdated),
    registerRevealInThemes(Commands.revealInThemes, { provider: byId(Views.themes).provider, view: byId(Views.themes).view }, filter),
  );
  return Object.assign(disposable, { api });
}
