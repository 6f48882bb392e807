import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocuments } from '../../src/cli/commands/schema.js';

describe('shipped JSON Schemas', () => {
  it.each(schemaDocuments().map((document) => [document.name, document.text]))(
    'schemas/%s is what `dx-report schema` writes (run `npm run schemas` after changing a schema)',
    (name, text) => {
      expect(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')).toBe(text);
    },
  );
});

describe('the template reference', () => {
  it('docs/template-context.md is what the report schema says (run `npm run schemas`)', async () => {
    // @ts-expect-error: the generator is plain JavaScript without type declarations.
    const { templateReference } = (await import('../../scripts/template-reference.mjs')) as {
      templateReference: (schema: unknown) => string;
    };
    const shipped = schemaDocuments().find((document) => document.name === 'report.schema.json');
    expect(readFileSync(new URL('../../docs/template-context.md', import.meta.url), 'utf8')).toBe(
      templateReference(JSON.parse(shipped!.text)),
    );
  });
});
