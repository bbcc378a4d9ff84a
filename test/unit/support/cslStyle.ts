/**
 * Helpers for the CSL engine's unit tests: a tiny style around a citation layout or a
 * bibliography layout, and a locale source reading the en-US locale from `../shared/csl`
 * (the tests that need it skip themselves, loudly, when it is absent).
 */
import { CslEngine } from '../../../src/core/csl';
import type { CslItem, OutputFormat } from '../../../src/core/csl';
import { readLocale } from './cslSuiteFiles';

/** True when the en-US locale file is available. */
export const localeAvailable = readLocale('en-US') !== undefined;

/** A style whose citation layout is `layout` (and bibliography layout `bib`, if given). */
export function style(layout: string, opts: { citation?: string; bib?: string; root?: string; locale?: string } = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" ${opts.root ?? ''}>
  <info><title>Test</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  ${opts.locale ?? ''}
  <citation ${opts.citation ?? ''}><layout>${layout}</layout></citation>
  ${opts.bib ? `<bibliography><layout>${opts.bib}</layout></bibliography>` : ''}
</style>`;
}

/** Formats one citation of `items` (all of them, in order) with a layout. */
export function cite(layout: string, items: CslItem[], opts: Parameters<typeof style>[1] & { format?: OutputFormat } = {}): string {
  const engine = new CslEngine(style(layout, opts), { locales: readLocale, format: opts.format ?? 'text' });
  engine.setItems(items);
  return engine.citations([{ items: items.map((i) => ({ id: i.id })), noteIndex: 1 }])[0];
}
