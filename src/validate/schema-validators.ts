/**
 * One ajv validator per file kind. `npm run build` precompiles them to
 * standalone code (dist/validate/compiled-validators.mjs, ajv's standalone mode),
 * so a run neither loads ajv's compiler nor compiles schemas; running from the
 * TypeScript sources (tests), they are compiled on first use instead. Both come
 * from the same schemas and options, so they report the same errors.
 * `prepareValidators` loads them (asynchronously, once); `validatorFor` then
 * hands one out.
 */
import type { Ajv, Options, ValidateFunction } from 'ajv';
import type { FileKind } from '../dataset/file-kinds.js';
import { SCHEMA_KINDS, schemaFor } from './schemas/index.js';

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
export async function createAjv(extra: Options = {}): Promise<Ajv> {
  const { Ajv: AjvClass } = await import('ajv');
  const formats = (await import('ajv-formats')) as unknown as {
    default: (ajv: Ajv, formats?: string[]) => Ajv;
  };
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...extra });
  formats.default(ajv, ['date']);
  return ajv;
}

type Validators = Partial<Record<FileKind, ValidateFunction>>;

/** Written by scripts/compile-validators.mjs; absent when running from the sources. */
const PRECOMPILED = './compiled-validators.mjs';

let validators: Promise<Validators> | undefined;
let ready: Validators | undefined;

async function loadValidators(): Promise<Validators> {
  try {
    // A variable specifier: the file exists only in dist/.
    const module = (await import(PRECOMPILED)) as { default: Validators };
    return module.default;
  } catch {
    const ajv = await createAjv();
    return Object.fromEntries(
      SCHEMA_KINDS.map((kind) => [kind, ajv.compile(schemaFor(kind))]),
    ) as Validators;
  }
}

/** Loads the validators once per process (precompiled when built, else compiled). */
export async function prepareValidators(): Promise<void> {
  validators ??= loadValidators();
  ready = await validators;
}

/** The validator of a file kind; `prepareValidators` must have been awaited. */
export function validatorFor(kind: FileKind): ValidateFunction {
  const validate = ready?.[kind];
  if (validate === undefined)
    throw new Error(`no schema validator for ${kind}: call prepareValidators first`);
  return validate;
}
