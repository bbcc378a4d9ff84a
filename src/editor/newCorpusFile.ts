import * as vscode from 'vscode';
import { corpusTemplate, type AuthoringFormat } from '../core/corpus/corpusTemplate';
import { Commands } from '../ids';
import { fileExists } from './fileExists';
import { messageText } from '../core/escape/messageText';

/** What the command may be given instead of asking: by a test, a walkthrough, or the Explorer. */
export interface NewCorpusFileArguments {
  /** The file to write; it must not exist yet. */
  uri?: vscode.Uri | string;
  format?: AuthoringFormat;
}

/**
 * `Annalist: New Corpus File`: writes a valid corpus file with one commented example of a
 * source, a theme and a passage, and opens it. It asks for YAML (comments are natural there)
 * or JSON with comments, then where to save; run from a folder in the Explorer, it starts there.
 * The new file is a `*.annalist.*` file, which the workspace corpus loads at once.
 * Returns the file written, or undefined when cancelled.
 */
export function registerNewCorpusFile(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.newCorpusFile, (arg?: NewCorpusFileArguments | vscode.Uri) =>
    newCorpusFile(arg instanceof vscode.Uri ? { uri: undefined, folder: arg } : { ...arg, folder: undefined }),
  );
}

async function newCorpusFile(arg: NewCorpusFileArguments & { folder: vscode.Uri | undefined }): Promise<vscode.Uri | undefined> {
  const format = arg.format ?? (await askFormat());
  if (!format) return undefined;
  let uri = typeof arg.uri === 'string' ? vscode.Uri.parse(arg.uri) : arg.uri;
  if (!uri) {
    const folder = arg.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `corpus.annalist.${format}`;
    uri = await vscode.window.showSaveDialog({
      title: 'New Annalist Corpus File',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'yaml' ? { 'Annalist corpus (YAML)': ['yaml', 'yml'] } : { 'Annalist corpus (JSON)': ['json'] },
      saveLabel: 'Create',
    });
    if (!uri) return undefined;
    const named = withCorpusName(uri, format);
    if (named.toString() !== uri.toString() && (await fileExists(named))) {
      void vscode.window.showErrorMessage(`${messageText(vscode.workspace.asRelativePath(named))} already exists; Annalist does not overwrite it.`);
      return undefined;
    }
    uri = named;
  } else if (await fileExists(uri)) {
    void vscode.window.showErrorMessage(`${messageText(vscode.workspace.asRelativePath(uri))} already exists; Annalist does not overwrite it.`);
    return undefined;
  }
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(corpusTemplate(format, name)));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return uri;
}

async function askFormat(): Promise<AuthoringFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'YAML', description: '*.annalist.yaml', detail: 'Recommended: comments and long passages read naturally.', format: 'yaml' as const },
      { label: 'JSON', description: '*.annalist.json', detail: 'JSON with comments, checked against the corpus schema as you type.', format: 'json' as const },
    ],
    { title: 'New Annalist Corpus File', placeHolder: 'Write the corpus file in…' },
  );
  return picked?.format;
}

/** `notes.yaml` becomes `notes.annalist.yaml`, so that the workspace corpus finds it. */
function withCorpusName(uri: vscode.Uri, format: AuthoringFormat): vscode.Uri {
  const path = uri.path;
  if (/\.annalist\.(json|ya?ml)$/i.test(path)) return uri;
  const stem = path.replace(/\.(json|ya?ml)$/i, '');
  return uri.with({ path: `${stem}.annalist.${format}` });
}
