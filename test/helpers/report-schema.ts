/** Validates report models against the shipped schemas/report.schema.json, as a consumer of the JSON would. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its callable is the default export's default.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
) as object;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a model (after a JSON round trip), as `path keyword` lines; [] when valid. */
export function reportSchemaErrors(model: unknown): string[] {
  const parsed: unknown = JSON.parse(JSON.stringify(model));
  if (validate(parsed)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath} ${error.keyword} ${JSON.stringify(error.params)}`,
  );
}
