/**
 * Readers of the briefing's own files (spec § themes.yaml and notes/**, added
 * in 0.2): the themes catalogue, and the office's paragraphs for one period,
 * with the declarations and references the rules across files check.
 */
import type { Notes, Theme } from '../model/types.js';
import { detached, list, record, text, type Collected } from './collected.js';
import { diagnostic } from './pending.js';
import { readPeriod } from './values.js';
import type { Locator, ValuePath } from './where.js';

export function readThemes(value: unknown, file: string, locate: Locator, into: Collected): void {
  list(record(value).themes).forEach((item, index) => {
    const source = record(item);
    const path: ValuePath = ['themes', index];
    const [id, name] = [text(source.id), text(source.name)];
    if (!id || !name) return;
    into.declarations.push({ kind: 'theme', id, file, at: locate([...path, 'id']) });
    const phrases = (value: unknown) =>
      list(value)
        .filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '')
        .map(detached);
    const theme: Theme = {
      id,
      name,
      keywords: phrases(source.keywords),
      exclude: phrases(source.exclude),
    };
    into.themes.push(theme);
  });
}

/** A text or a list of texts as paragraphs; blank ones dropped. */
function paragraphsOf(value: unknown): string[] {
  const items = typeof value === 'string' ? [value] : list(value);
  return items
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map(detached);
}

export function readNotes(value: unknown, file: string, locate: Locator, into: Collected): void {
  const root = record(value);
  const period = readPeriod(root.period);
  if (root.period !== undefined && !period && typeof root.period === 'number') {
    into.diagnostics.push(
      diagnostic('period-invalid', file, locate(['period']), { value: String(root.period) }),
    );
  }
  const areas = Object.entries(record(root.areas)).map(([id, paragraphs]) => {
    into.areaReferences.push({ kind: 'component', id, file, at: locate(['areas', id], 'key') });
    return { id, paragraphs: paragraphsOf(paragraphs) };
  });
  if (!period) return;
  const notes: Notes = {
    period: period.code,
    basis: paragraphsOf(root.basis),
    leadership: paragraphsOf(root.leadership),
    areas,
    causes: paragraphsOf(root.causes),
    directions: paragraphsOf(root.directions),
    proposals: paragraphsOf(root.proposals),
    closing: paragraphsOf(root.closing),
    source: { file, path: [] },
  };
  into.notes.push(notes);
  into.notePlaces.set(notes, { file, at: locate(['period']) });
}
