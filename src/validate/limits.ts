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

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxDatasetBytes: 512 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
};
