/**
 * What every renderer returns and write/ writes: a file name (no folder) and
 * its exact bytes. Renderers stay pure; only write/ touches the disk.
 */
export interface Artifact {
  /** A bare file name, e.g. `bao-cao-cds-2024-H1.md`. */
  name: string;
  /** The whole file; of a streamed artifact, made (and kept) on first read. */
  readonly bytes: Uint8Array;
  /**
   * The file in pieces, made as they are asked for, when the report is too
   * large to hold whole with comfort (the JSON model at national scale): the
   * writer writes these one by one instead of `bytes`. The same every time.
   */
  readonly chunks?: () => Iterable<Uint8Array>;
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

/** An artifact written piece by piece: `parts` gives its text in order, each time anew. */
export function streamedArtifact(name: string, parts: () => Iterable<string>): Artifact {
  let whole: Uint8Array | undefined;
  function* chunks(): Iterable<Uint8Array> {
    for (const part of parts()) yield UTF8.encode(part);
  }
  return {
    name,
    chunks,
    get bytes() {
      if (whole === undefined) {
        const pieces = [...chunks()];
        whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
        let at = 0;
        for (const piece of pieces) {
          whole.set(piece, at);
          at += piece.byteLength;
        }
      }
      return whole;
    },
  };
}

/** Characters per piece of a long text written in chunks (about 1–3 MB of UTF-8). */
const TEXT_PIECE = 1 << 20;

/**
 * A text file's artifact. A long text (a Markdown briefing of a national
 * dataset is ~7 MB, of 100,000 tasks ~31 MB) is encoded and written a piece
 * at a time, so its bytes are never held whole beside the text. Handlebars
 * gives the text as one string, so that much stays whole.
 */
export function textArtifact(name: string, text: string): Artifact {
  if (text.length <= TEXT_PIECE) return { name, bytes: utf8(text) };
  return streamedArtifact(name, () => pieces(text));
}

/** The text in pieces of about TEXT_PIECE characters, never cut between the two halves of a surrogate pair. */
function* pieces(text: string): Iterable<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + TEXT_PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** How many bytes the artifact has, without holding a streamed one whole. */
export function artifactSize(artifact: Artifact): number {
  if (artifact.chunks === undefined) return artifact.bytes.byteLength;
  let size = 0;
  for (const chunk of artifact.chunks()) size += chunk.byteLength;
  return size;
}
