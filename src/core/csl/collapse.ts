/**
 * Cite collapsing in a citation: `citation-number` ranges ("[1–3, 5]"), and grouping cites by
 * the same names with `year`, `year-suffix` ("Doe 2000a, b") and `year-suffix-ranged`
 * ("Doe 2000a–c"), with cite-group-delimiter, year-suffix-delimiter and after-collapse-delimiter.
 */
import { cat, firstChar, lastChar } from './markers';

/** One rendered cite, with what collapsing needs to know about it. */
export interface RenderedCite {
  text: string;
  /** The first names output (the cite's author), if any. */
  names?: string;
  /** The cite without its names (for cites after the first of a group). */
  withoutNames(): string;
  /** The cite's year-suffix alone, when it can stand for the cite. */
  suffixOnly?: string;
  /** The cite without names and without its year-suffix (to compare years). */
  bareYear(): string;
  number?: number;
  /** True when the cite has a locator, prefix or suffix (never merged into a range). */
  decorated: boolean;
}

/** The collapsing options of a citation. */
export interface CollapseOptions {
  collapse?: string; delimiter: string;
  /** Gather every cite by the same names (a sorted citation), not only adjacent ones. */
  groupAll: boolean; citeGroupDelimiter: string; yearSuffixDelimiter: string; afterCollapseDelimiter: string;
}

function joinWith(all: { text: string; delimiterBefore: string }[]): string {
  let out = '';
  const parts = all.filter((p) => p.text);
  parts.forEach((p, i) => {
    const f = firstChar(p.text);
    const l = lastChar(out);
    const delimiter = /[,;:]/.test(l) && /^[,;]/.test(p.delimiterBefore) ? p.delimiterBefore.slice(1) : p.delimiterBefore;
    out = i === 0 ? p.text : f === ',' || f === ';' || f === '.' ? cat(out, p.text) : cat(cat(out, delimiter), p.text);
  });
  return out;
}

function numbers(cites: RenderedCite[], o: CollapseOptions): string {
  const parts: { text: string; delimiterBefore: string }[] = [];
  let i = 0;
  while (i < cites.length) {
    let j = i;
    while (j + 1 < cites.length && cites[j + 1].number !== undefined && cites[j].number !== undefined && cites[j + 1].number === cites[j].number! + 1 && !cites[j].decorated && !cites[j + 1].decorated) j++;
    if (j - i >= 2) {
      parts.push({ text: `${cites[i].text}–${cites[j].text}`, delimiterBefore: o.delimiter });
      i = j + 1;
      if (i < cites.length) parts.push({ text: '', delimiterBefore: '' });
      continue;
    }
    parts.push({ text: cites[i].text, delimiterBefore: o.delimiter });
    i++;
  }
  const clean = parts.filter((p) => p.text);
  return joinWith(clean);
}

function suffixRun(group: RenderedCite[], ranged: boolean, o: CollapseOptions): string {
  const parts: { text: string; delimiterBefore: string }[] = [];
  let i = 0;
  while (i < group.length) {
    const c = group[i];
    const isFirst = i === 0;
    const sameYear = !isFirst && c.suffixOnly && group[i - 1].bareYear() === c.bareYear() && !group[i - 1].decorated && !c.decorated;
    if (sameYear && ranged) {
      let j = i;
      while (j + 1 < group.length && group[j + 1].suffixOnly && group[j + 1].bareYear() === c.bareYear() && !group[j + 1].decorated && group[j + 1].suffixOnly!.charCodeAt(0) === group[j].suffixOnly!.charCodeAt(0) + 1) j++;
      const startCode = group[i - 1].suffixOnly?.charCodeAt(0);
      if (j > i && startCode !== undefined && c.suffixOnly!.charCodeAt(0) === startCode + 1) {
        const last = parts.pop()!;
        parts.push({ text: `${last.text}–${group[j].suffixOnly}`, delimiterBefore: last.delimiterBefore });
        i = j + 1;
        continue;
      }
    }
    if (sameYear) parts.push({ text: c.suffixOnly!, delimiterBefore: o.yearSuffixDelimiter });
    else {
      const afterRun = i >= 2 && group[i - 1].suffixOnly !== undefined && group[i - 2].bareYear() === group[i - 1].bareYear();
      parts.push({ text: isFirst ? c.text : c.withoutNames(), delimiterBefore: afterRun ? o.afterCollapseDelimiter : o.citeGroupDelimiter });
    }
    i++;
  }
  return joinWith(parts);
}

/** Joins a citation's cites, collapsing them as the citation's `collapse` attribute asks. */
export function collapseCites(cites: RenderedCite[], o: CollapseOptions): string {
  if (!o.collapse) return joinWith(cites.map((c) => ({ text: c.text, delimiterBefore: o.delimiter })));
  if (o.collapse === 'citation-number') return numbers(cites, o);
  const groups: RenderedCite[][] = [];
  const byNames = new Map<string, RenderedCite[]>();
  for (const c of cites) {
    const last = groups[groups.length - 1];
    const earlier = o.groupAll && c.names !== undefined ? byNames.get(c.names) : undefined;
    if (earlier) earlier.push(c);
    else if (last && c.names !== undefined && last[0].names === c.names) last.push(c);
    else {
      groups.push([c]);
      if (c.names !== undefined) byNames.set(c.names, groups[groups.length - 1]);
    }
  }
  const parts: { text: string; delimiterBefore: string }[] = [];
  let prevCollapsed = false;
  for (const g of groups) {
    let text: string;
    if (g.length === 1) text = g[0].text;
    else if (o.collapse === 'group') text = joinWith(g.map((c) => ({ text: c.text, delimiterBefore: o.citeGroupDelimiter })));
    else if (o.collapse === 'year') text = joinWith(g.map((c, i) => ({ text: i === 0 ? c.text : c.withoutNames(), delimiterBefore: o.citeGroupDelimiter })));
    else text = suffixRun(g, o.collapse === 'year-suffix-ranged', o);
    parts.push({ text, delimiterBefore: prevCollapsed ? o.afterCollapseDelimiter : o.delimiter });
    prevCollapsed = g.length > 1 && o.collapse !== 'group';
  }
  return joinWith(parts);
}
