/**
 * "Quoted in": citing words known only through a secondary source. CSL cannot express this,
 * so the two citations are formatted separately and composed here:
 *
 * - Chicago notes (CMOS 17th ed. 14.260, "'Quoted in'"; the 18th-edition style composes the same way):
 *   the original's note, then ", quoted in " and the secondary source's note, the locator
 *   belonging to the secondary source; shortened notes compose the same way. In the
 *   bibliography entry the secondary source follows as a sentence: ". Quoted in …".
 * - Chicago author-date (the same rule in author-date form): "(Original year, quoted in Secondary
 *   year, page)"; the reference list gives the secondary source.
 * - MLA (MLA Handbook 9th ed., "Indirect Sources"): "(qtd. in Secondary page)"; the original author is
 *   named in the prose; works cited lists the secondary source.
 * - APA (Publication Manual 7th ed. 8.6): "(Original, year, as cited in Secondary, year,
 *   p. x)"; the reference list gives the secondary source only.
 */
import { Rich, cat, isEmpty, join } from './rich';

/** Chicago note: "<original>, quoted in <secondary>". */
export function composeChicagoNote(original: Rich, secondary: Rich): Rich {
  if (isEmpty(original)) return secondary;
  return join([original, cat('quoted in ', secondary)], ', ');
}

/** Chicago bibliography: "<original>. Quoted in <secondary note form>". */
export function composeChicagoBib(original: Rich, secondaryNote: Rich): Rich {
  return join([original, cat('Quoted in ', secondaryNote)], '. ');
}

/** Chicago author-date: "(Szalontai 2003–2004, quoted in Blog 2007, 99)"; narrative likewise. */
export function composeAuthorDate(original: Rich, secondary: Rich, narrative: boolean): Rich {
  return composeParenthetical(original, secondary, ', quoted in ', narrative);
}

/** APA: "(Szalontai, 2003–2004, as cited in Blog, 2007, p. 99)". */
export function composeApa(original: Rich, secondary: Rich, narrative: boolean): Rich {
  return composeParenthetical(original, secondary, ', as cited in ', narrative);
}

/**
 * MLA: "(qtd. in Blog 99)"; the original author is named in the prose, so a narrative
 * citation reads "Szalontai (qtd. in Blog 99)".
 */
export function composeMla(secondary: Rich, narrativeWho?: Rich): Rich {
  return innerOf(secondary, (inner) => cat(narrativeWho ? cat(narrativeWho, ' ') : undefined, '(qtd. in ', inner, ')'));
}

/** Strips the parentheses of a parenthetical citation and hands its inside to `f`. */
function innerOf(paren: Rich, f: (inner: Rich) => Rich): Rich {
  const runs = paren.map((r) => ({ ...r }));
  if (runs.length && runs[0].text.startsWith('(')) runs[0].text = runs[0].text.slice(1);
  const last = runs[runs.length - 1];
  if (last && last.text.endsWith(')')) last.text = last.text.slice(0, -1);
  return f(runs.filter((r) => r.text !== ''));
}

function composeParenthetical(original: Rich, secondary: Rich, link: string, narrative: boolean): Rich {
  return innerOf(secondary, (sec) => {
    if (narrative) {
      // "Szalontai (2003–2004, quoted in Blog 2007, 99)"
      return innerOfNarrative(original, (who, rest) => cat(who, ' (', rest, link, sec, ')'));
    }
    return innerOf(original, (orig) => cat('(', orig, link, sec, ')'));
  });
}

/** Splits a narrative citation "Who (rest)" into its two parts. */
function innerOfNarrative(narr: Rich, f: (who: Rich, rest: Rich) => Rich): Rich {
  const text = narr.map((r) => r.text).join('');
  const open = text.lastIndexOf(' (');
  if (open < 0 || !text.endsWith(')')) return narr;
  // Rebuild the runs on each side of the split point.
  const who: Rich = [];
  const rest: Rich = [];
  let pos = 0;
  for (const r of narr) {
    const start = pos;
    const end = pos + r.text.length;
    pos = end;
    if (end <= open) who.push(r);
    else if (start >= open + 2) rest.push(r);
    else {
      if (open > start) who.push({ ...r, text: r.text.slice(0, open - start) });
      const from = Math.max(0, open + 2 - start);
      if (from < r.text.length) rest.push({ ...r, text: r.text.slice(from) });
    }
  }
  const last = rest[rest.length - 1];
  rest[rest.length - 1] = { ...last, text: last.text.slice(0, -1) };
  return f(who, rest.filter((r) => r.text !== ''));
}
