/** English messages (`--lang en`): the same facts as the Vietnamese catalog. */
import type { DiagnosticCode, YamlReason } from './codes.js';
import type { DiagnosticArgs } from './diagnostic.js';
import { grouped, sizeAndLimit } from './sizes.js';

type Catalog = Record<DiagnosticCode, (args: DiagnosticArgs) => string>;

/** The parts of the briefing only the office writes (notes/), by the keys `notes-missing` gives. */
const OFFICE_PARTS: Readonly<Record<string, string>> = {
  leadership: 'leadership and direction',
  areas: 'results by area',
  causes: 'causes',
  directions: 'key tasks and solutions',
  proposals: 'proposals',
};

const officeParts = (keys: string | number | undefined, words: Readonly<Record<string, string>>) =>
  String(keys)
    .split(',')
    .map((key) => words[key] ?? key)
    .join('; ');

const TYPE: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (`key: value` lines)',
  array: 'a list (lines starting with `- `)',
  null: 'empty',
};

/** Kinds whose code is not a plain English noun. */
const KIND: Readonly<Record<string, string>> = {
  area: 'area (criteria component or pillar)',
  'group-or-agency': 'group or agency',
};
const kind = (args: DiagnosticArgs): string => KIND[String(args.kind)] ?? String(args.kind);

const types = (list: string | number | undefined): string =>
  String(list ?? '')
    .split('|')
    .map((name) => TYPE[name] ?? name)
    .join(' or ');
/** Who holds a share on a day: "3 agencies: a, b, c", or that the group has none. */
const holdersEn = (a: DiagnosticArgs): string =>
  a.count === 0
    ? 'the group has no agency active that day'
    : `${a.count} ${a.count === 1 ? 'agency' : 'agencies'}: ${a.holders}`;

const hint = (args: DiagnosticArgs): string =>
  args.suggestion ? ` Did you mean \`${args.suggestion}\`?` : '';

/** Why a file could not be read, from the system's error code; an unknown code is shown as is. */
const REASON: Readonly<Record<string, string>> = {
  EACCES: 'no permission to read it (EACCES)',
  EPERM: 'reading it is not permitted (EPERM)',
  ENOENT: 'it is gone, or a broken link (ENOENT)',
  EIO: 'a storage read error (EIO)',
  'not-a-file': 'not a regular file (a pipe, socket or device)',
};
const reason = (code: string | number | undefined): string => REASON[String(code)] ?? String(code);

/** Why a file is not YAML, by the parser's error code (validate/yaml-errors.ts), with what to do. */
const YAML_REASON: Readonly<Record<YamlReason, string>> = {
  ALIAS_PROPS: 'An alias `*name` cannot carry an anchor `&` or a tag `!`. Remove them.',
  BAD_ALIAS: 'The alias `*name` refers to no anchor `&name` before it. Write the value out.',
  BAD_DIRECTIVE: 'A line starting with `%` is not a valid YAML directive. Remove the line.',
  BAD_DQ_ESCAPE:
    "Inside double quotes, a `\\` starts an invalid escape. Write `\\\\` or use single quotes `'…'`.",
  BAD_INDENT: 'Wrong indentation. Fields of one level must start in the same column.',
  BAD_PROP_ORDER: 'An anchor `&` or a tag `!` must come before its value.',
  BAD_SCALAR_START:
    'The value starts with a character YAML reserves (such as `@`, `` ` ``, `%`, `|`, `>`). Put the whole value in double quotes.',
  BLOCK_AS_IMPLICIT_KEY:
    'This line is read as a block inside a field name, usually from wrong indentation or a colon inside text: check the indentation, and quote text that holds a colon.',
  BLOCK_IN_FLOW:
    'Inside `[ … ]` or `{ … }` a block cannot start on a new line. Write it on one line or drop the brackets.',
  IMPOSSIBLE: 'The YAML reader cannot make sense of this part. Write the line more simply.',
  KEY_OVER_1024_CHARS:
    'A field name is longer than 1,024 characters. A space after a colon may be missing.',
  MISSING_CHAR:
    'A required character is missing (the `-` of a list item, a closing bracket or a closing quote). Check this line.',
  MULTILINE_IMPLICIT_KEY:
    'A field name runs over several lines, usually from a missing colon or wrong indentation on the line before.',
  MULTIPLE_ANCHORS: 'A value can have one anchor `&` only.',
  MULTIPLE_TAGS: 'A value can have one tag `!` only.',
  NON_STRING_KEY: 'A field name must be text, not a list or a block.',
  TAG_RESOLVE_FAILED:
    'Tags `!` are not supported in dx-report data. Remove the tag and write the value.',
  UNEXPECTED_TOKEN:
    'A character is out of place. Check the colons, dashes and brackets on this line.',
  BAD_COLLECTION_TYPE: 'The block does not fit its tag. Remove the tag `!`.',
};

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore

/** Why a date is not real: "February 2024 has 29 days." */
const dateReason = (a: DiagnosticArgs): string =>
  a.firstYear !== undefined
    ? ` The year ${String(a.year).padStart(4, '0')} is outside ${a.firstYear}–${a.lastYear}.${a.meantYear === undefined ? '' : ` Did you mean ${a.meantYear}?`}`
    : a.days !== undefined
      ? ` ${MONTHS[Number(a.month) - 1] ?? a.month} ${a.year} has ${a.days} days.`
      : a.month !== undefined
        ? ` There is no month ${a.month}: months run from 01 to 12.`
        : '';

/** The bounds of a number: "between 0 and 100", "0 or more", "more than 0". */
const bounds = (a: DiagnosticArgs): string =>
  a.min !== undefined && a.max !== undefined
    ? `between ${a.min} and ${a.max}`
    : a.min !== undefined
      ? `${a.min} or more`
      : a.above !== undefined
        ? `more than ${a.above}${a.max === undefined ? '' : ` and at most ${a.max}`}`
        : `at most ${a.max}`;

/** A size and its limit, in bytes, as words that tell them apart. */
const sizes = (a: DiagnosticArgs) => sizeAndLimit(Number(a.size), Number(a.limit), false);

export const MESSAGES_EN: Catalog = {
  'file-missing': (a) => `Required file \`${a.file}\` is missing from the data folder.`,
  'file-unreadable': (a) =>
    `Cannot read this file or folder: ${reason(a.reason)}. Check the file, its folder and their permissions.`,
  'file-too-large': (a) =>
    `File too large (${sizes(a).size}, limit ${sizes(a).limit}). Split it, or raise the limit with --max-file-mb.`,
  'dataset-too-large': (a) =>
    `Dataset too large (${sizes(a).size}, limit ${sizes(a).limit}). Raise the limit with --max-dataset-mb if this is intended.`,
  'file-not-utf8': () =>
    'The file is not UTF-8 text (perhaps saved as TCVN3/VNI). Save it again with the UTF-8 (Unicode) encoding.',
  'file-binary': () => 'The file holds binary data, not YAML text.',
  'file-empty': () =>
    'The file is empty. Add its content, or start its name with `_` to have it ignored.',
  'file-ignored': (a) =>
    a.why === 'name'
      ? `Not a file name of the dataset format, so it is ignored. The top-level files are ${a.names}; rename it if it holds data, or start its name with \`_\` to keep it out on purpose.`
      : 'Not a .yaml/.yml file, so it is ignored. Rename it if it holds data, or move it out of the data folder.',
  'yaml-syntax': (a) =>
    `YAML syntax error. ${YAML_REASON[a.reason as YamlReason] ?? YAML_REASON.UNEXPECTED_TOKEN}`,
  'yaml-colon-in-text': () =>
    'The text holds a colon (`: `), so YAML reads what follows as a new field. Put the whole text in double quotes, e.g. `name: "Kinh tế số: phát triển"`.',
  'yaml-comma-in-text': (a) =>
    `\`${a.field}\` is read as a field of its own: inside \`{ … }\`, commas separate fields. Put text that holds a comma in double quotes, e.g. \`note: "Đã xong, ${a.field}"\`.`,
  'yaml-bad-indent': (a) =>
    `This line starts in column ${a.column}, but the fields of its level start in column ${a.expected}. Indent it with spaces to column ${a.expected}.`,
  'yaml-unclosed-quote': (a) =>
    `The quote \`${a.quote}\` opened here is never closed, so the rest of the file reads as text. Add \`${a.quote}\` at the end of the text.`,
  'yaml-unclosed-bracket': (a) =>
    `The \`${a.bracket}\` opened here is never closed. Add \`${a.closing}\` at the end of the list or block.`,
  'yaml-duplicate-key': (a) => `Field \`${a.key}\` is given twice in the same block. Keep one.`,
  'yaml-tab-indent': () => 'A Tab is used for indentation. YAML allows only spaces.',
  'yaml-multiple-documents': () =>
    'The file holds several YAML documents (separated by `---`). Keep one document per file.',
  'yaml-alias-limit': (a) =>
    `Too many YAML aliases (\`*\`), over the limit of ${a.limit}. Write the values out.`,
  'yaml-too-deep': (a) => `Nested more than ${a.limit} levels deep. Check the indentation.`,
  'yaml-alias-cycle': (a) =>
    `The alias \`*${a.name}\` sits inside the very block anchored as \`&${a.name}\`, so its value would never end. Write the values out.`,
  'root-not-mapping': (a) =>
    `The top level of the file must be \`key: value\` fields (e.g. starting with \`${a.expected}:\`), not ${types(a.actual)}.`,
  'wrong-type': (a) =>
    `Field \`${a.field}\` must be ${types(a.expected)}, but is ${types(a.actual)}.` +
    (a.quoted !== undefined
      ? ` A number in quotes is text: remove the quotes, \`${a.field}: ${a.quoted}\`.`
      : a.meant !== undefined
        ? ` Numbers take a decimal point and no % sign: write ${a.meant}.`
        : ''),
  'missing-field': (a) => `Required field \`${a.field}\` is missing.`,
  'unknown-field': (a) =>
    `Field \`${a.field}\` is not part of the format.${hint(a)} Valid fields: ${a.allowed}.`,
  'value-not-allowed': (a) =>
    `\`${a.value}\` is not a valid \`${a.field}\`. Allowed: ${a.allowed}.`,
  'value-out-of-range': (a) => `${a.value} is not a valid \`${a.field}\`: it must be ${bounds(a)}.`,
  'text-empty': (a) => `Field \`${a.field}\` must not be empty.`,
  'text-too-long': (a) => `Field \`${a.field}\` is longer than ${a.limit} characters.`,
  'list-empty': (a) => `List \`${a.field}\` needs at least one item.`,
  'id-format': (a) =>
    `Id \`${a.value}\` is not valid: use 1–64 ASCII letters, digits, \`-\`, \`_\` or \`.\`.`,
  'symbol-format': (a) =>
    `Document symbol \`${a.value}\` is not valid: write it in capitals without spaces, groups joined by \`-\`, e.g. \`BC-BCĐ\`.`,
  'id-is-number': (a) =>
    `Id \`${a.value}\` is read by YAML as a number. Quote it, e.g. \`id: "${a.value}"\`.`,
  'schema-version': (a) =>
    `\`schema_version\` is ${a.value}; this dx-report reads format version 1 only.`,
  'invalid-value': (a) => `Invalid value for \`${a.field}\` (${a.detail}).`,
  'date-invalid': (a) =>
    a.meant !== undefined
      ? `Dates are written YYYY-MM-DD: write ${a.meant} for \`${a.value}\`.`
      : `\`${a.value}\` is not a real date in YYYY-MM-DD form.${dateReason(a)} Write e.g. 2024-06-30.`,
  'period-invalid': (a) =>
    `\`${a.value}\` is not a period code. Use 2024, 2024-H1, 2024-H2, 2024-Q1…Q4, 2024-9M or 2024-01…12.`,
  'status-invalid': (a) =>
    `\`${a.value}\` is not a status.${hint(a)} Use not_started, in_progress, done or cancelled (or their Vietnamese spellings).`,
  'deadline-invalid': (a) =>
    `\`${a.value}\` is not a deadline.${dateReason(a)} Use a date (2024-12-31), a period code (2025, 2024-H2) or \`ongoing\`.`,
  'update-date-missing': () =>
    'The update has no day: give `date: YYYY-MM-DD` or `period: <period code>`.',
  'update-date-and-period': () => 'The update gives both `date` and `period`; keep one.',
  'number-not-finite': (a) => `Field \`${a.field}\` must be a finite number, not \`${a.value}\`.`,
  'score-over-max': (a) =>
    `Score ${a.value} of criterion \`${a.criterion}\` is over its max of ${a.max}.`,
  'value-date-missing': () =>
    'The value has no day: give `date: YYYY-MM-DD` or `period: <period code>`.',
  'value-date-and-period': () => 'The value gives both `date` and `period`; keep one.',
  'indicator-target-duplicate': (a) =>
    `The indicator already has a target for ${a.period}; one target per period.`,
  'indicator-target-same-day': (a) =>
    `The target for ${a.period} (${a.value}) and the target for ${a.other} (${a.otherValue}) are both due on ${a.day} and differ; the report cannot tell which to judge by. Keep one.`,
  'indicator-value-conflict': (a) =>
    `Indicator \`${a.indicator}\` has two different values on ${a.date}: ${a.value} here and ${a.other} at ${a.first}. Keep one.`,
  'indicator-estimate-before-measured': (a) =>
    `An estimated value (\`estimate: true\`) of indicator \`${a.indicator}\` dated ${a.date} is not after the measured value of ${a.measured} (at ${a.first}): an estimate looks past the last measurement. Drop \`estimate: true\` or fix the date.`,
  'notes-duplicate-period': (a) =>
    `Period ${a.period} already has a notes file at ${a.first}; one file per period in notes/. Merge the two.`,
  'intake-not-workbook': (a) =>
    `The file cannot be read as an Excel workbook (.xlsx)${a.reason ? ` (${a.reason})` : ''}. Send back the .xlsx form as received.`,
  'intake-encrypted': () =>
    'The file is protected by a password to open, so it cannot be read. Remove the password, then send it again.',
  'intake-too-large': (a) =>
    `The file is ${sizes(a).size}, over the ${sizes(a).limit} a form may be. Check the file (a form is a few dozen KB).`,
  'intake-needs-libreoffice': (a) =>
    `A ${a.ext} file needs LibreOffice to convert it to .xlsx, which is not installed. Install LibreOffice, or open the file and save it as .xlsx.`,
  'intake-not-form': () =>
    'The file is not a dx-report form (it has no hidden dx-report sheet). Fill in the form that was sent (dx-report intake make).',
  'intake-other-dataset': (a) =>
    `A form of ${a.dataset}, not of ${a.expected}. Use the form ${a.expected} sent.`,
  'intake-other-version': (a) =>
    `A form of version ${a.version}, no longer read. Use a new form (dx-report intake make).`,
  'intake-unknown-agency': (a) =>
    `A form of agency \`${a.agency}\`, which agencies.yaml does not have. Use the form made for the agency.`,
  'intake-file-agency': (a) =>
    `The file is named for agency \`${a.named}\` but is the form of \`${a.agency}\`. Use the form made for \`${a.named}\`.`,
  'intake-other-period': (a) =>
    `A form for ${a.period}, not for ${a.expected}, the period being collected: use the form for ${a.expected}.`,
  'intake-stale': (a) =>
    `The tasks or indicators of \`${a.agency}\` have changed since the form was made (a new task, a transfer). Make the form again (dx-report intake make --period ${a.period} --agency ${a.agency}) and fill in the new one.`,
  'intake-duplicate-form': (a) =>
    `The form of \`${a.agency}\` for ${a.period} is already in this import (${a.first}). One file per agency.`,
  'intake-sheet-missing': (a) =>
    `There is no sheet \`${a.sheet}\`${a.found ? ` (sheets: ${a.found})` : ''}. Sheets may not be renamed or deleted; use the original form.`,
  'intake-locked-edited': (a) =>
    `A locked cell was changed: it must read "${a.expected}". Fill in the shaded cells only.`,
  'intake-row-missing': (a) =>
    `The row of \`${a.code}\` was deleted. Do not delete rows: leave a row with nothing to report empty.`,
  'intake-row-moved': (a) =>
    `The row of \`${a.code}\` was moved (it was row ${a.row}). Do not reorder rows; use the original form.`,
  'intake-row-foreign': (a) =>
    `An added row with code \`${a.code}\`, which is not on this agency's form. Do not add rows; report a missing task or indicator to the office.`,
  'intake-number': (a) => `"${a.value}" is not a number. Write a number such as 8,5 or 64.`,
  'intake-progress': (a) => `Progress ${a.value}% is not valid: it must be from 0 to 100.`,
  'intake-date': (a) => `"${a.value}" is not a real date written dd/mm/yyyy (such as 10/11/2026).`,
  'intake-status-missing': () =>
    'The row has content but no status: choose a status from the list.',
  'intake-completed-not-done': () =>
    'A completion date goes only with the status Hoàn thành (done).',
  'intake-estimate': (a) =>
    `"${a.value}" is not a choice of the estimate column: choose "Có" when the status, progress or value is expected by the period's end, or leave it empty.`,
  'intake-unknown-theme': (a) =>
    `Theme "${a.value}" is not in the list.${hint(a)} Choose one from the list.`,
  'updates-duplicate': (a) =>
    `Agency \`${a.agency}\` already has an updates file for ${a.period} at ${a.first}. One file per agency and period in updates/: merge the two.`,
  'update-agency-not-involved': (a) =>
    `On ${a.date}, agency \`${a.agency}\` neither leads nor partners task \`${a.task}\` (its lead: \`${a.lead}\`). Only its lead or a partner reports on it.`,
  'update-after-figures-day': (a) =>
    `Update dated ${a.date}, after ${a.period}'s figures day ${a.day}. Date it within the period, or report it next period.`,
  'estimate-after-last-day': (a) =>
    `Estimate dated ${a.date}, after ${a.period}'s last day ${a.day}: an estimate runs to the end of the period at most. Date it within the period, or report it next period.`,
  'update-entry-conflict': (a) =>
    `Task \`${a.task}\` has two different updates on ${a.date}: here and at ${a.first}. Keep one.`,
  'update-before-window': (a) =>
    `Update dated ${a.date}, before period ${a.period} (from ${a.from}): counted as a late report of earlier work.`,
  'update-agency-not-shared': (a) =>
    `On ${a.date}, task \`${a.task}\` is not led by a group: only the updates of a group-led task (\`lead: { group: … }\`) name an \`agency:\`. Remove \`agency:\`.`,
  'update-share-agency-missing': (a) =>
    `On ${a.date}, task \`${a.task}\` is shared among the agencies of group \`${a.group}\`: write \`agency:\`, the agency whose share this update reports on (${holdersEn(a)}).`,
  'update-agency-no-share': (a) =>
    `On ${a.date}, agency \`${a.agency}\` holds no share of task \`${a.task}\`: the task is shared among the agencies of group \`${a.group}\` active that day (${holdersEn(a)}).`,
  'transfer-group-empty': (a) =>
    `Group \`${a.group}\` has no agency active on the transfer date ${a.date}: no agency would hold a share. Check the transfer's date or the \`active_from\` of the group's agencies.`,
  'round-due-before-period': (a) =>
    `The deadline \`${a.due}\` is before period ${a.period} starts (${a.first}): no unit can send a period's report before the period begins. Check the deadline or the period.`,
  'round-duplicate-period': (a) =>
    `Period ${a.period} already has a collection round at ${a.first}; one round per period. Merge the two.`,
  'duplicate-id': (a) => `Duplicate ${a.kind} id \`${a.id}\`: already declared at ${a.first}.`,
  'unknown-reference': (a) =>
    `No ${kind(a)} has id \`${a.id}\`.${hint(a)} Check the id or declare the ${kind(a)}.`,
  'reference-cycle': (a) =>
    `Cycle in \`${a.field}\`: ${a.chain}. A \`${a.field}\` chain must not loop.`,
  'lead-successors-ambiguous': (a) =>
    `Lead agency \`${a.agency}\` is no longer active and handed over to several agencies (${a.successors}): give the task \`transfers\` naming the day and who took it, e.g. \`transfers: [{ date: ${a.date}, lead: ${a.first} }]\`.`,
  'estimate-before-measured': (a) =>
    `An estimate (\`estimate: true\`) dated ${a.date} is not after the measured update of ${a.measured}: an estimate looks past the last measurement. Drop \`estimate: true\` or fix the date.`,
  'transfers-out-of-order': (a) =>
    `Transfers must be in date order: ${a.date} is not after the one before (${a.previous}).`,
  'transfer-lead-inactive': (a) =>
    `Agency \`${a.agency}\` is not active on the transfer day ${a.date}; choose an agency active on that day.`,
  'active-range-inverted': (a) =>
    `\`active_from\` (${a.from}) is after \`active_until\` (${a.until}): the agency is never active.`,
  'grades-order': (a) =>
    `Grades must be listed highest \`min\` first; grade \`${a.name}\` is out of order.`,
  'criteria-two-forms': (a) =>
    `With \`indices\` in the file, \`${a.field}\` cannot stand at the top level: each index has its own \`components\`, \`criteria\` and \`grades\`. Move \`${a.field}\` into its index, or drop \`indices\` if one index serves every agency.`,
  'criterion-component-other-index': (a) =>
    `Component \`${a.component}\` belongs to index \`${a.index}\`; a criterion of index \`${a.own}\` may use only the components of \`${a.own}\`.`,
  'assessment-no-index': (a) =>
    a.group === undefined
      ? `Agency \`${a.agency}\` has no group, so no index to be assessed on. Give it a \`group\` in agencies.yaml that an index lists in its \`groups\` (criteria.yaml: ${a.indices}).`
      : `Group \`${a.group}\` of agency \`${a.agency}\` is in no index's \`groups\` (criteria.yaml: ${a.indices}). Add it to the index the agency is assessed on.`,
  'assessment-several-indices': (a) =>
    `Group \`${a.group}\` of agency \`${a.agency}\` is in the \`groups\` of several indices (${a.indices}); a group is assessed on one index. Remove it from the others.`,
  'score-other-index': (a) =>
    `Criterion \`${a.criterion}\` belongs to index \`${a.index}\`, but agency \`${a.agency}\` is assessed on index \`${a.own}\`: score only the criteria of \`${a.own}\`.${hint(a)}`,
  'assessment-duplicate': (a) =>
    `Agency \`${a.agency}\` already has an assessment for ${a.period} at ${a.first}. One file per agency and period.`,
  'done-progress-below-100': (a) => `Status is done but progress is only ${a.progress}%.`,
  'progress-without-work': (a) => `Status is not_started but progress is already ${a.progress}%.`,
  'same-day-conflict': (a) =>
    `Two updates on ${a.date} give different statuses; the report takes the one written last.`,
  'update-before-start': (a) => `Update of ${a.date} is before the task's start ${a.start}.`,
  'update-after-done': (a) =>
    `The task was done, but the update of ${a.date} changes its status again.`,
  'deadline-before-start': (a) => `Deadline ${a.deadline} is before the start ${a.start}.`,
  'assessment-folder-period': (a) =>
    `The file is in folder \`${a.folder}\` but declares period ${a.period}; check the period.`,
  'assessment-agency-inactive': (a) =>
    `Agency \`${a.agency}\` is not active during ${a.period}, yet has an assessment.`,
  'lead-group-empty-at-start': (a) =>
    `Lead group \`${a.group}\` has no agency active on the start day ${a.start}: nobody holds a share of the task. Check the start day or the group's agencies' \`active_from\`.`,
  'lead-inactive-at-start': (a) =>
    `Lead agency \`${a.agency}\` is not active on the start day ${a.start}.${a.successors ? ` Its successor: ${a.successors}; write it as the \`lead\`.` : ''}`,
  'no-tasks': () => 'The task file lists no tasks.',
  'themes-unmatched': (a) =>
    `${a.unthemed} difficulties and proposals belong to no theme, more than the ${a.themed} that do: the briefing will list them one by one. Add themes or keywords in themes.yaml.`,
  'notes-missing': (a) =>
    `No notes/ for ${a.period}: the draft leaves a bracketed line [Bổ sung: …] for each part only the office can write (${officeParts(a.parts, OFFICE_PARTS)}).`,
  'report-date-early': (a) =>
    `The briefing's date ${a.date} is before ${a.latest}, the latest day of a figure or self-assessment it uses.`,
  'report-date-weekend': (a) => `The briefing's date ${a.date} is a ${a.weekday}.`,
  'pdf-font-substituted': (a) =>
    `${a.wanted} (the font Decree 30/2020 prescribes) is not installed on this machine: the PDF is set in ${a.used} instead. Install ${a.wanted} (e.g. the ttf-mscorefonts-installer package) and build the PDF again, or send the .docx.`,
  'symlink-loop': (a) => `Link \`${a.path}\` loops back to a parent folder and is skipped.`,
  'yaml-tag': (a) =>
    `The YAML tag \`${a.tag}\` is not allowed in dx-report data: the format is plain YAML 1.2 mappings, lists and values. Remove the tag and write the fields out, e.g. \`NT-01: 8\`.`,
  'yaml-version': (a) =>
    `The file declares \`%YAML ${a.version}\`, but dx-report data is YAML 1.2 (under YAML 1.1, \`010\` is 8 and \`no\` is false). Remove this \`%YAML\` line.`,
  'yaml-too-many-nodes': (a) =>
    `The file holds too many YAML nodes (more than ${grouped(Number(a.limit), ',')}); reading on would take too much memory. Split the data into smaller files (the limit grows with --max-file-mb).`,
  'file-duplicate-kind': (a) =>
    `\`${a.other}\` and \`${a.file}\` are two files for one catalogue; dx-report cannot tell which to read. Merge them into one \`${a.expected}\`.`,
  'data-misnamed': (a) =>
    `\`${a.name}\` is not a name of the dataset format, so all data in it would be left out. Did you mean \`${a.suggestion}\`? Rename it; to keep it out on purpose, start its name with \`_\`.`,
  'partner-repeated': (a) =>
    `The partner \`${a.agency}\` is listed ${grouped(Number(a.count), ',')} times in this task; the report counts it once. Remove the repeats.`,
};
