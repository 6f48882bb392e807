/**
 * The body of the briefing, top to bottom, as the Markdown's: the header,
 * the title and addressees, the opening paragraph(s), sections I–IV, the
 * closing (ending "./."), and the signature block.
 */
import type { ReportModel } from '../../compute/report-model.js';
import { openingParagraphs } from '../briefing-wording.js';
import { heading } from './blocks.js';
import { headerBlock } from './header-block.js';
import { PORTRAIT_TEXT_WIDTH } from '../layout/page.js';
import { bodyContext, paragraphs, type Block } from './sections/context.js';
import { directions, proposals } from './sections/directions.js';
import { resultsIndex } from './sections/results-index.js';
import { resultsIndicators } from './sections/results-indicators.js';
import { resultsAreas, resultsLeadership } from './sections/results-notes.js';
import { resultsWithinPeriod } from './sections/results-tasks.js';
import { resultsOverview } from './sections/results.js';
import { shortcomings } from './sections/shortcomings.js';
import { signatureBlock } from './signature-block.js';
import { titleBlock } from './title-block.js';

export function blockOfBody(model: ReportModel): Block[] {
  const context = bodyContext(model, PORTRAIT_TEXT_WIDTH);
  return [
    headerBlock(model),
    ...titleBlock(model),
    ...paragraphs(openingParagraphs(model)),
    heading(1, 'I. KẾT QUẢ THỰC HIỆN'),
    ...resultsIndicators(context),
    ...resultsLeadership(context),
    ...resultsAreas(context),
    ...resultsOverview(context),
    ...resultsWithinPeriod(context),
    ...resultsIndex(context),
    ...shortcomings(context),
    ...directions(context),
    ...proposals(context),
    ...signatureBlock(model),
  ];
}
