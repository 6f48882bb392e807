/**
 * The board of a round (spec § rounds.yaml): each state from plain facts,
 * including the traps — sent on the deadline day, one day after, updates
 * without the assessment, not active, leading no task.
 */
import { describe, expect, it } from 'vitest';
import { roundBoard, type RoundFacts, type RoundMember } from '../../src/compute/round-status.js';

const task = (id: string, updated: boolean, overdue = false) => ({
  id,
  title: `Nhiệm vụ ${id}`,
  updated,
  overdue,
  group: false,
});

const member = (id: string, fields: Partial<RoundMember> = {}): RoundMember => ({
  id,
  name: `Sở ${id}`,
  group: 'so',
  asked: true,
  received: {},
  led: [task(`${id}-1`, true)],
  ...fields,
});

const facts = (asOf: string, members: RoundMember[]): RoundFacts => ({
  period: '2024-H1',
  request: { number: '215/SKHCN-CĐS', date: '2024-06-20' },
  window: { first: '2024-01-01', last: '2024-06-30' },
  due: '2024-07-10',
  asOf,
  expects: ['updates', 'assessment'],
  groups: [{ id: 'so', name: 'Sở, ban, ngành' }],
  members,
});

const both = (day: string) => ({ updates: day, assessment: day });

const MEMBERS = [
  member('a', { received: both('2024-07-10') }),
  member('b', { received: { updates: '2024-07-05', assessment: '2024-07-11' } }),
  member('c', {
    received: { updates: '2024-07-05' },
    led: [task('c-1', true), task('c-2', false, true)],
  }),
  member('d', { asked: false }),
  member('e', { led: [], received: { assessment: '2024-07-01' } }),
  member('f', { group: null, received: both('2024-07-20') }),
];

describe('roundBoard', () => {
  it('two days after the deadline: on time on the day, late the day after, missing the assessment', () => {
    const board = roundBoard(facts('2024-07-12', MEMBERS));
    const states = board.groups.map((group) => [
      group.group,
      group.rows.map((row) => [row.agency, row.state, row.owes]),
    ]);
    expect(states).toEqual([
      [
        'so',
        [
          ['a', 'on-time', []],
          ['b', 'late', []],
          ['c', 'missing', ['assessment']],
          ['d', 'not-expected', []],
          ['e', 'on-time', []],
        ],
      ],
      [null, [['f', 'missing', ['updates', 'assessment']]]],
    ]);
    expect(board.totals).toEqual({
      expected: 5,
      sent: 3,
      onTime: 2,
      late: 1,
      notSent: 2,
      missing: 2,
      notYetDue: 0,
      notExpected: 1,
      sentRatio: { numerator: 3, denominator: 5 },
    });
  });

  it('parts expected: none of updates for an agency leading no task, none at all when not asked', () => {
    const board = roundBoard(facts('2024-07-12', MEMBERS));
    const rows = board.groups[0]!.rows;
    expect(rows[2]).toEqual({
      agency: 'c',
      name: 'Sở c',
      state: 'missing',
      parts: [
        { part: 'updates', received: '2024-07-05' },
        { part: 'assessment', received: null },
      ],
      owes: ['assessment'],
      updateRate: { numerator: 1, denominator: 2 },
      notUpdated: [{ id: 'c-2', title: 'Nhiệm vụ c-2', overdue: true, group: false }],
    });
    expect(rows[3]!.parts).toEqual([]);
    expect(rows[4]).toMatchObject({
      parts: [{ part: 'assessment', received: '2024-07-01' }],
      updateRate: null,
      notUpdated: [],
    });
  });

  it('before the deadline what is missing is not yet due; what arrives after D is not yet received', () => {
    const board = roundBoard(facts('2024-07-10', MEMBERS));
    expect(board.groups.flatMap((group) => group.rows.map((row) => row.state))).toEqual([
      'on-time',
      'not-yet-due',
      'not-yet-due',
      'not-expected',
      'on-time',
      'not-yet-due',
    ]);
    expect(board.totals.notYetDue).toBe(3);
    expect(board.totals.notSent).toBe(3);
  });
});
