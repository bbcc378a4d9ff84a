import * as vscode from 'vscode';
import { mergeEdits, type TextEdit } from '../core/insert/textInsert';
import { quotationText, type Passage } from '../core/model';
import type { CorpusStore } from './corpusStore';
import { planPassageInsert } from './insertCommands';
import { draggedPassageIds, PASSAGE_MIME_TYPES } from './views/passageDrag';

/**
 * A drop edit with the fields newer VS Code reads (`title`, `kind`, `yieldTo`: the drop
 * widget's names and order). In 1.90 they were the `documentPaste` proposal, so the
 * @types/vscode 1.90 this extension builds against does not declare them; older hosts ignore them.
 */
export type PassageDropEdit = vscode.DocumentDropEdit & { title: string; kind?: unknown; yieldTo?: unknown[] };

/** The documents a passage can be dropped into. */
const DROP_SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }];

/** `vscode.DocumentDropOrPasteEditKind` where the running VS Code has it (1.90 declares it only as a proposal). */
interface EditKind {
  readonly value: string;
}
const editKinds = (vscode as unknown as { DocumentDropOrPasteEditKind?: { Empty: { append(...parts: string[]): EditKind } } })
  .DocumentDropOrPasteEditKind;
/** The kind of the drop edit that inserts the citation: the default. */
export const CITATION_DROP_KIND = editKinds?.Empty.append('annalist', 'citation');
/** The kind of the drop edit that inserts the quotation followed by its citation. */
export const QUOTATION_DROP_KIND = editKinds?.Empty.append('annalist', 'quotation');

/**
 * Inserts the citation of passages dropped from an Annalist view, exactly as Insert Citation
 * does at the drop point: a Markdown footnote reference there and its definition at the end,
 * a LaTeX footnote, or a parenthetical citation, as the settings say. It offers a second edit,
 * the quotation with its citation, which VS Code's drop widget lets a person switch to: an
 * extension cannot see modifier keys on drop, so the choice is made there.
 */
export class PassageDropProvider {
  constructor(private readonly store: CorpusStore) {}

  /** The two edits, citation first; undefined when the drop carries no Annalist passage. */
  async provideDocumentDropEdits(
    document: vscode.TextDocument,
    position: vscode.Position,
    dataTransfer: vscode.DataTransfer,
    token?: vscode.CancellationToken,
  ): Promise<PassageDropEdit[] | undefined> {
    const ids = await draggedPassageIds(dataTransfer);
    if (ids.length === 0 || token?.isCancellationRequested) return undefined;
    const { index } = await this.store.ready();
    // The views select one row at a time, so a drag carries one passage; cite the first known.
    const passage = ids.map((id) => index.passageById.get(id)).find((p): p is Passage => p !== undefined);
    if (!passage) return undefined;

    const offset = document.offsetAt(position);
    const citation = planPassageInsert(document, offset, { passage }, index);
    const quotation = planPassageInsert(document, offset, { passage, quotation: quotationText(passage) }, index);
    return [
      dropEdit(document, offset, citation, 'Insert Citation', CITATION_DROP_KIND),
      dropEdit(document, offset, quotation, 'Insert Quotation with Citation', QUOTATION_DROP_KIND, CITATION_DROP_KIND),
    ];
  }
}

/**
 * Registers the drop provider for every file and untitled document, for the passage views'
 * mime types. `provider` lets the in-host tests call it as VS Code does.
 */
export function registerPassageDrop(store: CorpusStore): vscode.Disposable & { readonly provider: PassageDropProvider } {
  const provider = new PassageDropProvider(store);
  const metadata = {
    dropMimeTypes: PASSAGE_MIME_TYPES,
    providedDropEditKinds: [CITATION_DROP_KIND, QUOTATION_DROP_KIND].filter((kind) => kind !== undefined),
  };
  // The metadata argument and a list of edits are stable API in newer VS Code (1.139 is tested);
  // 1.90 declared them as a proposal and ignores the metadata (the provider then sees every drop
  // and declines foreign ones), so the call goes through a wider type than 1.90's typings.
  const languages = vscode.languages as unknown as {
    registerDocumentDropEditProvider(selector: vscode.DocumentSelector, provider: PassageDropProvider, metadata: object): vscode.Disposable;
  };
  const registration = languages.registerDocumentDropEditProvider(DROP_SELECTOR, provider, metadata);
  return Object.assign(registration, { provider });
}

/**
 * The insertion at the drop point becomes the edit's insert text; the other edits (a footnote
 * definition, renumbered later footnotes) its additional edit.
 */
function dropEdit(
  document: vscode.TextDocument,
  offset: number,
  edits: readonly TextEdit[],
  title: string,
  kind: EditKind | undefined,
  yieldTo?: EditKind,
): PassageDropEdit {
  const merged = mergeEdits(edits);
  const atDrop = merged.find((e) => e.start === offset && e.end === offset);
  const edit = new vscode.DocumentDropEdit(atDrop?.text ?? '') as PassageDropEdit;
  const elsewhere = merged.filter((e) => e !== atDrop);
  if (elsewhere.length > 0) {
    edit.additionalEdit = new vscode.WorkspaceEdit();
    for (const e of elsewhere) {
      edit.additionalEdit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
    }
  }
  edit.title = title;
  if (kind) edit.kind = kind;
  if (yieldTo) edit.yieldTo = [yieldTo];
  return edit;
}
