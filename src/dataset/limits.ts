/** Resource limits that keep hostile or broken input from exhausting memory or the stack. */
export interface Limits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** Largest whole dataset, in bytes. */
  maxDatasetBytes: number;
  /** Alias expansions allowed per file (defuses "billion laughs"). */
  maxAliasCount: number;
  /** Deepest nesting of mappings and lists. Real dataset files need fewer than 10 levels. */
  maxDepth: number;
}

/**
 * 5 MB a file: a task file of 1,000 tasks is ~50 KB, so real files stay far
 * below, while the slowest YAML the parser can be fed (a list of one-word items,
 * ~0,4 MB/s) still finishes in seconds rather than minutes.
 */
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxDatasetBytes: 512 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
};
