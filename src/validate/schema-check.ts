/**
 * JSON Schema validation (ajv, compiled once per file kind) with every ajv error
 * mapped to a diagnostic code and to the YAML node the user must edit.
 */
import type { ErrorObject } from 'ajv';
import { diagnostic, type PendingDiagnostic } from './pending.js';
import { DATE_YEAR_PATTERN, ID_PATTERN, PERIOD_PATTERN, SYMBOL_PATTERN } from './schemas/common.js';
import type { FileKind } from '../dataset/file-kinds.js';
import { validatorFor } from './schema-validators.js';
import { suggest } from '../model/suggest.js';
import { dateProblem } from './values.js';
import type { Locator, ValuePath } from './where.js';

/**
 * Shape problems reported per file at most. A file that is wrong a million times
 * over (a list of a million bare words) would otherwise take longer to report
 * than to parse, and nobody reads past the first screens; fixing those shows the rest.
 */
export const MAX_SCHEMA_PROBLEMS = 200;

/** Checks a parsed file against its kind's schema; returns diagnostics located in the YAML (at most MAX_SCHEMA_PROBLEMS). */
export function checkSchema(
  kind: FileKind,
  file: string,
  value: unknown,
  locate: Locator,
): PendingDiagnostic[] {
  const validate = validatorFor(kind);
  const errors = validate(value) ? [] : (validate.errors ?? []);
  // ajv keeps the last errors on the function: a million of them must not outlive this check.
  validate.errors = null;
  const diagnostics: PendingDiagnostic[] = [];
  const explained = withoutMisspeltRequired(explainingErrors(errors, value));
  const seen = new Set<string>();
  for (const error of explained) {
    if (diagnostics.length >= MAX_SCHEMA_PROBLEMS) break;
    const mapped = mapError(error, file, value, locate);
    if (!mapped) continue;
    const key = `${JSON.stringify(mapped.at)}:${mapped.code}:${JSON.stringify(mapped.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(mapped);
  }
  return diagnostics;
}

/** The JSON type a schema's `type` names a value by ('integer' is a 'number' too). */
function typeMatches(branch: unknown, value: unknown): boolean {
  const type = (branch as { type?: string | string[] } | null)?.type;
  if (type === undefined) return false;
  const actual = jsonType(value);
  return [type]
    .flat()
    .some((name) => name === actual || (name === 'number' && actual === 'integer'));
}

/**
 * The errors that explain a file: of an anyOf (a text, or a { theme, text }
 * entry; a text or a list of them), the errors of the one branch whose type
 * the value has, so the message names the field that is wrong and what it
 * must be (`text` missing, a text empty), once, where it is; the anyOf itself
 * only when no one branch fits the value's type. Errors of branches not taken
 * explain nothing and go.
 */
function explainingErrors(errors: readonly ErrorObject[], root: unknown): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  /** Branches not taken: their schema path, and the value the anyOf was about. */
  const notTaken: { schema: string; at: string }[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const branches = (error.parentSchema as { anyOf?: unknown[] } | undefined)?.anyOf ?? [];
    const value = valueAt(root, parsePointer(error.instancePath));
    const fitting = branches.flatMap((branch, index) =>
      typeMatches(branch, value) ? [index] : [],
    );
    if (fitting.length === 1) {
      dropped.add(error);
      branches.forEach((_, index) => {
        if (index !== fitting[0])
          notTaken.push({ schema: `${error.schemaPath}/${index}/`, at: error.instancePath });
      });
    } else
      branches.forEach((_, index) =>
        notTaken.push({ schema: `${error.schemaPath}/${index}/`, at: error.instancePath }),
      );
  }
  const within = (error: ErrorObject, at: string) =>
    error.instancePath === at || error.instancePath.startsWith(`${at}/`);
  return errors.filter(
    (error) =>
      !dropped.has(error) &&
      !notTaken.some(
        (branch) => error.schemaPath.startsWith(branch.schema) && within(error, branch.at),
      ),
  );
}

/**
 * One mistake, one message: a required field reported missing where the same
 * object has an unknown field that is its misspelling (`{ grop: xa }` for
 * `group`) is that unknown field's error alone, which names the right spelling.
 */
function withoutMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const misspelt = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const meant = suggest(String(error.params.additionalProperty), allowed);
    if (meant !== undefined) misspelt.add(`${error.instancePath}\u0000${meant}`);
  }
  if (misspelt.size === 0) return errors;
  return errors.filter(
    (error) =>
      error.keyword !== 'required' ||
      !misspelt.has(`${error.instancePath}\u0000${String(error.params.missingProperty)}`),
  );
}

function mapError(
  error: ErrorObject,
  file: string,
  root: unknown,
  locate: Locator,
): PendingDiagnostic | undefined {
  const path = parsePointer(error.instancePath);
  const field = fieldName(path);
  const value = valueAt(root, path);
  const params = error.params as Record<string, unknown>;
  // ajv's number types reject Infinity and NaN (YAML .inf, .nan): say so plainly.
  if (
    (error.keyword === 'type' || error.keyword === 'anyOf') &&
    typeof value === 'number' &&
    !Number.isFinite(value)
  ) {
    return diagnostic('number-not-finite', file, locate(path), { field, value: String(value) });
  }
  switch (error.keyword) {
    case 'required':
      return diagnostic('missing-field', file, locate(path), {
        field: String(params.missingProperty),
      });
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      // No field name has a space: a key with one and no value is the tail of a text cut at a comma in `{ … }`.
      if (/\s/u.test(name) && valueAt(value, [name]) === null)
        return diagnostic('yaml-comma-in-text', file, locate([...path, name], 'key'), {
          field: name,
        });
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return diagnostic('unknown-field', file, locate([...path, name], 'key'), {
        field: name,
        suggestion: suggest(name, allowed),
        allowed: allowed.join(', '),
      });
    }
    case 'type':
      if (path.length === 0) {
        const first = ((error.parentSchema?.required as string[] | undefined) ?? [])[0] ?? '';
        return diagnostic('root-not-mapping', file, locate(path), {
          expected: first,
          actual: jsonType(value),
        });
      }
      if (field === 'id' && typeof value === 'number') {
        return diagnostic('id-is-number', file, locate(path), { value: String(value) });
      }
      return diagnostic('wrong-type', file, locate(path), {
        field,
        expected: [params.type].flat().join('|'),
        actual: jsonType(value),
        // `progress: "100"`: a number in quotes is text to YAML.
        quoted:
          typeof value === 'string' && isNumberType(params.type) && CORE_NUMBER.test(value.trim())
            ? value.trim()
            : undefined,
        // `value: 78,4` (a decimal comma), `progress: 24%`: the number as YAML reads one.
        meant:
          typeof value === 'string' && isNumberType(params.type) ? typedNumber(value) : undefined,
      });
    case 'anyOf':
      return mapAnyOf(file, path, field, value, locate);
    case 'const':
      return field === 'schema_version'
        ? diagnostic('schema-version', file, locate(path), { value: String(value) })
        : diagnostic('value-not-allowed', file, locate(path), {
            field,
            value: String(value),
            allowed: String(params.allowedValue),
          });
    case 'enum':
      return diagnostic('value-not-allowed', file, locate(path), {
        field,
        value: String(value),
        allowed: (params.allowedValues as unknown[]).join(', '),
      });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return diagnostic('value-out-of-range', file, locate(path), {
        field,
        value: String(value),
        ...rangeOf(error),
      });
    case 'minLength':
      return diagnostic('text-empty', file, locate(path), { field });
    case 'maxLength':
      return diagnostic('text-too-long', file, locate(path), {
        field,
        limit: Number(params.limit),
      });
    case 'minItems':
      return diagnostic('list-empty', file, locate(path), { field });
    case 'format':
      return diagnostic('date-invalid', file, locate(path), {
        value: String(value),
        ...dateProblem(String(value)),
      });
    case 'pattern':
      if (params.pattern === PERIOD_PATTERN)
        return diagnostic('period-invalid', file, locate(path), { value: String(value) });
      // Same code and arguments as the `format` error on the same date: reported once.
      if (params.pattern === DATE_YEAR_PATTERN)
        return diagnostic('date-invalid', file, locate(path), {
          value: String(value),
          ...dateProblem(String(value)),
        });
      if (params.pattern === ID_PATTERN)
        return diagnostic('id-format', file, locate(path), { value: String(value) });
      if (params.pattern === SYMBOL_PATTERN)
        return diagnostic('symbol-format', file, locate(path), { value: String(value) });
      return diagnostic('invalid-value', file, locate(path), {
        field,
        detail: String(error.message),
      });
    case 'propertyNames': {
      const name = String(params.propertyName);
      return diagnostic('id-format', file, locate([...path, name], 'key'), { value: name });
    }
    default:
      return diagnostic('invalid-value', file, locate(path), {
        field,
        detail: String(error.message),
      });
  }
}

/** One message for a value that fits none of the forms a field accepts. */
function mapAnyOf(
  file: string,
  path: ValuePath,
  field: string,
  value: unknown,
  locate: Locator,
): PendingDiagnostic | undefined {
  const parent = path[path.length - 2];
  // `period` of assessments and values, `by` of indicator targets: a period code.
  if (field === 'period' || field === 'by') {
    return diagnostic('period-invalid', file, locate(path), { value: String(value) });
  }
  if (parent === 'scores') {
    if (typeof value === 'number') {
      return diagnostic('value-out-of-range', file, locate(path), {
        field,
        value: String(value),
        min: 0,
      });
    }
    if (value !== null && typeof value === 'object')
      return scoreObjectProblem(file, path, value, locate);
    return diagnostic('wrong-type', file, locate(path), {
      field,
      expected: 'number|object',
      actual: jsonType(value),
    });
  }
  if (field === 'issues') {
    return diagnostic('wrong-type', file, locate(path), {
      field,
      expected: 'string|array',
      actual: jsonType(value),
    });
  }
  return diagnostic('invalid-value', file, locate(path), { field, detail: 'anyOf' });
}

const SCORE_FIELDS = ['self', 'verified', 'evidence'];

/**
 * What is wrong with a score written as `{ self, verified, evidence }`: an
 * unknown field, or neither points given. When only a value is wrong (`self:
 * .nan`, `self: -1`) its own error, one level down, says so: undefined here.
 */
function scoreObjectProblem(
  file: string,
  path: ValuePath,
  value: object,
  locate: Locator,
): PendingDiagnostic | undefined {
  const unknown = Object.keys(value).find((key) => !SCORE_FIELDS.includes(key));
  if (unknown !== undefined) {
    return diagnostic('unknown-field', file, locate([...path, unknown], 'key'), {
      field: unknown,
      suggestion: suggest(unknown, SCORE_FIELDS),
      allowed: SCORE_FIELDS.join(', '),
    });
  }
  if (!('self' in value) && !('verified' in value)) {
    return diagnostic('missing-field', file, locate(path), { field: 'self' });
  }
  return undefined;
}

/** The bounds of a number field, for "phải từ 0 đến 100" / "phải lớn hơn 0". */
function rangeOf(error: ErrorObject): { min?: number; max?: number; above?: number } {
  const schema = error.parentSchema as Record<string, number | undefined>;
  return {
    ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
    ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
    ...(schema.exclusiveMinimum === undefined ? {} : { above: schema.exclusiveMinimum }),
  };
}

/** The YAML 1.2 core schema's numbers, as text: what a quoted number looks like. */
const CORE_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A number typed as offices write it (`78,4`, `24%`, `1.234,5`), as YAML reads one; else undefined. */
function typedNumber(text: string): string | undefined {
  const bare = text.trim().replace(/\s*%$/, '');
  const written = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(bare)
    ? bare.replace(/\./g, '').replace(',', '.')
    : bare.replace(/^([-+]?\d+),(\d+)$/, '$1.$2');
  return written !== text.trim() && CORE_NUMBER.test(written) ? written : undefined;
}

const isNumberType = (type: unknown): boolean =>
  [type].flat().some((name) => name === 'number' || name === 'integer');

function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The name a message uses for the value at a path: its key, or its list's key. */
export function fieldName(path: ValuePath): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === 'string') return segment;
  }
  return '(tệp)';
}

function parsePointer(pointer: string): ValuePath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function valueAt(root: unknown, path: ValuePath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
