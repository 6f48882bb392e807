import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/report-model.js';
import { reportFileName } from '../../src/render/artifact.js';
import { renderJson } from '../../src/render/json.js';
import { safeStrings } from '../../src/render/safe-text.js';
import { REPORT_MODEL } from '../fixtures/report-model.js';

// ajv-formats is CommonJS: under NodeNext its callable is the default export's default.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema: unknown = JSON.parse(
  readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
);

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema as object);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What the report is, written in one piece: the bytes the streamed writer must match. */
function wholeJson(model: ReportModel): string {
  const { schemaVersion, ...rest } = safeStrings(model);
  return `${JSON.stringify({ schemaVersion, ...rest }, null, 2)}\n`.normalize('NFC');
}

describe('renderJson, written a piece at a time', () => {
  it('gives exactly the bytes of the whole model stringified, however long its lists', () => {
    const long: ReportModel = {
      ...REPORT_MODEL,
      tasks: Array.from({ length: 1000 }, (_, index) => ({
        ...REPORT_MODEL.tasks[index % REPORT_MODEL.tasks.length]!,
        id: `T-${index}`,
        title: index % 7 === 0 ? `Tiêu đề \u0000 "${index}" \\ \u202e` : `Nhiệm vụ ${index}`,
      })),
      agencyResults: [],
    };
    for (const model of [REPORT_MODEL, long]) {
      // The model as every printer gets it: made safe once, before any (registry.ts).
      const artifact = renderJson(safeStrings(model));
      expect(text(artifact.bytes)).toBe(wholeJson(model));
      const pieces = [...artifact.chunks!()];
      expect(text(Buffer.concat(pieces))).toBe(wholeJson(model));
    }
  });
});

describe('renderJson', () => {
  it('names the file after the period', () => {
    expect(renderJson(REPORT_MODEL).name).toBe('bao-cao-cds-2024-H1.json');
    expect(reportFileName('2024-Q2', 'xlsx')).toBe('bao-cao-cds-2024-Q2.xlsx');
  });

  it('writes the model as two-space JSON with one trailing newline', () => {
    const output = text(renderJson(REPORT_MODEL).bytes);
    expect(output.startsWith('{\n  "schemaVersion": 3,\n  "organization": {\n    "name": ')).toBe(
      true,
    );
    expect(output.endsWith('}\n')).toBe(true);
    expect(output.endsWith('\n\n')).toBe(false);
    expect(JSON.parse(output)).toEqual(REPORT_MODEL);
  });

  it('puts schemaVersion first even when the model was built in another order', () => {
    const { schemaVersion, ...rest } = REPORT_MODEL;
    const reordered = { ...rest, schemaVersion } as ReportModel;
    const keys = Object.keys(JSON.parse(text(renderJson(reordered).bytes)) as object);
    expect(keys.slice(0, 3)).toEqual(['schemaVersion', 'organization', 'place']);
    expect(keys.at(-1)).toBe('tasks');
  });

  it('gives the same bytes for the same model', () => {
    const first = renderJson(REPORT_MODEL).bytes;
    const second = renderJson(structuredClone(REPORT_MODEL)).bytes;
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('keeps Vietnamese text as NFC characters, not escapes', () => {
    const output = text(renderJson(REPORT_MODEL).bytes);
    expect(output).toContain('"label": "6 tháng đầu năm 2024"');
    expect(output).toContain('"shortName": "Sở TT&TT"');
    expect(output.normalize('NFC')).toBe(output);
  });
});

describe('schemas/report.schema.json', () => {
  const validate = validator();

  it('accepts the fixture model as rendered', () => {
    const parsed: unknown = JSON.parse(text(renderJson(REPORT_MODEL).bytes));
    expect(validate(parsed)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
  });

  it('rejects a model with a misspelt key, a bad date and a missing field', () => {
    const broken = structuredClone(REPORT_MODEL) as unknown as Record<string, unknown>;
    broken['reportDate'] = '2024-6-30';
    broken['titel'] = 'x';
    delete broken['tasks'];
    expect(validate(broken)).toBe(false);
    expect(
      (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`).sort(),
    ).toEqual([' additionalProperties', ' required', '/reportDate format', '/reportDate pattern']);
  });
});
