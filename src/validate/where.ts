/**
 * Where something was written in a data file: a line and column, or a path to
 * be looked up when a message needs it. No YAML library here, so a run that
 * reports nothing never loads the one that keeps positions.
 */
import type { Position } from '../diagnostics/diagnostic.js';

export type { Position } from '../diagnostics/diagnostic.js';

/** A path into a parsed value: keys and list indexes. */
export type ValuePath = readonly (string | number)[];

/**
 * A value (or its key) named by its path in the file, for a file read without
 * positions (yaml-quick.ts): the line and column are looked up only if a
 * message needs them (locate-pending.ts).
 */
export interface ValueAt {
  path: ValuePath;
  at: 'key' | 'value';
}

/** Where something was written: already a line and column, or still a path. */
export type Where = Position | ValueAt;

/** A place in the dataset: a file and where in it. */
export interface Place {
  file: string;
  at: Where;
}

export const isValueAt = (where: Where): where is ValueAt => 'path' in where;

/** Finds where a value (or its key) was written. */
export interface Locator {
  (path: ValuePath, at?: 'key' | 'value'): Where;
}

/** A locator over a parsed document: always a line and column. */
export interface PositionLocator extends Locator {
  (path: ValuePath, at?: 'key' | 'value'): Position;
}

/** For a file read without positions: every place is its path, looked up later. */
export const locateLater: Locator = (path, at = 'value') => ({ path, at });
