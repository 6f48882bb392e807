/**
 * The built package renders the default template from its precompiled form
 * (dist/render/markdown/default-template.mjs, made by `npm run build`); the
 * sources compile it. Both must give the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';

const PRECOMPILED = new URL('../../dist/render/markdown/default-template.mjs', import.meta.url);
const BUILT_RENDERER = new URL('../../dist/render/markdown/render-markdown.js', import.meta.url);
const template = readFileSync(new URL('../../templates/bao-cao.md.hbs', import.meta.url), 'utf8');
const built = existsSync(PRECOMPILED) && existsSync(BUILT_RENDERER);
if (!built)
  console.warn(
    'dist/ is not built: the precompiled-template checks are skipped (npm test builds first).',
  );

describe.skipIf(!built)('the precompiled default template (needs `npm run build`)', () => {
  it('was made from the template as it is now', async () => {
    const { source } = ((await import(PRECOMPILED.href)) as { default: { source: string } })
      .default;
    expect(source).toBe(template);
  });

  it('renders the same bytes as compiling the template', async () => {
    const dist = (await import(BUILT_RENDERER.href)) as { renderMarkdown: typeof renderMarkdown };
    const fromPrecompiled = await dist.renderMarkdown(REPORT_MODEL, {
      template: { text: template, file: 'bao-cao.md.hbs' },
    });
    const fromCompiler = await renderMarkdown(REPORT_MODEL, {
      template: { text: template, file: 'bao-cao.md.hbs' },
    });
    expect(fromPrecompiled.name).toBe('bao-cao-cds-2024-H1.md');
    expect(Buffer.from(fromPrecompiled.bytes).toString('utf8')).toBe(
      Buffer.from(fromCompiler.bytes).toString('utf8'),
    );
    expect(fromPrecompiled.bytes.length).toBeGreaterThan(5000);
  });
});
