/**
 * Building blocks of the dataset's JSON Schemas (draft-07: the newest draft the
 * YAML language server in editors supports). Ids and codes are `type: string`
 * because YAML 1.2 reads `010` or `1.10` as numbers; a number there gets its own
 * message (`id-is-number`). Real-date, period and status checks that a pattern
 * cannot express live in validate/value-rules.ts.
 */
export type JsonSchema = Record<string, unknown>;

export const ID_PATTERN = '^[A-Za-z0-9._-]{1,64}$';
/** Years 1900–2999 (model/dates.ts FIRST_YEAR, LAST_YEAR): `0024-H1` is a typo. */
export const PERIOD_PATTERN = '^(19|2\\d)\\d{2}(-([Hh][12]|[Qq][1-4]|9[Mm]|0[1-9]|1[0-2]))?$';
/** A date's year from 1900 to 2999, checked beside the `date` format (which takes any year). */
export const DATE_YEAR_PATTERN = '^(19|2\\d)\\d{2}-';
export const TEXT_LIMIT = 2000;
/** A document's ký hiệu (NĐ 30/2020): no spaces and no lower-case letters, e.g. `BC-BCĐ`. */
export const SYMBOL_PATTERN = '^[^\\s\\p{Ll}]+$';

export const id = (description: string): JsonSchema => ({
  type: 'string',
  pattern: ID_PATTERN,
  description,
});

export const text = (description: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: TEXT_LIMIT,
  description,
});

export const date = (description: string): JsonSchema => ({
  type: 'string',
  format: 'date',
  pattern: DATE_YEAR_PATTERN,
  description,
});

/** A period code, or a year written as a YAML number (`period: 2024`). */
export const period = (description: string): JsonSchema => ({
  anyOf: [
    { type: 'string', pattern: PERIOD_PATTERN },
    { type: 'integer', minimum: 1900, maximum: 2999 },
  ],
  description,
});

export const textList = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string', minLength: 1, maxLength: TEXT_LIMIT },
  description,
});

/**
 * A difficulty or proposal: plain text, or `{ theme, text }` naming its theme
 * of themes.yaml (spec § themes.yaml, added in 0.2).
 */
export const reportedText = (description: string): JsonSchema => ({
  anyOf: [
    { type: 'string', minLength: 1, maxLength: TEXT_LIMIT },
    {
      type: 'object',
      properties: {
        theme: { type: 'string', pattern: ID_PATTERN, description: 'Mã chủ đề (themes.yaml).' },
        text: { type: 'string', minLength: 1, maxLength: TEXT_LIMIT, description: 'Nội dung.' },
      },
      required: ['theme', 'text'],
      additionalProperties: false,
    },
  ],
  description,
});

/** A list of difficulties or proposals, each plain text or `{ theme, text }`. */
export const reportedTextList = (description: string): JsonSchema => ({
  type: 'array',
  items: reportedText('Một nội dung: văn bản, hoặc { theme, text }.'),
  description,
});

/**
 * A text or a list of its lines, at least one (0.3: `organization` and
 * `signer.authority` written as the lines the office breaks them into).
 */
export const textOrLines = (description: string): JsonSchema => ({
  anyOf: [
    { type: 'string', minLength: 1, maxLength: TEXT_LIMIT },
    {
      type: 'array',
      items: { type: 'string', minLength: 1, maxLength: TEXT_LIMIT },
      minItems: 1,
    },
  ],
  description,
});

/** One paragraph or a list of paragraphs (notes). */
export const paragraphs = (description: string): JsonSchema => ({
  anyOf: [
    { type: 'string', minLength: 1, maxLength: TEXT_LIMIT },
    { type: 'array', items: { type: 'string', minLength: 1, maxLength: TEXT_LIMIT } },
  ],
  description,
});

/** A closed object: unknown fields are errors, so a typo like `deadlne` cannot pass silently. */
export const object = (
  properties: Record<string, JsonSchema>,
  required: string[],
  description?: string,
): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...(description ? { description } : {}),
});

export const listOf = (items: JsonSchema, description: string, minItems = 0): JsonSchema => ({
  type: 'array',
  items,
  ...(minItems ? { minItems } : {}),
  description,
});

/** Where an imported file came from (`dx-report intake import`, added in 0.3): the workbook and its SHA-256. */
export const importSource = (): JsonSchema =>
  object(
    {
      file: text('Tệp đã nhập (biểu mẫu Excel).'),
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 của tệp.' },
    },
    ['file', 'sha256'],
    'Tệp gốc, do lệnh intake import ghi.',
  );
