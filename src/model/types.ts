/**
 * The typed, validated dataset (spec: ../shared/spec/dataset-format.md).
 * Built by `model/` from YAML that passed validation, so every reference here
 * resolves, every date is real and every text value is NFC. Plain data only.
 */

import type { ReportFormat } from './report-formats.js';

/** A calendar day, `YYYY-MM-DD`. Compared as strings (ISO order is date order). */
export type IsoDate = string;

/** Task status values of the contract; Vietnamese spellings are mapped onto these. */
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'cancelled';

/**
 * Where a record was written, for reports that point back at the data: its
 * file and its path of keys and list indexes there (`['tasks', 3]`). A path,
 * not a line: files are read without positions unless a message needs one.
 */
export interface SourcePosition {
  /** Path relative to the dataset folder, with `/` separators. */
  file: string;
  path: readonly (string | number)[];
}

/** The signature block (spec § dx-report.yaml; `authority` and `position` added in 0.2). */
export interface Signer {
  /**
   * The TM./KT./Q./TL./TUQ. lines above the title, in print order, e.g.
   * ["TM. Ủy ban nhân dân", "KT. Chủ tịch"] (a list since 0.3; a text is one line).
   */
  authority?: string[];
  title: string;
  /** The signer's post in the agency, printed under the signature space. */
  position?: string;
  name: string;
}

/**
 * The document's identity as Nghị định 30/2020 lays it out (`document:`,
 * added in 0.2): the ký hiệu of the number line, the number when the office
 * gives one (else left blank for its document system), and the "Kính gửi:" lines.
 */
export interface DocumentIdentity {
  /** Ký hiệu, e.g. `BC-BCĐ`: no spaces, no lower-case letters. */
  symbol: string;
  /** A positive whole number; absent: the number is left blank. */
  number?: number;
  addressees: string[];
}

/** Optional run defaults kept in dx-report.yaml (`defaults:`); CLI flags override them. */
export interface RunDefaults {
  formats?: ReportFormat[];
  out?: string;
  lang?: 'vi' | 'en';
  template?: string;
  /** Plan ids the task figures are limited to, like `--plan`. */
  plans?: string[];
  /** A .docx whose styles replace the Word briefing's (like pandoc's --reference-doc). */
  docxReference?: string;
}

export interface Settings {
  schemaVersion: 1;
  /** The issuing body, its lines joined by a space (for sentences). */
  organization: string;
  /** The issuing body's lines as the header prints them (0.3: as written in a list; a text is one line). */
  organizationLines: string[];
  parentOrganization?: string;
  place: string;
  reportTitle?: string;
  document?: DocumentIdentity;
  signer?: Signer;
  /** Figures are taken as of this day of the period's last month (15th–14th window). */
  cutoffDay?: number;
  recipients: string[];
  defaults: RunDefaults;
}

export interface Pillar {
  id: string;
  name: string;
  /** Noun phrase used in sentences: the `label`, else "nhiệm vụ " + lower-cased name. */
  label: string;
}

export interface AgencyGroup {
  id: string;
  name: string;
}

export interface Agency {
  id: string;
  name: string;
  shortName?: string;
  group?: string;
  parent?: string;
  /** false: assessed but listed without a rank. */
  ranked: boolean;
  activeFrom?: IsoDate;
  activeUntil?: IsoDate;
  /** The lone agency that takes over its tasks (`successor: x`, or a list of one). */
  successor?: string;
  /**
   * Several agencies that took over its work (0.3: `successor` as a list of
   * two or more): a task reaching it must name who took it, with `transfers`.
   */
  successors?: string[];
}

/**
 * Who leads a task (0.3): an agency id, or a group of agencies
 * (`lead: { group: G }`): on a day D every agency of G active on D holds a
 * share of the task, with its own status log (model/shares.ts).
 */
export type TaskLead = string | { group: string };

/** A reassignment of a task by decision (0.3): from `date` the task is led by `lead`. */
export interface TaskTransfer {
  date: IsoDate;
  lead: TaskLead;
  decision?: string;
}

export interface Plan {
  id: string;
  number: string;
  date: IsoDate;
  title: string;
  /** Who issued it, as a report names it after "của" ("UBND tỉnh"); optional. */
  issuer?: string;
}

/** A task's deadline: a day (written as a date or as a period code's last day), `ongoing`, or none. */
export type Deadline =
  { kind: 'date'; date: IsoDate; period?: string } | { kind: 'ongoing' } | { kind: 'none' };

export interface TaskUpdate {
  /** The day the update counts from: its `date`, or the figures day of its `period`. */
  date: IsoDate;
  /** Set when the update was written with `period:` instead of `date:`. */
  period?: string;
  status: TaskStatus;
  progress?: number;
  note?: string;
  /** An expected state (ước thực hiện, 0.3): counted only by a report built with `--estimate`. */
  estimate?: true;
  /** Difficulties reported with this update (string or list in YAML). */
  issues: ReportedText[];
  /** A document number or link backing the update (0.3). */
  evidence?: string;
  /**
   * The share holder this update is for (0.3): set on the updates of a
   * group-led task (inline `agency:`, or the agency of an updates/ file).
   */
  agency?: string;
}

/**
 * What a task's partner reported on a day through its updates/ file (spec §
 * updates, added in 0.3): its note and issues join the task's, never its
 * status or progress.
 */
export interface PartnerNote {
  date: IsoDate;
  agency: string;
  note?: string;
  issues: ReportedText[];
  evidence?: string;
}

/**
 * A difficulty or proposal as an agency wrote it (spec § themes.yaml, added in
 * 0.2): plain text, or `{ theme, text }` placing it under a theme of themes.yaml.
 */
export interface ReportedText {
  text: string;
  /** A theme id, when the text was written with its theme. */
  theme?: string;
}

export interface Task {
  id: string;
  title: string;
  pillar: string;
  plan?: string;
  /** An agency id, or `{ group }` (0.3); transfers may change it from their dates. */
  lead: TaskLead;
  /** Reassignments by decision, in date order (0.3); empty when none. */
  transfers: TaskTransfer[];
  partners: string[];
  start?: IsoDate;
  deadline: Deadline;
  /** Sorted by date; updates on the same day keep their file order. */
  updates: TaskUpdate[];
  /** Partners' entries from updates/ files, sorted by date; absent when none. */
  partnerNotes?: PartnerNote[];
  source: SourcePosition;
}

export interface Component {
  id: string;
  name: string;
}

export interface Criterion {
  id: string;
  component: string;
  name: string;
  max: number;
}

export interface Grade {
  name: string;
  /** Lowest overall percentage (0–100) for this grade; grades are ordered highest first. */
  min: number;
}

/**
 * A self-assessment index (spec § criteria.yaml): its components, criteria and
 * grades, and the agency groups assessed on it. 0.3: `indices` gives one per
 * level (sở, xã); the single form of criteria.yaml is one index for everyone.
 */
export interface AssessmentIndex {
  /** `indices[].id`; '' for the single form. */
  id: string;
  /** `indices[].name`; null for the single form. */
  name: string | null;
  /** Ids of the agency groups assessed on it; empty in the single form (every agency). */
  groups: string[];
  components: Component[];
  criteria: Criterion[];
  /** Highest first; empty: no grades. */
  grades: Grade[];
}

export interface Score {
  criterion: string;
  self?: number;
  verified?: number;
  evidence?: string;
}

export interface Assessment {
  agency: string;
  /** Upper-case period code, e.g. `2024-H1`. */
  period: string;
  submitted?: IsoDate;
  /** In the order written in the file. */
  scores: Score[];
  difficulties: ReportedText[];
  proposals: ReportedText[];
  source: SourcePosition;
}

/** A target of an indicator: the value to reach by the end of a period (spec § indicators.yaml). */
export interface IndicatorTarget {
  /** Upper-case period code. */
  by: string;
  value: number;
  plan?: string;
}

/** An indicator (chỉ tiêu) of the plan: what is measured, and its targets. */
export interface Indicator {
  id: string;
  name: string;
  /** "%" or a unit noun ("thành viên"). */
  unit: string;
  pillar?: string;
  /** The good direction: a value at or beyond the target in this direction reaches it. */
  better: 'higher' | 'lower';
  agency?: string;
  /** Ordered by the last day of their period. */
  targets: IndicatorTarget[];
}

/** A measured value of an indicator (spec § indicators/**\/*.yaml). */
export interface IndicatorValue {
  indicator: string;
  /** The day it counts from: its `date`, or the figures day of its `period`. */
  date: IsoDate;
  /** Set when written with `period:` instead of `date:`. */
  period?: string;
  value: number;
  /** Who reported it: the file's `agency`. */
  agency?: string;
  /** The day the office received its file (the file's `submitted`, added in 0.3). */
  submitted?: IsoDate;
  note?: string;
  /** An expected value (ước thực hiện, 0.3): counted only by a report built with `--estimate`. */
  estimate?: true;
  source: SourcePosition;
}

/** A theme that groups difficulties and proposals (spec § themes.yaml, added in 0.2). */
export interface Theme {
  id: string;
  name: string;
  /** Matched in NFC, ignoring case; empty when the theme takes only texts that name it. */
  keywords: string[];
  /** A text containing one of these (NFC, ignoring case) never matches this theme's keywords. */
  exclude?: string[];
}

/**
 * The office's own paragraphs for one period's briefing (spec § notes/**,
 * added in 0.2): every part a list of paragraphs, empty when not written.
 */
export interface Notes {
  /** Upper-case period code. */
  period: string;
  basis: string[];
  leadership: string[];
  /** Results by area, keyed by a criteria component id or a pillar id, in file order. */
  areas: { id: string; paragraphs: string[] }[];
  causes: string[];
  directions: string[];
  proposals: string[];
  closing: string[];
  source: SourcePosition;
}

/**
 * One agency's updates/ file for one period (spec § updates, added in 0.3).
 * Its entries live in the tasks' logs; this keeps who sent what, and when.
 */
export interface AgencyUpdates {
  agency: string;
  /** Upper-case period code. */
  period: string;
  submitted?: IsoDate;
  /** The workbook it was imported from. */
  imported?: { file: string; sha256: string };
  /** The tasks it has an entry for, and the entries' days, in file order. */
  entries: { task: string; date: IsoDate }[];
  source: SourcePosition;
}

/** What a unit sends in a collection round (spec § rounds.yaml, added in 0.3). */
export type RoundPart = 'updates' | 'indicators' | 'assessment';

/**
 * A collection round (spec § rounds.yaml, added in 0.3): the office's request
 * to its units for one period's reports, and the deadline to send them.
 */
export interface Round {
  /** Upper-case period code; also the round's id. */
  period: string;
  /** The letter that asked: its number and symbol (`215/SKHCN-CĐS`) and date. */
  request?: { number: string; date: IsoDate };
  due: IsoDate;
  /** In the contract's order: updates, indicators, assessment. */
  expects: RoundPart[];
  /** Group or agency ids, as written. */
  from: string[];
  /** Agency ids not asked. */
  except: string[];
  source: SourcePosition;
}

/** The reminder letter's identity (`reminders:` in rounds.yaml, added in 0.3). */
export interface Reminders {
  /** Ký hiệu of the công văn, e.g. `SKHCN-CĐS`. */
  symbol: string;
  issuer: string;
  parent?: string;
  signer?: ReminderSigner;
}

/** A reminder's signer: the authority lines (TM./KT. …) in order above the title. */
export interface ReminderSigner {
  authority: string[];
  title: string;
  name: string;
}

export interface Dataset {
  settings: Settings;
  /** In the order listed in pillars.yaml (the report order). */
  pillars: Pillar[];
  groups: AgencyGroup[];
  agencies: Agency[];
  plans: Plan[];
  /** Every index's components and criteria (ids are unique across indices). */
  components: Component[];
  criteria: Criterion[];
  /** The single form's grades; empty with `indices` (each index has its own). */
  grades: Grade[];
  /**
   * 0.3: the indices of criteria.yaml's `indices` form, in its order; absent
   * in the single form, whose one index is `components`, `criteria` and
   * `grades` (model/assessment-index.ts reads both alike).
   */
  indices?: AssessmentIndex[];
  /** Sorted by id (stable across file order and file splitting). */
  tasks: Task[];
  /** Sorted by period, then agency id. */
  assessments: Assessment[];
  /** In indicators.yaml order; empty when the dataset has no indicators. */
  indicators: Indicator[];
  /** Sorted by indicator id, then date (file order within a day). */
  indicatorValues: IndicatorValue[];
  /** In themes.yaml order; empty without themes.yaml. */
  themes: Theme[];
  /** One per period at most, sorted by period. */
  notes: Notes[];
  /** Sorted by period, then agency id (one per agency and period). */
  updateFiles: AgencyUpdates[];
  /** Collection rounds (rounds.yaml), one per period at most, sorted by period. */
  rounds: Round[];
  /** The reminder letter's identity, when rounds.yaml gives it. */
  reminders?: Reminders;
}
