/**
 * The shape of src/: the folder-level import graph (every import, types and
 * lazy ones included) has no cycle, so the stages form layers; lint
 * (eslint.config.js) holds each stage to the stages below it. And the renderer
 * registry is complete by type: a format without a renderer does not compile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportFormat } from '../../src/model/report-formats.js';
import { RENDERERS, type FormatEntry } from '../../src/render/registry.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
const IMPORT = /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The stage a file belongs to: its folder under src/, or "top" for pipeline.ts and index.ts. */
const stageOf = (file: string) => {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length === 1 ? 'top' : parts[0]!;
};

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = stageOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = stageOf(path.resolve(path.dirname(file), specifier!));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Stages in an order where each comes after everything it imports; throws on a cycle. */
function layers(graph: Map<string, Set<string>>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (stage: string, trail: string[]) => {
    if (state.get(stage) === 'done') return;
    if (state.get(stage) === 'open') throw new Error(`cycle: ${[...trail, stage].join(' → ')}`);
    state.set(stage, 'open');
    for (const next of [...(graph.get(stage) ?? [])].sort()) visit(next, [...trail, stage]);
    state.set(stage, 'done');
    order.push(stage);
  };
  for (const stage of [...graph.keys()].sort()) visit(stage, []);
  return order;
}

describe('the stages of src/', () => {
  const graph = folderGraph();

  it('import one another without a cycle', () => {
    expect(() => layers(graph)).not.toThrow();
  });

  it('keep loading and validation apart, below the report stages', () => {
    const edges = (stage: string) => [...(graph.get(stage) ?? [])].sort();
    expect(edges('model')).toEqual([]);
    expect(edges('dataset')).toEqual([]);
    expect(edges('diagnostics')).toEqual([]);
    // The known errors: below every stage that throws or recognises one.
    expect(edges('errors')).toEqual(['diagnostics']);
    expect(edges('load')).toEqual(['dataset', 'diagnostics', 'errors', 'model']);
    expect(edges('validate')).toEqual(['dataset', 'diagnostics', 'model']);
    expect(edges('compute')).toEqual(['model']);
    expect(edges('render')).toEqual(['compute', 'errors', 'model']);
    expect(edges('write')).toEqual(['errors', 'render']);
    expect(edges('convert')).toEqual(['errors', 'render', 'write']);
    expect(edges('intake')).toEqual(['compute', 'diagnostics', 'model', 'render', 'validate']);
  });
});

describe('the renderer registry', () => {
  it('has a renderer for every format, and a format without one is a type error', () => {
    // @ts-expect-error: a format added to the list without a renderer must not compile.
    const withAFake: Record<ReportFormat | 'fake', FormatEntry> = RENDERERS;
    expect(Object.keys(withAFake)).toEqual(['md', 'json', 'xlsx', 'docx', 'pdf', 'html']);
  });
});
