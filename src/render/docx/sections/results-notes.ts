/**
 * The office's own parts of section I (notes/**), each there only when the
 * office wrote it: "Công tác lãnh đạo, chỉ đạo, điều hành" and "Kết quả trên
 * các lĩnh vực", one lettered point per area (a), b) … in Vietnamese
 * alphabet order) with its paragraphs.
 */
import { pointLetter } from '../../numbering.js';
import { hasSection } from '../../outline.js';
import { heading } from '../blocks.js';
import { numbered, paragraphs, type Block, type BodyContext } from './context.js';

export function resultsLeadership(context: BodyContext): Block[] {
  const { notes } = context.model;
  if (notes === null || !hasSection(context.model, 'results.leadership')) return [];
  return [
    numbered(context, 'results.leadership', 'Công tác lãnh đạo, chỉ đạo, điều hành'),
    ...paragraphs(notes.leadership),
  ];
}

export function resultsAreas(context: BodyContext): Block[] {
  const { notes } = context.model;
  if (notes === null || !hasSection(context.model, 'results.areas')) return [];
  return [
    numbered(context, 'results.areas', 'Kết quả trên các lĩnh vực'),
    ...notes.areas.flatMap((area, index) => [
      heading(3, `${pointLetter(index)}) ${area.name}`),
      ...paragraphs(area.paragraphs),
    ]),
  ];
}
