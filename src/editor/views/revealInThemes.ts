import * as vscode from 'vscode';
import type { Passage } from '../../core/model';
import type { PassageFilter } from './passageFilter';
import type { PassageTreeNode, PassageTreeProvider } from './passageTree';
import { messageText } from '../../core/escape/messageText';

/** What Reveal in Themes may be given: a row of a passage view, a passage, or a passage id. */
export type RevealArgument = PassageTreeNode | { passage: Passage } | { passageId: string } | undefined;

/**
 * Registers Reveal in Themes: selects a passage's row in the Themes view, under the first of
 * its own themes. When the filter hides the passage, the filter is cleared first. Resolves to
 * whether a row was revealed.
 */
export function registerRevealInThemes(
  command: string,
  themes: { provider: PassageTreeProvider; view: vscode.TreeView<PassageTreeNode> },
  filter: PassageFilter,
): vscode.Disposable {
  return vscode.commands.registerCommand(command, async (arg?: RevealArgument) => {
    const passageId = arg && 'passage' in arg ? arg.passage.id : arg && 'passageId' in arg ? arg.passageId : undefined;
    if (passageId === undefined) {
      void vscode.window.showInformationMessage('Annalist: choose a passage in the Sources, People or Timeline view to reveal it in Themes.');
      return false;
    }
    const { index } = await filter.passages();
    const themeKeys = (index.passageById.get(passageId)?.themes ?? []).map((theme) => `theme:${theme}`);
    let row = await themes.provider.findPassage(passageId, themeKeys);
    if (!row && filter.query !== undefined) {
      await filter.set(undefined);
      vscode.window.setStatusBarMessage('Annalist: filter cleared to reveal the passage', 3000);
      row = await themes.provider.findPassage(passageId, themeKeys);
    }
    if (!row) {
      void vscode.window.showInformationMessage(`Annalist: no theme holds the passage "${messageText(passageId)}".`);
      return false;
    }
    await themes.view.reveal(row, { select: true, focus: true });
    return true;
  });
}
