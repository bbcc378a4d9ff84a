/**
 * The CSL test suite's fixture format and how citeproc-js's test runner reads it: sections
 * `>>===== NAME =====>>` … `<<===== NAME =====<<`, a MODE (citation or bibliography), the
 * style, items, and CITATION-ITEMS (one citation per entry) or CITATIONS (clusters inserted
 * one after another, each with the citations before and after it; the result lists every
 * citation in document order, `>>` marking those the last insertion changed, `..` the rest).
 * Pure: the caller reads the files and passes their text.
 */
import { CslEngine } from '../processor';
import type { LocaleSource } from '../locale';
import { hasLocale, isCslLanguage } from '../locale';
import type { CitationInput } from '../positions';
import type { CiteItem, CslItem } from '../types';

/** A fixture's sections by name. */
export type Fixture = Record<string, string>;

/** The outcome of running one fixture. */
export interface FixtureResult { pass: boolean; skipped?: string; expected?: string; actual?: string; error?: string }

/** Splits a fixture file into its sections. */
export function parseFixture(text: string): Fixture {
  const out: Fixture = {};
  const re = /^>>=+\s*([A-Z-]+)\s*=+>>\r?\n([\s\S]*?)^<<=+\s*\1\s*=+<</gm;
  let m: RegExpExecArray | null;
  text = text.replace(/^\uFEFF/, '');
  while ((m = re.exec(text)) !== null) out[m[1]] = m[2].replace(/\r?\n$/, '');
  return out;
}

interface RawCitation { citationID: string; citationItems: CiteItem[]; properties?: { noteIndex?: number } }
type RawCall = [RawCitation, [string, number][], [string, number][]];

function bibliographyHtml(entries: string[]): string {
  return `<div class="csl-bib-body">\n${entries.map((e) => `  <div class="csl-entry">${e}</div>\n`).join('')}</div>`;
}

function runCitations(engine: CslEngine, calls: RawCall[]): string {
  const doc = new Map<string, CitationInput>();
  let order: string[] = [];
  let before: Map<string, string> = new Map();
  let lastId = '';
  calls.forEach((call, n) => {
    const [cit, pre, post] = call;
    if (n === calls.length - 1) {
      const texts = engine.citations(order.map((id) => doc.get(id)!));
      before = new Map(order.map((id, i) => [id, texts[i]]));
    }
    for (const [id, note] of [...pre, ...post]) { const c = doc.get(id); if (c) c.noteIndex = note; }
    doc.set(cit.citationID, { id: cit.citationID, items: cit.citationItems, noteIndex: cit.properties?.noteIndex ?? 0 });
    order = [...pre.map(([id]) => id), cit.citationID, ...post.map(([id]) => id)];
    lastId = cit.citationID;
  });
  const texts = engine.citations(order.map((id) => doc.get(id)!));
  return order.map((id, i) => `${id === lastId || before.get(id) !== texts[i] ? '>>' : '..'}[${i}] ${texts[i]}`).join('\n');
}

/** Runs one fixture with the engine (HTML output) and compares with its RESULT. */
export function runFixture(fx: Fixture, locales: LocaleSource): FixtureResult {
  const mode = (fx.MODE ?? '').trim();
  if (mode !== 'citation' && mode !== 'bibliography') return { pass: false, skipped: `mode "${mode || 'none'}" is not supported` };
  const lang = /default-locale="([^"]+)"/.exec(fx.CSL ?? '')?.[1];
  if (lang && isCslLanguage(lang) && !hasLocale(lang, locales)) return { pass: false, skipped: `locale ${lang} is not available` };
  const expected = (fx.RESULT ?? '').trim();
  let actual = '';
  try {
    const engine = new CslEngine(fx.CSL, { locales, format: 'html' });
    const items = JSON.parse(fx.INPUT) as CslItem[];
    engine.setItems(items);
    if (mode === 'bibliography') {
      if (fx.CITATIONS) runCitations(engine, JSON.parse(fx.CITATIONS) as RawCall[]);
      actual = bibliographyHtml(engine.bibliography().entries);
    } else if (fx.CITATIONS) {
      actual = runCitations(engine, JSON.parse(fx.CITATIONS) as RawCall[]);
    } else if (fx['CITATION-ITEMS']) {
      const lists = JSON.parse(fx['CITATION-ITEMS']) as CiteItem[][];
      actual = engine.citations(lists.map((items, i) => ({ items, noteIndex: i + 1 }))).join('\n');
    } else {
      actual = engine.citations([{ items: items.map((i) => ({ id: i.id })), noteIndex: 1 }])[0];
    }
  } catch (e) {
    return { pass: false, expected, actual, error: e instanceof Error ? e.message : String(e) };
  }
  return { pass: actual.trim() === expected, expected, actual: actual.trim() };
}
