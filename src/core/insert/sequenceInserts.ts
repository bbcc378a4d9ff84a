import type { DocumentText } from './citationInserts';
import { applyInserts, mergeInserts, type TextInsert } from './textInsert';

/**
 * Composes two rounds of inserts into one: `next` was planned on the text that `first` made,
 * and the result applies both to the original text. An insert of `next` that falls inside or
 * at the start of text `first` inserted joins that text; any other moves to its original offset.
 */
export function composeInserts(first: readonly TextInsert[], next: readonly TextInsert[]): TextInsert[] {
  const merged = mergeInserts(first);
  const splices = merged.map(() => [] as { at: number; text: string; order: number }[]);
  const standalone: { offset: number; text: string; order: number }[] = [];
  next.forEach((insert, order) => {
    let delta = 0;
    for (const [i, m] of merged.entries()) {
      const start = m.offset + delta;
      if (insert.offset < start) {
        standalone.push({ offset: insert.offset - delta, text: insert.text, order });
        return;
      }
      if (insert.offset <= start + m.text.length) {
        splices[i].push({ at: insert.offset - start, text: insert.text, order });
        return;
      }
      delta += m.text.length;
    }
    standalone.push({ offset: insert.offset - delta, text: insert.text, order });
  });
  const spliced = merged.map((m, i) => {
    let text = m.text;
    // From the end backwards, so earlier positions stay valid; equal positions keep their order.
    for (const s of [...splices[i]].sort((a, b) => b.at - a.at || b.order - a.order)) text = text.slice(0, s.at) + s.text + text.slice(s.at);
    return { offset: m.offset, text };
  });
  const added = standalone.sort((a, b) => a.order - b.order).map(({ offset, text }) => ({ offset, text }));
  return mergeInserts([...spliced, ...added]);
}

/**
 * Plans the inserts of several items at one offset, one after the other, as one set of inserts
 * on the original document: each item is planned on the text the previous ones made, at the
 * point just after what the previous item put at the offset (for a footnote, after its
 * reference: `[^1][^2]`, with both definitions at the end).
 */
export function planInSequence<T>(
  doc: DocumentText,
  offset: number,
  items: readonly T[],
  plan: (doc: DocumentText, offset: number, item: T) => TextInsert[],
): TextInsert[] {
  let total: TextInsert[] = [];
  let current = doc;
  let at = offset;
  for (const item of items) {
    const inserts = plan(current, at, item);
    total = composeInserts(total, inserts);
    const before = inserts.filter((insert) => insert.offset < at).reduce((sum, insert) => sum + insert.text.length, 0);
    const own = inserts[0]?.offset === at ? inserts[0].text.length : 0;
    current = { ...current, text: applyInserts(current.text, inserts) };
    at += before + own;
  }
  return total;
}
