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
 * An artifact the pure core renders but cannot finish: a PDF is the Word
 * document converted by LibreOffice, which only an I/O stage (convert/) may
 * run. `from` holds the document to convert; `name` is the file to write.
 */
export interface Conversion {
  name: string;
  to: 'pdf';
  from: Artifact;
}

/** What the renderers hand on: finished artifacts, and conversions still to run. */
export type Rendered = Artifact | Conversion;

export function isConversion(rendered: Rendered): rendered is Conversion {
  return 'from' in rendered;
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
