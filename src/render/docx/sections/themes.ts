/**
 * Difficulties and proposals in the body: with themes (themes.yaml), one
 * dash item per theme, its name in bold, how many agencies raised it and its
 * most raised texts (themeSummary); without, one item per text with the
 * agencies that raised it. Every text with its agencies is in the texts
 * appendix.
 */
import type { ThemeGroup } from '../../../compute/report-model.js';
import { sourcedTextLine, themeSummary } from '../../briefing-wording.js';
import { listItem } from '../blocks.js';
import type { Block, BodyContext } from './context.js';

export function themeItems(context: BodyContext, groups: readonly ThemeGroup[]): Block[] {
  const { model, lookup } = context;
  if (model.themes.length === 0)
    return groups.flatMap((group) =>
      group.texts.map((entry) => listItem(1, `${sourcedTextLine(entry, lookup)}.`)),
    );
  return groups.map((group) => {
    const summary = themeSummary(model, group, lookup);
    return listItem(1, { bold: summary.name }, ` (${summary.count}): ${summary.quoted}`);
  });
}
