/**
 * What every renderer returns and write/ writes: a file name (no folder) and
 * its exact bytes. Renderers stay pure; only write/ touches the disk.
 */
export interface Artifact {
  /** A bare file name, e.g. `bao-cao-cds-2024-H1.md`. */
  name: string;
  bytes: Uint8Array;
}

/**
 * The report's file name for a period and extension: `bao-cao-cds-<PERIOD>.<ext>`
 * ("báo cáo chuyển đổi số"), with the period code as printed (upper case), so
 * the Markdown, JSON and Excel files of one run sort together.
 */
export function reportFileName(periodCode: string, ext: string): string {
  return `bao-cao-cds-${periodCode}.${ext}`;
}

const UTF8 = new TextEncoder();

/** Text as UTF-8 bytes (no BOM). */
export function utf8(text: string): Uint8Array {
  return UTF8.encode(text);
}
