/**
 * Who has reported (spec § rounds.yaml, added in 0.3): the state of each
 * agency a collection round names, as of a day D, from plain facts — what
 * each agency sent and when, and the tasks it leads. Pure: the facts are
 * gathered from the dataset elsewhere (round-facts.ts), so this rule is
 * tested on its own.
 */
import type { IsoDate, RoundPart } from '../model/types.js';
import type { Ratio } from './report-model.js';

/**
 * An agency's state in a round on D:
 * - `on-time` (đúng hạn): everything expected received on or before `due`;
 * - `late` (muộn): everything received, something after `due`;
 * - `missing` (chưa gửi): on D something expected is not received, D after `due`;
 * - `not-yet-due` (chưa đến hạn): the same while D is on or before `due`;
 * - `not-expected` (không phải gửi): not asked, not active on D, or owing nothing.
 */
export type RoundState = 'on-time' | 'late' | 'missing' | 'not-yet-due' | 'not-expected';

/** A task (or a share of one) an agency leads on the period's figures day. */
export interface LedTask {
  id: string;
  title: string;
  /** It has an entry dated within the period's window. */
  updated: boolean;
  /** Overdue on the figures day (due and not done). */
  overdue: boolean;
  /** A group of tasks ("nhóm nhiệm vụ"), counted apart from tasks. */
  group: boolean;
}

/** One agency the round names, with what the round needs to know of it. */
export interface RoundMember {
  id: string;
  name: string;
  /** The group's id, or null. */
  group: string | null;
  /** Asked (named by `from`, not by `except`) and active on D. */
  asked: boolean;
  /** The day each part was received (the earliest, when sent more than once). */
  received: Partial<Record<RoundPart, IsoDate>>;
  /** The tasks and shares it leads on the figures day, in report order. */
  led: readonly LedTask[];
}

export interface RoundFacts {
  period: string;
  /** The letter that asked, when rounds.yaml names it. */
  request: { number: string; date: IsoDate } | null;
  /** The period's window ("trong kỳ"): its entries count for the update rate. */
  window: { first: IsoDate; last: IsoDate };
  due: IsoDate;
  asOf: IsoDate;
  expects: readonly RoundPart[];
  /** Groups in catalogue order: the board's sections. */
  groups: readonly { id: string; name: string }[];
  members: readonly RoundMember[];
}

/** A part expected of an agency, and the day it was received on or before D (else null). */
export interface RoundPartStatus {
  part: RoundPart;
  received: IsoDate | null;
}

export interface RoundAgencyRow {
  agency: string;
  name: string;
  state: RoundState;
  /** The parts expected of it, in the contract's order (none when not expected). */
  parts: RoundPartStatus[];
  /** Expected parts not received by D. */
  owes: RoundPart[];
  /** Its led tasks with an entry in the window over its led tasks; null when it leads none. */
  updateRate: Ratio | null;
  /** Its led tasks with no entry in the window. */
  notUpdated: { id: string; title: string; overdue: boolean; group: boolean }[];
}

export interface RoundGroup {
  /** A group id, or null for agencies of no group (listed last). */
  group: string | null;
  name: string | null;
  rows: RoundAgencyRow[];
}

export interface RoundTotals {
  /** Agencies expected to send something. */
  expected: number;
  /** Sent everything: on time + late. */
  sent: number;
  onTime: number;
  late: number;
  /** Owing something on D: missing + not yet due. */
  notSent: number;
  missing: number;
  notYetDue: number;
  notExpected: number;
  /** sent / expected. */
  sentRatio: Ratio;
}

export interface RoundBoard {
  period: string;
  request: { number: string; date: IsoDate } | null;
  window: { first: IsoDate; last: IsoDate };
  due: IsoDate;
  asOf: IsoDate;
  expects: RoundPart[];
  groups: RoundGroup[];
  totals: RoundTotals;
}

/** The parts a member owes: the round's, without `updates` when it leads no task (spec § rounds.yaml). */
function partsExpected(facts: RoundFacts, member: RoundMember): RoundPart[] {
  if (!member.asked) return [];
  return facts.expects.filter((part) => part !== 'updates' || member.led.length > 0);
}

/** One agency's row of the board: its state on D, its parts, its update rate. */
export function roundRow(facts: RoundFacts, member: RoundMember): RoundAgencyRow {
  const expected = partsExpected(facts, member);
  const parts = expected.map((part): RoundPartStatus => {
    const day = member.received[part];
    return { part, received: day !== undefined && day <= facts.asOf ? day : null };
  });
  const owes = parts.filter((part) => part.received === null).map((part) => part.part);
  const state: RoundState =
    expected.length === 0
      ? 'not-expected'
      : owes.length > 0
        ? facts.asOf <= facts.due
          ? 'not-yet-due'
          : 'missing'
        : parts.some((part) => part.received! > facts.due)
          ? 'late'
          : 'on-time';
  const updated = member.led.filter((task) => task.updated).length;
  return {
    agency: member.id,
    name: member.name,
    state,
    parts,
    owes,
    updateRate:
      member.led.length === 0 ? null : { numerator: updated, denominator: member.led.length },
    notUpdated: member.led
      .filter((task) => !task.updated)
      .map(({ id, title, overdue, group }) => ({ id, title, overdue, group })),
  };
}

/** The board of a round on D: every agency it names, by group, and the totals. */
export function roundBoard(facts: RoundFacts): RoundBoard {
  const rows = new Map<string | null, RoundAgencyRow[]>();
  for (const member of facts.members) {
    const key = facts.groups.some((group) => group.id === member.group) ? member.group : null;
    const list = rows.get(key) ?? [];
    list.push(roundRow(facts, member));
    rows.set(key, list);
  }
  const groups: RoundGroup[] = [
    ...facts.groups
      .filter((group) => rows.has(group.id))
      .map((group) => ({ group: group.id, name: group.name, rows: rows.get(group.id)! })),
    ...(rows.has(null) ? [{ group: null, name: null, rows: rows.get(null)! }] : []),
  ];
  const all = groups.flatMap((group) => group.rows);
  const count = (state: RoundState) => all.filter((row) => row.state === state).length;
  const [onTime, late, missing, notYetDue] = [
    count('on-time'),
    count('late'),
    count('missing'),
    count('not-yet-due'),
  ];
  const expected = onTime + late + missing + notYetDue;
  return {
    period: facts.period,
    request: facts.request,
    window: facts.window,
    due: facts.due,
    asOf: facts.asOf,
    expects: [...facts.expects],
    groups,
    totals: {
      expected,
      sent: onTime + late,
      onTime,
      late,
      notSent: missing + notYetDue,
      missing,
      notYetDue,
      notExpected: count('not-expected'),
      sentRatio: { numerator: onTime + late, denominator: expected },
    },
  };
}
