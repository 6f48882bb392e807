import { describe, expect, it } from 'vitest';
import type { TaskFigures } from '../../src/compute/report-model.js';
import { emptyFigures, taskFigures, timelinessOn } from '../../src/compute/task-figures.js';
import { taskOnDay } from '../../src/compute/task-status.js';
import type { Task } from '../../src/model/types.js';
import { due, task, update } from './dataset-builder.js';

const D = '2024-06-30';

function timeliness(subject: Task, day = D) {
  return timelinessOn(subject, taskOnDay(subject, day), day);
}

function figuresOf(tasks: Task[], day = D): TaskFigures {
  return taskFigures(
    tasks.map((subject) => {
      const state = taskOnDay(subject, day);
      return { status: state.status, timeliness: timelinessOn(subject, state, day) };
    }),
  );
}

describe('timelinessOn (spec § Derived figures, as of the end of D)', () => {
  it.each([
    ['an update on D counts', task('T', { updates: [update(D, 'in_progress')] }), 'in-progress'],
    [
      'an update on D + 1 does not',
      task('T', { updates: [update('2024-07-01', 'done')] }),
      'not-started',
    ],
    [
      'a task cancelled after D counts as its earlier status',
      task('T', {
        updates: [update('2024-03-01', 'in_progress'), update('2024-07-05', 'cancelled')],
      }),
      'in-progress',
    ],
    [
      'a task cancelled on D is cancelled',
      task('T', { updates: [update(D, 'cancelled')] }),
      'cancelled',
    ],
    [
      'a start after D is not assigned, whatever the log says',
      task('T', { start: '2024-07-01', updates: [update('2024-05-01', 'cancelled')] }),
      'not-assigned',
    ],
    ['a start on D is assigned', task('T', { start: D }), 'not-started'],
    [
      'an ongoing task is never due',
      task('T', { deadline: { kind: 'ongoing' }, updates: [update('2020-01-01', 'in_progress')] }),
      'in-progress',
    ],
    ['a task without deadline is never due', task('T'), 'not-started'],
    [
      'a period-coded deadline is due on its last day',
      task('T', { deadline: { kind: 'date', date: D, period: '2024-H1' } }),
      'overdue',
    ],
    [
      'an update written with period: counts from its resolved day',
      task('T', {
        updates: [{ date: D, period: '2024-H1', status: 'done', issues: [] }],
        deadline: due(D),
      }),
      'done-on-time',
    ],
    [
      'done before the deadline is on time',
      task('T', { deadline: due('2024-06-01'), updates: [update('2024-05-20', 'done')] }),
      'done-on-time',
    ],
    [
      'done on the deadline day is on time',
      task('T', { deadline: due('2024-06-01'), updates: [update('2024-06-01', 'done')] }),
      'done-on-time',
    ],
    [
      'done after the deadline is late',
      task('T', { deadline: due('2024-03-31'), updates: [update('2024-04-10', 'done')] }),
      'done-late',
    ],
    [
      'done before a deadline after D is early',
      task('T', { deadline: due('2024-12-31'), updates: [update('2024-05-01', 'done')] }),
      'done-early',
    ],
    [
      'due and in progress is overdue',
      task('T', { deadline: due('2024-03-31'), updates: [update('2024-01-05', 'in_progress')] }),
      'overdue',
    ],
  ])('%s', (_rule, subject, expected) => {
    expect(timeliness(subject)).toBe(expected);
  });
});

describe('taskFigures', () => {
  it('gives 0 counts and 0/0 ratios for an empty group', () => {
    expect(emptyFigures()).toEqual({
      assigned: 0,
      implemented: 0,
      done: 0,
      inProgress: 0,
      notStarted: 0,
      due: 0,
      dueDoneOnTime: 0,
      dueDoneLate: 0,
      overdue: 0,
      notDue: 0,
      notDueDone: 0,
      notDueInProgress: 0,
      notDueNotStarted: 0,
      cancelled: 0,
      implementedRatio: { numerator: 0, denominator: 0 },
      dueDoneRatio: { numerator: 0, denominator: 0 },
    });
  });

  it('splits a mixed group into the official counts', () => {
    const tasks = [
      task('on-time', { deadline: due('2024-06-01'), updates: [update('2024-05-20', 'done')] }),
      task('late', { deadline: due('2024-03-31'), updates: [update('2024-04-10', 'done')] }),
      task('overdue-working', {
        deadline: due('2024-03-31'),
        updates: [update('2024-01-05', 'in_progress')],
      }),
      task('overdue-idle', { deadline: due('2024-06-30') }),
      task('early', { deadline: due('2024-12-31'), updates: [update('2024-05-01', 'done')] }),
      task('working', { deadline: { kind: 'ongoing' }, updates: [update(D, 'in_progress')] }),
      task('idle', { updates: [update('2024-07-01', 'in_progress')] }),
      task('cancelled', {
        deadline: due('2024-01-31'),
        updates: [update('2024-02-01', 'cancelled')],
      }),
      task('cancelled-later', { updates: [update('2024-07-02', 'cancelled')] }),
      task('future', { start: '2024-07-01', updates: [update('2024-06-01', 'cancelled')] }),
    ];
    expect(figuresOf(tasks)).toEqual({
      assigned: 8,
      implemented: 5,
      done: 3,
      inProgress: 2,
      notStarted: 3,
      due: 4,
      dueDoneOnTime: 1,
      dueDoneLate: 1,
      overdue: 2,
      notDue: 4,
      notDueDone: 1,
      notDueInProgress: 1,
      notDueNotStarted: 2,
      cancelled: 1,
      implementedRatio: { numerator: 5, denominator: 8 },
      dueDoneRatio: { numerator: 2, denominator: 4 },
    });
  });

  it('keeps the done-over-due ratio at 0/0 when nothing is due', () => {
    const tasks = [task('T1', { updates: [update('2024-02-01', 'in_progress')] }), task('T2')];
    expect(figuresOf(tasks)).toEqual({
      ...emptyFigures(),
      assigned: 2,
      implemented: 1,
      inProgress: 1,
      notStarted: 1,
      notDue: 2,
      notDueInProgress: 1,
      notDueNotStarted: 1,
      implementedRatio: { numerator: 1, denominator: 2 },
      dueDoneRatio: { numerator: 0, denominator: 0 },
    });
  });
});
