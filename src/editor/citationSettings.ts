import * as vscode from 'vscode';
import { STYLES, type StyleId } from '../core/citation/types';
import {
  DEFAULT_CITATION_SETTINGS,
  LATEX_COMMANDS,
  type CitationFormat,
  type CitationSettings,
  type LatexCommand,
} from '../core/cite/citationSettings';
import { Settings } from '../ids';

const FORMATS: readonly CitationFormat[] = ['footnote', 'inline', 'pandoc', 'latex'];

/**
 * The citation settings for a document, as one typed snapshot. `annalist.citationFormat` is
 * language-overridable, so the document's language decides it; unknown values fall back to
 * the defaults rather than failing.
 */
export function readCitationSettings(document?: vscode.TextDocument): CitationSettings {
  const config = vscode.workspace.getConfiguration(
    'annalist',
    document ? { uri: document.uri, languageId: document.languageId } : undefined,
  );
  const style = config.get<string>(key(Settings.citationStyle));
  const format = config.get<string>(key(Settings.citationFormat));
  const latexCommand = config.get<string>(key(Settings.latexCommand));
  return {
    style: STYLES.some((s) => s.id === style) ? (style as StyleId) : DEFAULT_CITATION_SETTINGS.style,
    format: FORMATS.includes(format as CitationFormat) ? (format as CitationFormat) : DEFAULT_CITATION_SETTINGS.format,
    latexCommand: LATEX_COMMANDS.includes(latexCommand as LatexCommand)
      ? (latexCommand as LatexCommand)
      : DEFAULT_CITATION_SETTINGS.latexCommand,
    ibid: config.get<boolean>(key(Settings.ibid)) ?? DEFAULT_CITATION_SETTINGS.ibid,
  };
}

/** The part of a setting id after `annalist.`. */
function key(setting: string): string {
  return setting.slice('annalist.'.length);
}
