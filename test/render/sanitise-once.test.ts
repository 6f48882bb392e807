/**
 * Sanitise once (render/safe-text.ts, applied by render/registry.ts before any
 * printer): a right-to-left override, a lone surrogate and a control
 * character put into every kind of name and text of the model reach no
 * format, Word's document and properties included; each shows as U+FFFD.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/report-model.js';
import { renderAll } from '../../src/render/registry.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';
import { readFileSync } from 'node:fs';

const HOSTILE = '\u202e\ud800\u0007';
/** Keys whose strings are names and texts (not ids, codes, dates or enums). */
const TEXT_KEYS =
  /^(name|shortName|title|text|note|place|parent|symbol|issue|authority|position|label|paragraphs|addressees|recipients|grade)$/;

function poisoned<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (TEXT_KEYS.test(key) ? `${value}${HOSTILE}` : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => poisoned(item, key)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [name, poisoned(item, name)]),
  ) as T;
}

const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u202a-\u202e\u2066-\u2069\u0000-\u0008]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('characters no document may carry, in every name and text', async () => {
  const model: ReportModel = {
    ...poisoned(REPORT_MODEL),
    document: poisoned({ number: null, symbol: 'BC-BCĐ', addressees: ['Ủy ban nhân dân tỉnh'] }),
  };
  const template = readFileSync(new URL('../../templates/bao-cao.md.hbs', import.meta.url), 'utf8');
  const rendered = await renderAll(model, ['md', 'json', 'xlsx', 'docx', 'html'], {
    template: { text: `${template}\n${HOSTILE}\n`, file: 'bao-cao.md.hbs' },
  });
  const texts = new Map<string, string>();
  for (const artifact of rendered) {
    if (!('bytes' in artifact)) continue;
    const extension = artifact.name.split('.').at(-1) ?? '';
    if (extension === 'docx' || extension === 'xlsx') {
      for (const [path, bytes] of Object.entries(unzipSync(artifact.bytes)))
        if (/\.(xml|rels)$/.test(path)) texts.set(`${extension}:${path}`, strFromU8(bytes));
    } else texts.set(extension, new TextDecoder().decode(artifact.bytes));
  }

  it('reaches no format, and shows where it was as U+FFFD', () => {
    for (const part of [
      'md',
      'json',
      'html',
      'docx:word/document.xml',
      'docx:docProps/core.xml',
      'xlsx:xl/worksheets/sheet1.xml',
    ])
      expect(texts.has(part), part).toBe(true);
    for (const [part, text] of texts) expect(UNSAFE.test(text), part).toBe(false);
    for (const part of ['md', 'json', 'html', 'docx:word/document.xml', 'docx:docProps/core.xml'])
      expect(texts.get(part), part).toContain('\ufffd\ufffd\ufffd');
  });
});
