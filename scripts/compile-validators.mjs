// Precompiles the dataset schemas to ajv standalone code (run by `npm run build`
// after tsc): runs then skip loading ajv's compiler and compiling schemas.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv } from '../dist/validate/schema-validators.js';
import { SCHEMA_KINDS, schemaFor } from '../dist/validate/schemas/index.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;

const ajv = await createAjv({ code: { source: true } });
for (const kind of SCHEMA_KINDS) ajv.addSchema(schemaFor(kind), kind);
const code = standaloneCode(ajv, Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, kind])));
writeFileSync(new URL('../dist/validate/compiled-validators.cjs', import.meta.url), code);
