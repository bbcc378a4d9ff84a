import * as vscode from 'vscode';
import { formatBibliography } from '../../core/citation';
import { sourceLabel } from '../../core/describePassage';
import type { Source } from '../../core/model';
import type { PassageGroup } from '../../core/passageGroups';
import { Views } from '../../ids';
import { readCitationSettings } from '../citationSettings';
import type { PassageViewSpec } from './passageTree';

/** Themes: the theme hierarchy, each theme with its subthemes and then its passages. */
export const themesSpec: PassageViewSpec = {
  viewId: Views.themes,
  grouping: 'themes',
  groupIcon: () => new vscode.ThemeIcon('symbol-namespace'),
  groupTooltip: (group) => (group.subject.kind === 'theme' ? group.subject.theme.description : undefined),
};

/** Sources: each work with the passages cited as it; the tooltip is its bibliography entry. */
export const sourcesSpec: PassageViewSpec = {
  viewId: Views.sources,
  grouping: 'sources',
  groupIcon: () => new vscode.ThemeIcon('book'),
  groupTooltip: (group) => (group.subject.kind === 'source' ? bibliographyEntry(group.subject.source) : undefined),
};

/** People: whoever a passage mentions or quotes, by family name. */
export const peopleSpec: PassageViewSpec = {
  viewId: Views.people,
  grouping: 'people',
  groupIcon: (group) => new vscode.ThemeIcon(isCollective(group) ? 'organization' : 'person'),
  groupTooltip: (group) => `${group.label}: ${passageCount(group.count)} mention or quote them`,
};

/** Timeline: the years passages speak of, ascending, then the undated passages. */
export const timelineSpec: PassageViewSpec = {
  viewId: Views.timeline,
  grouping: 'timeline',
  groupIcon: (group) => new vscode.ThemeIcon(group.subject.kind === 'undated' ? 'circle-slash' : 'calendar'),
  groupTooltip: (group) =>
    group.subject.kind === 'year' ? `${passageCount(group.count)} about ${group.label}` : `${passageCount(group.count)} that name no year`,
};

/** The four views, Themes first. */
export const PASSAGE_VIEW_SPECS: readonly PassageViewSpec[] = [themesSpec, sourcesSpec, peopleSpec, timelineSpec];

/**
 * A source's entry in the bibliography of the current citation style (`annalist.citationStyle`
 * for the active document), as plain text; its short label when the style lists it nowhere.
 */
export function bibliographyEntry(source: Source): string {
  const { style } = readCitationSettings(vscode.window.activeTextEditor?.document);
  return formatBibliography([source], { style, markup: 'plain' })[0] ?? sourceLabel(source);
}

function isCollective(group: PassageGroup): boolean {
  return /^the\s/i.test(group.label);
}

function passageCount(count: number): string {
  return `${count} ${count === 1 ? 'passage' : 'passages'}`;
}
