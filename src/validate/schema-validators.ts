/**
 * One ajv validator per file kind. `npm run build` precompiles them to
 * standalone code (dist/validate/compiled-validators.cjs, ajv's standalone mode),
 * so a run neither loads ajv's compiler nor compiles schemas; running from the
 * TypeScript sources (tests), they are compiled on first use instead. Both come
 * from the same schemas and options, so they report the same errors.
 */
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { schemaFor, type FileKind } from './schemas/index.js';

const require = createRequire(import.meta.url);

/**
 * allErrors: every problem in one run; verbose: errors carry their schema (for
 * "did you mean" and ranges); strictRequired off: the score schema's
 * anyOf [{required:[self]},{required:[verified]}] names properties declared one level up.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
};

/** An ajv instance with our options and the `date` format; `code` options for the standalone build. */
export function createAjv(extra: Options = {}): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof AjvModule;
  const addFormats = require('ajv-formats') as (ajv: Ajv, formats?: string[]) => Ajv;
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...extra });
  addFormats(ajv, ['date']);
  return ajv;
}

type Validators = Partial<Record<FileKind, ValidateFunction>>;

let precompiled: Validators | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<FileKind, ValidateFunction>();

function loadPrecompiled(): Validators {
  try {
    return require('./compiled-validators.cjs') as Validators;
  } catch {
    return {};
  }
}

/** The validator of a file kind: precompiled when built, else compiled once per process. */
export function validatorFor(kind: FileKind): ValidateFunction {
  precompiled ??= loadPrecompiled();
  const ready = precompiled[kind] ?? compiled.get(kind);
  if (ready) return ready;
  ajv ??= createAjv();
  const validate = ajv.compile(schemaFor(kind));
  compiled.set(kind, validate);
  return validate;
}
