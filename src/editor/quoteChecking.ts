import * as vscode from 'vscode';
import type { CorpusStore } from './corpusStore';
import { registerQuoteCodeActions } from './quoteCodeActions';
import { registerQuoteDiagnostics, type QuoteCheckTiming } from './quoteDiagnostics';
import { registerQuoteHover } from './quoteHover';

/**
 * Quotation checking in the editor: diagnostics for misquotations, unattributed quotations,
 * wrong sources and unknown keys in Markdown, LaTeX and plain-text documents, their quick
 * fixes, and a hover that shows a misquotation's words against the source's. `timing` tells
 * how the checks' slices ran.
 */
export function registerQuoteChecking(store: CorpusStore): vscode.Disposable & { timing: QuoteCheckTiming } {
  const diagnostics = registerQuoteDiagnostics(store);
  const disposable = vscode.Disposable.from(diagnostics, registerQuoteCodeActions(store, diagnostics), registerQuoteHover(store, diagnostics));
  return Object.assign(disposable, { timing: diagnostics.timing });
}
