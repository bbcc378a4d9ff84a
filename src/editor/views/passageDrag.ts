import * as vscode from 'vscode';
import { citePassage } from '../../core/citation';
import { Views } from '../../ids';
import { readCitationSettings } from '../citationSettings';
import type { CorpusStore } from '../corpusStore';
import type { PassageTreeNode } from './passageTree';

/** The mime type VS Code gives a tree view's drags: `application/vnd.code.tree.<view id, lowercase>`. */
export function treeMimeType(viewId: string): string {
  return `application/vnd.code.tree.${viewId.toLowerCase()}`;
}

/** The mime types of the four passage views; the drop provider handles exactly these. */
export const PASSAGE_MIME_TYPES: readonly string[] = [Views.themes, Views.sources, Views.people, Views.timeline].map(treeMimeType);

/**
 * The passage ids a drag from a passage view carries, in the order dragged; empty when the
 * data holds none (a drag from elsewhere).
 */
export async function draggedPassageIds(dataTransfer: vscode.DataTransfer): Promise<string[]> {
  for (const mime of PASSAGE_MIME_TYPES) {
    const item = dataTransfer.get(mime);
    if (!item) continue;
    const ids = parseIds(await item.asString());
    if (ids.length > 0) return ids;
  }
  return [];
}

/**
 * Lets passage rows be dragged out of a view: the data carries the passage ids under the
 * view's own mime type (read by the drop provider, which cites them) and, as `text/plain`,
 * the citations as Copy Citation writes them, for places that take only text.
 */
export class PassageDragController implements vscode.TreeDragAndDropController<PassageTreeNode> {
  readonly dropMimeTypes: readonly string[] = [];
  readonly dragMimeTypes: readonly string[];
  private readonly mimeType: string;

  constructor(
    viewId: string,
    private readonly store: CorpusStore,
  ) {
    this.mimeType = treeMimeType(viewId);
    this.dragMimeTypes = [this.mimeType, 'text/plain'];
  }

  async handleDrag(source: readonly PassageTreeNode[], dataTransfer: vscode.DataTransfer): Promise<void> {
    const passages = source.flatMap((node) => (node.kind === 'passage' ? [node.passage] : []));
    if (passages.length === 0) return;
    dataTransfer.set(this.mimeType, new vscode.DataTransferItem(JSON.stringify(passages.map((p) => p.id))));
    const { index } = await this.store.ready();
    const { style } = readCitationSettings(vscode.window.activeTextEditor?.document);
    const text = passages.map((p) => citePassage(p, index, { style, form: 'note', markup: 'plain' })).join('\n');
    dataTransfer.set('text/plain', new vscode.DataTransferItem(text));
  }
}

function parseIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
