/**
 * `dx-report intake import FILE…` (issue 25): each returned workbook read,
 * checked and written as dataset files, all or nothing per workbook; every
 * problem one line `file › Sheet!G14  lỗi  message` through the reporters of
 * `validate`; a refused workbook gets a phiếu trả lại; one summary at the end.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeDiagnostic, WHOLE_FILE, type Diagnostic } from '../diagnostics/diagnostic.js';
import { describe } from '../diagnostics/messages.js';
import { convertDocument, findSoffice } from '../convert/pdf.js';
import { resolveLimits } from '../options/build-options.js';
import { listDataset, readSourceFile } from '../load/load-dataset.js';
import { kindOfPath } from '../dataset/file-kinds.js';
import { parsePeriod, type Period } from '../model/period.js';
import type { Dataset } from '../model/types.js';
import { checkDataset, type ReadOptions } from '../pipeline.js';
import { localToday, resolveDate } from '../options/report-request.js';
import { UsageError } from '../errors/known-errors.js';
import { validateDataset } from '../validate/validate-dataset.js';
import { writeArtifacts } from '../write/write-artifacts.js';
import type { IntakeImportFlags } from './commands/intake.js';
import { cleanUpOnSignals } from './interrupts.js';
import { sayIntake } from './intake-messages.js';
import { say } from './messages.js';
import { readOptions } from './options.js';
import { showDiagnostics, withProgress } from './read-dataset.js';
import { countsLine, reportDiagnostics } from './report-diagnostics.js';
import type { RunContext } from './run-context.js';
import type { IntakeForm } from '../intake/form-model.js';
import { typedParts, type FormFile, type TypedAssessment } from '../intake/form-yaml.js';
import type { FormIdentity, Problem, WorkbookCells } from '../intake/read-form.js';

/** A form is a few dozen KB; past this a file is not one. */
const MAX_WORKBOOK_MB = 10;

interface Received {
  /** As given on the command line. */
  file: string;
  shown: string;
  /** The workbook as read (an .xls or .ods: LibreOffice's .xlsx of it). */
  bytes?: Uint8Array;
  /** The digest of the file as received, before any conversion: the same file is the same import. */
  sha256?: string;
  cells?: WorkbookCells;
  identity?: FormIdentity;
  form?: IntakeForm;
  problems: Problem[];
  files: FormFile[];
  /** `blank`: a form returned with no cell filled: received, but nothing sent (the agency is still chased). */
  outcome?: 'imported' | 'replaced' | 'unchanged' | 'refused' | 'blank';
  replaced?: string;
}

export async function runImport(
  files: readonly string[],
  flags: IntakeImportFlags & { period?: string },
  context: RunContext,
): Promise<number> {
  cleanUpOnSignals();
  if (files.length === 0) throw new UsageError('intakeNoFiles');
  const given = resolveDate('--submitted', flags.submitted);
  const submitted = given ?? localToday();
  const options = readOptions(flags, context);
  const checked = await withProgress(context, (onProgress) =>
    checkDataset({ ...options, onProgress, cwd: context.cwd }),
  );
  showDiagnostics(checked, context, false);
  const { terminal, language } = context;
  if (!checked.dataset) {
    terminal.error(say(language, 'invalid', countsLine(checked.diagnostics, language)));
    return 1;
  }
  const dataset = checked.dataset;
  terminal.info(sayIntake(language, given ? 'submittedGiven' : 'submittedToday', submitted));
  const received: Received[] = [];
  for (const file of files) received.push(await receive(file, context.cwd, context.env));
  const identities = received.flatMap((entry) => (entry.identity ? [entry.identity] : []));
  const { collectedPeriod, checkIdentity } = await import('../intake/identity-check.js');
  const period =
    (flags.period === undefined ? undefined : parsePeriod(flags.period)) ??
    collectedPeriod(
      identities.filter((id) => id.dataset === dataset.settings.organization),
      dataset.settings.cutoffDay,
    );
  const { readFilledForm } = await import('../intake/read-form.js');
  const { formFiles } = await import('../intake/form-yaml.js');
  const seen = new Map<string, string>();
  for (const entry of received) {
    if (!entry.identity || !entry.cells || entry.problems.length > 0) continue;
    if (!period) continue;
    const form = checkIdentity(entry.identity, dataset, period, path.basename(entry.file));
    if (!('fingerprint' in form)) {
      entry.problems.push(form);
      continue;
    }
    const first = seen.get(form.agency.id);
    if (first !== undefined) {
      entry.problems.push({
        code: 'intake-duplicate-form',
        args: { agency: form.agency.id, period: period.code, first },
      });
      continue;
    }
    seen.set(form.agency.id, entry.shown);
    entry.form = form;
    const reading = readFilledForm(entry.cells, form, dataset.themes);
    entry.problems.push(...reading.problems);
    if (!reading.records) continue;
    const sha256 = entry.sha256!;
    const previous = dataset.updateFiles.find(
      (file) => file.agency === form.agency.id && file.period === period.code,
    );
    if (previous?.imported?.sha256 === sha256) {
      entry.outcome = 'unchanged';
      continue;
    }
    if (previous?.imported) entry.replaced = previous.imported.file;
    const paths = targetPaths(dataset, form.agency.id, period);
    entry.files = formFiles(reading.records, {
      agency: form.agency.id,
      period: period.code,
      submitted,
      source: { file: path.basename(entry.file), sha256 },
      paths,
      keep: {
        updates: typedEntries(checked.dataDir, paths.updates, 'updates'),
        values: typedEntries(checked.dataDir, paths.indicators, 'values'),
        assessment: typedAssessment(checked.dataDir, paths.assessment),
      },
    });
  }
  await checkAgainstDataset(received, checked.dataDir, options.limits);
  const diagnostics: Diagnostic[] = [];
  let imported = 0;
  const outDir = path.resolve(context.cwd, 'intake', period?.code ?? 'khac');
  for (const entry of received) {
    const own = entry.problems.map((problem) => asDiagnostic(entry.shown, problem));
    diagnostics.push(...own);
    if (context.reporter !== 'json')
      reportDiagnostics(own, { ...context, dataDir: checked.dataDir, strict: false });
    const agency = entry.form?.agency.id ?? entry.identity?.agency ?? '?';
    if (own.some((item) => item.severity === 'error')) {
      entry.outcome = 'refused';
      terminal.error(
        sayIntake(
          language,
          'refused',
          entry.shown,
          String(own.filter((item) => item.severity === 'error').length),
        ),
      );
      if (!flags.dryRun && entry.bytes && entry.cells) {
        const written = await writeReturnSheet(entry, outDir, language);
        terminal.info(sayIntake(language, 'returnSheet', path.relative(context.cwd, written)));
      }
      continue;
    }
    if (entry.outcome === 'unchanged') {
      imported += 1;
      terminal.info(sayIntake(language, 'unchanged', entry.shown, agency));
      continue;
    }
    if (entry.files.length === 0) {
      entry.outcome = 'blank';
      terminal.info(sayIntake(language, 'empty', entry.shown, agency));
      continue;
    }
    const list = entry.files.map((file) => file.path).join(', ');
    if (flags.dryRun) terminal.info(sayIntake(language, 'wouldImport', entry.shown, agency, list));
    else {
      await writeArtifacts(
        checked.dataDir,
        entry.files.map((file) => ({
          name: file.path,
          bytes: new TextEncoder().encode(file.text),
        })),
      );
      terminal.info(
        entry.replaced
          ? sayIntake(language, 'replaced', entry.shown, agency, entry.replaced)
          : sayIntake(language, 'imported', entry.shown, agency, list),
      );
    }
    entry.outcome = entry.replaced ? 'replaced' : 'imported';
    imported += 1;
  }
  if (context.reporter === 'json')
    reportDiagnostics(diagnostics, { ...context, dataDir: checked.dataDir, strict: false });
  const refused = received.filter((entry) => entry.outcome === 'refused').length;
  const blank = received.filter((entry) => entry.outcome === 'blank');
  terminal.info(
    blank.length === 0
      ? sayIntake(language, 'summary', String(received.length), String(imported), String(refused))
      : sayIntake(
          language,
          'summaryBlank',
          String(received.length),
          String(imported),
          String(blank.length),
          String(refused),
        ),
  );
  if (period) {
    const silent = await silentAgencies(outDir, period, dataset, received);
    const blankOf = new Set(blank.map((entry) => entry.form?.agency.id));
    const named = silent.map((agency) =>
      blankOf.has(agency) ? sayIntake(language, 'blankForm', agency) : agency,
    );
    terminal.info(
      silent.length === 0
        ? sayIntake(language, 'silentNone')
        : sayIntake(language, 'silent', String(silent.length), named.join(', ')),
    );
  }
  return refused > 0 ? 1 : 0;
}

/** A file read: its bytes, converted from .xls/.ods when LibreOffice is there, then its cells and identity. */
async function receive(shown: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Received> {
  const file = path.resolve(cwd, shown);
  const entry: Received = { file, shown, problems: [], files: [] };
  const refuse = (problem: Problem) => {
    entry.problems.push(problem);
    return entry;
  };
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) return refuse({ code: 'intake-not-workbook', args: {} });
    size = info.size;
  } catch (error) {
    return refuse({
      code: 'intake-not-workbook',
      args: { reason: (error as NodeJS.ErrnoException).code },
    });
  }
  if (size > MAX_WORKBOOK_MB * 1024 * 1024)
    return refuse({
      code: 'intake-too-large',
      args: { size, limit: MAX_WORKBOOK_MB * 1024 * 1024 },
    });
  let bytes: Uint8Array = new Uint8Array(readFileSync(file));
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  const { readWorkbookCells, sniff } = await import('../intake/workbook-cells.js');
  // Known by its bytes: an .xls saved as "x.xlsx" is converted too, a PDF named .xlsx is refused.
  let kind = sniff(bytes);
  if ('format' in kind && kind.format !== 'xlsx') {
    const extension = `.${kind.format}`;
    const soffice = findSoffice(env.PATH ?? '');
    if (soffice === null)
      return refuse({ code: 'intake-needs-libreoffice', args: { ext: extension } });
    const name = path.basename(file, path.extname(file)) + extension;
    try {
      bytes = await convertDocument(soffice, { name, bytes }, 'xlsx', env);
    } catch (error) {
      return refuse({
        code: 'intake-not-workbook',
        args: { reason: error instanceof Error ? error.message : '' },
      });
    }
    kind = sniff(bytes);
  }
  if ('problem' in kind)
    return refuse({
      code: kind.problem,
      args: 'reason' in kind ? { reason: kind.reason } : {},
    });
  const cells = await readWorkbookCells(bytes);
  if (!Array.isArray(cells)) {
    const problem = cells as { problem: Problem['code']; reason?: string };
    return refuse({ code: problem.problem, args: { reason: problem.reason } });
  }
  entry.bytes = bytes;
  entry.cells = cells;
  const { readIdentity } = await import('../intake/read-form.js');
  const identity = readIdentity(cells);
  if (!identity) return refuse({ code: 'intake-not-form', args: {} });
  entry.identity = identity;
  return entry;
}

/**
 * The entries of the agency's file the office typed, to keep beside the
 * form's: an import replaces what an import wrote, never what a person did
 * (form-yaml.ts marks them, so a later import keeps them too).
 */
function typedEntries(
  dataDir: string,
  file: string,
  list: 'updates' | 'values',
): Record<string, unknown>[] {
  const text = readText(dataDir, file);
  if (text === undefined) return [];
  const entries = typedParts(text).lists[list] ?? [];
  return entries.filter(
    (entry): entry is Record<string, unknown> => entry !== null && typeof entry === 'object',
  );
}

/** The agency's assessment of the period as the office typed it: kept under the form's. */
function typedAssessment(dataDir: string, file: string): TypedAssessment | undefined {
  const text = readText(dataDir, file);
  if (text === undefined) return undefined;
  const { lists, scores } = typedParts(text);
  const texts = (list: unknown) =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  return {
    scores,
    difficulties: texts(lists.difficulties),
    proposals: texts(lists.proposals),
  };
}

function readText(dataDir: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(dataDir, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Where the agency's files for the period go: where they are already, else the usual place. */
function targetPaths(dataset: Dataset, agency: string, period: Period) {
  const updates = dataset.updateFiles.find(
    (file) => file.agency === agency && file.period === period.code,
  );
  const assessment = dataset.assessments.find(
    (entry) => entry.agency === agency && entry.period === period.code,
  );
  return {
    updates: updates?.source.file ?? `updates/${period.code}/${agency}.yaml`,
    indicators: `indicators/${period.code}/${agency}.yaml`,
    assessment: assessment?.source.file ?? `assessments/${period.code}/${agency}.yaml`,
  };
}

/**
 * The dataset's own rules over the files the workbooks become, all at once:
 * the dataset with them in place (each replacing the agency's file of the
 * period) is validated, and each problem in one of them is put back on its
 * workbook, at the cell its line came from.
 */
async function checkAgainstDataset(
  received: Received[],
  dataDir: string,
  given: ReadOptions['limits'],
): Promise<void> {
  const overlay = new Map<string, { file: FormFile; entry: Received }>();
  for (const entry of received)
    if (entry.problems.length === 0)
      for (const file of entry.files) overlay.set(file.path, { file, entry });
  if (overlay.size === 0) return;
  const limits = resolveLimits(given);
  const listed = listDataset(dataDir, limits);
  const files = listed.files.filter((file) => !overlay.has(file.path));
  for (const [filePath, { file }] of overlay) {
    const kind = kindOfPath(filePath);
    if (kind) files.push({ path: filePath, kind, bytes: Buffer.byteLength(file.text) });
  }
  const result = await validateDataset({
    files,
    loadDiagnostics: listed.diagnostics,
    read: (found) => {
      const own = overlay.get(found.path);
      return own
        ? { path: found.path, kind: found.kind, text: own.file.text }
        : readSourceFile(dataDir, found);
    },
    limits,
  });
  for (const diagnostic of result.diagnostics) {
    const own = overlay.get(diagnostic.file);
    if (!own) continue;
    const place = cellOfLine(own.file, diagnostic.line);
    own.entry.problems.push({
      code: diagnostic.code,
      args: { ...diagnostic.args },
      ...(place ?? {}),
    });
  }
}

/** The cell of a line of a generated file, or of the nearest line above that has one. */
function cellOfLine(file: FormFile, line: number) {
  for (let at = line; at > 0; at--) {
    const place = file.cells.get(at);
    if (place) return place;
  }
  return undefined;
}

function asDiagnostic(file: string, problem: Problem): Diagnostic {
  const diagnostic = makeDiagnostic(problem.code, file, WHOLE_FILE, problem.args);
  if (problem.sheet !== undefined) diagnostic.sheet = problem.sheet;
  if (problem.cell !== undefined) diagnostic.cell = problem.cell;
  return diagnostic;
}

async function writeReturnSheet(
  entry: Received,
  outDir: string,
  language: RunContext['language'],
): Promise<string> {
  const { returnSheet } = await import('../intake/workbook-cells.js');
  const { SHEETS } = await import('../intake/layout.js');
  const bytes = await returnSheet(
    entry.bytes!,
    entry.problems,
    (problem) => describe(asDiagnostic(entry.shown, problem), language),
    SHEETS.guide,
  );
  const folder = path.join(outDir, 'tra-lai');
  const name = path.basename(entry.file).replace(/\.(xls|ods)$/i, '.xlsx');
  await writeArtifacts(folder, [{ name, bytes }]);
  return path.join(folder, name);
}

/**
 * Agencies expected that have sent nothing for the period: those the
 * period's round asks (rounds.yaml), else every agency a form was made for
 * (intake/<P>/<agency>-<P>.xlsx); neither received now (a form returned
 * blank is not sent: "nhận, chưa điền") nor holding an updates/ file or an
 * assessment for the period.
 */
async function silentAgencies(
  outDir: string,
  period: Period,
  dataset: Dataset,
  received: readonly Received[],
): Promise<string[]> {
  const { expectedAgencies } = await import('../intake/form-model.js');
  const { roundFor } = await import('../compute/round-facts.js');
  let expected: string[];
  if (roundFor(dataset, period.code)) expected = expectedAgencies(dataset, period).map((a) => a.id);
  else {
    let names: string[];
    try {
      names = readdirSync(outDir);
    } catch {
      return [];
    }
    const suffix = `-${period.code}.xlsx`;
    expected = names
      .filter((name) => name.endsWith(suffix))
      .map((name) => name.slice(0, -suffix.length));
  }
  const sent = new Set<string>();
  // A refused form was sent all the same: it is returned, not missing. A blank one sent nothing.
  for (const entry of received) {
    const agency = entry.form?.agency.id ?? entry.identity?.agency;
    if (agency !== undefined && entry.outcome !== 'blank') sent.add(agency);
  }
  for (const file of dataset.updateFiles) if (file.period === period.code) sent.add(file.agency);
  for (const assessment of dataset.assessments)
    if (assessment.period === period.code) sent.add(assessment.agency);
  return expected.filter((agency) => !sent.has(agency));
}
