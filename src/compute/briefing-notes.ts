/**
 * The office's own paragraphs for the report's period (spec § notes/**, added
 * in 0.2): the notes file whose `period` is the report period, with its areas
 * named and put in the briefing's order (criteria components, then pillars).
 */
import type { Dataset } from '../model/types.js';
import type { ComputeContext } from './context.js';
import type { BriefingNotes } from './report-model.js';

type Area = BriefingNotes['areas'][number];

/** Every id an area may have, in the order areas are presented. */
function areaCatalogue(dataset: Dataset): Omit<Area, 'paragraphs'>[] {
  return [
    ...dataset.components.map((component) => ({
      id: component.id,
      kind: 'component' as const,
      name: component.name,
    })),
    ...dataset.pillars.map((pillar) => ({
      id: pillar.id,
      kind: 'pillar' as const,
      name: pillar.name,
    })),
  ];
}

export function briefingNotes(context: ComputeContext): BriefingNotes | null {
  const notes = context.dataset.notes.find((entry) => entry.period === context.period.code);
  if (notes === undefined) return null;
  const written = new Map(notes.areas.map((area) => [area.id, area.paragraphs]));
  const areas = areaCatalogue(context.dataset).flatMap((area) => {
    const paragraphs = written.get(area.id);
    // An id that is both a component and a pillar is placed once, as the component.
    if (paragraphs === undefined || paragraphs.length === 0) return [];
    written.delete(area.id);
    return [{ ...area, paragraphs: [...paragraphs] }];
  });
  return {
    basis: [...notes.basis],
    leadership: [...notes.leadership],
    areas,
    causes: [...notes.causes],
    directions: [...notes.directions],
    proposals: [...notes.proposals],
    closing: [...notes.closing],
  };
}
