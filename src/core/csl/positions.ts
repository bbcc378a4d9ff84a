/**
 * Cite positions in document order: first, subsequent, ibid, ibid-with-locator, near-note, and
 * the first-reference-note-number, following CSL 1.0.2 (ibid only after a cite of the same item
 * in the same citation, or after a previous citation made only of cites of that item).
 */
import type { CiteItem, Position } from './types';

/** A citation as the document holds it. */
export interface CitationInput {
  id?: string;
  items: CiteItem[];
  /** The footnote holding the citation (note styles); 0 or absent in running text. */
  noteIndex?: number;
}

/** Where one cite stands. */
export interface CitePosition { position: Position; nearNote: boolean; firstNote?: number }

const sameLocator = (a: CiteItem, b: CiteItem): boolean =>
  String(a.locator ?? '') === String(b.locator ?? '') && (a.locator === undefined || (a.label ?? 'page') === (b.label ?? 'page'));

/** Computes the position of every cite of every citation (citations in document order). */
export function computePositions(citations: readonly CitationInput[], nearNoteDistance: number): CitePosition[][] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const out: CitePosition[][] = [];
  let prevCitation: readonly CiteItem[] | undefined;
  let noteGroup: CiteItem[] = [];
  let lastNote: number | undefined;
  let lastItems: readonly CiteItem[] | undefined;
  citations.forEach((c) => {
    const note = c.noteIndex ?? 0;
    if (note > 0 && lastNote !== undefined && note !== lastNote) prevCitation = noteGroup;
    else prevCitation = lastItems;
    const row: CitePosition[] = [];
    c.items.forEach((cite, i) => {
      const id = String(cite.id);
      let position: Position = 'first';
      let nearNote = false;
      if (first.has(id)) {
        position = 'subsequent';
        let prev: CiteItem | undefined;
        if (i > 0) prev = String(c.items[i - 1].id) === id ? c.items[i - 1] : undefined;
        else if (prevCitation && prevCitation.length > 0 && prevCitation.every((p) => String(p.id) === id)) prev = prevCitation[prevCitation.length - 1];
        if (prev) {
          if (sameLocator(cite, prev)) position = 'ibid';
          else if (cite.locator !== undefined && cite.locator !== '') position = 'ibid-with-locator';
        }
        const lastNote = last.get(id) ?? 0;
        nearNote = note - lastNote <= nearNoteDistance;
      }
      row.push({ position, nearNote, firstNote: first.get(id) });
      if (!first.has(id)) first.set(id, note);
      last.set(id, note);
    });
    out.push(row);
    if (note === lastNote) noteGroup.push(...c.items);
    else noteGroup = [...c.items];
    lastNote = note;
    lastItems = c.items;
  });
  return out;
}
