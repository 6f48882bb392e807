// Writes docs/template-context.md, the fields a Markdown template can use,
// from schemas/report.schema.json (run by `npm run schemas`; a unit test
// checks the file is up to date, so the reference cannot drift from the model).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ref = (schema) => schema.$ref?.replace('#/definitions/', '');

/** A schema's type in words, with a link for a definition. */
function typeOf(schema) {
  if (schema.$ref) return `[${ref(schema)}](#${ref(schema).toLowerCase()})`;
  if (schema.anyOf) {
    const kinds = schema.anyOf.filter((part) => part.type !== 'null').map(typeOf);
    const nullable = schema.anyOf.some((part) => part.type === 'null');
    return `${kinds.join(' or ')}${nullable ? ' or null' : ''}`;
  }
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.type === 'array') return `list of ${typeOf(schema.items)}`;
  if (schema.type === 'object') return 'object';
  return schema.format ?? schema.type ?? 'any';
}

/** The rows of an object's fields, nested objects (and lists of objects) flattened with dots and `[]`. */
function rows(schema, prefix) {
  const out = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const inner = field.anyOf?.find((part) => part.type === 'object') ?? field;
    out.push(
      `| \`${path}\` | ${typeOf(field)} | ${(field.description ?? inner.description ?? '').replace(/\|/g, '\\|')} |`,
    );
    if (inner.type === 'object' && inner.properties) out.push(...rows(inner, `${path}.`));
    const items = inner.type === 'array' ? inner.items : undefined;
    if (items?.type === 'object' && items.properties) out.push(...rows(items, `${path}[].`));
  }
  return out;
}

const table = (schema, prefix = '') => [
  '| Field | Type | Meaning |',
  '|---|---|---|',
  ...rows(schema, prefix),
];

export function templateReference(schema) {
  const definitions = Object.entries(schema.definitions ?? {}).flatMap(([name, definition]) => [
    '',
    `### ${name}`,
    '',
    ...(definition.description ? [definition.description, ''] : []),
    ...(definition.properties ? table(definition) : [`${typeOf(definition)}`]),
  ]);
  return [
    '# The template context',
    '',
    '<!-- Generated from schemas/report.schema.json by scripts/template-reference.mjs (npm run schemas): do not edit. -->',
    '',
    'A Markdown template (`--template FILE`; start from `templates/bao-cao.md.hbs`) is',
    'rendered with the report model as its context: the same data `--format json`',
    'writes. Every field below is always present (`null` when it has no value).',
    'Agencies are named by id; the helpers `agency`, `agencyName`, `agencies`,',
    '`group`, `pillarName` and `planNumber` look their names up. Ratios are counts',
    '(`numerator`, `denominator`): format them with `percent`, `counts` or `ratio`.',
    'Templates run in strict mode: a field that is not listed here is an error',
    'naming its line and column.',
    '',
    '## Fields',
    '',
    ...table(schema),
    '',
    '## Definitions',
    ...definitions,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schema = JSON.parse(
    readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8'),
  );
  writeFileSync(new URL('../docs/template-context.md', import.meta.url), templateReference(schema));
}
