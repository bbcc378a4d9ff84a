/**
 * Locales: terms (forms, singular/plural, genders), date formats and style options, read from
 * locale XML and from a style's own `<locale>` elements, and looked up in CSL's fallback order
 * (style locale for the dialect, for the language, without language; then the locale file for
 * the dialect, its language's primary dialect, and en-US).
 */
import { CslError, XmlNode, childNamed, childrenNamed, parseXml } from './xml';

/** A term's singular and plural text. */
export interface Term { single: string; multiple: string; gender?: string; match?: string }

/** One locale's definitions (from a file or a style `<locale>`). */
export interface LocaleData {
  lang?: string;
  terms: Map<string, Term>;
  dates: Map<string, XmlNode>;
  options: Record<string, string>;
  hasOrdinals: boolean;
}

/** Gives the XML text of a locale file for a language tag such as "de-DE", or undefined. */
export type LocaleSource = (lang: string) => string | undefined;

const PRIMARY: Record<string, string> = {
  af: 'af-ZA', ar: 'ar', bg: 'bg-BG', ca: 'ca-AD', cs: 'cs-CZ', cy: 'cy-GB', da: 'da-DK', de: 'de-DE', el: 'el-GR', en: 'en-US',
  es: 'es-ES', et: 'et-EE', eu: 'eu', fa: 'fa-IR', fi: 'fi-FI', fr: 'fr-FR', he: 'he-IL', hr: 'hr-HR', hu: 'hu-HU', id: 'id-ID',
  is: 'is-IS', it: 'it-IT', ja: 'ja-JP', km: 'km-KH', ko: 'ko-KR', la: 'la', lt: 'lt-LT', lv: 'lv-LV', mn: 'mn-MN', nb: 'nb-NO',
  nl: 'nl-NL', nn: 'nn-NO', pl: 'pl-PL', pt: 'pt-PT', ro: 'ro-RO', ru: 'ru-RU', sk: 'sk-SK', sl: 'sl-SI', sr: 'sr-RS', sv: 'sv-SE',
  th: 'th-TH', tr: 'tr-TR', uk: 'uk-UA', vi: 'vi-VN', zh: 'zh-CN',
};

/** The key of a term in a locale's map. */
function termKey(name: string, form: string, gender?: string): string {
  return gender ? `${name}|${form}|${gender}` : `${name}|${form}`;
}

/** Reads one `<locale>` element. */
export function readLocale(node: XmlNode): LocaleData {
  const data: LocaleData = { lang: node.attrs['xml:lang'], terms: new Map(), dates: new Map(), options: {}, hasOrdinals: false };
  const opts = childNamed(node, 'style-options');
  if (opts) Object.assign(data.options, opts.attrs);
  for (const d of childrenNamed(node, 'date')) if (d.attrs.form) data.dates.set(d.attrs.form, d);
  for (const terms of childrenNamed(node, 'terms')) {
    for (const t of childrenNamed(terms, 'term')) {
      const name = t.attrs.name;
      if (!name) throw new CslError('a term has no name', t.line, 'term');
      const single = childNamed(t, 'single');
      const multiple = childNamed(t, 'multiple');
      const text = single || multiple ? undefined : t.text;
      const term: Term = {
        single: single ? single.text : text ?? '',
        multiple: multiple ? multiple.text : single ? single.text : text ?? '',
        gender: t.attrs.gender, match: t.attrs.match,
      };
      if (name.startsWith('ordinal')) data.hasOrdinals = true;
      data.terms.set(termKey(name, t.attrs.form ?? 'long', t.attrs['gender-form']), term);
    }
  }
  return data;
}

const FORM_FALLBACK: Record<string, string[]> = {
  long: ['long'], short: ['short', 'long'], verb: ['verb', 'long'], 'verb-short': ['verb-short', 'verb', 'long'], symbol: ['symbol', 'short', 'long'],
};

/** The locales of one style for one language, merged in CSL's fallback order. */
export class Locale {
  private readonly ordinalSources: LocaleData[];

  constructor(readonly lang: string, readonly chain: LocaleData[]) {
    const firstWithOrdinals = chain.find((l) => l.hasOrdinals);
    this.ordinalSources = firstWithOrdinals ? [firstWithOrdinals] : chain;
  }

  /** A style option from the locales (`punctuation-in-quote`, `limit-day-ordinals-to-day-1`). */
  option(name: string): boolean {
    for (const l of this.chain) if (l.options[name] !== undefined) return l.options[name] === 'true';
    return false;
  }

  /** The date format (`text` or `numeric`). */
  dateFormat(form: string): XmlNode | undefined {
    for (const l of this.chain) {
      const d = l.dates.get(form);
      if (d) return d;
    }
    return undefined;
  }

  /** The term record, following the form fallback; undefined when no locale defines it. */
  term(name: string, form = 'long', gender?: string): Term | undefined {
    const sources = name.startsWith('ordinal') ? this.ordinalSources : this.chain;
    for (const f of FORM_FALLBACK[form] ?? [form, 'long']) {
      for (const l of sources) {
        const t = (gender && l.terms.get(termKey(name, f, gender))) || l.terms.get(termKey(name, f));
        if (t) return t;
      }
    }
    return undefined;
  }

  /** A term's text in the singular or plural; '' when undefined. */
  text(name: string, form = 'long', plural = false): string {
    const t = this.term(name, form);
    if (!t) return '';
    return plural ? t.multiple : t.single;
  }

  /** The grammatical gender of a noun term (months, locators), if the locale gives one. */
  gender(name: string): string | undefined {
    return this.term(name, 'long')?.gender;
  }
}

const fileCaches = new WeakMap<LocaleSource, Map<string, LocaleData | null>>();

/** Reads (and caches, per source) the locale file for `lang`, or null when the source has none. */
function localeFile(lang: string, source: LocaleSource): LocaleData | null {
  let cache = fileCaches.get(source);
  if (!cache) fileCaches.set(source, (cache = new Map()));
  const cached = cache.get(lang);
  if (cached !== undefined) return cached;
  const xml = source(lang);
  const data = xml ? readLocale(parseXml(xml)) : null;
  cache.set(lang, data);
  return data;
}

/** Builds the merged locale for a style's `<locale>` elements and a language. */
export function buildLocale(styleLocales: readonly LocaleData[], lang: string, source: LocaleSource): Locale {
  const language = lang.split('-')[0];
  const chain: LocaleData[] = [];
  const push = (d: LocaleData | null | undefined): void => { if (d && !chain.includes(d)) chain.push(d); };
  for (const l of styleLocales) if (l.lang === lang) push(l);
  for (const l of styleLocales) if (l.lang === language) push(l);
  for (const l of styleLocales) if (!l.lang) push(l);
  push(localeFile(lang, source));
  if (PRIMARY[language] && PRIMARY[language] !== lang) push(localeFile(PRIMARY[language], source));
  if (lang !== 'en-US') push(localeFile('en-US', source));
  return new Locale(lang, chain);
}

/** True when a locale file for `lang` (or its language's primary dialect) is available. */
export function hasLocale(lang: string, source: LocaleSource): boolean {
  return localeFile(lang, source) !== null || (PRIMARY[lang.split('-')[0]] !== undefined && localeFile(PRIMARY[lang.split('-')[0]], source) !== null);
}

/** True when `lang` is a language CSL publishes a locale for (so a missing file is a gap, not a fallback). */
export function isCslLanguage(lang: string): boolean {
  return PRIMARY[lang.split('-')[0]] !== undefined;
}
