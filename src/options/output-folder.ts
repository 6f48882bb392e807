import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors/known-errors.js';

const inside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The deepest existing ancestor of a path, resolved through links. */
async function resolveExisting(target: string): Promise<string> {
  let current = target;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return target;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * Reports go inside the dataset folder only when --out names a place there
 * literally; an --out that reaches it through a symbolic link is refused, so a
 * link can never make dx-report write into the data.
 */
export async function checkOutputFolder(outDir: string, dataDir: string): Promise<void> {
  const literal = inside(path.resolve(outDir), path.resolve(dataDir));
  if (literal) return;
  const [realOut, realData] = await Promise.all([
    resolveExisting(path.resolve(outDir)),
    resolveExisting(path.resolve(dataDir)),
  ]);
  if (inside(realOut, realData)) throw new UsageError('outInsideData', outDir);
}
