import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
if (!hasPandoc) {
  console.warn('pandoc is not installed: skipping the check that the briefing converts to HTML.');
}

const TEMPLATE = readFileSync(new URL('../../templates/bao-cao.md.hbs', import.meta.url), 'utf8');

describe('the briefing read by pandoc as GitHub-flavoured Markdown', () => {
  it.skipIf(!hasPandoc)('converts to HTML with every table and escaped cell intact', async () => {
    const markdown = (
      await renderMarkdown(REPORT_MODEL, { template: { text: TEMPLATE, file: 'bao-cao.md.hbs' } })
    ).bytes;
    const html = execFileSync('pandoc', ['-f', 'gfm', '-t', 'html', '--wrap=none'], {
      input: markdown,
      encoding: 'utf8',
    });
    // Body: pillars, plans, component trends; appendices: two ranking groups, agencies by
    // group (two), difficulties and proposals, four pillars of tasks.
    expect(html.match(/<table>/g)).toHaveLength(13);
    expect(html).toContain(
      '<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n<strong>Độc lập - Tự do - Hạnh phúc</strong></p>',
    );
    expect(html).toContain('<p><em>Quảng Trị, ngày 30 tháng 6 năm 2024</em></p>');
    expect(html).toContain(
      '<td style="text-align: left;">Nâng cấp Cổng dịch vụ công | Hệ thống một cửa điện tử tỉnh</td>',
    );
    expect(html).toContain('<td style="text-align: left;">Sở TT&amp;TT</td>');
    expect(html).not.toContain('&amp;amp;');
    expect(html).toContain('<pre class="mermaid"><code>xychart-beta');
    expect(html).toContain('<p><em><strong>Nơi nhận:</strong></em></p>');
  });
});
