/**
 * `--format json`: the report model as is, for other tools. Its shape is the
 * public contract described by schemas/report.schema.json.
 */
import type { ReportModel } from '../compute/report-model.js';
import { type Artifact, reportFileName, utf8 } from './artifact.js';
import { safeStrings } from './safe-text.js';

/**
 * The model as pretty JSON: two-space indent, keys in the model's order with
 * `schemaVersion` first (the key a consumer checks before reading on), text
 * in NFC with the characters no report carries replaced (safe-text.ts) and one
 * trailing newline. The same model always gives the same bytes.
 */
export function renderJson(model: ReportModel): Artifact {
  // Rebuilt with `schemaVersion` first, whatever order the model was assembled in.
  const { schemaVersion, ...rest } = safeStrings(model);
  const ordered = { schemaVersion, ...rest };
  const text = `${JSON.stringify(ordered, null, 2)}\n`.normalize('NFC');
  return { name: reportFileName(model.period.code, 'json'), bytes: utf8(text) };
}
