import * as vscode from 'vscode';
import { citationTarget } from '../core/cite/documentCitation';
import { citationAt } from '../core/hover/citationAt';
import type { CorpusIndex } from '../core/model';
import { TextPositions } from '../core/corpus/textPosition';
import { findRecordOffset } from '../core/navigation/recordLocation';
import { sourceReferences } from '../core/navigation/sourceReferences';
import type { CorpusSnapshot, CorpusStore } from './corpusStore';
import { ESSAY_DOCUMENTS as ESSAYS } from './essayDocuments';

const ESSAY_GLOB = '**/*.{md,markdown,tex,txt}';

/**
 * Go to Definition from a citation key to its passage or source in the corpus file that
 * defines it, and Find All References of a source across the workspace's essays.
 */
export function registerCitationNavigation(store: CorpusStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(ESSAYS, {
      async provideDefinition(document, position) {
        const key = keyAt(document, position);
        if (!key) return undefined;
        return recordLocation(await store.ready(), key);
      },
    }),
    vscode.languages.registerReferenceProvider(ESSAYS, {
      async provideReferences(document, position, _context, token) {
        const key = keyAt(document, position);
        if (!key) return undefined;
        const snapshot = await store.ready();
        const sourceId = sourceOf(key, snapshot.index);
        return sourceId ? findReferences(sourceId, snapshot.index, token) : undefined;
      },
    }),
  );
}

function keyAt(document: vscode.TextDocument, position: vscode.Position): string | undefined {
  const found = citationAt(document.getText(), document.offsetAt(position), document.languageId);
  return found?.kind === 'key' ? found.key : undefined;
}

/** A key names a source, or a passage that is cited as a source. */
function sourceOf(key: string, index: CorpusIndex): string | undefined {
  if (index.sourceById.has(key)) return key;
  const passage = index.passageById.get(key);
  return passage ? citationTarget(passage, index)?.source.id : undefined;
}

/** The place in the corpus files where the record with `id` is defined. */
export async function recordLocation(snapshot: CorpusSnapshot, id: string): Promise<vscode.Location | undefined> {
  if (!snapshot.index.sourceById.has(id) && !snapshot.index.passageById.has(id)) return undefined;
  for (const file of snapshot.files) {
    const document = await vscode.workspace.openTextDocument(file.uri);
    const offset = findRecordOffset(document.getText(), id);
    if (offset !== undefined) return new vscode.Location(file.uri, document.positionAt(offset));
  }
  return undefined;
}

async function findReferences(sourceId: string, index: CorpusIndex, token: vscode.CancellationToken): Promise<vscode.Location[]> {
  const uris = await vscode.workspace.findFiles(ESSAY_GLOB, '**/{node_modules,.git}/**', 2000, token);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (const document of vscode.workspace.textDocuments) {
    if (document.uri.scheme === 'untitled' && vscode.languages.match(ESSAYS, document)) uris.push(document.uri);
  }
  const locations: vscode.Location[] = [];
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    // Open documents may hold unsaved changes; the others are read without opening them.
    const document = open.get(uri.toString());
    const text = document ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const positions = new TextPositions(text);
    const at = (offset: number) => {
      const { line, column } = positions.at(offset);
      return new vscode.Position(line - 1, column - 1);
    };
    for (const ref of sourceReferences(text, sourceId, index)) locations.push(new vscode.Location(uri, new vscode.Range(at(ref.start), at(ref.end))));
  }
  return locations;
}
