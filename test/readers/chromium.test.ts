/**
 * The HTML briefing in a real browser: headless Chromium loads the file (no
 * network, no script), takes a screenshot that must show a page (ink, not a
 * blank), and prints it to PDF: A4 pages, portrait for the body and turned
 * for a wide appendix, whose text (read back with pdftotext) has the title
 * and the seed figures. Skipped, with a warning, without chromium or poppler.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReports } from '../../src/pipeline.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';
import { inkShare } from './png.js';

const run = promisify(execFile);
const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => folder !== '' && existsSync(join(folder, name)));
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(onPath) ?? null;
const poppler = onPath('pdftotext');
if (chromium === null || !poppler) {
  console.warn(
    'No chromium or pdftotext on PATH (apt-get install chromium poppler-utils): the browser check of the HTML briefing is skipped.',
  );
}

const HEADLESS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--hide-scrollbars',
];

describe.skipIf(chromium === null || !poppler)('the HTML briefing in headless Chromium', () => {
  let folder = '';
  let page = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dx-report-html-'));
    const [html] = await renderReports(REPORT_MODEL, { formats: ['html'] });
    await writeFile(join(folder, 'briefing.html'), html!.bytes);
    page = pathToFileURL(join(folder, 'briefing.html')).href;
  });
  afterAll(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('shows the page in a screenshot, not a blank one', async () => {
    const shot = join(folder, 'shot.png');
    await run(chromium!, [...HEADLESS, '--window-size=1280,1600', `--screenshot=${shot}`, page], {
      timeout: 120_000,
    });
    const { width, height, ink } = inkShare(await readFile(shot));
    expect([width, height]).toEqual([1280, 1600]);
    // Text and table rules on a white page on a grey background: some ink, far from all of it.
    expect(ink).toBeGreaterThan(0.05);
    expect(ink).toBeLessThan(0.6);
  }, 180_000);

  it('prints on A4 pages (turned for the wide appendices) with the title and the figures', async () => {
    const pdf = join(folder, 'briefing.pdf');
    await run(chromium!, [...HEADLESS, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, page], {
      timeout: 120_000,
    });
    const boxes = [
      ...(await readFile(pdf)).toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g),
    ].map(([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))].join('x'));
    expect(boxes.length).toBeGreaterThan(3);
    expect(new Set(boxes)).toEqual(new Set(['595x842', '842x595']));
    expect(boxes[0]).toBe('595x842');
    const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2024');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('đã triển khai 11/21 nhiệm vụ phát triển chính quyền số');
    expect(text).toContain('Phụ lục IV');
  }, 180_000);

  it('numbers the pages of the body and of each appendix on their own, from the second page', async () => {
    const pdf = join(folder, 'numbers.pdf');
    await run(chromium!, [...HEADLESS, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, page], {
      timeout: 120_000,
    });
    const pages = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.split('\f').slice(0, -1);
    // Each page's first line: its number, or the first words of a part on the part's first page.
    const tops = pages.map((each) => each.trim().split('\n')[0]?.trim() ?? '');
    const parts = tops.flatMap((top, index) => (/^\d+$/.test(top) ? [] : [index]));
    expect(parts[0]).toBe(0);
    expect(tops.filter((top) => top.startsWith('Phụ lục'))).toEqual([
      'Phụ lục I',
      'Phụ lục II',
      'Phụ lục III',
      'Phụ lục IV',
    ]);
    tops.forEach((top, index) => {
      const start = Math.max(...parts.filter((part) => part <= index));
      if (index !== start) expect(top).toBe(String(index - start + 1));
    });
  }, 180_000);
});
