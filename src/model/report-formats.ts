/**
 * The closed list of report formats. The renderer registry (render/registry.ts)
 * is a record over it, so a format listed here without a renderer does not
 * compile; it lives here, below the stages, because the settings schema
 * (`defaults.formats`, validate/) names formats too, and validation sits
 * below rendering.
 */
export const REPORT_FORMATS = ['md', 'json', 'xlsx', 'docx', 'pdf', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}
