import * as vscode from 'vscode';
import type { CorpusProblem } from '../core/model';
import type { CorpusStore } from './corpusStore';

/** Shows every corpus loading problem in the Problems panel, at its file, line and column. */
export function registerCorpusProblems(store: CorpusStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('annalist');
  const subscription = store.onDidChange((snapshot) => {
    collection.clear();
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const { uri, problem } of snapshot.problems) {
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(toDiagnostic(problem));
      byUri.set(uri.toString(), entry);
    }
    for (const { uri, diagnostics } of byUri.values()) collection.set(uri, diagnostics);
  });
  return vscode.Disposable.from(collection, subscription);
}

function toDiagnostic(problem: CorpusProblem): vscode.Diagnostic {
  const at = new vscode.Position(problem.line - 1, problem.column - 1);
  const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at), message, severity);
  diagnostic.source = 'Annalist';
  return diagnostic;
}
