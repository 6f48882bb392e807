/**
 * `--format json`: the report model as is, for other tools. Its shape is the
 * public contract described by schemas/report.schema.json.
 */
import type { ReportModel } from '../compute/report-model.js';
import { type Artifact, reportFileName, streamedArtifact } from './artifact.js';

const INDENT = '  ';
const PIECE_CHARACTERS = 256 * 1024;
/** Members of a long top-level list stringified together. */
const BATCH = 256;

/** A top-level member's value as `JSON.stringify(model, null, 2)` writes it: indented one level. */
function indented(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${INDENT}`);
}

/**
 * A top-level list's members, `BATCH` at a time: stringified inside one more
 * list, they come out indented as members of a member (four spaces), and only
 * that list's first and last lines are cut off, with no pass over the text.
 */
function* listMembers(items: readonly unknown[]): Generator<string> {
  const head = `[\n${INDENT}[\n`.length;
  const tail = `\n${INDENT}]\n]`.length;
  for (let at = 0; at < items.length; at += BATCH) {
    const text = JSON.stringify([items.slice(at, at + BATCH)], null, 2);
    yield `${at === 0 ? '' : ','}\n${text.slice(head, text.length - tail)}`;
  }
}

/**
 * The model as `JSON.stringify(model, null, 2)` writes it, in pieces: each
 * top-level member apart and the long lists (tasks, agencies …) a batch of
 * members at a time, so the whole report never exists as one string.
 */
function* jsonParts(model: object): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(model)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n${INDENT}${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > BATCH) {
      yield '[';
      yield* listMembers(value);
      yield `\n${INDENT}]`;
    } else yield indented(value);
  }
  yield '\n}';
}

/**
 * The model as pretty JSON: two-space indent, keys in the model's order with
 * `schemaVersion` first (the key a consumer checks before reading on), text
 * in NFC (the characters no report carries were replaced before, safe-text.ts) and one
 * trailing newline: the bytes of JSON.stringify(model, null, 2), made and
 * written a member at a time. The same model always gives the same bytes.
 */
export function renderJson(model: ReportModel): Artifact {
  // Rebuilt with `schemaVersion` first, whatever order the model was assembled in.
  const { schemaVersion, ...rest } = model;
  const ordered = { schemaVersion, ...rest };
  // Pieces break only between JSON tokens (ASCII), so each can be normalised alone. The model
  // arrives made safe (safe-text.ts, once for every format, registry.ts).
  const finish = (text: string) => text.normalize('NFC');
  return streamedArtifact(reportFileName(model.period.code, 'json'), function* () {
    // Gathered into pieces of about 256 KB: each pass over text has a cost of its own.
    let gathered = '';
    for (const part of jsonParts(ordered)) {
      gathered += part;
      if (gathered.length >= PIECE_CHARACTERS) {
        yield finish(gathered);
        gathered = '';
      }
    }
    yield finish(`${gathered}\n`);
  });
}
