/**
 * The body of the briefing, top to bottom: the header, the title and
 * addressees, sections I–IV (ending with "./."), and the signature block.
 */
import type { ReportModel } from '../../compute/report-model.js';
import { heading } from './blocks.js';
import { headerBlock } from './header-block.js';
import { PORTRAIT_TEXT_WIDTH } from './page.js';
import { bodyContext, type Block } from './sections/context.js';
import { directions, proposals } from './sections/directions.js';
import { resultsByAgency } from './sections/results-index.js';
import { resultsIndicators } from './sections/results-indicators.js';
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
    heading(1, 'I. KẾT QUẢ THỰC HIỆN'),
    ...resultsIndicators(context),
    ...resultsOverview(context),
    ...resultsWithinPeriod(context),
    ...resultsByAgency(context),
    ...shortcomings(context),
    ...directions(context),
    ...proposals(context),
    ...signatureBlock(model),
  ];
}
