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
  /**
   * Most YAML nodes in one file: scalars, collections and the entries of
   * collections (`-`, `:`, `,`), counted as the text is read. The reader that
   * keeps positions needs about 1 KB of memory per node, so this is what bounds
   * its memory; the byte limit alone lets a 5 MB file of `[{},{},…]` take 4 GB.
   */
  maxNodes: number;
}

/**
 * Bytes of file allowed per YAML node: real task files have one node per 10
 * bytes or more (the benchmark's: one per 9.8), a file of `{},` one per 1.5.
 */
export const BYTES_PER_NODE = 5;

/**
 * 5 MB a file: a task file of 1,000 tasks is ~50 KB, so real files stay far
 * below, while the slowest YAML the parser can be fed (a list of one-word items,
 * ~0,4 MB/s) still finishes in seconds rather than minutes. The node limit
 * follows the file limit (one node per BYTES_PER_NODE bytes: 1,048,576).
 */
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxDatasetBytes: 512 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
  maxNodes: (5 * 1024 * 1024) / BYTES_PER_NODE,
};
