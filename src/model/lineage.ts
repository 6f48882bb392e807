/**
 * Agency lineage (spec § agencies.yaml): an agency exists between its
 * `active_from` and `active_until`; on a day D a task whose lead does not exist
 * counts under the lead's successor, followed along the chain.
 */
import type { Agency, IsoDate, Task, TaskLead } from '../model/types.js';

/**
 * The lead a task names on a day (spec § tasks, 0.3): the lead of its latest
 * transfer dated on or before the day, else its own `lead` (an agency id, or
 * `{ group }`: model/shares.ts). Successors are followed from an agency.
 */
export function writtenLeadOn(task: Pick<Task, 'lead' | 'transfers'>, day: IsoDate): TaskLead {
  let lead = task.lead;
  for (const transfer of task.transfers) if (transfer.date <= day) lead = transfer.lead;
  return lead;
}

/** True when the agency exists on the day (`activeFrom` ≤ day ≤ `activeUntil`, either open). */
export function isActiveOn(agency: Agency, day: IsoDate): boolean {
  return (
    (agency.activeFrom === undefined || agency.activeFrom <= day) &&
    (agency.activeUntil === undefined || day <= agency.activeUntil)
  );
}

/**
 * The agency a task led by `leadId` counts under on the day: the lead itself
 * when active, else the first active agency along its `successor` chain. When
 * the chain reaches no active agency, the last agency of the chain is kept
 * (validation forbids cycles; a cycle still stops at its last new agency).
 * Returns undefined only for an id missing from the catalogue.
 */
export function effectiveLead(
  leadId: string,
  day: IsoDate,
  agencies: ReadonlyMap<string, Agency>,
): Agency | undefined {
  return leadResolver(day, agencies)(leadId);
}

/**
 * effectiveLead for one day over many tasks, remembering every agency's answer:
 * each agency of a chain is walked past once for all the tasks together, so
 * 20,000 tasks led by the head of a 20,000-long chain cost 40,000 steps, not
 * 400 million. (The answer of an agency on an acyclic chain is that of its
 * successor unless it is active itself or its successor is unknown, so it can
 * be kept; on a cycle, which validation forbids, it depends on where the walk
 * started and is not kept.)
 */
export function leadResolver(
  day: IsoDate,
  agencies: ReadonlyMap<string, Agency>,
): (leadId: string) => Agency | undefined {
  const answers = new Map<string, Agency>();
  return (leadId) => {
    const first = agencies.get(leadId);
    if (first === undefined) return undefined;
    let current: Agency = first;
    const walked: string[] = [];
    const visited = new Set<string>();
    let cycle = false;
    let answer: Agency | undefined;
    while (answer === undefined) {
      const known = answers.get(current.id);
      if (known !== undefined) answer = known;
      else if (isActiveOn(current, day)) answer = current;
      else {
        walked.push(current.id);
        visited.add(current.id);
        const next = current.successor === undefined ? undefined : agencies.get(current.successor);
        if (next === undefined || visited.has(next.id)) {
          cycle = next !== undefined;
          answer = current;
        } else current = next;
      }
    }
    if (!cycle) for (const id of walked) answers.set(id, answer);
    return answer;
  };
}
