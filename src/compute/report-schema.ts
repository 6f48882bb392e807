/**
 * The JSON Schema of the report model (schemas/report.schema.json, written by
 * `dx-report schema`): the public contract of `--format json` and the context
 * of Markdown templates. It mirrors report-model.ts field by field; tests
 * validate real models (the sample, random datasets) against it, so the two
 * cannot drift apart unnoticed. Every key is always present (null when empty).
 */
import { REPORT_SCHEMA_VERSION } from './report-model.js';

type Schema = Record<string, unknown>;

const describe = (description: string, schema: Schema): Schema => ({ ...schema, description });
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const list = (items: Schema, description?: string): Schema => ({
  type: 'array',
  items,
  ...(description ? { description } : {}),
});
const text: Schema = { type: 'string' };
const count: Schema = { type: 'integer', minimum: 0 };
const integer: Schema = { type: 'integer' };
const number: Schema = { type: 'number' };

/** A closed object whose every property is required. */
function object(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
    ...(description ? { description } : {}),
  };
}

const agencyId = describe('An agency id: its name is in `agencies`.', text);

const DEFINITIONS: Record<string, Schema> = {
  isoDate: {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    format: 'date',
    description: 'A day, YYYY-MM-DD.',
  },
  periodCode: {
    type: 'string',
    pattern: '^\\d{4}(-(H[12]|Q[1-4]|9M|0[1-9]|1[0-2]))?$',
    description: 'A period code, upper case: 2024, 2024-H1, 2024-Q2, 2024-9M, 2024-06.',
  },
  ratio: object(
    {
      numerator: number,
      denominator: describe('0 means no value ("—"), never a division.', {
        type: 'number',
        minimum: 0,
      }),
    },
    'A ratio kept as its counts (11/21); formatted by the renderers.',
  ),
  difference: object(
    { numerator: number, denominator: { type: 'number', minimum: 0 } },
    'An exact difference of two ratios, as a fraction; 100 × its value is the change in percentage points.',
  ),
  taskFigures: object(
    {
      assigned: describe('Not cancelled on D, started (or no start) by D.', count),
      implemented: describe('Assigned, in progress or done on D.', count),
      done: count,
      inProgress: count,
      notStarted: count,
      due: describe('Assigned with a deadline on or before D.', count),
      dueDoneOnTime: count,
      dueDoneLate: count,
      overdue: describe('Due and not done on D.', count),
      notDue: count,
      notDueDone: count,
      notDueInProgress: count,
      notDueNotStarted: count,
      cancelled: describe('Cancelled by D: left out of every other count.', count),
      implementedRatio: describe('implemented / assigned: "11/21".', ref('ratio')),
      dueDoneRatio: describe('done / due: the completion rate of due tasks.', ref('ratio')),
    },
    'Task figures as of the end of day D (dataset format § Derived figures).',
  ),
  figuresComparison: object(
    {
      previous: ref('taskFigures'),
      change: object({
        assigned: integer,
        implemented: integer,
        done: integer,
        overdue: integer,
        implementedRatio: ref('difference'),
      }),
    },
    'The same tasks as of the comparison day, and current − previous.',
  ),
  figuresApart: object(
    {
      tasks: nullable(
        object({ figures: ref('taskFigures'), comparison: nullable(ref('figuresComparison')) }),
      ),
      groups: nullable(
        object({ figures: ref('taskFigures'), comparison: nullable(ref('figuresComparison')) }),
      ),
    },
    'The same figures with tasks and groups of tasks (pillars whose label starts with "nhóm") apart; a kind held by none is null.',
  ),
  periodInfo: object({
    code: ref('periodCode'),
    kind: { enum: ['year', 'half', 'quarter', 'nine-months', 'month'] },
    label: describe('Vietnamese wording: "6 tháng đầu năm 2024".', text),
    firstDay: ref('isoDate'),
    lastDay: ref('isoDate'),
    windowFrom: describe(
      'The first day of the window "trong kỳ": the day after the previous period\'s figures day (15/12/2025 for 2026 with cutoff_day 14). The window runs to asOf.',
      ref('isoDate'),
    ),
    asOf: describe('The day D the figures are taken.', ref('isoDate')),
  }),
  periodRef: object({ code: ref('periodCode'), label: text }),
  agencyIndexFigures: object({
    overall: describe('Points earned over points possible, all criteria together.', ref('ratio')),
    components: list(object({ id: text, score: ref('ratio') }), 'In criteria.yaml order.'),
    grade: nullable(text),
  }),
  indexRow: object({
    agency: agencyId,
    index: describe(
      'The index the agency is assessed on (an id of `index.indices`); null in the single form of criteria.yaml.',
      nullable(text),
    ),
    group: describe(
      'The group the agency is ranked in (an id of `groups`), or null.',
      nullable(text),
    ),
    ranked: { type: 'boolean' },
    rank: describe('1, 2, 2, 4 within the index and group; null when not ranked.', nullable(count)),
    rankedInGroup: count,
    current: ref('agencyIndexFigures'),
    notAssessed: list(object({ id: text, name: text }), 'Criteria without a score (counted 0).'),
    previous: nullable(ref('agencyIndexFigures')),
    change: nullable(
      object({
        overall: ref('difference'),
        components: list(object({ id: text, change: ref('difference') })),
      }),
    ),
    submitted: nullable(ref('isoDate')),
  }),
  indicatorRow: object(
    {
      id: text,
      name: text,
      unit: describe('"%" or a unit noun ("thành viên").', text),
      pillar: describe('A pillar id of `pillars`, or null.', nullable(text)),
      better: { enum: ['higher', 'lower'] },
      agency: describe('The agency responsible for the figure, or null.', nullable(agencyId)),
      value: describe(
        'The latest measurement on or before D, or null (no data).',
        nullable(
          object({
            value: number,
            date: describe('The day it counts from.', ref('isoDate')),
            period: describe(
              'The period it was written for (`period:`), or null.',
              nullable(ref('periodCode')),
            ),
            agency: describe('Who reported it, or null.', nullable(agencyId)),
            note: nullable(text),
            estimate: describe(
              'An estimated value (`estimate: true`, ước thực hiện): only in a report built with --estimate.',
              { type: 'boolean' },
            ),
            inPeriod: describe(
              "Measured within the period's window [windowFrom, D]; false: no new figure in the period.",
              { type: 'boolean' },
            ),
          }),
        ),
      ),
      target: describe(
        'The target in force on D: the first whose period ends on or after D, else the last; null without targets.',
        nullable(
          object({
            value: number,
            by: ref('periodRef'),
            plan: nullable(object({ id: text, number: text })),
            ended: describe("The target's period has ended on or before D.", { type: 'boolean' }),
            gap: describe(
              'How far the value still is from the target in the better direction (> 0, exact); null when reached or without a value.',
              nullable(number),
            ),
          }),
        ),
      ),
      status: { enum: ['reached', 'not-reached', 'no-data', 'no-target'] },
      previous: describe(
        'The measurement as of the comparison day, when it is an earlier one.',
        nullable(object({ value: number, date: ref('isoDate') })),
      ),
      change: describe('value − previous, exact in decimal; null without both.', nullable(number)),
      baseline: describe(
        "The latest value on or before 31 December of the year before D's year, when earlier than the value.",
        nullable(object({ value: number, date: ref('isoDate') })),
      ),
    },
    'An indicator on D.',
  ),
  shareCount: object(
    { done: count, total: count },
    'A group-led task\'s shares on D: done, of those held and not withdrawn ("4/5").',
  ),
  shareRow: object(
    {
      agency: describe('The holder of the share.', agencyId),
      status: ref('taskStatus'),
      progress: nullable({ type: 'number', minimum: 0, maximum: 100 }),
      completedOn: nullable(ref('isoDate')),
      timeliness: ref('timeliness'),
    },
    "One agency's share of a group-led task on D: one task of its holder.",
  ),
  taskBrief: object({
    id: text,
    title: text,
    lead: describe(
      'The agency it counts under (in nextSteps, a share is listed under its holder); null for a group-led task listed once.',
      nullable(text),
    ),
    leadGroup: describe(
      'The group leading a task listed once for all its shares (a group id), else null.',
      nullable(text),
    ),
    sharesDone: nullable(ref('shareCount')),
    deadline: nullable(ref('isoDate')),
    date: describe(
      'Completion or first implementation day; null in nextSteps.',
      nullable(ref('isoDate')),
    ),
    issue: describe(
      'The latest difficulty reported for the task on or before D, or null.',
      nullable(text),
    ),
  }),
  sourcedText: object(
    {
      text,
      theme: describe(
        'The theme it belongs to (an id of `themes`), or null: no theme.',
        nullable(text),
      ),
      sources: list(
        object({ agency: agencyId, kind: { enum: ['task', 'assessment'] }, ref: text }),
        'Who reported it: the task id or the assessment period.',
      ),
    },
    'A reported text, merged across agencies.',
  ),
  themeGroup: object(
    {
      theme: describe(
        'An id of `themes`, or null for the texts of no theme ("khác").',
        nullable(text),
      ),
      agencies: list(agencyId, 'Every agency that raised a text of the theme, by name.'),
      texts: list(ref('sourcedText'), 'Most raised first.'),
      gist: list(
        ref('sourcedText'),
        'The same texts with near-identical wordings joined: the most raised wording with the agencies of all, most raised first. The body counts and quotes these; the appendix lists `texts`.',
      ),
    },
    'The texts of one theme, with the agencies that raised them.',
  ),
  paragraphs: list(text, 'Paragraphs, as the office wrote them.'),
  timeliness: {
    enum: [
      'done-on-time',
      'done-late',
      'overdue',
      'done-early',
      'in-progress',
      'not-started',
      'not-assigned',
      'cancelled',
    ],
  },
  taskStatus: { enum: ['not_started', 'in_progress', 'done', 'cancelled'] },
  deadline: {
    anyOf: [
      object({ kind: { const: 'date' }, date: ref('isoDate') }),
      object({ kind: { const: 'ongoing' } }),
      object({ kind: { const: 'none' } }),
    ],
  },
  taskRow: object({
    id: text,
    title: text,
    pillar: describe('A pillar id of `pillars`.', text),
    plan: describe('A plan id of `plans`, or null.', nullable(text)),
    lead: describe(
      'The agency the task counts under on D; null when a group leads it (leadGroup).',
      nullable(text),
    ),
    leadGroup: describe(
      'The group leading the task on D (lead: { group }): a group id of `groups`; else null.',
      nullable(text),
    ),
    sharesDone: describe(
      "A group-led task's shares done of held on D; null for a task an agency leads.",
      nullable(ref('shareCount')),
    ),
    shares: list(ref('shareRow'), "A group-led task's shares on D, by holder name; else empty."),
    originalLead: describe(
      'The lead as written, when the task moved to a successor.',
      nullable(text),
    ),
    partners: list(agencyId),
    start: nullable(ref('isoDate')),
    deadline: ref('deadline'),
    status: ref('taskStatus'),
    progress: nullable({ type: 'number', minimum: 0, maximum: 100 }),
    completedOn: nullable(ref('isoDate')),
    timeliness: ref('timeliness'),
    lastNote: nullable(text),
    evidence: describe(
      'The evidence (document number or link) of the latest update on or before D that gave one (0.3).',
      nullable(text),
    ),
    issues: list(text),
  }),
};

const PROPERTIES: Record<string, Schema> = {
  schemaVersion: describe('Version of this shape; bumped on any breaking change.', {
    const: REPORT_SCHEMA_VERSION,
  }),
  organization: object(
    {
      name: describe('The issuing body (`organization` of dx-report.yaml) on one line.', text),
      lines: describe(
        'The issuing body as the header prints it, line by line (a list in dx-report.yaml, else one line).',
        { type: 'array', items: text, minItems: 1 },
      ),
      parent: describe('Its governing body (`parent_organization`), or null.', nullable(text)),
    },
    'Who issues the report.',
  ),
  estimate: describe(
    'Built with --estimate: figures as of the period\'s last day counting estimated updates ("ước thực hiện đến hết ngày …").',
    { type: 'boolean' },
  ),
  place: describe('The place name of the date line.', text),
  title: describe('The report title (trích yếu), without the period.', text),
  reportDate: describe(
    "The briefing's day: --date, else the figures day (the workbook's date).",
    ref('isoDate'),
  ),
  dated: describe(
    'True when --date gave the day of the date line; false: its day and month are left blank for the document system.',
    { type: 'boolean' },
  ),
  document: describe(
    'The number line and addressees (dx-report.yaml `document:`); null: no number line.',
    nullable(
      object({
        symbol: describe('The ký hiệu after the number: "BC-BCĐ".', text),
        number: describe(
          'The number, or null: left blank for the clerk.',
          nullable({ type: 'integer', minimum: 1 }),
        ),
        addressees: list(text, '"Kính gửi:", one per line.'),
      }),
    ),
  ),
  signer: describe(
    'Who signs, or null.',
    nullable(
      object({
        authority: list(
          text,
          'The TM./KT./Q./TL./TUQ. lines above the title, in print order (["TM. Ủy ban nhân dân", "KT. Chủ tịch"]); empty without one.',
        ),
        title: text,
        position: describe(
          'The signer’s post in the agency, printed under the signature space, or null.',
          nullable(text),
        ),
        name: text,
      }),
    ),
  ),
  recipients: list(text, '"Nơi nhận", one per line, as written in dx-report.yaml.'),
  period: describe('The period reported on, and its figures day D (`asOf`).', ref('periodInfo')),
  compare: describe('The period compared with.', nullable(ref('periodInfo'))),
  groups: list(object({ id: text, name: text }), 'Agency groups, in agencies.yaml order.'),
  agencies: list(
    object({ id: text, name: text, shortName: nullable(text), group: nullable(text) }),
    'Every agency the model names, once, by Vietnamese name.',
  ),
  indicators: describe(
    'The indicators (chỉ tiêu) on D; null when the dataset has none (the report then has no indicator part).',
    nullable(
      object({
        reached: describe(
          'Reached over the indicators with both a target and a value.',
          ref('ratio'),
        ),
        noData: describe('Indicators without a value on or before D.', count),
        noTarget: describe('Indicators with a value but no target.', count),
        estimated: describe(
          'Indicators whose value on D is an estimate (ước thực hiện; --estimate only).',
          count,
        ),
        targetPeriod: describe(
          'The period of the targets judged when they all share one, else null.',
          nullable(ref('periodRef')),
        ),
        byPillar: list(
          object({ pillar: nullable(text), reached: ref('ratio') }),
          'The same count per pillar, in table order (null: no pillar).',
        ),
        rows: list(
          ref('indicatorRow'),
          'Grouped by pillar (pillars.yaml order), catalogue order within.',
        ),
      }),
    ),
  ),
  totals: describe('Figures of every task.', ref('taskFigures')),
  totalsComparison: describe(
    'The same tasks as of the comparison day, and the changes.',
    nullable(ref('figuresComparison')),
  ),
  totalsApart: describe(
    'Tasks and groups of tasks (pillars whose label starts with "nhóm") counted apart, never added; null unless the tasks on D include both.',
    nullable(
      object({
        tasks: object({
          figures: ref('taskFigures'),
          comparison: nullable(ref('figuresComparison')),
          finishedWithin: describe("Done within the period's window.", count),
        }),
        groups: object({
          figures: ref('taskFigures'),
          comparison: nullable(ref('figuresComparison')),
          finishedWithin: describe("Done within the period's window.", count),
        }),
      }),
    ),
  ),
  pillars: list(
    object({
      id: text,
      name: text,
      label: describe('The noun phrase used in sentences.', text),
      figures: ref('taskFigures'),
      comparison: nullable(ref('figuresComparison')),
    }),
    'Every pillar, in pillars.yaml order.',
  ),
  plans: list(
    object({
      id: text,
      number: text,
      date: ref('isoDate'),
      title: text,
      issuer: describe('Who issued it ("UBND tỉnh"), or null.', nullable(text)),
      figures: ref('taskFigures'),
      figuresApart: describe(
        'Its figures with tasks and groups of tasks apart, as `totalsApart`: null when the report does not count them apart.',
        nullable(ref('figuresApart')),
      ),
    }),
    'Plans that assign tasks.',
  ),
  agencyResults: list(
    object({
      agency: agencyId,
      figures: describe(
        'Its tasks; each share of a group-led task counts as one task of its holder.',
        ref('taskFigures'),
      ),
      shares: describe('How many of its tasks counted are shares of group-led tasks.', count),
      comparison: nullable(ref('figuresComparison')),
      figuresApart: describe(
        'Its figures with tasks and groups of tasks apart, as `totalsApart`: null when the report does not count them apart.',
        nullable(ref('figuresApart')),
      ),
      index: nullable(
        object({
          index: describe('The index it is assessed on; null in the single form.', nullable(text)),
          overall: ref('ratio'),
          grade: nullable(text),
          rank: describe('Within its index and group.', nullable(count)),
          previousOverall: nullable(ref('ratio')),
          change: nullable(ref('difference')),
        }),
      ),
    }),
    'Per agency that tasks count under on D, by Vietnamese name.',
  ),
  transfers: list(
    object({ task: object({ id: text, title: text }), from: agencyId, to: agencyId }),
    'Tasks counted under a successor of their lead.',
  ),
  withinPeriod: object(
    {
      finished: list(ref('taskBrief'), 'Tasks first done within the period (date: the day done).'),
      started: list(ref('taskBrief'), 'Tasks first implemented within the period.'),
    },
    'What happened between the first day of the period and D.',
  ),
  index: object(
    {
      assessmentPeriod: describe(
        'The period whose assessments the report uses (the latest ending within the report period); null when none does.',
        nullable(ref('periodRef')),
      ),
      comparePeriod: describe(
        "The comparison's assessment period; null when it has no assessment.",
        nullable(ref('periodRef')),
      ),
      indices: list(
        object({
          id: describe(
            '`indices[].id`; null for the single form (one index for everyone).',
            nullable(text),
          ),
          name: describe('`indices[].name`; null for the single form.', nullable(text)),
          groups: list(text, 'The agency groups assessed on it; empty in the single form.'),
          components: list(object({ id: text, name: text, max: { type: 'number', minimum: 0 } })),
          assessed: describe('Agencies assessed on it that filed.', count),
          componentTrends: list(
            object({
              id: text,
              name: text,
              current: describe('Across every agency that filed for the period.', ref('ratio')),
              compared: describe(
                'Over the agencies that filed in both periods (trendAgencies), now and then.',
                nullable(
                  object({
                    current: ref('ratio'),
                    previous: ref('ratio'),
                    direction: { enum: ['up', 'down', 'same'] },
                  }),
                ),
              ),
            }),
          ),
          trendAgencies: describe('Its agencies that filed in both periods.', count),
          gradeCounts: list(
            object({
              group: describe('A group id, or null for agencies of no group.', nullable(text)),
              assessed: count,
              grades: list(
                object({ name: text, count }),
                'Every grade of the index, in criteria.yaml order.',
              ),
            }),
            'Per group, its assessed agencies by grade ("3/17 cơ quan xếp loại Tốt").',
          ),
        }),
        'The self-assessment indices in criteria.yaml order (0.3: one per level; one in the single form), each with its figures.',
      ),
      rows: list(ref('indexRow'), 'Every agency that filed: by index, then group, then rank.'),
      filing: describe('Agencies that filed over agencies expected to.', ref('ratio')),
      notFiled: list(agencyId),
    },
    'The agencies’ self-assessment index.',
  ),
  notes: describe(
    "The office's paragraphs for the period (notes/), or null without a notes file for it.",
    nullable(
      object({
        basis: ref('paragraphs'),
        leadership: ref('paragraphs'),
        areas: list(
          object({
            id: text,
            kind: { enum: ['component', 'pillar'] },
            name: text,
            paragraphs: ref('paragraphs'),
          }),
          'Results by area: criteria components, then pillars.',
        ),
        causes: ref('paragraphs'),
        directions: ref('paragraphs'),
        proposals: ref('paragraphs'),
        closing: ref('paragraphs'),
      }),
    ),
  ),
  themes: list(object({ id: text, name: text }), 'The themes of themes.yaml, in its order.'),
  difficulties: list(
    ref('themeGroup'),
    'Difficulties of the period (task updates and assessments), by theme: catalogue order, no theme last.',
  ),
  proposals: list(ref('themeGroup'), 'Proposals of the assessments, by theme.'),
  lagging: object(
    {
      overdue: list(
        object({ agency: agencyId, count, groups: count }),
        'Agencies with overdue tasks, most first: `count` overdue, of which `groups` are groups of tasks.',
      ),
      indexFell: list(agencyId, 'Agencies whose index is lower than in the comparison period.'),
    },
    'Agencies the report names as lagging.',
  ),
  nextSteps: object(
    {
      nextPeriod: ref('periodInfo'),
      overdue: list(ref('taskBrief'), 'Tasks overdue on D, by agency.'),
      dueRest: list(
        ref('taskBrief'),
        'Tasks not done, due after D up to the end of the period itself, by agency.',
      ),
      dueNext: list(
        ref('taskBrief'),
        'Tasks not done, due after the end of the period up to the end of the next period, by agency.',
      ),
    },
    'What comes next.',
  ),
  collection: nullable(
    object(
      {
        period: ref('periodCode'),
        request: nullable(object({ number: text, date: ref('isoDate') }, 'The letter that asked.')),
        due: ref('isoDate'),
        asOf: describe('The day the states are taken: the report’s date.', ref('isoDate')),
        totals: object(
          {
            expected: count,
            sent: count,
            onTime: count,
            late: count,
            notSent: count,
            missing: count,
            notYetDue: count,
            notExpected: count,
            sentRatio: ref('ratio'),
          },
          'Units expected to send; sent everything (on time + late); not sent (missing + not yet due).',
        ),
        notSent: list(agencyId, 'Units that have not sent everything expected, in board order.'),
        late: list(agencyId, 'Units that sent everything, something after the deadline.'),
        agencies: list(
          object({
            agency: agencyId,
            state: { enum: ['on-time', 'late', 'missing', 'not-yet-due'] },
            owes: list({ enum: ['updates', 'indicators', 'assessment'] }),
            updateRate: nullable(ref('ratio')),
          }),
          'Every unit expected to send: its state, what it still owes, its update rate (null: it leads no task).',
        ),
      },
      'Who has sent the period’s reports (rounds.yaml), once the round’s deadline has passed on the report’s date.',
    ),
  ),
  tasks: list(ref('taskRow'), 'Every task with its state on D.'),
};

/** The schema document, draft-07, as shipped in schemas/report.schema.json. */
export function reportSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'dx-report report model',
    description:
      'The report model written by `dx-report build --format json`, and the context of Markdown templates. Dates are YYYY-MM-DD; ratios are raw counts; agencies are named by id and listed once in `agencies`.',
    ...object(PROPERTIES),
    definitions: DEFINITIONS,
  };
}
