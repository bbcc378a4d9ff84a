import * as vscode from 'vscode';
import { snippet } from '../core/describePassage';
import type { CorpusIndex, Passage, Theme } from '../core/model';
import { TreeItemKinds, Views } from '../ids';
import type { CorpusStore } from './corpusStore';
import { passageMarkdown } from './passageMarkdown';

/** A row of the Themes tree: a theme, or a passage under one of its themes. */
export type ThemesTreeNode =
  | { kind: 'theme'; theme: Theme }
  | { kind: 'passage'; passage: Passage; theme: Theme };

/** The data behind the Themes view: themes as a hierarchy, each with its passages. */
export class ThemesTreeProvider implements vscode.TreeDataProvider<ThemesTreeNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private index: CorpusIndex | undefined;

  constructor(private readonly store: CorpusStore) {}

  /** Takes a newly loaded corpus and redraws the tree. */
  refresh(index: CorpusIndex): void {
    this.index = index;
    this.changed.fire();
  }

  async getChildren(node?: ThemesTreeNode): Promise<ThemesTreeNode[]> {
    const index = this.index ?? (this.index = (await this.store.ready()).index);
    const { themes, passages } = index.corpus;
    if (!node) {
      return themes.filter((t) => t.parent === undefined || !index.themeById.has(t.parent)).map(themeNode);
    }
    if (node.kind === 'passage') return [];
    const subthemes = themes.filter((t) => t.parent === node.theme.id).map(themeNode);
    const own = passages
      .filter((p) => p.themes.includes(node.theme.id))
      .map((passage): ThemesTreeNode => ({ kind: 'passage', passage, theme: node.theme }));
    return [...subthemes, ...own];
  }

  getTreeItem(node: ThemesTreeNode): vscode.TreeItem {
    if (node.kind === 'theme') {
      const item = new vscode.TreeItem(node.theme.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `theme:${node.theme.id}`;
      item.description = `${this.countPassages(node.theme.id)}`;
      item.tooltip = node.theme.description;
      item.contextValue = TreeItemKinds.theme;
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      return item;
    }
    const { passage } = node;
    const item = new vscode.TreeItem(snippet(passage.quote ?? passage.text, 70), vscode.TreeItemCollapsibleState.None);
    item.id = `passage:${node.theme.id}:${passage.id}`;
    item.description = passage.speaker ?? (passage.years.length > 0 ? String(passage.years[0]) : undefined);
    item.contextValue = TreeItemKinds.passage;
    item.iconPath = new vscode.ThemeIcon(passage.kind === 'paraphrase' ? 'note' : 'quote');
    item.accessibilityInformation = { label: `${passage.kind}: ${passage.text}` };
    return item;
  }

  /** The quotation, its attribution and its themes, shown when the pointer rests on a passage. */
  async resolveTreeItem(item: vscode.TreeItem, node: ThemesTreeNode): Promise<vscode.TreeItem> {
    if (node.kind === 'passage' && this.index) item.tooltip = passageMarkdown(node.passage, this.index);
    return item;
  }

  private countPassages(themeId: string): number {
    const index = this.index;
    if (!index) return 0;
    const ids = new Set([themeId]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const theme of index.corpus.themes) {
        if (theme.parent && ids.has(theme.parent) && !ids.has(theme.id)) {
          ids.add(theme.id);
          grown = true;
        }
      }
    }
    return index.corpus.passages.filter((p) => p.themes.some((t) => ids.has(t))).length;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function themeNode(theme: Theme): ThemesTreeNode {
  return { kind: 'theme', theme };
}

/** Registers the Themes view; `provider` lets tests read the rows the view shows. */
export function registerThemesTree(store: CorpusStore): vscode.Disposable & { readonly provider: ThemesTreeProvider } {
  const provider = new ThemesTreeProvider(store);
  const view = vscode.window.createTreeView(Views.themes, { treeDataProvider: provider, showCollapseAll: true });
  const disposable = vscode.Disposable.from(view, provider, store.onDidChange((snapshot) => provider.refresh(snapshot.index)));
  return Object.assign(disposable, { provider });
}
