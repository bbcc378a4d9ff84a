/**
 * The `names` element: name lists with `name` (and, delimiters, et-al rules, forms, sort
 * order), `et-al`, `label`, `substitute`, inherited name options, the editor+translator
 * merge, and the disambiguation hooks (extra names, expanded given names).
 */
import { compileDecorate } from './decorate';
import { joinParts } from './markers';
import { formatName, NameStyle } from './nameParts';
import type { CslName, Ctx, Render } from './types';
import { XmlNode, childNamed } from './xml';

/** Name attributes a style, citation or bibliography passes down to every `name`/`names`. */
export const INHERITABLE_NAME_ATTRS = ['and', 'delimiter-precedes-et-al', 'delimiter-precedes-last', 'et-al-min', 'et-al-use-first', 'et-al-use-last', 'et-al-subsequent-min', 'et-al-subsequent-use-first', 'initialize', 'initialize-with', 'name-as-sort-order', 'sort-separator', 'name-form', 'name-delimiter', 'names-delimiter'];

/** What `names` needs from the style compiler. */
export interface NamesEnv {
  inherited(mode: 'citation' | 'bibliography'): Record<string, string>;
  compile(node: XmlNode): Render;
  demote: string;
  label(node: XmlNode, variable: string, plural: boolean, ctx: Ctx): string;
}

/** A name list's given-name key, for the disambiguation record. */
export function nameKey(n: CslName): string {
  return `${n.family ?? ''}|${n.given ?? ''}|${n.literal ?? ''}`;
}

function nameList(ctx: Ctx, variable: string): CslName[] {
  const v = ctx.item[variable];
  return Array.isArray(v) ? (v as CslName[]).filter((n) => n && typeof n === 'object') : [];
}

/** Records the first names rendered in an entry; suppresses them when the cite asks to. */
function firstNames(ctx: Ctx, out: string): string {
  if (ctx.firstNames !== undefined || ctx.sorting) return out;
  ctx.firstNames = out;
  if (ctx.replaceNames !== undefined) return ctx.replaceNames;
  return ctx.suppressNames ? '' : out;
}

/** Compiles a `names` element (and its children). */
export function compileNames(node: XmlNode, env: NamesEnv, inheritedNameNode?: XmlNode, inheritedEtAl?: XmlNode, inheritedLabel?: { node: XmlNode; before: boolean }): Render {
  const variables = (node.attrs.variable ?? '').split(/\s+/).filter(Boolean);
  const nameNode = childNamed(node, 'name') ?? inheritedNameNode;
  const etAlNode = childNamed(node, 'et-al') ?? inheritedEtAl;
  const labelNode = childNamed(node, 'label');
  const label = labelNode ? { node: labelNode, before: node.children.indexOf(labelNode) < node.children.indexOf(nameNode ?? labelNode) } : inheritedLabel;
  const substituteNode = childNamed(node, 'substitute');
  const substitutes = substituteNode ? substituteNode.children.map((c) => (c.name === 'names' && c.children.length === 0 ? compileNames(c, env, nameNode, etAlNode, label) : env.compile(c))) : [];
  const isTerm = substituteNode ? substituteNode.children.map((c) => c.name === 'text' && c.attrs.term !== undefined) : [];
  const decorate = compileDecorate(node.attrs);
  const nameDecorate = nameNode ? compileDecorate(nameNode.attrs, { textCase: false }) : (s: string) => s;
  const etAlDecorate = etAlNode ? compileDecorate(etAlNode.attrs) : (s: string) => s;
  const familyPart = nameNode?.children.find((c) => c.name === 'name-part' && c.attrs.name === 'family');
  const givenPart = nameNode?.children.find((c) => c.name === 'name-part' && c.attrs.name === 'given');
  const famDec = familyPart ? compileDecorate(familyPart.attrs) : undefined;
  const givDec = givenPart ? compileDecorate(givenPart.attrs) : undefined;

  const renderList = (ctx: Ctx, list: CslName[], attrs: Record<string, string>): string => {
    const form = attrs.form ?? attrs['name-form'] ?? 'long';
    const delimiter = attrs.delimiter ?? attrs['name-delimiter'] ?? ', ';
    const subsequent = ctx.position !== 'first' && ctx.mode === 'citation';
    let etAlMin = Number(subsequent && attrs['et-al-subsequent-min'] ? attrs['et-al-subsequent-min'] : attrs['et-al-min'] ?? 0);
    let useFirst = Number(subsequent && attrs['et-al-subsequent-use-first'] ? attrs['et-al-subsequent-use-first'] : attrs['et-al-use-first'] ?? 0);
    let useLast = attrs['et-al-use-last'] === 'true';
    if (ctx.namesMin !== undefined) etAlMin = ctx.namesMin;
    if (ctx.namesUseFirst !== undefined) useFirst = ctx.namesUseFirst;
    if (ctx.namesUseLast !== undefined) useLast = ctx.namesUseLast;
    let shown = list.length;
    const truncated = etAlMin > 0 && useFirst > 0 && list.length >= etAlMin;
    if (truncated) shown = Math.min(list.length, useFirst + ctx.disamb.addNames);
    const info = ctx.namesInfo;
    if (info) info.push({ count: list.length, shown });
    if (form === 'count') return shown > 0 ? String(shown) : '';
    const sortOrder = ctx.sorting ? 'all' : attrs['name-as-sort-order'];
    const out: string[] = [];
    for (let i = 0; i < shown; i++) {
      const n = list[i];
      const st: NameStyle = {
        form, inverted: sortOrder === 'all' || (sortOrder === 'first' && i === 0),
        sortSeparator: attrs['sort-separator'] ?? ', ', initializeWith: attrs['initialize-with'],
        initialize: attrs.initialize !== 'false', demote: env.demote,
        givenLevel: ctx.disamb.givenLevel.get(nameKey(n)) ?? 0,
        family: famDec && !ctx.sorting ? (s) => famDec(s, ctx) : (s) => s,
        given: givDec && !ctx.sorting ? (s) => givDec(s, ctx) : (s) => s,
        sorting: ctx.sorting,
      };
      out.push(formatName(n, st));
    }
    if (ctx.sorting) {
      if (truncated && useLast && shown < list.length - 1) out.push(formatName(list[list.length - 1], { form, inverted: true, sortSeparator: ' ', initialize: true, demote: env.demote, givenLevel: 0, family: (s) => s, given: (s) => s, sorting: true }));
      return out.join(' ');
    }
    const and = attrs.and === 'text' ? ctx.locale.text('and') : attrs.and === 'symbol' ? '&' : '';
    const invertedAt = (i: number): boolean => (sortOrder === 'all' || (sortOrder === 'first' && i === 0)) && list[i]?.family !== undefined;
    const precedes = (rule: string | undefined, count: number, dflt: 'contextual'): boolean => {
      const r = rule ?? dflt;
      if (r === 'always') return true;
      if (r === 'never') return false;
      if (r === 'after-inverted-name') return invertedAt(count - 2);
      return count > 2;
    };
    let text = '';
    const useLastApplies = truncated && useLast && shown < list.length - 1;
    const etAlTerm = etAlNode?.attrs.term ?? 'et-al';
    if (truncated && shown < list.length && !useLastApplies) {
      text = out.join(delimiter);
      const term = ctx.locale.text(etAlTerm);
      if (term) {
        const r = attrs['delimiter-precedes-et-al'] ?? 'contextual';
        const useDelim = r === 'always' || (r === 'after-inverted-name' && invertedAt(shown - 1)) || (r === 'contextual' && shown > 1);
        text += (useDelim ? delimiter : ' ') + etAlDecorate(term, ctx);
      }
    } else if (useLastApplies) {
      const last = list[list.length - 1];
      const st: NameStyle = {
        form, inverted: sortOrder === 'all', sortSeparator: attrs['sort-separator'] ?? ', ', initializeWith: attrs['initialize-with'],
        initialize: attrs.initialize !== 'false', demote: env.demote, givenLevel: ctx.disamb.givenLevel.get(nameKey(last)) ?? 0,
        family: famDec ? (s) => famDec(s, ctx) : (s) => s, given: givDec ? (s) => givDec(s, ctx) : (s) => s, sorting: false,
      };
      text = `${out.join(delimiter)}${delimiter}… ${formatName(last, st)}`;
    } else if (out.length === 1) {
      text = out[0];
    } else if (and) {
      const head = out.slice(0, -1).join(delimiter);
      text = `${head}${precedes(attrs['delimiter-precedes-last'], out.length, 'contextual') ? delimiter : ' '}${and} ${out[out.length - 1]}`;
    } else {
      text = out.join(delimiter);
    }
    return text;
  };

  return (ctx) => {
    const inherited = env.inherited(ctx.mode);
    const attrs: Record<string, string> = { ...inherited, ...(nameNode?.attrs ?? {}) };
    const namesDelimiter = node.attrs.delimiter ?? inherited['names-delimiter'] ?? '';
    const present = variables.filter((v) => !ctx.suppressed.has(v) && nameList(ctx, v).length > 0);
    ctx.called += variables.length > 0 ? 1 : 0;
    if (present.length > 0) {
      ctx.found++;
      const parts: string[] = [];
      const keys: string[] = [];
      let vars = present;
      const edTr = present.includes('editor') && present.includes('translator') && JSON.stringify(nameList(ctx, 'editor')) === JSON.stringify(nameList(ctx, 'translator')) && !!ctx.locale.term('editortranslator', label?.node.attrs.form ?? 'long')?.single;
      if (edTr) vars = present.filter((v) => v !== 'translator');
      for (const v of vars) {
        const list = nameList(ctx, v);
        let s = renderList(ctx, list, attrs);
        if (ctx.sorting) { parts.push(s); continue; }
        if (attrs.form === 'count' || attrs['name-form'] === 'count') { parts.push(s); continue; }
        s = nameDecorate(s, ctx);
        keys.push(s);
        if (label) {
          const term = edTr && v === 'editor' ? 'editortranslator' : v;
          const l = env.label(label.node, term, list.length > 1, ctx);
          if (l) s = label.before ? l + s : s + l;
        }
        parts.push(s);
      }
      if (ctx.substituting) for (const v of present) ctx.suppressed.add(v);
      if ((attrs.form ?? attrs['name-form']) === 'count') {
        const total = parts.reduce((a, p) => a + (Number(p) || 0), 0);
        return total > 0 ? decorate(String(total), ctx) : '';
      }
      if (ctx.firstNamesKey === undefined && !ctx.sorting) ctx.firstNamesKey = keys.join('|');
      return firstNames(ctx, decorate(joinParts(parts, namesDelimiter), ctx));
    }
    for (const [i, sub] of substitutes.entries()) {
      const was = ctx.substituting;
      ctx.substituting = true;
      const s = sub(ctx);
      ctx.substituting = was;
      if (!s && isTerm[i]) { ctx.found++; return ''; }
      if (s) {
        ctx.found++;
        if (ctx.firstNamesKey === undefined && !ctx.sorting) ctx.firstNamesKey = s;
        return firstNames(ctx, decorate(s, ctx));
      }
    }
    return '';
  };
}
