/**
 * Cycles through `successor`, lone or a list (spec § agencies.yaml, 0.3:
 * "chains have no cycles"): agencies are the nodes, each successor an edge.
 * One depth-first walk over the whole graph, iterative (a chain of 20,000
 * agencies does not overflow the stack), each agency entered once and each
 * edge followed once: linear in agencies + successors.
 */
import type { Agency } from './types.js';

/** The successors an agency names: its lone `successor`, else its list. */
export function successorsOf(agency: Pick<Agency, 'successor' | 'successors'>): readonly string[] {
  return agency.successors ?? (agency.successor === undefined ? [] : [agency.successor]);
}

/**
 * Every cycle the walk meets, each as the agencies on it in successor order,
 * starting from the one the walk entered first. `step` is called once per
 * agency entered and once per successor followed (a cost a test can count).
 */
export function successorCycles(
  agencies: readonly Agency[],
  step: () => void = () => {},
): string[][] {
  const byId = new Map<string, Agency>();
  for (const agency of agencies) if (!byId.has(agency.id)) byId.set(agency.id, agency);
  const finished = new Set<string>();
  /** The agencies on the current path, with their position on it. */
  const onPath = new Map<string, number>();
  const cycles: string[][] = [];
  for (const root of byId.values()) {
    if (finished.has(root.id)) continue;
    const path: { id: string; next: readonly string[]; index: number }[] = [];
    const enter = (agency: Agency) => {
      step();
      onPath.set(agency.id, path.length);
      path.push({ id: agency.id, next: successorsOf(agency), index: 0 });
    };
    enter(root);
    while (path.length > 0) {
      const top = path.at(-1)!;
      if (top.index < top.next.length) {
        step();
        const target = byId.get(top.next[top.index++]!);
        if (target === undefined || finished.has(target.id)) continue;
        const at = onPath.get(target.id);
        if (at === undefined) enter(target);
        else cycles.push(path.slice(at).map((entry) => entry.id));
      } else {
        path.pop();
        onPath.delete(top.id);
        finished.add(top.id);
      }
    }
  }
  return cycles;
}
