/**
 * Reader of rounds.yaml (spec § rounds.yaml, added in 0.3): the collection
 * rounds, one per period, and the reminder letter's identity. A `due` before
 * its period starts and a second round for a period are reported here; the
 * ids a round names are checked across files (cross-rules.ts).
 */
import { firstDay } from '../model/period.js';
import type { ReminderSigner, Reminders, Round, RoundPart } from '../model/types.js';
import { list, record, text, texts, type Collected } from './collected.js';
import { diagnostic, naming } from './pending.js';
import { readPeriod } from './values.js';
import type { Locator, ValuePath } from './where.js';

const PARTS: readonly RoundPart[] = ['updates', 'indicators', 'assessment'];

export function readRounds(value: unknown, file: string, locate: Locator, into: Collected): void {
  const root = record(value);
  const seen = new Map<string, Round>();
  list(root.rounds).forEach((item, index) => {
    const source = record(item);
    const path: ValuePath = ['rounds', index];
    const period = readPeriod(source.period);
    if (source.period !== undefined && !period && typeof source.period === 'number') {
      into.diagnostics.push(
        diagnostic('period-invalid', file, locate([...path, 'period']), {
          value: String(source.period),
        }),
      );
    }
    const from = texts(source.from);
    list(source.from).forEach((id, at) => {
      if (typeof id === 'string')
        into.roundMembers.push({ id, file, at: locate([...path, 'from', at]) });
    });
    const except = texts(source.except);
    list(source.except).forEach((id, at) => {
      if (typeof id === 'string')
        into.references.push({ kind: 'agency', id, file, at: locate([...path, 'except', at]) });
    });
    const due = text(source.due);
    if (!period || !due) return;
    if (due < firstDay(period)) {
      into.diagnostics.push(
        diagnostic('round-due-before-period', file, locate([...path, 'due']), {
          due,
          period: period.code,
          first: firstDay(period),
        }),
      );
    }
    const expected = new Set(texts(source.expects));
    const round: Round = {
      period: period.code,
      due,
      expects: PARTS.filter((part) => expected.has(part)),
      from,
      except,
      source: { file, path },
    };
    const request = record(source.request);
    const [number, date] = [text(request.number), text(request.date)];
    if (number && date) round.request = { number, date };
    const first = seen.get(period.code);
    if (first) {
      into.diagnostics.push(
        naming(
          diagnostic('round-duplicate-period', file, locate([...path, 'period']), {
            period: period.code,
          }),
          'first',
          into.roundPlaces.get(first)!,
        ),
      );
      return;
    }
    seen.set(period.code, round);
    into.rounds.push(round);
    into.roundPlaces.set(round, { file, at: locate([...path, 'period']) });
  });
  const reminders = readReminders(record(root.reminders));
  if (reminders) into.reminders = reminders;
}

function readReminders(source: Record<string, unknown>): Reminders | undefined {
  const [symbol, issuer] = [text(source.symbol), text(source.issuer)];
  if (!symbol || !issuer) return undefined;
  const reminders: Reminders = { symbol, issuer };
  if (text(source.parent)) reminders.parent = text(source.parent)!;
  const signer = record(source.signer);
  const [title, name] = [text(signer.title), text(signer.name)];
  if (title && name) {
    const read: ReminderSigner = { authority: texts(signer.authority), title, name };
    reminders.signer = read;
  }
  return reminders;
}
