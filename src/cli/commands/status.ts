import path from 'node:path';
import type { RoundAgencyRow, RoundBoard } from '../../compute/round-status.js';
import type { Language } from '../../diagnostics/messages.js';
import { formatJson } from '../../diagnostics/reporters.js';
import { visibleText } from '../../diagnostics/visible-text.js';
import { parsePeriod, periodLabelEn, periodLabelVi } from '../../model/period.js';
import type { Settings } from '../../model/types.js';
import { checkDataset, writeReports } from '../../pipeline.js';
import { resolveRoundOptions } from '../../options/round-request.js';
import { UsageError } from '../../errors/known-errors.js';
import { numberStyle } from '../../render/number-style.js';
import {
  ROUND_PART_HEADINGS,
  ROUND_STATE_WORDS,
  roundTotalsSentence,
} from '../../render/round-wording.js';
import { buildRoundBoard, renderRoundWorkbook } from '../../rounds.js';
import { fileSize } from '../build-summary.js';
import { say } from '../messages.js';
import { readOptions, type CommonFlags } from '../options.js';
import { usableDataset, withProgress } from '../read-dataset.js';
import { exitCodeFor } from '../report-diagnostics.js';
import { adoptDatasetDefaults, type RunContext } from '../run-context.js';
import type { Terminal } from '../terminal.js';

export interface StatusFlags extends CommonFlags {
  period?: string;
  periodKind?: string;
  asOf?: string;
  format?: string;
  out?: string;
}

const STATUS_FORMATS = ['text', 'xlsx'] as const;

function statusFormats(value: string | undefined): Set<string> {
  const formats = (value ?? 'text').split(',').map((format) => format.trim().toLowerCase());
  for (const format of formats)
    if (!(STATUS_FORMATS as readonly string[]).includes(format))
      throw new UsageError('badFormat', format, STATUS_FORMATS.join(', '));
  return new Set(formats);
}

/**
 * `dx-report status`: the board of a period's collection round as of D
 * (default today): every agency the round names, by group, in its state, and
 * the totals; `--format xlsx` writes it as `trang-thai-<P>.xlsx`; with
 * `--reporter json`, one JSON document. Lateness is a fact, not an error:
 * the exit code is 0 whatever the states.
 */
export async function runStatus(flags: StatusFlags, context: RunContext): Promise<number> {
  const options = {
    period: flags.period as string,
    periodKind: flags.periodKind,
    asOf: flags.asOf,
  };
  resolveRoundOptions(options); // a bad period or day is a usage error before the dataset is read
  const formats = statusFormats(flags.format);
  const strict = flags.strict === true;
  const read = readOptions(flags, context);
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...read, onProgress, cwd: context.cwd }),
  );
  if (context.reporter === 'json') {
    adoptDatasetDefaults(context, checked.settings);
    const code = exitCodeFor(checked.diagnostics, strict);
    const board = checked.dataset && code === 0 ? buildRoundBoard(checked.dataset, options) : null;
    if (board && formats.has('xlsx'))
      await writeWorkbook(
        board,
        checked.dataset!.settings.organization,
        flags,
        checked.dataDir,
        context,
      );
    context.terminal.out(formatJson(checked.diagnostics, context.language, { status: board }));
    return code;
  }
  const dataset = usableDataset(checked, context, strict);
  if (!dataset) return 1;
  const board = buildRoundBoard(dataset, options);
  if (formats.has('text'))
    context.terminal.out(
      boardTable(board, dataset.settings, context.terminal.paintOut, context.language),
    );
  if (formats.has('xlsx'))
    await writeWorkbook(board, dataset.settings.organization, flags, checked.dataDir, context);
  return 0;
}

async function writeWorkbook(
  board: RoundBoard,
  organization: string,
  flags: StatusFlags,
  data: string,
  context: RunContext,
): Promise<void> {
  const artifact = await renderRoundWorkbook(board, organization);
  const written = await writeReports(
    path.resolve(context.cwd, flags.out ?? 'reports'),
    [artifact],
    { data },
  );
  for (const file of written)
    context.terminal.info(
      say(
        context.language,
        'wrote',
        path.relative(context.cwd, file.path) || file.path,
        fileSize(file.bytes, context.language),
      ),
    );
}

const HEADERS: Record<Language, { agency: string; state: string; rate: string; stale: string }> = {
  vi: { agency: 'Đơn vị', state: 'Trạng thái', rate: 'Cập nhật', stale: 'NV chưa cập nhật' },
  en: { agency: 'Unit', state: 'State', rate: 'Updated', stale: 'Tasks not updated' },
};

/**
 * The board as a plain-text table in the style of `summary`: padded columns,
 * a heading line per group, the date each expected part arrived ("chưa" when
 * it has not, "—" when not expected of the unit), the update rate and the led
 * tasks with no update in the window; the totals sentence last. Colour marks
 * only the header, the late (yellow) and the missing (red).
 */
export function boardTable(
  board: RoundBoard,
  settings: Settings,
  paint: Terminal['paint'],
  language: Language = 'vi',
): string {
  const n = numberStyle(language);
  const words = HEADERS[language];
  const none = language === 'vi' ? 'chưa' : 'no';
  const overdue = language === 'vi' ? 'quá hạn' : 'overdue';
  const row = (entry: RoundAgencyRow): string[] => [
    `  ${visibleText(entry.name)}`,
    ROUND_STATE_WORDS[language][entry.state],
    ...board.expects.map((part) => {
      const status = entry.parts.find((candidate) => candidate.part === part);
      return status === undefined ? '—' : status.received === null ? none : n.date(status.received);
    }),
    entry.updateRate === null ? '—' : n.counts(entry.updateRate),
    entry.notUpdated.map((task) => (task.overdue ? `${task.id} (${overdue})` : task.id)).join(', '),
  ];
  const headers = [
    words.agency,
    words.state,
    ...board.expects.map((part) => ROUND_PART_HEADINGS[language][part]),
    words.rate,
    words.stale,
  ];
  const sections = board.groups.map((group) => ({
    name: group.name ?? (language === 'vi' ? 'Khác' : 'Other'),
    rows: group.rows,
    cells: group.rows.map(row),
  }));
  const all = sections.flatMap((section) => section.cells);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...all.map((cells) => cells[column]!.length)),
  );
  const last = headers.length - 1;
  const pad = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === last
          ? cell
          : column <= 1
            ? cell.padEnd(widths[column]!)
            : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const period = parsePeriod(board.period)!;
  const title =
    language === 'vi'
      ? `${visibleText(settings.organization)} — đợt báo cáo ${periodLabelVi(period)}: hạn gửi ${n.date(board.due)}, tình hình đến ${n.date(board.asOf)}`
      : `${visibleText(settings.organization)} — collection round ${periodLabelEn(period)}: due ${board.due}, as of ${board.asOf}`;
  const lines = [paint.bold(title), paint.bold(pad(headers))];
  for (const section of sections) {
    lines.push(paint.bold(visibleText(section.name)));
    section.cells.forEach((cells, index) => {
      const state = section.rows[index]!.state;
      const line = pad(cells);
      lines.push(
        state === 'missing' ? paint.red(line) : state === 'late' ? paint.yellow(line) : line,
      );
    });
  }
  lines.push(paint.bold(roundTotalsSentence(board.totals, language)));
  return lines.join('\n');
}
