/**
 * Looks up the lines and columns that files read without positions
 * (yaml-quick.ts) left as paths. Only files with something to report get here,
 * each parsed once more, by `yaml`, which keeps ranges; the look-up then is the
 * same as for a file that was read with positions from the start.
 */
import type { Diagnostic, PathInFile } from '../diagnostics/diagnostic.js';
import type { Limits } from './limits.js';
import type { Position, PositionLocator } from './where.js';

/** The text of a dataset file (BOM stripped), or undefined when it can no longer be read. */
export type ReadText = (file: string) => string | undefined;

/** Fills in `line`/`column` (and args naming other places) wherever a diagnostic holds a path. */
export async function locatePending(
  diagnostics: readonly Diagnostic[],
  readText: ReadText,
  limits: Limits,
): Promise<void> {
  // What each file must answer: one parse per file, its tree dropped before the next.
  const asked = new Map<string, ((locate: (at: PathInFile) => Position) => void)[]>();
  const ask = (file: string, answer: (locate: (at: PathInFile) => Position) => void) => {
    const list = asked.get(file);
    if (list) list.push(answer);
    else asked.set(file, [answer]);
  };
  for (const entry of diagnostics) {
    const unlocated = entry.unlocated;
    if (!unlocated) continue;
    delete entry.unlocated;
    const { at, places } = unlocated;
    if (at) {
      ask(entry.file, (locate) => {
        const found = locate(at);
        entry.line = found.line;
        entry.column = found.column;
        if (found.endLine !== undefined) entry.endLine = found.endLine;
        if (found.endColumn !== undefined) entry.endColumn = found.endColumn;
      });
    }
    for (const [key, place] of Object.entries(places ?? {})) {
      ask(place.file, (locate) => {
        const found = locate(place.at);
        entry.args = { ...entry.args, [key]: `${place.file}:${found.line}:${found.column}` };
      });
    }
  }
  if (asked.size === 0) return;
  // Loaded only now: a run with nothing to report never needs the parser that keeps positions.
  const { parseYaml } = await import('./yaml-source.js');
  for (const file of [...asked.keys()].sort()) {
    const text = readText(file);
    const locator: PositionLocator | undefined =
      text === undefined ? undefined : parseYaml(file, text, limits).locate;
    const locate = (at: PathInFile) => locator?.(at.path, at.at) ?? { line: 1, column: 1 };
    for (const answer of asked.get(file)!) answer(locate);
  }
}
