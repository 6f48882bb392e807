/** Writes a small dataset from an inline `{ path: text }` map into a fresh temp folder. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MINIMAL_FILES: Readonly<Record<string, string>> = {
  'dx-report.yaml':
    'schema_version: 1\norganization: Ban Chỉ đạo Chuyển đổi số tỉnh\nplace: Quảng Trị\n',
  'pillars.yaml': 'pillars:\n  - id: cqs\n    name: Chính quyền số\n',
  'agencies.yaml':
    'groups:\n  - { id: so, name: "Sở, ban, ngành" }\nagencies:\n  - id: so-khcn\n    name: Sở Khoa học và Công nghệ\n    group: so\n  - id: so-yte\n    name: Sở Y tế\n    group: so\n',
  'plans.yaml':
    'plans:\n  - id: qd-1\n    number: 1/QĐ-UBND\n    date: 2022-07-29\n    title: Đề án chuyển đổi số\n',
  'criteria.yaml':
    'components:\n  - { id: nt, name: Nhận thức số }\ncriteria:\n  - id: NT-01\n    component: nt\n    name: Người đứng đầu chỉ đạo\n    max: 10\n',
  'tasks/a.yaml':
    'plan: qd-1\npillar: cqs\ntasks:\n  - id: T-1\n    title: Kho dữ liệu dùng chung\n    lead: so-khcn\n    deadline: 2024-12-31\n    updates:\n      - date: 2024-03-15\n        status: in_progress\n',
  'assessments/2024-H1/so-khcn.yaml': 'agency: so-khcn\nperiod: 2024-H1\nscores:\n  NT-01: 8\n',
};

export function writeDataset(
  files: Readonly<Record<string, string | Uint8Array>>,
  base: Record<string, string> = {},
): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dx-report-test-'));
  const all = { ...base, ...files };
  for (const [relative, content] of Object.entries(all)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}
