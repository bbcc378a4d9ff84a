import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';

/** A file's type, size and modification time, as `vscode.FileStat` gives them. */
export interface FileStamp {
  type: vscode.FileType;
  size: number;
  mtime: number;
}

/** How the corpus store reads a file: {@link localFiles} or {@link workspaceFiles}. */
export interface FileReader {
  stat(uri: vscode.Uri): Thenable<FileStamp>;
  read(uri: vscode.Uri): Thenable<Uint8Array>;
}

/** The workspace's files, read through `vscode.workspace.fs` (remote and virtual folders included). */
export const workspaceFiles: FileReader = {
  stat: (uri) => vscode.workspace.fs.stat(uri),
  read: (uri) => vscode.workspace.fs.readFile(uri),
};

/**
 * Reads files through node's file system when they lie on the extension host's own disk (the
 * extension's bundled corpus does), else through `vscode.workspace.fs`. At startup a call of
 * `vscode.workspace.fs` waits for a busy workbench (170–440 ms measured for the first bundled
 * file in code-server); node's own reads take a millisecond.
 */
export const localFiles: FileReader = {
  async stat(uri: vscode.Uri): Promise<FileStamp> {
    if (uri.scheme !== 'file') return vscode.workspace.fs.stat(uri);
    const stat = await fs.stat(uri.fsPath);
    return { type: fileType(stat), size: stat.size, mtime: stat.mtimeMs };
  },
  async read(uri: vscode.Uri): Promise<Uint8Array> {
    return uri.scheme === 'file' ? fs.readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
  },
};

/** The `vscode.FileType` of a node `fs.Stats`: a FIFO, device or socket is `Unknown`. */
function fileType(stat: { isFile(): boolean; isDirectory(): boolean }): vscode.FileType {
  if (stat.isFile()) return vscode.FileType.File;
  return stat.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
}
