/**
 * The share arithmetic of a group-led task (spec § tasks, `lead: { group }`,
 * added in 0.3), on one day, from the state of each share held that day.
 */
import type { TaskProgress } from './task-status.js';

/**
 * The task counts once: done when every share is done (its completion date
 * the last share's), implemented (in progress) when at least one share is,
 * not started otherwise (and with no share at all); its progress the mean of
 * its shares' (a share without one counts 0), to one decimal, or none when no
 * share gives one. A withdrawn (cancelled) share is left out of all of it; the
 * task is withdrawn when every share is.
 */
export function groupProgress(shares: readonly TaskProgress[]): TaskProgress {
  const live = shares.filter((share) => share.status !== 'cancelled');
  if (shares.length > 0 && live.length === 0)
    return { status: 'cancelled', completedOn: null, implementedOn: null, progress: null };
  const done = live.length > 0 && live.every((share) => share.status === 'done');
  const started = live.flatMap((share) =>
    share.implementedOn === null ? [] : [share.implementedOn],
  );
  const implemented = live.some(
    (share) => share.status === 'in_progress' || share.status === 'done',
  );
  const given = live.some((share) => share.progress !== null);
  const sum = live.reduce((total, share) => total + (share.progress ?? 0), 0);
  return {
    status: done ? 'done' : implemented ? 'in_progress' : 'not_started',
    completedOn: done ? latest(live.map((share) => share.completedOn!)) : null,
    implementedOn: started.length === 0 ? null : earliest(started),
    progress: done ? 100 : given ? Math.round((sum / live.length) * 10) / 10 : null,
  };
}

/** How many shares are done, of those not withdrawn: "4/5 xã, phường đã hoàn thành". */
export function sharesDone(shares: readonly TaskProgress[]): { done: number; total: number } {
  const live = shares.filter((share) => share.status !== 'cancelled');
  return { done: live.filter((share) => share.status === 'done').length, total: live.length };
}

const latest = (days: readonly string[]) => days.reduce((a, b) => (b > a ? b : a));
const earliest = (days: readonly string[]) => days.reduce((a, b) => (b < a ? b : a));
