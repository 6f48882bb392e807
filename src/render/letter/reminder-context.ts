/**
 * What the reminder letter's template (templates/don-doc.md.hbs) is given: a
 * plain JSON context made from the round's board, the `reminders:` identity
 * and the dataset's settings (docs/templates.md lists its fields). The words
 * are the template's; this only chooses who is written to and what each owes.
 */
import type { RoundAgencyRow, RoundBoard } from '../../compute/round-status.js';
import { parsePeriod, periodLabelVi } from '../../model/period.js';
import type { IsoDate, Reminders, RoundPart, Settings } from '../../model/types.js';
import { DEFAULT_REPORT_TITLE } from '../../compute/compute-report.js';
import { documentReference } from '../document-identity.js';
import { owedCell, ROUND_PART_OWED } from '../round-wording.js';
import { lowerFirstLetter } from '../wording.js';

/** A unit that has not sent everything, with what it still owes. */
export interface ReminderUnit {
  agency: string;
  name: string;
  /** The group's name, or null. */
  group: string | null;
  owes: RoundPart[];
  /** What it owes in words: "kết quả tự đánh giá chuyển đổi số". */
  owed: string[];
  /** The same as a table cell says it: "Kết quả tự đánh giá chuyển đổi số; số liệu chỉ tiêu". */
  owedCell: string;
  /** Its overdue tasks with no update in the period's window. */
  overdueTasks: { id: string; title: string }[];
  /** How many they are, `groups` of them groups of tasks (the template's `overdueCount`). */
  overdue: { count: number; groups: number };
}

export interface ReminderContext {
  organization: { name: string; parent: string | null };
  /** The number line's ký hiệu; the number is left blank for the document system. */
  document: { symbol: string; number: null; addressees: string[] } | null;
  place: string;
  /** The date line: the day of the board. */
  date: IsoDate;
  period: { code: string; label: string };
  /** What was asked, lower-case first: "kết quả thực hiện công tác chuyển đổi số". */
  subject: string;
  /** The letter's own number and symbol as the appendix cites it: "      /SKHCN-CĐS" (no-break spaces). */
  reference: string | null;
  request: { number: string; date: IsoDate } | null;
  /** The round's deadline, and the new one the letter sets. */
  due: IsoDate;
  newDue: IsoDate;
  /** Units expected to send, and those that have not sent everything. */
  expected: number;
  notSent: number;
  /** "Kính gửi:" lines: each unit, or when more than a few, one line per group. */
  addressees: string[];
  units: ReminderUnit[];
  /** One letter to one unit (`--per-agency`). */
  perAgency: boolean;
  signer: { authority: string[]; title: string; name: string } | null;
  /** Empty: present so that the shared template helpers find the lists they look names up in. */
  agencies: never[];
  groups: never[];
  pillars: never[];
  plans: never[];
}

/** More units than this are written to by group ("UBND cấp huyện: …"). */
export const ADDRESSEES_BY_NAME = 5;

/** The "Kính gửi:" lines: the units by name, or grouped when there are more than a few. */
export function addresseeLines(units: readonly ReminderUnit[]): string[] {
  if (units.length <= ADDRESSEES_BY_NAME) return units.map((unit) => unit.name);
  const groups = new Map<string | null, string[]>();
  for (const unit of units) groups.set(unit.group, [...(groups.get(unit.group) ?? []), unit.name]);
  return [...groups].map(([group, names]) =>
    group === null || names.length === 1 ? names.join(', ') : `${group}: ${names.join(', ')}`,
  );
}

function unitOf(row: RoundAgencyRow, group: string | null): ReminderUnit {
  return {
    agency: row.agency,
    name: row.name,
    group,
    owes: row.owes,
    owed: row.owes.map((part) => ROUND_PART_OWED[part]),
    owedCell: owedCell(row.owes),
    overdueTasks: row.notUpdated
      .filter((task) => task.overdue)
      .map(({ id, title }) => ({ id, title })),
    overdue: {
      count: row.notUpdated.filter((task) => task.overdue).length,
      groups: row.notUpdated.filter((task) => task.overdue && task.group).length,
    },
  };
}

/** The units of a board that have not sent everything expected on its day, in board order. */
export function unitsOwing(board: RoundBoard): ReminderUnit[] {
  return board.groups.flatMap((group) =>
    group.rows.filter((row) => row.owes.length > 0).map((row) => unitOf(row, group.name)),
  );
}

export interface ReminderInput {
  board: RoundBoard;
  settings: Settings;
  reminders: Reminders | undefined;
  newDue: IsoDate;
}

/**
 * The context of one letter to `units` (all the units owing, or one with
 * `--per-agency`). Without `reminders:`, the letter is issued under the
 * dataset's own organisation, symbol and signer.
 */
export function reminderContext(
  input: ReminderInput,
  units: readonly ReminderUnit[],
  perAgency: boolean,
): ReminderContext {
  const { board, settings, reminders } = input;
  const symbol = reminders?.symbol ?? settings.document?.symbol;
  const signer =
    reminders?.signer ??
    (settings.signer && {
      authority: [...(settings.signer.authority ?? [])],
      title: settings.signer.title,
      name: settings.signer.name,
    });
  return {
    organization: {
      name: reminders?.issuer ?? settings.organization,
      parent: (reminders ? reminders.parent : settings.parentOrganization) ?? null,
    },
    document: symbol === undefined ? null : { symbol, number: null, addressees: [] },
    place: settings.place,
    date: board.asOf,
    period: { code: board.period, label: periodLabelVi(parsePeriod(board.period)!) },
    subject: lowerFirstLetter(settings.reportTitle ?? DEFAULT_REPORT_TITLE),
    reference:
      symbol === undefined
        ? null
        : documentReference({ symbol, number: null, addressees: [] }).replace(/ /g, '\u00a0'),
    request: board.request,
    due: board.due,
    newDue: input.newDue,
    expected: board.totals.expected,
    notSent: board.totals.notSent,
    addressees: addresseeLines(units),
    units: [...units],
    perAgency,
    signer: signer ?? null,
    agencies: [],
    groups: [],
    pillars: [],
    plans: [],
  };
}
