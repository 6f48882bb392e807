/**
 * Places pending diagnostics: every path that files read without positions
 * (yaml-quick.ts) left is looked up as a line and column. Only files with
 * something to report get here, each parsed once more, by `yaml`, which keeps
 * ranges; the look-up then is the same as for a file that was read with
 * positions from the start.
 */
import { makeDiagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { Limits } from '../dataset/limits.js';
import type { PendingDiagnostic } from './pending.js';
import { isValueAt, type PositionLocator, type ValueAt } from './where.js';

/** The text of a dataset file (BOM stripped), or undefined when it can no longer be read. */
export type ReadText = (file: string) => string | undefined;

type Answer = (found: Position) => void;

/** Every pending diagnostic located, in the order given. */
export async function locatePending(
  pending: readonly PendingDiagnostic[],
  readText: ReadText,
  limits: Limits,
): Promise<Diagnostic[]> {
  const positions = pending.map((entry) => (isValueAt(entry.at) ? undefined : entry.at));
  const named = pending.map((): Record<string, string> => ({}));
  // What each file must answer: one parse per file, its tree dropped before the next.
  const asked = new Map<string, { at: ValueAt; answer: Answer }[]>();
  const ask = (file: string, at: ValueAt, answer: Answer) => {
    const list = asked.get(file);
    if (list) list.push({ at, answer });
    else asked.set(file, [{ at, answer }]);
  };
  pending.forEach((entry, index) => {
    if (isValueAt(entry.at)) ask(entry.file, entry.at, (found) => (positions[index] = found));
    for (const [key, place] of Object.entries(entry.places ?? {})) {
      const write = (found: Position) =>
        (named[index]![key] = `${place.file}:${found.line}:${found.column}`);
      if (isValueAt(place.at)) ask(place.file, place.at, write);
      else write(place.at);
    }
  });
  if (asked.size > 0) {
    // Loaded only now: a run with nothing to report never needs the parser that keeps positions.
    const { parseYaml } = await import('./yaml-source.js');
    for (const file of [...asked.keys()].sort()) {
      const text = readText(file);
      const locate: PositionLocator | undefined =
        text === undefined ? undefined : parseYaml(file, text, limits).locate;
      for (const { at, answer } of asked.get(file)!)
        answer(locate?.(at.path, at.at) ?? { line: 1, column: 1 });
    }
  }
  return pending.map((entry, index) => {
    const args = { ...entry.args, ...named[index] };
    const position = positions[index] ?? { line: 1, column: 1 };
    const located = makeDiagnostic(entry.code, entry.file, position, args);
    if (entry.excerpt !== undefined) located.excerpt = entry.excerpt;
    if (entry.excerptColumn !== undefined) located.excerptColumn = entry.excerptColumn;
    return located;
  });
}
