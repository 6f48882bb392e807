/**
 * dx-report as a library: the same pipeline the CLI runs, for tools that want
 * the reports, the report model or the diagnostics without a child process.
 *
 *   import { buildReports } from 'dx-report';
 *   const result = await buildReports({ data: 'data', period: '2024-H1' });
 *   // result.status: 'written' | 'invalid' | 'planned'; result.files, result.diagnostics
 *
 * Step by step: checkDataset → buildModel → renderReports → writeReports.
 * Bad options throw a UsageError (with `code`, `args` and an English message).
 */
export {
  buildModel,
  buildReports,
  checkDataset,
  DEFAULT_TEMPLATE,
  renderReports,
  writeReports,
  type BuildOptions,
  type BuildResult,
  type CheckedDataset,
  type OutputOptions,
  type ReadOptions,
  type RenderOptions,
  type ReportOptions,
} from './pipeline.js';
export {
  buildRoundBoard,
  DEFAULT_REMINDER_TEMPLATE,
  reminderContexts,
  renderReminders,
  renderRoundWorkbook,
  type ReminderOptions,
  type RoundBoard,
  type RoundOptions,
} from './rounds.js';
export {
  OutputLockedError,
  ReportTooLargeError,
  UsageError,
  type UsageCode,
} from './errors/known-errors.js';
export { describeUsage } from './errors/usage-messages.js';
export { REPORT_FORMATS, type ReportFormat } from './model/report-formats.js';
export { DEFAULT_LIMITS, type Limits } from './dataset/limits.js';
export { parsePeriod, periodLabelVi, type Period, type PeriodKind } from './model/period.js';
export type { Dataset, Task, TaskLead } from './model/types.js';
export { sharesOn } from './model/shares.js';
export type { ReportModel, TaskFigures, Ratio } from './compute/report-model.js';
export { REPORT_SCHEMA_VERSION } from './compute/report-model.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { DiagnosticCode } from './diagnostics/codes.js';
export { describe as describeDiagnostic, type Language } from './diagnostics/messages.js';
export { formatGithub, formatJson, formatText } from './diagnostics/reporters.js';
export type { Artifact } from './render/artifact.js';
export type { WrittenFile } from './write/write-artifacts.js';
