/**
 * "Quoted in": citing words known only through a secondary source. CSL cannot express this,
 * so the two citations are formatted separately and composed here:
 *
 * - Chicago notes (CMOS 17th ed. 14.260, 18th ed. 14.260 "Citing indirect sources"):
 *   the original's note, then ", quoted in " and the secondary source's note, the locator
 *   belonging to the secondary source; shortened notes compose the same way. In the
 *   bibliography entry the secondary source follows as a sentence: ". Quoted in …".
 * - Chicago author-date (CMOS 15.52 / 18th ed. 15.52): "(Original year, quoted in Secondary
 *   year, page)"; the reference list gives the secondary source.
 * - MLA (MLA Handbook 9th ed. 6.79): "(qtd. in Secondary page)"; the original author is
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
