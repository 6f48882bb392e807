/**
 * Agency lineage (spec § agencies.yaml): an agency exists between its
 * `active_from` and `active_until`; on a day D a task whose lead does not exist
 * counts under the lead's successor, followed along the chain.
 */
import type { Agency, IsoDate } from '../model/types.js';

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
  let current = agencies.get(leadId);
  const visited = new Set<string>();
  while (current !== undefined && !isActiveOn(current, day)) {
    visited.add(current.id);
    const next = current.successor === undefined ? undefined : agencies.get(current.successor);
    if (next === undefined || visited.has(next.id)) break;
    current = next;
  }
  return current;
}
