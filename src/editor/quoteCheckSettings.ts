import * as vscode from 'vscode';
import { DEFAULT_SEVERITY, type Language, type QuoteCheckOptions, type RuleId, type Severity } from '../core/quotes';
import { Settings } from '../ids';
import { ESSAY_DOCUMENTS } from './essayDocuments';

/** The setting that sets each rule's severity (or turns it off). */
export const RULE_SETTINGS: Readonly<Record<RuleId, string>> = {
  misquote: Settings.checkMisquote,
  'unattributed-quotation': Settings.checkUnattributedQuotation,
  'wrong-source': Settings.checkWrongSource,
  'unknown-citation-key': Settings.checkUnknownCitationKey,
};

/** How long typing must pause before a document is checked again, unless set otherwise. */
export const DEFAULT_CHECK_DELAY_MS = 300;

/** The quotation-check settings of one document, as one typed snapshot. */
export interface QuoteCheckSettings {
  options: QuoteCheckOptions;
  /** Debounce after an edit, in milliseconds. */
  delayMs: number;
}

const LEVELS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads `annalist.check.*` for a document (they are resource-scoped, so a folder may differ).
 * Unknown values fall back to the rule's default severity rather than failing.
 */
export function readQuoteCheckSettings(document: vscode.TextDocument): QuoteCheckSettings {
  const config = vscode.workspace.getConfiguration(undefined, document);
  const rules: Partial<Record<RuleId, Severity | 'off'>> = {};
  for (const [rule, setting] of Object.entries(RULE_SETTINGS) as [RuleId, string][]) {
    const value = config.get<string>(setting);
    rules[rule] = value !== undefined && LEVELS.has(value) ? (value as Severity | 'off') : DEFAULT_SEVERITY[rule];
  }
  const delay = config.get<number>(Settings.checkDelay);
  const delayMs = typeof delay === 'number' && Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 5000) : DEFAULT_CHECK_DELAY_MS;
  return { options: { rules }, delayMs };
}

/** Whether a configuration change touches the quotation-check settings. */
export function affectsQuoteCheckSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('annalist.check');
}

/** The checker's markup for a VS Code language id, or undefined for languages it does not read. */
export function checkedLanguage(languageId: string): Language | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'latex' || languageId === 'tex') return 'latex';
  if (languageId === 'plaintext') return 'plaintext';
  return undefined;
}

/** The documents quotation checking applies to: Markdown, LaTeX and plain text. */
export const CHECKED_SELECTOR: vscode.DocumentSelector = ESSAY_DOCUMENTS;

/** A rule's severity as VS Code shows it. */
export function toDiagnosticSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}
