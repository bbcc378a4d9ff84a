/**
 * The attributes most rendering elements share, compiled once per element into one function:
 * strip-periods, text-case, formatting (font-style, font-variant, font-weight,
 * text-decoration, vertical-align), quotes, affixes and display.
 */
import { M, affix } from './markers';
import { applyTextCase, isEnglish } from './textCase';
import type { Ctx } from './types';

/** Wraps a rendered string in an element's decorations; '' stays ''. */
export type Decorate = (s: string, ctx: Ctx) => string;

const FORMATS: Record<string, Record<string, [string, string]>> = {
  'font-style': { italic: [M.italicOn, M.italicOff], oblique: [M.italicOn, M.italicOff], normal: [M.normalOn, M.normalOff] },
  'font-variant': { 'small-caps': [M.scOn, M.scOff], normal: [M.variantNormalOn, M.variantNormalOff] },
  'font-weight': { bold: [M.boldOn, M.boldOff], normal: [M.weightNormalOn, M.weightNormalOff], light: [M.weightNormalOn, M.weightNormalOff] },
  'text-decoration': { underline: [M.underlineOn, M.underlineOff] },
  'vertical-align': { sup: [M.supOn, M.supOff], sub: [M.subOn, M.subOff], baseline: [M.baselineOn, M.baselineOff] },
};
const DISPLAY: Record<string, string> = { block: M.blockOn, 'left-margin': M.leftMarginOn, 'right-inline': M.rightInlineOn, indent: M.indentOn };

/** Removes periods (CSL strip-periods), leaving markers and other text. */
export function stripPeriods(s: string): string {
  return s.replace(/\./g, '');
}

/** Options for `compileDecorate`: which decorations the element may carry. */
export interface DecorateOptions { affixes?: boolean; textCase?: boolean; quotes?: boolean; display?: boolean }

/** Compiles an element's decoration attributes into one function. */
export function compileDecorate(attrs: Readonly<Record<string, string>>, opts: DecorateOptions = {}): Decorate {
  const strip = attrs['strip-periods'] === 'true';
  const textCase = opts.textCase === false ? undefined : attrs['text-case'];
  const wraps: [string, string][] = [];
  for (const [attr, table] of Object.entries(FORMATS)) {
    const w = attrs[attr] ? table[attrs[attr]] : undefined;
    if (w) wraps.push(w);
  }
  const quotes = opts.quotes !== false && attrs.quotes === 'true';
  const prefix = opts.affixes === false ? undefined : attrs.prefix;
  const suffix = opts.affixes === false ? undefined : attrs.suffix;
  const display = opts.display === false ? undefined : DISPLAY[attrs.display ?? ''];
  if (!strip && !textCase && wraps.length === 0 && !quotes && !prefix && !suffix && !display) return (s) => s;
  return (s, ctx) => {
    if (!s) return s;
    let out = s;
    if (strip) out = stripPeriods(out);
    if (textCase) out = applyTextCase(out, textCase, textCase !== 'title' || isEnglish(ctx.item.language ?? ctx.locale.lang), typeof ctx.item.language === 'string' ? ctx.item.language : undefined);
    if (ctx.sorting) return out;
    if (quotes) out = M.quoteOn + out + M.quoteOff;
    for (const [on, off] of wraps) out = on + out + off;
    out = affix(out, prefix, suffix);
    if (display) out = display + out + M.displayOff;
    return out;
  };
}
