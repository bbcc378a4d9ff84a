import * as vscode from 'vscode';
import { snippet } from '../../core/describePassage';
import type { CorpusIndex, Passage } from '../../core/model';
import { groupPassages, type Grouping, type PassageGroup } from '../../core/passageGroups';
import { TreeItemKinds } from '../../ids';
import { passageMarkdown } from '../passageMarkdown';
import type { FilteredPassages } from './passageFilter';

/** A group row: a theme, a source, a person or a year. */
export interface GroupNode {
  kind: 'group';
  /** The tree item id, unique within the view. */
  id: string;
  group: PassageGroup;
  parent: GroupNode | undefined;
  /** True while a filter narrows the view: the row then opens expanded. */
  filtered: boolean;
}

/** A passage row under a group. `passage` is what the insert commands read from a row. */
export interface PassageNode {
  kind: 'passage';
  id: string;
  passage: Passage;
  parent: GroupNode;
}

/** The one row a view shows until the corpus has loaded for the first time. */
export interface LoadingNode {
  kind: 'loading';
  id: string;
  parent: undefined;
}

/** A row of a passage view. */
export type PassageTreeNode = GroupNode | PassageNode | LoadingNode;

const LOADING: LoadingNode = { kind: 'loading', id: 'loading', parent: undefined };

/** What tells the four views apart: the grouping and how a group row looks. */
export interface PassageViewSpec {
  viewId: string;
  grouping: Grouping;
  groupIcon(group: PassageGroup): vscode.ThemeIcon;
  /** The tooltip of a group row, computed when the pointer rests on it (it may follow settings). */
  groupTooltip(group: PassageGroup, index: CorpusIndex): string | vscode.MarkdownString | undefined;
}

interface BuiltTree {
  content: FilteredPassages;
  roots: GroupNode[];
  children: Map<GroupNode, PassageTreeNode[]>;
}

/**
 * One passage view: groups from `spec.grouping`, each with its subgroups and then its
 * passages. Passage rows look the same in every view and carry the `passage` context value,
 * so the inline actions work on them. With a filter active, groups open expanded. Until the
 * corpus has first loaded (`loaded()` is false) the view shows one "Loading corpus…" row at
 * once rather than waiting, and is refreshed when the corpus arrives.
 */
export class PassageTreeProvider implements vscode.TreeDataProvider<PassageTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private tree: Promise<BuiltTree> | undefined;
  private firstRows: number | undefined;

  constructor(
    readonly spec: PassageViewSpec,
    private readonly content: () => Promise<FilteredPassages>,
    private readonly loaded: () => boolean = () => true,
  ) {}

  /** When the view first got its passage rows, as `performance.now()`: the startup figure. */
  get firstRowsAt(): number | undefined {
    return this.firstRows;
  }

  /** Forgets the rows and redraws the view (after a new corpus or filter). */
  refresh(): void {
    this.tree = undefined;
    this.changed.fire();
  }

  async getChildren(node?: PassageTreeNode): Promise<PassageTreeNode[]> {
    if (node?.kind === 'loading') return [];
    if (!node && !this.loaded()) return [LOADING];
    const tree = await this.built();
    if (!node) {
      this.firstRows ??= performance.now();
      return tree.roots;
    }
    return node.kind === 'group' ? (tree.children.get(node) ?? []) : [];
  }

  getParent(node: PassageTreeNode): PassageTreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: PassageTreeNode): vscode.TreeItem {
    if (node.kind === 'loading') return loadingItem();
    return node.kind === 'group' ? this.groupItem(node) : passageItem(node);
  }

  /** Adds the tooltip when the pointer rests on a row: the passage, or the group's own. */
  async resolveTreeItem(item: vscode.TreeItem, node: PassageTreeNode): Promise<vscode.TreeItem> {
    if (node.kind === 'loading') return item;
    const { index } = (await this.built()).content;
    if (node.kind === 'passage') item.tooltip = passageMarkdown(node.passage, index);
    else item.tooltip = this.spec.groupTooltip(node.group, index);
    return item;
  }

  /**
   * The row of a passage: under the first group of `preferredGroups` (group keys) that holds
   * it directly, else its first row in the view's order. Undefined when the view does not
   * show it (for example, a filter hides it).
   */
  async findPassage(passageId: string, preferredGroups: readonly string[] = []): Promise<PassageNode | undefined> {
    const tree = await this.built();
    const rows: PassageNode[] = [];
    const visit = (nodes: readonly PassageTreeNode[]) => {
      for (const node of nodes) {
        if (node.kind === 'passage') {
          if (node.passage.id === passageId) rows.push(node);
        } else if (node.kind === 'group') visit(tree.children.get(node) ?? []);
      }
    };
    visit(tree.roots);
    for (const key of preferredGroups) {
      const row = rows.find((r) => r.parent.group.key === key);
      if (row) return row;
    }
    return rows[0];
  }

  private built(): Promise<BuiltTree> {
    this.tree ??= this.content().then((content) => buildTree(this.spec, content));
    return this.tree;
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const { group } = node;
    const state = node.filtered ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(group.label, state);
    item.id = node.id;
    item.description = String(group.count);
    item.iconPath = this.spec.groupIcon(group);
    if (group.subject.kind === 'theme') item.contextValue = TreeItemKinds.theme;
    item.accessibilityInformation = { label: `${group.label}, ${group.count} ${group.count === 1 ? 'passage' : 'passages'}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The row shown while the corpus loads. */
function loadingItem(): vscode.TreeItem {
  const item = new vscode.TreeItem('Loading corpus…', vscode.TreeItemCollapsibleState.None);
  item.id = LOADING.id;
  item.iconPath = new vscode.ThemeIcon('loading~spin');
  return item;
}

/** A passage row, alike in every view. */
function passageItem(node: PassageNode): vscode.TreeItem {
  const { passage } = node;
  const item = new vscode.TreeItem(snippet(passage.quote ?? passage.text, 70), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = passage.speaker ?? (passage.years.length > 0 ? String(passage.years[0]) : undefined);
  item.contextValue = TreeItemKinds.passage;
  item.iconPath = new vscode.ThemeIcon(passage.kind === 'paraphrase' ? 'note' : 'quote');
  item.accessibilityInformation = { label: `${passage.kind}: ${passage.text}` };
  return item;
}

/**
 * Builds every row once per corpus and filter. Ids are paths of group keys, so a passage that
 * shows under several groups has a row id per group; filtered rows carry the filter's
 * generation, so VS Code opens them expanded instead of restoring an older collapsed state.
 */
function buildTree(spec: PassageViewSpec, content: FilteredPassages): BuiltTree {
  const children = new Map<GroupNode, PassageTreeNode[]>();
  const filtered = content.query !== undefined;
  const prefix = filtered ? `filtered${content.generation}/` : '';
  const groupNode = (group: PassageGroup, parent: GroupNode | undefined): GroupNode => {
    const id = parent ? `${parent.id}/${group.key}` : `${prefix}${group.key}`;
    const node: GroupNode = { kind: 'group', id, group, parent, filtered };
    const subgroups = group.subgroups.map((sub) => groupNode(sub, node));
    const passages = group.passages.map((passage): PassageNode => ({ kind: 'passage', id: `${node.id}/passage:${passage.id}`, passage, parent: node }));
    children.set(node, [...subgroups, ...passages]);
    return node;
  };
  const roots = groupPassages(spec.grouping, content.index, content.passages).map((group) => groupNode(group, undefined));
  return { content, roots, children };
}
