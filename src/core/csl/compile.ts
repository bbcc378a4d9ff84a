/**
 * Compiles the rendering elements of a style (`text`, `number`, `label`, `group`, `choose`,
 * `date`, `names`) into closures, once per style. Rendering a cite then only calls functions;
 * the XML is never read again.
 */
import { compileCondition } from './conditions';
import { compileDate } from './dates';
import { compileDecorate } from './decorate';
import { clean, M, joinParts } from './markers';
import { compileNames, NamesEnv } from './names';
import { formatNumber, formatPageRanges, isNumeric, isPluralValue } from './numbers';
import { parseRichText } from './richText';
import type { Ctx, Render } from './types';
import { variableText } from './variables';
import { CslError, XmlNode } from './xml';

/** What element compilers need from the style: macros, options and inherited name attributes. */
export interface CompileEnv {
  macro(name: string, node: XmlNode): Render;
  pageRangeFormat?: string;
  demote: string;
  inheritedNames(mode: 'citation' | 'bibliography'): Record<string, string>;
}

const PLAIN_VARIABLES = new Set(['URL', 'DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID']);
const NUMBER_VARIABLES = new Set(['issue', 'volume', 'number', 'collection-number', 'chapter-number', 'number-of-volumes', 'supplement-number', 'part-number', 'printing-number']);
const NUMBER_COUNT_VARIABLES = new Set(['number-of-pages', 'number-of-volumes']);

/** The term name and value of a label's variable ("locator" uses the cite's label). */
function labelTerm(ctx: Ctx, variable: string): { term: string; value?: string } {
  if (variable === 'locator') {
    const value = variableText(ctx, 'locator');
    return { term: ctx.cite?.label ?? 'page', value };
  }
  return { term: variable, value: variableText(ctx, variable) };
}

function plural(value: string, variable: string, rule: string | undefined): boolean {
  if (rule === 'always') return true;
  if (rule === 'never') return false;
  if (NUMBER_COUNT_VARIABLES.has(variable)) return (parseInt(value, 10) || 0) > 1;
  return isPluralValue(value);
}

/** Renders a term for a label (used by `label` and by names' labels). */
export function renderLabelTerm(node: XmlNode, term: string, isPlural: boolean, ctx: Ctx): string {
  const form = node.attrs.form ?? 'long';
  let text = ctx.locale.text(term, form, isPlural);
  if (!text && term.includes('-')) text = ctx.locale.text(term.replace(/-/g, ' '), form, isPlural);
  else if (!text && term.includes(' ')) text = ctx.locale.text(term.replace(/ /g, '-'), form, isPlural);
  return text ? compileDecorate(node.attrs)(text, ctx) : '';
}

/** Compiles one rendering element (or a layout's children) into a render function. */
export function compileElement(node: XmlNode, env: CompileEnv): Render {
  const decorate = compileDecorate(node.attrs);
  const a = node.attrs;
  switch (node.name) {
    case 'text': {
      if (a.macro) {
        const m = env.macro(a.macro, node);
        return (ctx) => decorate(m(ctx), ctx);
      }
      if (a.term) {
        const form = a.form ?? 'long';
        const isPlural = a.plural === 'true';
        return (ctx) => decorate(ctx.locale.text(a.term, form, isPlural), ctx);
      }
      if (a.value !== undefined) {
        const value = parseRichText(a.value);
        return (ctx) => decorate(value, ctx);
      }
      if (a.variable) {
        const v = a.variable;
        const form = a.form;
        const counts = v !== 'year-suffix';
        return (ctx) => {
          if (counts) ctx.called++;
          if (ctx.suppressed.has(v)) return '';
          let s = variableText(ctx, v, form);
          if (s === undefined) return '';
          ctx.found++;
          if (ctx.substituting) ctx.suppressed.add(v);
          if (NUMBER_VARIABLES.has(v) && isNumeric(s)) s = s.replace(/(\d)\s*-\s*(?=[A-Za-z]*\d)/g, '$1–');
          if (v === 'page' || v === 'locator') s = formatPageRanges(s, v === 'page' || (ctx.cite?.label ?? 'page') === 'page' ? env.pageRangeFormat : undefined, ctx.locale);
          if (v === 'citation-label' && ctx.yearSuffixPending && ctx.disamb.yearSuffix) { s += ctx.disamb.yearSuffix; ctx.yearSuffixPending = false; }
          const marked = PLAIN_VARIABLES.has(v) ? clean(s) : parseRichText(s);
          if (v === 'citation-number' && ctx.mode === 'citation' && !ctx.sorting) return decorate(M.nocaseOn + marked + M.nocaseOff, ctx);
          return decorate(marked, ctx);
        };
      }
      throw new CslError('<text> needs variable, macro, term or value', node.line, 'text');
    }
    case 'number': {
      const v = a.variable;
      const form = a.form ?? 'numeric';
      return (ctx) => {
        ctx.called++;
        const s = variableText(ctx, v);
        if (s === undefined) return '';
        ctx.found++;
        if (!isNumeric(s)) return decorate(clean(s), ctx);
        return decorate(formatNumber(s, form, ctx.locale, ctx.locale.gender(v === 'locator' ? ctx.cite?.label ?? 'page' : v)), ctx);
      };
    }
    case 'label': {
      const v = a.variable;
      return (ctx) => {
        const { term, value } = labelTerm(ctx, v);
        if (value === undefined) return '';
        return renderLabelTerm(node, term, plural(value, v, a.plural), ctx);
      };
    }
    case 'group': {
      const children = node.children.map((c) => compileElement(c, env));
      const delimiter = a.delimiter ?? '';
      return (ctx) => {
        const called = ctx.called;
        const found = ctx.found;
        const parts = children.map((c) => c(ctx));
        const calledInside = ctx.called - called;
        const foundInside = ctx.found - found;
        if (calledInside > 0 && foundInside === 0) return '';
        const s = joinParts(parts, delimiter);
        return s ? decorate(s, ctx) : '';
      };
    }
    case 'choose': {
      const branches = node.children.map((b) => ({ test: compileCondition(b), body: b.children.map((c) => compileElement(c, env)) }));
      return (ctx) => {
        for (const b of branches) {
          if (b.test(ctx)) return joinParts(b.body.map((r) => r(ctx)), '');
        }
        return '';
      };
    }
    case 'date': return compileDate(node);
    case 'names': {
      const namesEnv: NamesEnv = {
        inherited: env.inheritedNames,
        compile: (n) => compileElement(n, env),
        demote: env.demote,
        label: (n, term, isPlural, ctx) => renderLabelTerm(n, term, n.attrs.plural === 'always' ? true : n.attrs.plural === 'never' ? false : isPlural, ctx),
      };
      return compileNames(node, namesEnv);
    }
    case 'layout': {
      const children = node.children.map((c) => compileElement(c, env));
      return (ctx) => joinParts(children.map((c) => c(ctx)), '');
    }
    default:
      throw new CslError(`unknown rendering element <${node.name}>`, node.line, node.name);
  }
}
