/**
 * A CSL style parsed once and compiled into closures: its options, macros (compiled on first
 * use, so recursion and forward references work), citation and bibliography layouts and sort
 * keys, and its own `<locale>` elements. Compiled styles are cached by their text.
 */
import { compileElement, CompileEnv } from './compile';
import { compileDecorate, Decorate } from './decorate';
import { LocaleData, readLocale } from './locale';
import { cat } from './markers';
import { INHERITABLE_NAME_ATTRS } from './names';
import { compileSort, SortKey } from './sort';
import type { Render } from './types';
import { CslError, XmlNode, childNamed, childrenNamed, parseXml } from './xml';

/** A compiled `citation` or `bibliography`. */
export interface CompiledSection {
  /** The attributes of the element (collapse, disambiguation, second-field-align …). */
  attrs: Record<string, string>;
  /** The layout's children, rendered separately (for second-field-align). */
  children: Render[];
  /** The layout's own decorations (affixes, formatting). */
  decorate: Decorate;
  layoutAttrs: Record<string, string>;
  sort: SortKey[];
  /** True when the layout calls the year-suffix variable itself. */
  callsYearSuffix: boolean;
}

/** A style compiled for rendering. */
export interface CompiledStyle {
  attrs: Record<string, string>;
  isNote: boolean;
  locales: LocaleData[];
  citation: CompiledSection;
  bibliography?: CompiledSection;
  /** True when the order of first citation matters: citation numbers, or year letters without a bibliography sort. */
  orderSensitive: boolean;
}

function pick(attrs: Record<string, string>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (attrs[k] !== undefined) out[k] = attrs[k];
  return out;
}

function callsVariable(node: XmlNode, macros: Map<string, XmlNode>, variable: string, seen = new Set<string>()): boolean {
  if (node.attrs.variable?.split(/\s+/).includes(variable) && node.name === 'text') return true;
  if (node.name === 'text' && node.attrs.macro && !seen.has(node.attrs.macro)) {
    seen.add(node.attrs.macro);
    const m = macros.get(node.attrs.macro);
    if (m && callsVariable(m, macros, variable, seen)) return true;
  }
  return node.children.some((c) => callsVariable(c, macros, variable, seen));
}

function compileStyleText(text: string): CompiledStyle {
  const root = parseXml(text);
  if (root.name !== 'style') throw new CslError(`expected <style>, found <${root.name}>`, root.line, root.name);
  const macroNodes = new Map<string, XmlNode>();
  for (const m of childrenNamed(root, 'macro')) macroNodes.set(m.attrs.name, m);
  const compiledMacros = new Map<string, Render>();
  const styleNames = pick(root.attrs, INHERITABLE_NAME_ATTRS);
  const citationNode = childNamed(root, 'citation');
  const bibliographyNode = childNamed(root, 'bibliography');
  if (!citationNode) throw new CslError('the style has no <citation>', root.line, 'style');
  const citNames = { ...styleNames, ...pick(citationNode.attrs, INHERITABLE_NAME_ATTRS) };
  const bibNames = { ...styleNames, ...pick(bibliographyNode?.attrs ?? {}, INHERITABLE_NAME_ATTRS) };
  const env: CompileEnv = {
    pageRangeFormat: root.attrs['page-range-format'],
    demote: root.attrs['demote-non-dropping-particle'] ?? 'display-and-sort',
    inheritedNames: (mode) => (mode === 'citation' ? citNames : bibNames),
    macro: (name, at) => {
      let r = compiledMacros.get(name);
      if (r) return r;
      const m = macroNodes.get(name);
      if (!m) throw new CslError(`macro "${name}" is not defined`, at.line, at.name);
      const placeholder: Render = (ctx) => r!(ctx);
      compiledMacros.set(name, placeholder);
      const children = m.children.map((c) => compileElement(c, env));
      r = (ctx) => {
        let out = '';
        for (const c of children) { const s = c(ctx); if (s) out = out ? cat(out, s) : s; }
        return out;
      };
      compiledMacros.set(name, r);
      return r;
    },
  };
  const section = (node: XmlNode): CompiledSection => {
    const layout = childNamed(node, 'layout');
    if (!layout) throw new CslError(`<${node.name}> has no <layout>`, node.line, node.name);
    return {
      attrs: node.attrs,
      children: layout.children.map((c) => compileElement(c, env)),
      decorate: compileDecorate({ ...layout.attrs, prefix: '', suffix: '' }),
      layoutAttrs: layout.attrs,
      sort: compileSort(childNamed(node, 'sort'), env),
      callsYearSuffix: callsVariable(layout, macroNodes, 'year-suffix'),
    };
  };
  const style: CompiledStyle = {
    attrs: root.attrs,
    isNote: root.attrs.class === 'note',
    locales: childrenNamed(root, 'locale').map(readLocale),
    citation: section(citationNode),
    bibliography: bibliographyNode ? section(bibliographyNode) : undefined,
    orderSensitive: false,
  };
  const usesNumber = [citationNode, bibliographyNode].some((n) => n && (callsVariable(n, macroNodes, 'citation-number') || JSON.stringify(childNamed(n, 'sort')?.children.map((k) => k.attrs) ?? []).includes('citation-number')));
  const unsortedSuffixes = citationNode.attrs['disambiguate-add-year-suffix'] === 'true' && !(bibliographyNode && childNamed(bibliographyNode, 'sort'));
  style.orderSensitive = usesNumber || unsortedSuffixes;
  for (const name of macroNodes.keys()) env.macro(name, root);
  return style;
}

const cache = new Map<string, CompiledStyle>();

/** Parses and compiles a style (cached by its text); throws a located `CslError` if it is broken. */
export function compileStyle(text: string): CompiledStyle {
  let s = cache.get(text);
  if (!s) {
    s = compileStyleText(text);
    if (cache.size > 50) cache.clear();
    cache.set(text, s);
  }
  return s;
}
