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
