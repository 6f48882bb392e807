/**
 * The report model: the one source every renderer (Markdown, JSON, Excel, the
 * terminal summary) reads. Plain JSON data: no Date, Map or class instances;
 * dates are `YYYY-MM-DD`; ratios are raw counts (`numerator`/`denominator`),
 * formatted only by the renderers through `render/format-vi.ts`. `--format json`
 * writes it as is, so its shape is a public contract (`schema_version`).
 */
import type { IsoDate, RoundPart, TaskStatus } from '../model/types.js';
import type { RoundState, RoundTotals } from './round-status.js';

export const REPORT_SCHEMA_VERSION = 3;

/** A ratio kept as counts; `denominator` 0 is shown as "—", never NaN. */
export interface Ratio {
  numerator: number;
  denominator: number;
}

/**
 * Task figures as of the end of a day D (spec § Derived figures).
 * assigned = not cancelled on D and started (or no start) by D;
 * implemented = assigned and in_progress|done on D; due = assigned with a deadline ≤ D;
 * every other count is a subset of assigned, except `cancelled`.
 */
export interface TaskFigures {
  assigned: number;
  implemented: number;
  /** Status done on D (on time + late + early). */
  done: number;
  inProgress: number;
  notStarted: number;
  due: number;
  /** Due and done, completed on or before the deadline. */
  dueDoneOnTime: number;
  /** Due and done, completed after the deadline. */
  dueDoneLate: number;
  /** Due and not done on D (quá hạn). */
  overdue: number;
  notDue: number;
  /** Not yet due (or never due) and already done. */
  notDueDone: number;
  notDueInProgress: number;
  notDueNotStarted: number;
  /** Cancelled on or before D: left out of every other count. */
  cancelled: number;
  /** implemented / assigned: the briefing's "11/21". */
  implementedRatio: Ratio;
  /** (dueDoneOnTime + dueDoneLate) / due: the completion rate of tasks that reached their deadline. */
  dueDoneRatio: Ratio;
}

/**
 * The same figures for the comparison period, and the differences (current − previous).
 * `previous` counts the same tasks as the current figures (the group's tasks on D),
 * as of the comparison period's figures day.
 */
export interface FiguresComparison {
  previous: TaskFigures;
  change: {
    assigned: number;
    implemented: number;
    done: number;
    overdue: number;
    /** implementedRatio − previous implementedRatio, exactly, as a fraction (× 100: percentage points). */
    implementedRatio: Ratio;
  };
}

/** The figures of one kind of task (tasks, or groups of tasks) in `totalsApart`. */
export interface KindTotals {
  figures: TaskFigures;
  comparison: FiguresComparison | null;
  /** Done within the period's window (`withinPeriod.finished`). */
  finishedWithin: number;
}

export interface TotalsApart {
  tasks: KindTotals;
  groups: KindTotals;
}

export interface PeriodInfo {
  /** Upper-case code, e.g. `2024-H1`. */
  code: string;
  kind: 'year' | 'half' | 'quarter' | 'nine-months' | 'month';
  /** Vietnamese wording, e.g. "6 tháng đầu năm 2024". */
  label: string;
  firstDay: IsoDate;
  lastDay: IsoDate;
  /**
   * The first day of the window "trong kỳ" (spec § Periods, 0.3): the day after
   * the previous period's figures day; the window runs from it to `asOf`.
   */
  windowFrom: IsoDate;
  /** The day D figures are taken (last day, cutoff day or `--as-of`). */
  asOf: IsoDate;
}

export interface PillarSummary {
  id: string;
  name: string;
  /** Sentence noun phrase ("nhiệm vụ phát triển chính quyền số"). */
  label: string;
  figures: TaskFigures;
  comparison: FiguresComparison | null;
}

export interface PlanSummary {
  id: string;
  number: string;
  date: IsoDate;
  title: string;
  /** Who issued it, as a report names it after "của" ("UBND tỉnh"), or null. */
  issuer: string | null;
  figures: TaskFigures;
  /**
   * The same figures with tasks and groups of tasks apart, as `totalsApart`:
   * null when the report does not count them apart; a kind is null when the
   * plan holds none of it.
   */
  figuresApart: FiguresApart | null;
}

/** Figures of tasks and of groups of tasks apart (`PlanSummary`, `AgencySummary`); a kind held by none is null. */
export interface FiguresApart {
  tasks: KindFigures | null;
  groups: KindFigures | null;
}

/** One kind's figures in `FiguresApart`, and the same tasks on the comparison day. */
export interface KindFigures {
  figures: TaskFigures;
  comparison: FiguresComparison | null;
}

/**
 * An agency the report refers to, listed once in `agencies`; everywhere else
 * the model names it by id.
 */
export interface AgencyInfo {
  id: string;
  name: string;
  shortName: string | null;
  /** Its group's id (`groups`), or null. */
  group: string | null;
}

/** An agency group of agencies.yaml (agencies are ranked within their group). */
export interface GroupInfo {
  id: string;
  name: string;
}

/** An agency's index figures for one period. */
export interface AgencyIndexFigures {
  /** Points earned over points possible, all criteria together. */
  overall: Ratio;
  /** Per component, in criteria.yaml order. */
  components: { id: string; score: Ratio }[];
  /** Grade name from `grades`, or null when no grades are defined. */
  grade: string | null;
}

export interface AgencyIndexRow {
  /** Agency id. */
  agency: string;
  /** The index it is assessed on (an id of `index.indices`); null in the single form. */
  index: string | null;
  /** The group it is ranked in (its id), or null for agencies without a group. */
  group: string | null;
  ranked: boolean;
  /** Rank within its index and group by overall index; ties share a rank (1, 2, 2, 4); null when not ranked. */
  rank: number | null;
  /** Number of agencies ranked in its index and group. */
  rankedInGroup: number;
  current: AgencyIndexFigures;
  /** Criteria with no score in the file (scored 0, reported as not assessed). */
  notAssessed: { id: string; name: string }[];
  previous: AgencyIndexFigures | null;
  /** Against the previous assessment; null without one. */
  change: IndexChange | null;
  submitted: IsoDate | null;
}

/**
 * How an agency's index moved: current − previous, overall and per component,
 * each exactly, as a fraction (100 × its value is the change in percentage points).
 */
export interface IndexChange {
  overall: Ratio;
  components: { id: string; change: Ratio }[];
}

export interface ComponentTrend {
  id: string;
  name: string;
  /** Sum of points over sum of max across every agency that filed for the period. */
  current: Ratio;
  /**
   * Like with like: the same sums over the agencies that filed in both
   * periods (`index.trendAgencies` of them), now and then; null without one.
   */
  compared: { current: Ratio; previous: Ratio; direction: 'up' | 'down' | 'same' } | null;
}

/** A period as the model names it: its code and its Vietnamese wording. */
export interface PeriodRef {
  code: string;
  label: string;
}

/** "3/17 cơ quan xếp loại Tốt": a group's assessed agencies by grade. */
export interface GradeCount {
  /** A group id, or null for agencies of no group. */
  group: string | null;
  assessed: number;
  /** Every grade of the index, in criteria.yaml order. */
  grades: { name: string; count: number }[];
}

/**
 * A self-assessment index (spec § criteria.yaml; 0.3: one per level, each for
 * the agency groups it names) and its figures over the agencies assessed on it.
 */
export interface IndexSummary {
  /** `indices[].id`; null for the single form's one index (every agency). */
  id: string | null;
  /** `indices[].name`; null for the single form. */
  name: string | null;
  /** The agency groups assessed on it (ids); empty in the single form. */
  groups: string[];
  /** Components with their max points per agency (sum of their criteria's max). */
  components: { id: string; name: string; max: number }[];
  /** How many agencies assessed on it filed. */
  assessed: number;
  componentTrends: ComponentTrend[];
  /** How many of its agencies filed in both periods: the trends are computed over them. */
  trendAgencies: number;
  /** Per group, how many of its assessed agencies earned each grade (empty without grades). */
  gradeCounts: GradeCount[];
}

export interface IndexSection {
  /**
   * The period whose assessments the report uses: the report period itself,
   * or the latest one ending within it (a year report uses H2); null when no
   * assessment period ends within the report period (then nobody is listed
   * as not having filed).
   */
  assessmentPeriod: PeriodRef | null;
  /** The comparison's assessment period, chosen by the same rule; null when it has no assessment. */
  comparePeriod: PeriodRef | null;
  /** The indices in criteria.yaml order (one in the single form), each with its figures. */
  indices: IndexSummary[];
  /** Every agency that filed: by index, then group, then rank. */
  rows: AgencyIndexRow[];
  /** Agencies active on D expected to file, and how many did. */
  filing: Ratio;
  /** Ids of the agencies expected to file that did not. */
  notFiled: string[];
}

/**
 * An indicator on D (spec § Derived figures): its latest value on or before
 * D, the target in force and whether it is reached, the value as of the
 * comparison day and the change (exact in decimal).
 */
export interface IndicatorRow {
  id: string;
  name: string;
  /** "%" or a unit noun ("thành viên"). */
  unit: string;
  /** Pillar id, or null. */
  pillar: string | null;
  better: 'higher' | 'lower';
  /** The agency responsible for the figure (an id), or null. */
  agency: string | null;
  value: {
    value: number;
    /** The day it counts from. */
    date: IsoDate;
    /** The period it was written for, when written with `period:`. */
    period: string | null;
    /** Who reported it (an agency id), or null. */
    agency: string | null;
    note: string | null;
    /** An estimated value (ước thực hiện), counted by a report built with `--estimate` only. */
    estimate: boolean;
    /** Measured within the period's window [windowFrom, D]; false: the latest is older ("chưa có số liệu mới trong kỳ"). */
    inPeriod: boolean;
  } | null;
  target: {
    value: number;
    by: PeriodRef;
    plan: { id: string; number: string } | null;
    /** The target's period has ended on or before D: a target not reached is a shortcoming, not a distance to go. */
    ended: boolean;
    /** How far the value still is from the target in the better direction (> 0, exact); null when reached or without a value. */
    gap: number | null;
  } | null;
  /** reached / not reached in the `better` direction; no-data without a value; no-target with a value but no target. */
  status: 'reached' | 'not-reached' | 'no-data' | 'no-target';
  /** The value as of the comparison day, when it is an earlier one. */
  previous: { value: number; date: IsoDate } | null;
  /** value − previous, exactly; null without both. */
  change: number | null;
  /**
   * The baseline given in brackets: the latest value on or before 31 December
   * of the year before D's year, when it is an earlier measurement than the value.
   */
  baseline: { value: number; date: IsoDate } | null;
}

/** The indicators of the report: "x/y chỉ tiêu đạt", per pillar, and each indicator. */
export interface IndicatorSection {
  /** Reached over the indicators that have both a target and a value on D. */
  reached: Ratio;
  /** Indicators without a value on or before D. */
  noData: number;
  /** Indicators with a value but no target. */
  noTarget: number;
  /** Indicators whose value on D is an estimate (ước thực hiện; `--estimate` only). */
  estimated: number;
  /** The period of the targets judged, when they all share one ("mục tiêu năm 2025"); else null. */
  targetPeriod: PeriodRef | null;
  /** The same count per pillar (pillars.yaml order; null: indicators without a pillar). */
  byPillar: { pillar: string | null; reached: Ratio }[];
  /** Grouped by pillar, in catalogue order within. */
  rows: IndicatorRow[];
}

export type Timeliness =
  | 'done-on-time'
  | 'done-late'
  | 'overdue'
  | 'done-early'
  | 'in-progress'
  | 'not-started'
  | 'not-assigned'
  | 'cancelled';

/** One agency's share of a group-led task on D (0.3): counted as one task of its holder. */
export interface ShareRow {
  /** The holder: an id of `agencies`. */
  agency: string;
  status: TaskStatus;
  progress: number | null;
  completedOn: IsoDate | null;
  timeliness: Timeliness;
}

/** A group-led task's shares on D: how many are done, of those held and not withdrawn ("4/5"). */
export interface ShareCount {
  done: number;
  total: number;
}

export interface TaskRow {
  id: string;
  title: string;
  /** Pillar id (`pillars`). */
  pillar: string;
  /** Plan id (`plans`), or null. */
  plan: string | null;
  /**
   * The agency the task counts under on D (the lead, or its active successor):
   * an id of `agencies`; null when a group leads it on D (`leadGroup`).
   */
  lead: string | null;
  /** The group leading the task on D (`lead: { group }`, 0.3): an id of `groups`; else null. */
  leadGroup: string | null;
  /** A group-led task's shares done of held on D ("4/5 xã, phường đã hoàn thành"); else null. */
  sharesDone: ShareCount | null;
  /** A group-led task's shares on D, by holder name; empty for a task an agency leads. */
  shares: ShareRow[];
  /** Set when the lead was not active on D and the task was transferred: the lead as written. */
  originalLead: string | null;
  /** Agency ids. */
  partners: string[];
  start: IsoDate | null;
  deadline: { kind: 'date'; date: IsoDate } | { kind: 'ongoing' } | { kind: 'none' };
  status: TaskStatus;
  progress: number | null;
  completedOn: IsoDate | null;
  timeliness: Timeliness;
  lastNote: string | null;
  /** The evidence (a document number or link) of the latest update on or before D that gave one (0.3). */
  evidence: string | null;
  /** Difficulties from updates on or before D, in date order, de-duplicated. */
  issues: string[];
}

export interface AgencySummary {
  /** Agency id. */
  agency: string;
  /** Its tasks, each share of a group-led task counted as one task of its own (0.3). */
  figures: TaskFigures;
  /** How many of its tasks counted on D are shares of group-led tasks. */
  shares: number;
  comparison: FiguresComparison | null;
  /** Its figures with tasks and groups of tasks apart, as the plans' (`PlanSummary.figuresApart`). */
  figuresApart: FiguresApart | null;
  /** This agency's row in the index section, if it filed. */
  index: {
    /** The index it is assessed on; null in the single form. */
    index: string | null;
    overall: Ratio;
    grade: string | null;
    rank: number | null;
    previousOverall: Ratio | null;
    change: Ratio | null;
  } | null;
}

export interface Transfer {
  task: { id: string; title: string };
  /** Agency ids: the lead as written, and the agency the task counts under on D. */
  from: string;
  to: string;
}

/**
 * A text reported by one or more agencies, de-duplicated (NFC, trimmed, case-,
 * space- and punctuation-insensitive); the first spelling is kept and each
 * source (agency, kind, ref) is listed once. `ref` is the task id or the period code.
 */
export interface SourcedText {
  text: string;
  /** The theme it belongs to (an id of `themes`), or null: no theme ("khác"). */
  theme: string | null;
  /** `agency` is an id. */
  sources: { agency: string; kind: 'task' | 'assessment'; ref: string }[];
}

/** The texts of one theme (or of none), with every agency that raised one of them. */
export interface ThemeGroup {
  /** An id of `themes`, or null for the texts of no theme. */
  theme: string | null;
  /** Distinct agency ids, by Vietnamese name. */
  agencies: string[];
  /** Most raised first. */
  texts: SourcedText[];
  /**
   * The same texts with near-identical wordings joined (alike-texts.ts): the
   * most raised wording with the agencies of all, most raised first. The body
   * counts and quotes these; the appendix lists `texts`.
   */
  gist: SourcedText[];
}

export interface TaskBrief {
  id: string;
  title: string;
  /**
   * The agency the task counts under on D (an id): in the lists by agency
   * (`nextSteps`), a share of a group-led task is listed under its holder;
   * null when a group-led task is listed once (`leadGroup`).
   */
  lead: string | null;
  /** The group leading a task listed once for all its shares (`withinPeriod`), else null. */
  leadGroup: string | null;
  /** Then, its shares done of held on D; else null. */
  sharesDone: ShareCount | null;
  deadline: IsoDate | null;
  /**
   * In `withinPeriod`: the completion date (finished) or the first implementation
   * date (started); null in `nextSteps`.
   */
  date: IsoDate | null;
  /** The latest difficulty reported for the task on or before D ("vướng mắc: Thiếu kinh phí"), or null. */
  issue: string | null;
}

/**
 * The office's own paragraphs for the period (notes/), placed where they belong
 * in the briefing; every part a list of paragraphs, empty when not written.
 */
export interface BriefingNotes {
  basis: string[];
  leadership: string[];
  /** Results by area, in criteria.yaml order then pillars.yaml order. */
  areas: { id: string; kind: 'component' | 'pillar'; name: string; paragraphs: string[] }[];
  causes: string[];
  directions: string[];
  proposals: string[];
  closing: string[];
}

/** The document's identity (spec § dx-report.yaml, `document:`). */
export interface DocumentInfo {
  /** Ký hiệu, e.g. `BC-BCĐ`. */
  symbol: string;
  /** The number given by the office, or null: left blank for the document system. */
  number: number | null;
  /** "Kính gửi:" lines, in the order written. */
  addressees: string[];
}

/** The signature block as written (renderers print authority, title and position in capitals). */
export interface SignerInfo {
  /** The TM./KT./Q./TL./TUQ. lines above the title, in print order; empty without one. */
  authority: string[];
  title: string;
  /** The signer's post printed under the signature space, or null. */
  position: string | null;
  name: string;
}

/**
 * The collection round of the report's period as of the report's date
 * (rounds.yaml, 0.3): present once its deadline has passed.
 */
export interface CollectionSummary {
  period: string;
  /** The letter that asked, when rounds.yaml names it. */
  request: { number: string; date: IsoDate } | null;
  due: IsoDate;
  /** The day the states are taken: the report's date. */
  asOf: IsoDate;
  totals: RoundTotals;
  /** Agencies (ids) that have not sent everything expected, in board order. */
  notSent: string[];
  /** Agencies (ids) that sent everything, something after the deadline. */
  late: string[];
  /** Every agency expected to send, with its state, what it owes and its update rate. */
  agencies: { agency: string; state: RoundState; owes: RoundPart[]; updateRate: Ratio | null }[];
}

export interface ReportModel {
  /** Version of this shape, bumped on any breaking change; the JSON key other tools check first. */
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** `lines`: the issuing body as the header breaks it; `name`: the same on one line. */
  organization: { name: string; lines: string[]; parent: string | null };
  /**
   * Built with `--estimate` (0.3): figures as of the period's last day
   * counting estimated updates, "ước thực hiện đến hết ngày …".
   */
  estimate: boolean;
  place: string;
  title: string;
  /** The briefing's day: `--date`, else D (the workbook's and the zip entries' date). */
  reportDate: IsoDate;
  /**
   * True when `--date` gave the day of the date line; false (the default): a
   * draft leaves its day and month blank for the document system, as it
   * leaves the number.
   */
  dated: boolean;
  /** The document's number line and addressees (`document:`), or null: no number line. */
  document: DocumentInfo | null;
  signer: SignerInfo | null;
  recipients: string[];
  period: PeriodInfo;
  /** The period figures are compared with (the previous one, or `--compare`). */
  compare: PeriodInfo | null;
  totals: TaskFigures;
  totalsComparison: FiguresComparison | null;
  /**
   * Tasks and groups of tasks counted apart, as the steering committee's
   * meeting keeps them ("11/11 nhóm nhiệm vụ chung"; "11/21 nhiệm vụ …"): null
   * unless the tasks on D include both groups (in a pillar whose `label` starts
   * with "nhóm") and tasks. The briefing never adds the two.
   */
  totalsApart: TotalsApart | null;
  pillars: PillarSummary[];
  plans: PlanSummary[];
  /** Agency groups, in agencies.yaml order. */
  groups: GroupInfo[];
  /** Every agency the model names, once, by Vietnamese name; elsewhere agencies are ids of this list. */
  agencies: AgencyInfo[];
  /** Task figures per agency that tasks count under on D. */
  agencyResults: AgencySummary[];
  transfers: Transfer[];
  /** Within [firstDay, asOf]: tasks whose first `done` falls in the period, tasks first implemented in it. */
  withinPeriod: { finished: TaskBrief[]; started: TaskBrief[] };
  index: IndexSection;
  /** The indicators, or null when the dataset has none (the report then has no indicator part). */
  indicators: IndicatorSection | null;
  /** The office's paragraphs for the period, or null without a notes file for it. */
  notes: BriefingNotes | null;
  /** The themes of themes.yaml, in its order; empty without it. */
  themes: { id: string; name: string }[];
  /** Difficulties of the period (task updates and assessments), by theme. */
  difficulties: ThemeGroup[];
  /** Proposals of the period's assessments, by theme. */
  proposals: ThemeGroup[];
  /** Agencies (ids) with overdue tasks on D, and agencies whose overall index fell. */
  lagging: {
    /** `count` overdue on D, of which `groups` are groups of tasks (the rest tasks). */
    overdue: { agency: string; count: number; groups: number }[];
    indexFell: string[];
  };
  nextSteps: {
    nextPeriod: PeriodInfo;
    /** Overdue tasks on D, by agency (Vietnamese collation), then by deadline. */
    overdue: TaskBrief[];
    /**
     * Assigned, not done tasks whose deadline is after D and on or before the
     * period's own last day ("từ nay đến hết năm 2026": with a cutoff day or
     * `--as-of`, D comes before the period's end).
     */
    dueRest: TaskBrief[];
    /**
     * Assigned, not done tasks whose deadline falls after the period's last day
     * and on or before the next period's last day ("trong năm 2027").
     */
    dueNext: TaskBrief[];
  };
  /** Who has sent the period's reports (rounds.yaml), once its deadline has passed; else null. */
  collection: CollectionSummary | null;
  /** Every task with its status on D, in pillar order then id order. */
  tasks: TaskRow[];
}
