import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/model';
import { addEdits, DocumentQuoteChecker, pendingChange, type Language, type PendingEdits, type QuoteFinding, type TextChange } from '../core/quotes';
import type { CorpusStore } from './corpusStore';
import { affectsQuoteCheckSettings, checkedLanguage, readQuoteCheckSettings, toDiagnosticSeverity } from './quoteCheckSettings';

/** What the Problems panel shows as the diagnostics' source. */
export const QUOTE_DIAGNOSTIC_SOURCE = 'Annalist';

/** Documents longer than this (about 300,000 words) are not checked. */
export const MAX_CHECKED_LENGTH = 2_000_000;

/** How long one slice of a check may hold the extension host before it lets other work run. */
const SLICE_MS = 8;

/**
 * Documents up to this length are checked at once when a quick fix or hover needs findings
 * that a running check has not delivered yet (a check of this much text takes a few ms);
 * longer ones answer from the last finished check only.
 */
const SYNC_CHECK_LENGTH = 100_000;

/** Where documents that can hold an essay live; diff views, output channels and the like are left alone. */
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** How the checks ran so far: the number of slices and the longest one (wall clock, ms). Read by the in-host tests. */
export interface QuoteCheckTiming {
  slices: number;
  longestSliceMs: number;
}

/** A finding with the diagnostic shown for it, in positions of the text that was checked. */
export interface CheckedFinding {
  finding: QuoteFinding;
  diagnostic: vscode.Diagnostic;
}

/** What the last check of a document found, for the quick fixes and the hover. */
export interface DocumentFindings {
  /** The document version the findings belong to. */
  version: number;
  findings: readonly CheckedFinding[];
  checker: DocumentQuoteChecker;
}

/** One open document: its checker and the edits made since its last check. */
interface Entry {
  document: vscode.TextDocument;
  language: Language;
  checker: DocumentQuoteChecker | undefined;
  /** The version last checked, or -1 before the first check. */
  checked: number;
  /** The edits since the last check, as one change; `all` to check the whole text. */
  pending: PendingEdits;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The check under way, run a slice at a time; undefined when none is. */
  run: Run | undefined;
  findings: CheckedFinding[];
}

/** A check under way: the checker's steps for one version of the document. */
interface Run {
  steps: Generator<void, QuoteFinding[], void>;
  version: number;
  textLength: number;
  next: ReturnType<typeof setImmediate> | undefined;
}

/**
 * Keeps one incremental quotation checker per open Markdown, LaTeX or plain-text document and
 * shows its findings as diagnostics. Typing is debounced (`annalist.check.delay`); the checker
 * is given the edits' ranges, so it looks only at the paragraphs around them. A corpus reload
 * checks every open document again; a severity change re-labels the findings without checking.
 */
export class QuoteDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('annalist.quotes');
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private index: CorpusIndex | undefined;
  private disposed = false;
  /** How the checks' slices ran (see `QuoteCheckTiming`). */
  readonly timing: QuoteCheckTiming = { slices: 0, longestSliceMs: 0 };

  constructor(store: CorpusStore) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.open(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.close(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.changed(event)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsQuoteCheckSettings(event)) this.settingsChanged();
      }),
      store.onDidChange((snapshot) => this.corpusChanged(snapshot.index)),
    );
    for (const document of vscode.workspace.textDocuments) this.open(document);
    void store.ready().then((snapshot) => {
      if (!this.index) this.corpusChanged(snapshot.index);
    });
  }

  /**
   * The findings of a document as of its current text, checking it now if an edit is still
   * waiting for the debounce. Undefined for documents that are not checked or before the
   * corpus has loaded.
   */
  current(document: vscode.TextDocument): DocumentFindings | undefined {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || !this.index) return undefined;
    if (entry.checked !== document.version || entry.pending !== undefined || !entry.checker) {
      if (!entry.run) this.check(entry);
      // A short document's check finishes now; a long one's keeps its slices.
      if (entry.run && entry.run.textLength <= SYNC_CHECK_LENGTH) this.advance(entry, entry.run, Infinity);
    }
    return entry.checker && entry.checked === document.version && entry.pending === undefined ? { version: entry.checked, findings: entry.findings, checker: entry.checker } : undefined;
  }

  private open(document: vscode.TextDocument): void {
    const language = checkedLanguage(document.languageId);
    const key = document.uri.toString();
    if (!language || !CHECKED_SCHEMES.has(document.uri.scheme) || this.entries.has(key)) return;
    const entry: Entry = { document, language, checker: undefined, checked: -1, pending: 'all', timer: undefined, run: undefined, findings: [] };
    this.entries.set(key, entry);
    this.schedule(entry, 0);
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.stop(entry);
    this.entries.delete(key);
    this.collection.delete(document.uri);
  }

  private changed(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || event.contentChanges.length === 0) return;
    // A check under way is of a text that is gone: the next one takes its edits too.
    this.stop(entry);
    entry.pending = addEdits(entry.pending, event.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })));
    this.schedule(entry, readQuoteCheckSettings(entry.document).delayMs);
  }

  private settingsChanged(): void {
    for (const entry of this.entries.values()) {
      if (!entry.checker) continue;
      entry.checker.setOptions(readQuoteCheckSettings(entry.document).options);
      // Positions of a stale check would be wrong in the current text: check such documents again.
      if (entry.checked === entry.document.version && entry.pending === undefined) this.publish(entry);
      else this.check(entry);
    }
  }

  private corpusChanged(index: CorpusIndex): void {
    if (this.index === index) return;
    this.index = index;
    for (const entry of this.entries.values()) {
      this.stop(entry);
      entry.checker = undefined;
      entry.pending = 'all';
      this.schedule(entry, 0);
    }
  }

  private schedule(entry: Entry, delayMs: number): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      this.check(entry);
    }, delayMs);
  }

  /**
   * Starts checking a document: only around the pending edit when there is one checker
   * already. The check runs in slices of a few milliseconds (`advance`), so that no document,
   * however long or hostile, holds the extension host; an edit stops it and starts another.
   */
  private check(entry: Entry): void {
    if (this.disposed || !this.index || this.entries.get(entry.document.uri.toString()) !== entry) return;
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    this.stop(entry);
    const { document } = entry;
    const text = document.getText();
    if (text.length > MAX_CHECKED_LENGTH) {
      entry.checker = undefined;
      entry.findings = [];
      this.collection.delete(document.uri);
      return;
    }
    const { options } = readQuoteCheckSettings(document);
    let change: TextChange | undefined;
    if (!entry.checker) {
      entry.checker = new DocumentQuoteChecker(this.index, entry.language, options);
    } else {
      entry.checker.setOptions(options);
      change = pendingChange(entry.pending, text);
    }
    const run: Run = { steps: entry.checker.updateSteps(text, change), version: document.version, textLength: text.length, next: undefined };
    entry.run = run;
    this.advance(entry, run, SLICE_MS);
  }

  /** Runs a check's steps for up to `budgetMs`, then lets the extension host breathe and goes on. */
  private advance(entry: Entry, run: Run, budgetMs: number): void {
    if (entry.run !== run || this.disposed) return;
    if (run.next) clearImmediate(run.next);
    run.next = undefined;
    const began = performance.now();
    const deadline = began + budgetMs;
    for (;;) {
      const step = run.steps.next();
      if (step.done) {
        entry.run = undefined;
        this.finish(entry, step.value, run.version);
        this.timed(began);
        return;
      }
      if (performance.now() >= deadline) break;
    }
    this.timed(began);
    run.next = setImmediate(() => this.advance(entry, run, SLICE_MS));
  }

  private timed(began: number): void {
    this.timing.slices++;
    this.timing.longestSliceMs = Math.max(this.timing.longestSliceMs, performance.now() - began);
  }

  /** Shows a finished check's findings, if the document is still the text that was checked. */
  private finish(entry: Entry, findings: QuoteFinding[], version: number): void {
    const { document } = entry;
    if (document.version !== version) {
      this.schedule(entry, 0);
      return;
    }
    entry.checked = version;
    entry.pending = undefined;
    entry.findings = findings.map((finding) => ({ finding, diagnostic: toDiagnostic(document, finding) }));
    this.collection.set(document.uri, entry.findings.map((f) => f.diagnostic));
  }

  /** Stops the check under way, if any; the edits it was given stay pending. */
  private stop(entry: Entry): void {
    const run = entry.run;
    if (!run) return;
    entry.run = undefined;
    if (run.next) clearImmediate(run.next);
    run.steps.return([]);
  }

  /** Shows the checker's findings again (after a severity change) without checking. */
  private publish(entry: Entry): void {
    if (!entry.checker) return;
    entry.findings = entry.checker.findings.map((finding) => ({ finding, diagnostic: toDiagnostic(entry.document, finding) }));
    this.collection.set(entry.document.uri, entry.findings.map((f) => f.diagnostic));
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) {
      if (entry.timer) clearTimeout(entry.timer);
      this.stop(entry);
    }
    this.entries.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

/** Starts quotation diagnostics; the returned service also serves the quick fixes and the hover. */
export function registerQuoteDiagnostics(store: CorpusStore): QuoteDiagnostics {
  return new QuoteDiagnostics(store);
}

function toDiagnostic(document: vscode.TextDocument, finding: QuoteFinding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, toDiagnosticSeverity(finding.severity));
  diagnostic.source = QUOTE_DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.rule;
  if (finding.rule === 'wrong-source' && finding.quotation) {
    const quoted = new vscode.Range(document.positionAt(finding.quotation.start), document.positionAt(finding.quotation.end));
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, quoted), 'The quoted words')];
  }
  return diagnostic;
}
