/**
 * The rules, their default severities, and how options change them.
 */
import type { QuoteCheckOptions, QuoteFinding, RuleId, Severity } from './types';

/** Every rule, in the order findings of one place are listed. */
export const RULES: readonly RuleId[] = ['misquote', 'wrong-source', 'unattributed-quotation', 'unknown-citation-key'];

/**
 * Default severities: changed words and a citation of the wrong source are errors; a missing
 * citation and an unknown key are warnings (the citation may be elsewhere, the key may be in
 * the writer's own bibliography).
 */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  misquote: 'error',
  'wrong-source': 'error',
  'unattributed-quotation': 'warning',
  'unknown-citation-key': 'warning',
};

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** The severity of a rule under `options`, or `off`. Unknown values fall back to the default. */
export function severityOf(rule: RuleId, options: QuoteCheckOptions | undefined): Severity | 'off' {
  const set = options?.rules?.[rule];
  return set !== undefined && LEVELS.has(set) ? set : DEFAULT_SEVERITY[rule];
}

/** The findings with the severities of `options`, without those of rules turned off. */
export function applySeverities(findings: readonly QuoteFinding[], options: QuoteCheckOptions | undefined): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  for (const f of findings) {
    const severity = severityOf(f.rule, options);
    if (severity === 'off') continue;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}
