/** A dataset file as loading finds it, then as it is read. */
import type { FileKind } from './file-kinds.js';

/** A dataset file found and accepted by size, not yet read. */
export interface FoundFile {
  /** Relative to the dataset folder, `/`-separated. */
  path: string;
  kind: FileKind;
  bytes: number;
}

/** A dataset file's text: UTF-8 decoded, BOM stripped. */
export interface SourceFile {
  /** Relative to the dataset folder, `/`-separated. */
  path: string;
  kind: FileKind;
  text: string;
}
