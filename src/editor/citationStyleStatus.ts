import * as vscode from 'vscode';
import { STYLES, styleInfo, type StyleId } from '../core/citation/types';
import { Commands, Settings, StatusBarItems } from '../ids';
import { readCitationSettings } from './citationSettings';

/**
 * A status-bar item showing the citation style of the active document; clicking it (or
 * `Annalist: Choose Citation Style…`) switches the style.
 */
export function registerCitationStyleStatus(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(StatusBarItems.citationStyle, vscode.StatusBarAlignment.Right, 100);
  item.name = 'Annalist Citation Style';
  item.command = Commands.chooseCitationStyle;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const { style } = readCitationSettings(document);
    item.text = `$(quote) ${shortLabel(style)}`;
    item.tooltip = `Annalist citation style: ${styleInfo(style)?.label ?? style}. Click to change.`;
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(Settings.citationStyle) && update()),
    vscode.commands.registerCommand(Commands.chooseCitationStyle, (style?: StyleId) => chooseStyle(style)),
  );
}

/** A few words for the status bar: "Chicago 18 notes", "APA 7". */
export function shortLabel(style: StyleId): string {
  const labels: Record<StyleId, string> = {
    'chicago-notes-bibliography': 'Chicago 18 notes',
    'chicago-notes-bibliography-17th-edition': 'Chicago 17 notes',
    'chicago-author-date': 'Chicago 18 author-date',
    'chicago-author-date-17th-edition': 'Chicago 17 author-date',
    'modern-language-association': 'MLA 9',
    apa: 'APA 7',
  };
  return labels[style];
}

async function chooseStyle(given?: StyleId): Promise<StyleId | undefined> {
  const current = readCitationSettings(vscode.window.activeTextEditor?.document).style;
  const style =
    given ??
    (
      await vscode.window.showQuickPick(
        STYLES.map((s) => ({ label: s.label, description: s.id === current ? 'current' : undefined, id: s.id })),
        { title: 'Annalist: Citation Style', placeHolder: 'Style for citations and bibliographies' },
      )
    )?.id;
  if (!style) return undefined;
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration().update(Settings.citationStyle, style, target);
  return style;
}
