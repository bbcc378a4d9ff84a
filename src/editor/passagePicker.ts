import * as vscode from 'vscode';
import { snippet, sourceLabel, themeLabels } from '../core/describePassage';
import type { Passage } from '../core/model';
import type { CorpusSnapshot } from './corpusStore';
import { labelText } from '../core/escape/codicons';

/** A quick pick row for one passage. */
export interface PassagePickItem extends vscode.QuickPickItem {
  passage: Passage;
}

const SHOWN = 50;

/**
 * The rows for a query, in the search's ranking. The label holds only an icon, so VS Code's
 * own label matching never re-sorts the rows (microsoft/vscode#90521): the order on screen
 * is the ranking. The words appear in the description, the source and themes in the detail.
 */
export function passagePickItems(snapshot: CorpusSnapshot, query: string): PassagePickItem[] {
  const { index } = snapshot;
  return snapshot.search.search(query, SHOWN).map(({ passage }) => {
    const source = index.sourceById.get(passage.original ?? passage.source) ?? index.sourceById.get(passage.source);
    const who = passage.speaker ? `${passage.speaker} \u00b7 ` : '';
    return {
      label: passage.kind === 'paraphrase' ? '$(note)' : '$(quote)',
      description: labelText(snippet(passage.quote ?? passage.text, 110)),
      detail: labelText(`${who}${source ? sourceLabel(source) : passage.source} \u00b7 ${themeLabels(passage, index).join(', ')}`),
      alwaysShow: true,
      passage,
    };
  });
}

/** Options for the picker; `query` prefills the filter (used by links and tests). */
export interface PickPassageOptions {
  title: string;
  query?: string;
}

/** Lets a person find a passage by typing; resolves to the one accepted, or undefined. */
export async function pickPassage(snapshot: CorpusSnapshot, options: PickPassageOptions): Promise<Passage | undefined> {
  const pick = vscode.window.createQuickPick<PassagePickItem>();
  pick.title = options.title;
  pick.placeholder = 'Search passages: words, people, places, themes, years (typos are fine)';
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const show = (query: string) => {
    pick.items = passagePickItems(snapshot, query);
  };
  pick.value = options.query ?? '';
  show(pick.value);
  return new Promise<Passage | undefined>((resolve) => {
    const disposables: vscode.Disposable[] = [
      pick.onDidChangeValue(show),
      pick.onDidAccept(() => {
        resolve(pick.selectedItems[0]?.passage ?? pick.activeItems[0]?.passage);
        pick.hide();
      }),
      pick.onDidHide(() => {
        resolve(undefined);
        disposables.forEach((d) => d.dispose());
        pick.dispose();
      }),
    ];
    pick.show();
  });
}
