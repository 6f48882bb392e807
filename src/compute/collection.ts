/**
 * The collection round in the briefing (spec § rounds.yaml): once the
 * round's deadline has passed on the report's date, how many units sent on
 * time, late and not at all, who has not, and each unit's state and update
 * rate for the workbook. Before the deadline the briefing says nothing of it.
 */
import type { IsoDate } from '../model/types.js';
import type { ComputeContext } from './context.js';
import type { CollectionSummary } from './report-model.js';
import { roundFacts, roundFor } from './round-facts.js';
import { roundBoard } from './round-status.js';

/** The round of the report's period as of `day` (the report's date), or null: no round, or not yet due. */
export function collectionSummary(context: ComputeContext, day: IsoDate): CollectionSummary | null {
  const round = roundFor(context.dataset, context.period.code);
  if (round === undefined || day <= round.due) return null;
  const board = roundBoard(roundFacts(context.dataset, round, day));
  const rows = board.groups.flatMap((group) => group.rows);
  const cite = (id: string) => {
    const agency = context.agencies.get(id);
    return agency === undefined ? id : context.cite(agency);
  };
  const expected = rows.filter((row) => row.state !== 'not-expected');
  return {
    period: board.period,
    request: board.request,
    due: board.due,
    asOf: board.asOf,
    totals: board.totals,
    notSent: expected.filter((row) => row.owes.length > 0).map((row) => cite(row.agency)),
    late: expected.filter((row) => row.state === 'late').map((row) => cite(row.agency)),
    agencies: expected.map((row) => ({
      agency: cite(row.agency),
      state: row.state,
      owes: row.owes,
      updateRate: row.updateRate,
    })),
  };
}
