/**
 * Issue 28, what a template and the data can reach in the Markdown briefing:
 * a helper reads own fields only, so no template is handed a shared prototype
 * (and through it every other format's output); and no interpolation of the
 * data, whichever helper made it, splits a table row.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset, read, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

const INDICATORS = {
  'indicators.yaml':
    'indicators:\n  - id: dvc\n    name: Tỷ lệ dịch vụ công trực tuyến\n    unit: "%"\n    pillar: cqs\n    agency: so-khcn\n',
};

function template(text: string): string {
  const file = path.join(tempFolder(), 'mau.md.hbs');
  writeFileSync(file, text);
  return file;
}

describe.concurrent('groupBy on a field the items do not own: exit 2, nothing written', () => {
  it.each(['__proto__', 'constructor', '__defineGetter__', 'toString', 'hasOwnProperty'])(
    '%s',
    async (field) => {
      const file = template(
        `{{#each (groupBy indicators.rows "${field}")}}{{key.__defineGetter__ "x" key.valueOf}}{{/each}}\n`,
      );
      const out = path.join(tempFolder(), 'reports');
      const run = await runCli([
        'build',
        '--data',
        dataset({ ...MINIMAL_FILES, ...INDICATORS }),
        '--period',
        '2024-H1',
        '--format',
        'md,xlsx,json',
        '--out',
        out,
        '--template',
        file,
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `dx-report: Mẫu báo cáo ${file}:1:9: helper \`groupBy\` cần tên một trường của các phần tử trong danh sách, nhưng nhận \`"${field}"\`.\n`,
      );
      expect(readdirSync(path.dirname(out))).toEqual([]);
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
    },
  );

  it('an own field still groups', async () => {
    const out = path.join(tempFolder(), 'reports');
    const run = await runCli([
      'build',
      '--data',
      dataset({ ...MINIMAL_FILES, ...INDICATORS }),
      '--period',
      '2024-H1',
      '--out',
      out,
      '--quiet',
      '--template',
      template('{{#each (groupBy indicators.rows "pillar")}}{{key}}: {{items.length}}{{/each}}\n'),
    ]);
    expect(run.status).toBe(0);
    expect(read(path.join(out, 'bao-cao-cds-2024-H1.md'))).toBe('cqs: 1\n');
  });
});

describe.concurrent('a | in a theme name, an agency name or a text', () => {
  const THEMES = {
    'themes.yaml':
      'themes:\n  - id: nl\n    name: "Nhân lực | kiêm nhiệm"\n    keywords: [kiêm nhiệm]\n',
    'tasks/a.yaml': `${MINIMAL_FILES['tasks/a.yaml']!}        issues:\n          - "Cán bộ | kiêm nhiệm"\n          - { theme: nl, text: "Thiếu | người" }\n`,
  };

  it('never splits a row of the difficulties appendix', async () => {
    const out = path.join(tempFolder(), 'reports');
    const run = await runCli([
      'build',
      '--data',
      dataset({ ...MINIMAL_FILES, ...THEMES }),
      '--period',
      '2024-H1',
      '--out',
      out,
      '--quiet',
    ]);
    expect(run.status).toBe(0);
    const rows = read(path.join(out, 'bao-cao-cds-2024-H1.md'))
      .split('\n')
      .filter((line) => line.startsWith('|') && /kiêm nhiệm|người/.test(line));
    expect(rows).toEqual([
      '| | **Nhân lực \\| kiêm nhiệm** | |',
      '| 1 | Cán bộ \\| kiêm nhiệm | Sở Khoa học và Công nghệ |',
      '| 2 | Thiếu \\| người | Sở Khoa học và Công nghệ |',
    ]);
  });
});
