/**
 * The bundled sample with its 2024-H1 round and two traps added: a unit
 * dissolved before the period (not expected), and Sở GTVT's updates sent on
 * 05/7 without its self-assessment (still missing). For status, remind and
 * the briefing's round, two days after the round's deadline.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_DATA, tempFolder } from './cli.js';

const DISSOLVED = `  - id: ban-dan-toc
    name: Ban Dân tộc tỉnh
    group: so-nganh
    active_until: 2023-12-31
    successor: so-noi-vu
`;

const GTVT_UPDATES = `agency: so-gtvt
period: 2024-H1
submitted: 2024-07-05
updates:
  - task: CQS-18
    date: 2024-06-20
    status: not_started
`;

/** `--period 2024-H1 --as-of 2024-07-12`: two days after the round's deadline. */
export const ROUND = ['--period', '2024-H1', '--as-of', '2024-07-12'];

/** A work folder holding the sample with the traps in `data/`. */
export function roundSample(): string {
  const cwd = tempFolder();
  const data = path.join(cwd, 'data');
  cpSync(SAMPLE_DATA, data, { recursive: true });
  const agencies = path.join(data, 'agencies.yaml');
  const text = readFileSync(agencies, 'utf8');
  writeFileSync(
    agencies,
    text.replace('  - id: cong-an-tinh\n', `${DISSOLVED}  - id: cong-an-tinh\n`),
  );
  writeFileSync(path.join(data, 'updates', '2024-H1', 'so-gtvt.yaml'), GTVT_UPDATES);
  return cwd;
}
