/**
 * The CSL processor: a compiled style, a locale and a set of CSL-JSON items. It renders a
 * document's citations (positions, disambiguation, sorting and collapsing decided over the
 * whole document) and the bibliography, in plain text, HTML, Markdown or LaTeX.
 */
import { collapseCites, RenderedCite } from './collapse';
import { disambiguate } from './disambiguate';
import { applyNoteFields } from './noteFields';
import { buildLocale, Locale, LocaleSource } from './locale';
import { affix, cat, M, plain } from './markers';
import { OutputFormat, punctuationInQuote, QuoteMarks, render } from './output';
import { CitationInput, CitePosition, computePositions } from './positions';
import { parseRichText } from './richText';
import { compareKeys } from './sort';
import { compileStyle, CompiledSection, CompiledStyle } from './style';
import type { CiteItem, CslItem, Ctx, Disambiguation } from './types';
import { noDisambiguation } from './types';

/** What a cite that renders nothing prints (as citeproc-js does), so the writer sees the gap. */
const NO_PRINTED_FORM = '[CSL STYLE ERROR: reference with no printed form.]';

/** "ibid." at the start of a citation or after a sentence is written "Ibid.". */
function capitalizeIbid(body: string, locale: Locale): string {
  const ibid = locale.text('ibid');
  if (!ibid || !plain(body).startsWith(ibid)) return body;
  const i = body.indexOf(ibid[0]);
  return body.slice(0, i) + ibid[0].toUpperCase() + body.slice(i + 1);
}

/** How an engine is made: where locales come from, the language and the output format. */
export interface EngineOptions {
  locales: LocaleSource;
  /** Overrides the style's default-locale (default en-US). */
  lang?: string;
  format?: OutputFormat;
}

/** A rendered bibliography: its entries in order and the style's layout hints. */
export interface Bibliography { entries: string[]; ids: string[]; secondFieldAlign?: string; hangingIndent: boolean }

/** Renders citations and bibliographies for one style, locale and set of items. */
export class CslEngine {
  readonly style: CompiledStyle;
  readonly locale: Locale;
  readonly format: OutputFormat;
  private readonly items = new Map<string, CslItem>();
  private registry: string[] = [];
  private disamb = new Map<string, Disambiguation>();
  private numbers = new Map<string, number>();
  private bibOrder: string[] = [];

  constructor(styleXml: string, options: EngineOptions) {
    this.style = compileStyle(styleXml);
    this.locale = buildLocale(this.style.locales, options.lang ?? this.style.attrs['default-locale'] ?? 'en-US', options.locales);
    this.format = options.format ?? 'html';
  }

  /** Registers the items (in this order: the order of citation numbers without a sort). */
  setItems(items: readonly CslItem[]): void {
    this.items.clear();
    for (const it of items) this.items.set(String(it.id), applyNoteFields(it));
    this.registry = items.map((i) => String(i.id));
    this.refresh();
  }

  private item(id: string | number): CslItem {
    const it = this.items.get(String(id));
    if (!it) throw new Error(`unknown item "${id}"`);
    return it;
  }

  private ctx(item: CslItem, mode: 'citation' | 'bibliography', disamb: Disambiguation, cite?: CiteItem, pos?: CitePosition): Ctx {
    return {
      item, cite, mode, locale: this.locale, sorting: false, disamb,
      position: pos?.position ?? 'first', nearNote: pos?.nearNote ?? false, firstNote: pos?.firstNote,
      citationNumber: this.numbers.get(String(item.id)), called: 0, found: 0, suppressed: new Set(), substituting: false,
      yearSuffixPending: false,
    };
  }

  private run(sec: CompiledSection, ctx: Ctx): string {
    ctx.yearSuffixPending = !sec.callsYearSuffix && !!ctx.disamb.yearSuffix;
    let out = '';
    for (const c of sec.children) { const s = c(ctx); if (s) out = out ? cat(out, s) : s; }
    return out;
  }

  private sortKeys(sec: CompiledSection, id: string, mode: 'citation' | 'bibliography'): (string | number | undefined)[] {
    const it = this.item(id);
    return sec.sort.map((k) => k.value(this.ctx(it, mode, this.disamb.get(id) ?? noDisambiguation())));
  }

  /** Orders the bibliography, numbers the items and decides disambiguation. */
  private refresh(): void {
    const bib = this.style.bibliography;
    this.numbers = new Map(this.registry.map((id, i) => [id, i + 1]));
    this.disamb = new Map();
    const order = (): string[] => {
      if (!bib || bib.sort.length === 0) return [...this.registry];
      const keyed = this.registry.map((id, i) => ({ id, i, k: this.sortKeys(bib, id, 'bibliography') }));
      keyed.sort((a, b) => compareKeys(bib.sort, a.k, b.k) || a.i - b.i);
      return keyed.map((x) => x.id);
    };
    this.bibOrder = order();
    const numberedBySort = bib && bib.sort.length > 0 && !bib.sort.some((k) => k.usesCitationNumber);
    if (numberedBySort) this.numbers = new Map(this.bibOrder.map((id, i) => [id, i + 1]));
    const c = this.style.citation.attrs;
    const opts = {
      addNames: c['disambiguate-add-names'] === 'true', addGivenname: c['disambiguate-add-givenname'] === 'true',
      yearSuffix: c['disambiguate-add-year-suffix'] === 'true', rule: c['givenname-disambiguation-rule'] ?? 'by-cite',
    };
    const items = this.registry.map((id) => this.item(id));
    const subsequentForm = this.style.attrs['et-al-subsequent-min'] !== undefined || c['et-al-subsequent-min'] !== undefined || c['et-al-subsequent-use-first'] !== undefined;
    this.disamb = disambiguate(items, this.bibOrder, opts, (item, d) => {
      const ctx = this.ctx(item, 'citation', d, { id: item.id }, subsequentForm ? { position: 'subsequent', nearNote: false } : undefined);
      ctx.namesInfo = [];
      const text = plain(this.run(this.style.citation, ctx));
      return { text, names: ctx.namesInfo };
    });
    if (opts.yearSuffix && bib && bib.sort.length > 0) {
      this.bibOrder = order();
    }
  }

  private quotes(): QuoteMarks {
    const l = this.locale;
    return { open: l.text('open-quote') || '“', close: l.text('close-quote') || '”', openInner: l.text('open-inner-quote') || '‘', closeInner: l.text('close-inner-quote') || '’' };
  }

  /** Writes a marked string in the engine's format. */
  write(marked: string): string {
    const s = this.locale.option('punctuation-in-quote') ? punctuationInQuote(marked) : marked;
    return render(s, this.format, this.quotes());
  }

  /** Renders the citations of a document, in document order; returns one string per citation. */
  citations(citations: readonly CitationInput[]): string[] {
    const sec = this.style.citation;
    const cited: string[] = [];
    const seen = new Set<string>();
    for (const c of citations) for (const cite of c.items) {
      const id = String(cite.id);
      if (!seen.has(id) && this.items.has(id)) { seen.add(id); cited.push(id); }
    }
    const order = [...cited, ...this.registry.filter((id) => !seen.has(id))];
    if (this.style.orderSensitive && order.some((id, i) => id !== this.registry[i])) {
      this.registry = order;
      this.refresh();
    }
    const sorted = citations.map((c) => {
      if (sec.sort.length === 0) return c;
      const keyed = c.items.map((cite, i) => ({ cite, i, k: this.sortKeys(sec, String(cite.id), 'citation') }));
      keyed.sort((a, b) => compareKeys(sec.sort, a.k, b.k) || a.i - b.i);
      return { ...c, items: keyed.map((x) => x.cite) };
    });
    const positions = computePositions(sorted, Number(sec.attrs['near-note-distance'] ?? 5));
    return sorted.map((c, ci) => this.write(this.citationMarked(c, positions[ci])));
  }

  private citationMarked(c: CitationInput, pos: CitePosition[]): string {
    const sec = this.style.citation;
    const la = sec.layoutAttrs;
    const delimiter = la.delimiter ?? '';
    const rendered: RenderedCite[] = c.items.map((cite, i) => {
      const item = this.item(cite.id);
      const d = this.disamb.get(String(item.id)) ?? noDisambiguation();
      const ctx = this.ctx(item, 'citation', d, cite, pos[i]);
      if (cite['suppress-author']) ctx.suppressNames = true;
      let body = this.run(sec, ctx);
      if (!body && !cite['suppress-author']) body = NO_PRINTED_FORM;
      if ((i === 0 && !cite.prefix) || (cite.prefix && /[.!?][”’"']?\s*$/.test(cite.prefix))) body = capitalizeIbid(body, this.locale);
      const names = ctx.firstNamesKey;
      const wrap = (s: string): string => affix(s, cite.prefix ? parseRichText(cite.prefix) : undefined, cite.suffix ? parseRichText(cite.suffix) : undefined);
      const again = (mutate: (x: Ctx) => void): string => {
        const x = this.ctx(item, 'citation', d, cite, pos[i]);
        mutate(x);
        return wrap(this.run(sec, x));
      };
      return {
        text: wrap(body), names: cite['suppress-author'] ? undefined : names ?? '',
        withoutNames: () => again((x) => { x.suppressNames = true; }),
        bareYear: () => plain(again((x) => { x.suppressNames = true; x.disamb = { ...d, yearSuffix: undefined }; })),
        suffixOnly: d.yearSuffix,
        number: this.numbers.get(String(item.id)),
        decorated: !!(cite.locator || cite.prefix || cite.suffix),
      };
    });
    const a = sec.attrs;
    const body = collapseCites(rendered, {
      collapse: a.collapse ?? (a['cite-group-delimiter'] !== undefined ? 'group' : undefined), delimiter, groupAll: sec.sort.length > 0,
      citeGroupDelimiter: a['cite-group-delimiter'] ?? ', ',
      yearSuffixDelimiter: a['year-suffix-delimiter'] ?? a['cite-group-delimiter'] ?? delimiter,
      afterCollapseDelimiter: a['after-collapse-delimiter'] ?? delimiter,
    });
    if (!body) return '';
    const ctx = this.ctx(this.item(c.items[0].id), 'citation', noDisambiguation());
    return sec.decorate(affix(body, la.prefix, la.suffix), ctx);
  }

  /** Renders the bibliography of the registered items (or of `ids`), in the style's order. */
  bibliography(): Bibliography {
    const bib = this.style.bibliography;
    if (!bib) return { entries: [], ids: [], hangingIndent: false };
    const la = bib.layoutAttrs;
    const align = bib.attrs['second-field-align'];
    const sub = bib.attrs['subsequent-author-substitute'];
    const entries: string[] = [];
    const ids: string[] = [];
    let prevNames: string | undefined;
    for (const id of this.bibOrder) {
      const item = this.item(id);
      const d = this.disamb.get(id) ?? noDisambiguation();
      const bd = { ...noDisambiguation(), yearSuffix: d.yearSuffix, condition: d.condition };
      let ctx = this.ctx(item, 'bibliography', bd);
      let parts = this.parts(bib, ctx);
      const names = ctx.firstNamesKey;
      if (sub !== undefined && names && names === prevNames) {
        ctx = this.ctx(item, 'bibliography', bd);
        ctx.replaceNames = sub;
        parts = this.parts(bib, ctx);
      }
      prevNames = names;
      let marked: string;
      if (align && parts.length > 1) {
        const first = parts[0];
        let rest = parts.slice(1).reduce((a, p) => cat(a, p), '');
        rest = affix(rest, undefined, la.suffix);
        marked = M.leftMarginOn + affix(first, la.prefix, undefined) + M.displayOff + M.rightInlineOn + rest + M.displayOff;
      } else {
        marked = affix(bib.decorate(parts.reduce((a, p) => cat(a, p), ''), ctx), la.prefix, la.suffix);
      }
      if (parts.length === 0) continue;
      entries.push(this.write(marked));
      ids.push(id);
    }
    return { entries, ids, secondFieldAlign: align, hangingIndent: bib.attrs['hanging-indent'] === 'true' };
  }

  private parts(sec: CompiledSection, ctx: Ctx): string[] {
    ctx.yearSuffixPending = !sec.callsYearSuffix && !!ctx.disamb.yearSuffix;
    return sec.children.map((c) => c(ctx)).filter(Boolean);
  }
}
