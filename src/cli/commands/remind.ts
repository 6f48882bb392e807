import type { CommonFlags } from '../options.js';
import type { RunContext } from '../run-context.js';

export interface RemindFlags extends CommonFlags {
  period?: string;
  periodKind?: string;
  asOf?: string;
  format?: string;
  out?: string;
  perAgency?: boolean;
  due?: string;
  template?: string;
}

export async function runRemind(_flags: RemindFlags, _context: RunContext): Promise<number> {
  return Promise.resolve(0);
}
