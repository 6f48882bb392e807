/**
 * Collection rounds on one screen (spec § rounds.yaml): the board of who has
 * sent, and the reminder to those who have not. Like pipeline.ts, the CLI and
 * library callers both call these; the core below them never reads the clock.
 *
 *   const checked = await checkDataset({ data: 'data' });
 *   const board = buildRoundBoard(checked.dataset!, { period: '2024-H1', asOf: '2024-07-12' });
 */
import { roundFacts, roundFor } from './compute/round-facts.js';
import { roundBoard, type RoundBoard } from './compute/round-status.js';
import type { Dataset, Round } from './model/types.js';
import type { Artifact } from './render/artifact.js';
import {
  resolveRoundOptions,
  type RoundOptions,
  type RoundRequest,
} from './pipeline/round-request.js';
import { UsageError } from './pipeline/usage-error.js';

export type { RoundOptions } from './pipeline/round-request.js';
export type { RoundBoard } from './compute/round-status.js';

/** The round of the requested period, or a usage error when rounds.yaml has none. */
function requestedRound(dataset: Dataset, options: RoundOptions): [Round, RoundRequest] {
  const request = resolveRoundOptions(options);
  const round = roundFor(dataset, request.period.code);
  if (!round) throw new UsageError('noRound', request.period.code);
  return [round, request];
}

/** Who has sent what for a period's round, as of D: each agency's state, by group, and the totals. */
export function buildRoundBoard(dataset: Dataset, options: RoundOptions): RoundBoard {
  const [round, request] = requestedRound(dataset, options);
  return roundBoard(roundFacts(dataset, round, request.asOf));
}

/** The board as `trang-thai-<P>.xlsx` (exceljs is loaded only here). */
export async function renderRoundWorkbook(
  board: RoundBoard,
  organization: string,
): Promise<Artifact> {
  const { renderRoundWorkbook: render } = await import('./render/xlsx/round-workbook.js');
  return render(board, organization);
}
