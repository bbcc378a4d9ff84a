/**
 * About fifty varied CSL-JSON items for exercising CSL styles: every common item type, one
 * to many authors (with particles, suffixes, institutions, non-Latin names), editors and
 * translators, full, partial, ranged, seasonal, uncertain and literal dates, pages, volumes,
 * editions, URLs and DOIs, rich-text titles. Deterministic (a seeded generator).
 */
import type { CslItem, CslName } from '../src/core/csl';

const TYPES = ['book', 'chapter', 'article-journal', 'article-newspaper', 'article-magazine', 'thesis', 'report', 'webpage', 'manuscript', 'letter', 'interview', 'legal_case', 'legislation', 'paper-conference', 'entry-encyclopedia', 'motion_picture', 'map', 'post-weblog', 'dataset', 'patent'];
const PEOPLE: CslName[] = [
  { family: 'Doe', given: 'John' }, { family: 'Roe', given: 'Jane Q.' }, { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' },
  { family: 'Humboldt', given: 'Alexander', 'dropping-particle': 'von' }, { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
  { literal: 'United Nations Educational, Scientific and Cultural Organization' }, { family: '毛', given: '泽东' }, { family: 'Иванов', given: 'Иван' },
  { family: 'Nguyễn', given: 'Thị Minh' }, { family: 'O’Brien', given: 'Flann' }, { family: 'Smith', given: 'Jean-Paul' },
];
const TITLES = ['The Rise and Fall of the Third Reich', 'On <i>The Origin of Species</i>: A "Critical" Reading', 'a history of the world in 100 objects', 'Über die Grenzen', 'R&D at 100%: $5 & <b>bold</b> claims', 'Why?'];

/** A small seeded generator (mulberry32), so the items are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fifty-two varied items, the same on every call. */
export function varietyItems(): CslItem[] {
  const rnd = seeded(1776);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const dates: unknown[] = [
    { 'date-parts': [[1998, 4, 12]] }, { 'date-parts': [[1776]] }, { 'date-parts': [[1920, 21]] }, { 'date-parts': [[1990], [1995]] },
    { 'date-parts': [[2001, 3, 1], [2001, 4, 2]] }, { 'date-parts': [[-44, 3, 15]] }, { 'date-parts': [[1500]], circa: true }, { literal: 'Summer of Love' }, { raw: '2010-11-05' },
  ];
  const items: CslItem[] = [];
  for (let i = 0; i < 52; i++) {
    const type = TYPES[i % TYPES.length];
    const nAuthors = [0, 1, 1, 2, 3, 7][i % 6];
    const author = Array.from({ length: nAuthors }, () => pick(PEOPLE));
    const item: CslItem = { id: `item-${i}`, type, title: pick(TITLES), issued: pick(dates) };
    if (author.length) item.author = author;
    if (i % 4 === 1) item.editor = [pick(PEOPLE)];
    if (i % 7 === 2) item.translator = [pick(PEOPLE)];
    if (i % 2 === 0) item['container-title'] = pick(['Journal of Modern History', 'The New York Times', 'Past & Present']);
    if (i % 3 === 0) item.page = pick(['101-108', '3', '321–25', 'xii-xv']);
    if (i % 5 === 0) { item.volume = String(1 + Math.floor(rnd() * 90)); item.issue = pick(['2', '3-4', 'Spring']); }
    if (i % 6 === 3) item.edition = pick(['2', '3rd', 'Revised']);
    if (i % 4 === 2) { item.publisher = pick(['Oxford University Press', 'Gallimard']); item['publisher-place'] = pick(['Oxford', 'Paris']); }
    if (i % 5 === 4) { item.URL = 'https://example.org/a?b=c&d=<e>'; item.accessed = { 'date-parts': [[2024, 1, 2]] }; }
    if (i % 8 === 5) item.DOI = '10.1000/xyz_123';
    if (i % 9 === 1) { item['title-short'] = 'Short'; item.language = pick(['en-US', 'de-DE', 'fr']); }
    if (i % 10 === 7) item['number-of-pages'] = '350';
    items.push(item);
  }
  return items;
}
