import * as vscode from 'vscode';
import type { CorpusIndex, Passage } from '../../core/model';
import { ContextKeys } from '../../ids';
import type { CorpusStore } from '../corpusStore';

/** What the passage views show: the corpus, and the passages the filter lets through. */
export interface FilteredPassages {
  index: CorpusIndex;
  /** In corpus order; every passage when no filter is active. */
  passages: readonly Passage[];
  /** The active query, or undefined. */
  query: string | undefined;
  /** Counts the filters applied; tree rows carry it so that filtered groups open expanded. */
  generation: number;
}

/**
 * The one filter all passage views share. A query goes through the same search as the quick
 * pick (typos, phrases, `theme:`, `person:`, `source:`, `year:`), and the views show the
 * passages it finds, in corpus order. Sets the `annalist.filterActive` context key.
 */
export class PassageFilter implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the query or the corpus changes. */
  readonly onDidChange = this.changed.event;
  private current: string | undefined;
  private generation = 0;
  private cached: { index: CorpusIndex; query: string | undefined; result: Promise<FilteredPassages> } | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: CorpusStore) {
    this.subscription = vscode.Disposable.from(
      store.onDidChange(() => this.changed.fire()),
      store.onDidReadBundled(() => this.changed.fire()),
    );
    void setActive(false);
  }

  /** The active query, or undefined when the views show every passage. */
  get query(): string | undefined {
    return this.current;
  }

  /** Narrows the views to `query`; an empty or blank query clears the filter. */
  async set(query: string | undefined): Promise<void> {
    const next = query?.trim() || undefined;
    if (next === this.current) return;
    this.current = next;
    if (next !== undefined) this.generation++;
    await setActive(next !== undefined);
    this.changed.fire();
  }

  /** The passages to show now, computed once per corpus and query. */
  async passages(): Promise<FilteredPassages> {
    const snapshot = await this.store.usable();
    const { index } = snapshot;
    const query = this.current;
    if (this.cached?.index !== index || this.cached.query !== query) {
      const generation = this.generation;
      const compute = async (): Promise<FilteredPassages> => {
        const all = index.corpus.passages;
        if (query === undefined) return { index, passages: all, query, generation };
        const found = new Set(snapshot.search.search(query, all.length).map((hit) => hit.passage.id));
        return { index, passages: all.filter((p) => found.has(p.id)), query, generation };
      };
      this.cached = { index, query, result: compute() };
    }
    return this.cached.result;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * Registers Filter Passages… (which takes its query as an argument, or asks for it) and Clear
 * Filter. Both resolve, once `settled()` has, to the query now active.
 */
export function registerFilterCommands(
  filter: PassageFilter,
  commands: { filter: string; clear: string },
  settled: () => Promise<void>,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(commands.filter, async (query?: unknown) => {
      const value = typeof query === 'string' ? query : await askForQuery(filter.query);
      if (value !== undefined) await filter.set(value);
      await settled();
      return filter.query;
    }),
    vscode.commands.registerCommand(commands.clear, async () => {
      await filter.set(undefined);
      await settled();
      return filter.query;
    }),
  );
}

function askForQuery(current: string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Annalist: Filter Passages',
    value: current ?? '',
    placeHolder: 'kosygin patents, "foreign patents", theme:collectivization, person:kim, year:1954-1961',
    prompt: 'Show only the passages the search finds; typos are forgiven. Leave empty to show every passage.',
  });
}

async function setActive(active: boolean): Promise<void> {
  await vscode.commands.executeCommand('setContext', ContextKeys.filterActive, active);
}
