/**
 * The collection round of issue 25 at a province's size: 150 agencies, four
 * tasks each, an indicator for every third, an index they assess themselves
 * on. The forms are made and filled once (exceljs, untimed) in
 * bench/.data/intake-150/; the rows time `intake make` for the 150 agencies
 * and `intake import` of the 150 filled workbooks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const AGENCIES = 150;
const TASKS_EACH = 4;
// Bumped when the form's layout changes: the filled forms are made again.
const STAMP = JSON.stringify({ intake: 2, agencies: AGENCIES });
const CLI = 'bin/dx-report.js';

/** @param {string} root bench/.data/intake-150 */
function datasetFiles(root) {
  const ids = Array.from({ length: AGENCIES }, (_, index) =>
    index < 30 ? `so-${index + 1}` : `xa-${index - 29}`,
  );
  const files = {
    'dx-report.yaml':
      'schema_version: 1\norganization: Ban Chỉ đạo Chuyển đổi số tỉnh\nplace: Tuyên Quang\n',
    'pillars.yaml':
      'pillars:\n  - { id: cqs, name: Chính quyền số }\n  - { id: xhs, name: Xã hội số }\n',
    'plans.yaml':
      'plans:\n  - { id: kh-1, number: 1/KH-UBND, date: 2023-01-10, title: Kế hoạch chuyển đổi số }\n',
    'agencies.yaml':
      'groups:\n  - { id: so-nganh, name: "Sở, ban, ngành" }\n  - { id: xa-phuong, name: "UBND xã, phường" }\nagencies:\n' +
      ids
        .map(
          (id, index) =>
            `  - { id: ${id}, name: ${index < 30 ? `Sở số ${index + 1}` : `UBND xã số ${index - 29}`}, group: ${index < 30 ? 'so-nganh' : 'xa-phuong'} }\n`,
        )
        .join(''),
    'criteria.yaml':
      'components:\n  - { id: nt, name: Nhận thức số }\n  - { id: hts, name: Hạ tầng số }\ncriteria:\n' +
      Array.from(
        { length: 12 },
        (_, index) =>
          `  - { id: C-${index + 1}, component: ${index < 6 ? 'nt' : 'hts'}, name: Tiêu chí số ${index + 1}, max: 10 }\n`,
      ).join(''),
    'indicators.yaml':
      'indicators:\n' +
      ids
        .filter((_, index) => index % 3 === 0)
        .map(
          (id) =>
            `  - { id: ct-${id}, name: Tỷ lệ hồ sơ trực tuyến của ${id}, unit: "%", agency: ${id} }\n`,
        )
        .join(''),
  };
  let tasks = 'plan: kh-1\npillar: cqs\ntasks:\n';
  ids.forEach((id, index) => {
    for (let n = 1; n <= TASKS_EACH; n++) {
      const partner = ids[(index + 1) % ids.length];
      tasks += `  - id: NV-${index + 1}-${n}\n    title: Nhiệm vụ ${n} của ${id}\n    lead: ${id}\n    partners: [${partner}]\n    deadline: 2024-12-31\n    updates:\n      - { date: 2023-11-20, status: in_progress, progress: 20 }\n`;
    }
  });
  files['tasks/nhiem-vu.yaml'] = tasks;
  for (const id of ids)
    files[`assessments/2023-H2/${id}.yaml`] = `agency: ${id}\nperiod: 2023-H2\nscores:\n  C-1: 5\n`;
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, 'data', path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, text);
  }
}

/** Fills every form as an agency would: each task's status, progress and result, the indicator, the scores. */
async function fillForms(root, repo) {
  const require = createRequire(join(repo, 'package.json'));
  const ExcelJS = require('exceljs');
  // The columns by their keys, as the built CLI lays them out.
  const layout = await import(pathToFileURL(join(repo, 'dist', 'intake', 'layout.js')).href);
  const letter = (key) => layout.column(layout.TASK_COLUMNS, key).letter;
  const forms = join(root, 'forms');
  mkdirSync(join(root, 'filled'), { recursive: true });
  for (const name of readdirSync(forms).sort()) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(forms, name));
    const tasks = book.getWorksheet('Nhiệm vụ');
    for (let row = 5; row <= tasks.rowCount; row++) {
      if (tasks.getCell(`C${row}`).value !== 'Chủ trì') continue;
      tasks.getCell(`${letter('status')}${row}`).value = 'Đang triển khai';
      tasks.getCell(`${letter('progress')}${row}`).value = 60;
      tasks.getCell(`${letter('note')}${row}`).value =
        'Đã hoàn thành khảo sát, đang triển khai giai đoạn 2';
    }
    const values = book.getWorksheet('Chỉ tiêu');
    if (values.getCell('A5').value) values.getCell('G5').value = '85,5';
    const scores = book.getWorksheet('Tự đánh giá');
    for (let row = 5; row < 17; row++) scores.getCell(`E${row}`).value = 7.5;
    await book.xlsx.writeFile(join(root, 'filled', name));
  }
}

/**
 * The round's folders, made once: data/, forms/ (intake make), filled/.
 * @param {string} root
 * @param {string} repo
 */
export async function ensureIntakeRound(root, repo) {
  const stampPath = join(root, '.stamp');
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === STAMP) return;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  datasetFiles(root);
  execFileSync(
    process.execPath,
    [
      CLI,
      'intake',
      'make',
      '--period',
      '2024-H1',
      '--data',
      join(root, 'data'),
      '--out',
      join(root, 'forms'),
      '-q',
    ],
    { cwd: repo },
  );
  await fillForms(root, repo);
  writeFileSync(stampPath, STAMP);
}

/**
 * The two rows: forms for 150 agencies, and a dry-run import of their 150
 * filled workbooks (every check, the dataset's rules included; nothing
 * written, so every run does the same work).
 * @param {string} root
 * @param {string} outRoot
 * @returns {import('./commands.mjs').BenchCommand[]}
 */
export function intakeCommands(root, outRoot) {
  const data = join(root, 'data');
  const filled = existsSync(join(root, 'filled'))
    ? readdirSync(join(root, 'filled'))
        .sort()
        .map((name) => join(root, 'filled', name))
    : [];
  return [
    {
      id: 'intake-make',
      label: `dx-report intake make: ${AGENCIES} agencies`,
      args: [
        CLI,
        'intake',
        'make',
        '--period',
        '2024-H1',
        '--data',
        data,
        '--out',
        join(outRoot, 'intake-make'),
        '-q',
      ],
      outDir: join(outRoot, 'intake-make'),
    },
    {
      id: 'intake-import',
      label: `dx-report intake import: ${AGENCIES} filled workbooks (--dry-run)`,
      args: [
        CLI,
        'intake',
        'import',
        ...filled,
        '--data',
        data,
        '--dry-run',
        '--submitted',
        '2024-07-05',
        '-q',
      ],
    },
  ];
}
