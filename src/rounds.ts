/**
 * Collection rounds on one screen (spec § rounds.yaml): the board of who has
 * sent, and the reminder to those who have not. Like pipeline.ts, the CLI and
 * library callers both call these; the core below them never reads the clock.
 *
 *   const checked = await checkDataset({ data: 'data' });
 *   const board = buildRoundBoard(checked.dataset!, { period: '2024-H1', asOf: '2024-07-12' });
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundFacts, roundFor } from './compute/round-facts.js';
import { roundBoard, type RoundBoard } from './compute/round-status.js';
import type { Dataset, Round } from './model/types.js';
import type { Artifact, Rendered } from './render/artifact.js';
import { finishConversions, findSoffice } from './convert/pdf.js';
import {
  resolveRoundOptions,
  type RoundOptions,
  type RoundRequest,
} from './options/round-request.js';
import { asUsageError, UsageError } from './errors/known-errors.js';
import { readTemplate } from './options/input-files.js';
import {
  reminderContext,
  unitsOwing,
  type ReminderContext,
} from './render/letter/reminder-context.js';
import {
  REMINDER_FORMATS,
  renderReminder,
  type ReminderFormat,
} from './render/letter/render-reminder.js';

export type { RoundOptions } from './options/round-request.js';
export type { RoundBoard } from './compute/round-status.js';

/** The round of the requested period, or a usage error when rounds.yaml has none. */
function requestedRound(dataset: Dataset, options: RoundOptions): [Round, RoundRequest] {
  const request = resolveRoundOptions(options);
  const round = roundFor(dataset, request.period.code);
  if (!round) throw new UsageError('noRound', request.period.code);
  return [round, request];
}

/** Who has sent what for a period's round, as of D: each agency's state, by group, and the totals. */
export function buildRoundBoard(dataset: Dataset, options: RoundOptions): RoundBoard {
  const [round, request] = requestedRound(dataset, options);
  return roundBoard(roundFacts(dataset, round, request.asOf));
}

/** The board as `trang-thai-<P>.xlsx` (exceljs is loaded only here). */
export async function renderRoundWorkbook(
  board: RoundBoard,
  organization: string,
): Promise<Artifact> {
  const { renderRoundWorkbook: render } = await import('./render/xlsx/round-workbook.js');
  return render(board, organization);
}

/** The bundled reminder template (templates/ of the package). */
export const DEFAULT_REMINDER_TEMPLATE = fileURLToPath(
  new URL('../templates/don-doc.md.hbs', import.meta.url),
);

export interface ReminderOptions extends RoundOptions {
  /** One letter per unit that has not sent; default one letter to them all. */
  perAgency?: boolean | undefined;
  /** docx, pdf, md, html (a list, or comma-separated); default docx. */
  formats?: string | readonly string[] | undefined;
  /** A Handlebars template file; default templates/don-doc.md.hbs. */
  template?: string | undefined;
  /** Where LibreOffice is looked for (PATH), for pdf; default the process's. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

function reminderFormats(value: string | readonly string[] | undefined): ReminderFormat[] {
  const asked = (typeof value === 'string' ? value.split(',') : (value ?? ['docx']))
    .map((format) => format.trim().toLowerCase())
    .filter((format) => format !== '');
  if (asked.length === 0) throw new UsageError('noFormat', REMINDER_FORMATS.join(', '));
  for (const format of asked)
    if (!(REMINDER_FORMATS as readonly string[]).includes(format))
      throw new UsageError('badFormat', format, REMINDER_FORMATS.join(', '));
  return REMINDER_FORMATS.filter((format) => asked.includes(format));
}

/** Checks the reminder's options before the dataset is read (formats, days, the template file's name). */
export function checkReminderOptions(options: ReminderOptions): void {
  resolveRoundOptions(options);
  const formats = reminderFormats(options.formats);
  const env = options.env ?? process.env;
  if (formats.includes('pdf') && findSoffice(env.PATH ?? '') === null)
    throw new UsageError('noLibreOffice');
}

/**
 * The contexts of the reminder letters as of D: one to every unit that has
 * not sent everything, or with `perAgency` one per unit; none when every unit
 * has sent.
 */
export function reminderContexts(dataset: Dataset, options: ReminderOptions): ReminderContext[] {
  const [round, request] = requestedRound(dataset, options);
  const board = roundBoard(roundFacts(dataset, round, request.asOf));
  const input = {
    board,
    settings: dataset.settings,
    reminders: dataset.reminders,
    newDue: request.due,
  };
  const units = unitsOwing(board);
  if (units.length === 0) return [];
  return options.perAgency === true
    ? units.map((unit) => reminderContext(input, [unit], true))
    : [reminderContext(input, units, false)];
}

/** The reminder letters in every format asked, from the template; a bad template is a usage error. */
export async function renderReminders(
  contexts: readonly ReminderContext[],
  options: Pick<ReminderOptions, 'formats' | 'template' | 'env'>,
): Promise<Artifact[]> {
  const formats = reminderFormats(options.formats);
  const file = path.resolve(options.template ?? DEFAULT_REMINDER_TEMPLATE);
  const template = readTemplate(file);
  const rendered: Rendered[] = [];
  try {
    for (const context of contexts)
      rendered.push(...(await renderReminder(context, template, formats)));
  } catch (error) {
    throw asUsageError(error, { template: file });
  }
  try {
    return await finishConversions(rendered, options.env ?? process.env);
  } catch (error) {
    throw asUsageError(error);
  }
}
