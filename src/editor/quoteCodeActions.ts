import * as vscode from 'vscode';
import { applyEdits as applyToText, mergeEdits, type TextEdit } from '../core/insert/textInsert';
import type { CorpusIndex } from '../core/model';
import { checkDocument, type FixEdit, type QuoteFinding } from '../core/quotes';
import { toTextEdits } from './applyEdits';
import type { CorpusStore } from './corpusStore';
import { planPassageInsert } from './insertCommands';
import { CHECKED_SELECTOR, checkedLanguage } from './quoteCheckSettings';
import type { CheckedFinding, QuoteDiagnostics } from './quoteDiagnostics';

/**
 * "Add citation": its edit is planned only when a person picks it (`resolveCodeAction`), because
 * planning reads the notes before the quotation and checks the result.
 */
class AddCitationAction extends vscode.CodeAction {
  constructor(
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly finding: QuoteFinding,
    diagnostic: vscode.Diagnostic,
  ) {
    super(finding.fixes[0]?.title ?? 'Add citation', vscode.CodeActionKind.QuickFix);
    this.diagnostics = [diagnostic];
    this.isPreferred = true;
  }
}

/**
 * Quick fixes for the quotation diagnostics: "Use the source's wording" (misquote), "Add
 * citation" (unattributed quotation, in the document's citation format and style, numbered
 * among its footnotes), "Cite …" (wrong source) and "Change to …" (unknown key). Each applies
 * as one edit, so one Undo takes it back.
 */
export function registerQuoteCodeActions(store: CorpusStore, diagnostics: QuoteDiagnostics): vscode.Disposable {
  const provider: vscode.CodeActionProvider<vscode.CodeAction> = {
    provideCodeActions(document, range, context) {
      if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
        return [];
      }
      const current = diagnostics.current(document);
      if (!current) return [];
      const actions: vscode.CodeAction[] = [];
      for (const checked of current.findings) {
        if (!checked.diagnostic.range.intersection(range)) continue;
        actions.push(...actionsFor(document, current.version, checked));
      }
      return actions;
    },
    async resolveCodeAction(action) {
      if (!(action instanceof AddCitationAction) || action.edit) return action;
      const { document, version, finding } = action;
      if (document.isClosed || document.version !== version) return action;
      const { index } = await store.ready();
      if (document.version !== version) return action;
      action.edit = workspaceEdit(document, addCitationEdits(document, finding, index));
      return action;
    },
  };
  return vscode.languages.registerCodeActionsProvider(CHECKED_SELECTOR, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  });
}

function actionsFor(document: vscode.TextDocument, version: number, { finding, diagnostic }: CheckedFinding): vscode.CodeAction[] {
  if (finding.rule === 'unattributed-quotation' && finding.citation && finding.fixes.length > 0) {
    return [new AddCitationAction(document, version, finding, diagnostic)];
  }
  return finding.fixes.map((fix, i) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = i === 0;
    action.edit = workspaceEdit(document, fix.edits);
    return action;
  });
}

/** All edits as one workspace edit of the document: one change, one Undo. */
function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, toTextEdits(document, edits));
  return edit;
}

/**
 * The citation of the quoted passage at the place the checker names, planned the way Insert
 * Citation plans it (the citation format and style of the document, footnotes numbered by
 * place). Where the checker would not read that citation as citing the passage (a Pandoc key
 * in a LaTeX document, a biblatex command in Markdown), the checker's own citation for the
 * document's markup is inserted instead, so the fix always clears the finding.
 */
function addCitationEdits(document: vscode.TextDocument, finding: QuoteFinding, index: CorpusIndex): readonly FixEdit[] {
  const fallback = finding.fixes[0]?.edits ?? [];
  const slot = finding.citation;
  const passage = slot ? index.passageById.get(slot.passageId) : undefined;
  const language = checkedLanguage(document.languageId);
  if (!slot || !passage || !language || !finding.quotation) return fallback;
  let planned: TextEdit[];
  try {
    planned = mergeEdits(planPassageInsert(document, slot.offset, { passage }, index));
  } catch {
    return fallback;
  }
  const start = shiftedOffset(finding.quotation.start, planned);
  const after = checkDocument(applyToText(document.getText(), planned), language, index);
  const cleared = !after.some((f) => f.rule === 'unattributed-quotation' && f.passageId === passage.id && f.quotation?.start === start);
  return cleared ? planned : fallback;
}

/** Where an offset of the text lands once sorted, non-overlapping edits are applied. */
function shiftedOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const e of edits) if (e.end <= offset) shift += e.text.length - (e.end - e.start);
  return offset + shift;
}
