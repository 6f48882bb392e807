/**
 * dx-report as a library: the same pipeline the CLI runs, for tools that want
 * the report model or the diagnostics without a child process.
 *
 *   const checked = await checkDataset('data', DEFAULT_LIMITS);
 *   if (checked.dataset) {
 *     const model = buildModel(checked.dataset, { period: parsePeriod('2024-H1')! });
 *     await writeReports('reports', await renderReports(model, { formats: ['md', 'json'] }));
 *   }
 */
export {
  buildModel,
  checkDataset,
  preloadRenderers,
  renderReports,
  writeReports,
  REPORT_FORMATS,
  type CheckedDataset,
  type RenderOptions,
  type ReportFormat,
  type ReportOptions,
} from './pipeline.js';
export { DEFAULT_LIMITS, type Limits } from './validate/limits.js';
export { parsePeriod, periodLabelVi, type Period, type PeriodKind } from './model/period.js';
export type { Dataset } from './model/types.js';
export type { ReportModel, TaskFigures, Ratio } from './compute/report-model.js';
export { REPORT_SCHEMA_VERSION } from './compute/report-model.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { DiagnosticCode } from './diagnostics/codes.js';
export { describe as describeDiagnostic, type Language } from './diagnostics/messages.js';
export { formatGithub, formatJson, formatText } from './diagnostics/reporters.js';
export type { Artifact } from './render/artifact.js';
