import * as vscode from 'vscode';
import { Commands, StatusBarItems } from '../ids';
import type { CorpusSnapshot, CorpusStore } from './corpusStore';

/** What the status bar item shows for a snapshot. */
export interface CorpusStatus {
  text: string;
  tooltip: string;
  /** The Problems panel when there are problems, the Annalist log otherwise. */
  command: string;
}

/**
 * A status bar item with the number of passages loaded and, when there are any, of errors and
 * warnings: the first place to look when no suggestion appears. Clicking it opens the
 * Problems panel, or the Annalist log when there is no problem.
 */
export function registerCorpusStatusBar(store: CorpusStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(StatusBarItems.corpus, vscode.StatusBarAlignment.Left, 10);
  item.name = 'Annalist Corpus';
  item.text = '$(loading~spin) Annalist';
  item.tooltip = 'Loading the Annalist corpus…';
  item.show();
  const update = (snapshot: CorpusSnapshot) => {
    const status = corpusStatus(snapshot);
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.command = status.command;
  };
  void store.ready().then(update);
  return vscode.Disposable.from(item, store.onDidChange(update));
}

/** The text, tooltip and command of the status bar item for a snapshot. */
export function corpusStatus(snapshot: CorpusSnapshot): CorpusStatus {
  const { passages, sources, themes } = snapshot.index.corpus;
  const { errorCount: errors, warningCount: warnings } = snapshot;
  let text = `$(book) ${passages.length}`;
  if (errors > 0) text += ` $(error) ${errors}`;
  if (warnings > 0) text += ` $(warning) ${warnings}`;
  const files = snapshot.files.length;
  const lines = [
    `Annalist corpus: ${plural(passages.length, 'passage')}, ${plural(sources.length, 'source')}, ${plural(themes.length, 'theme')} from ${plural(files, 'file')}`,
  ];
  if (errors + warnings > 0) lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}: click to see them in the Problems panel`);
  else lines.push('No problems. Click for the log of the last load.');
  return { text, tooltip: lines.join('\n'), command: errors + warnings > 0 ? 'workbench.actions.view.problems' : Commands.showCorpusLog };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
