/**
 * A Mermaid `xychart-beta` bar chart read back into figures, so the chart a
 * template draws in Markdown is the chart Word and HTML draw: its title, the
 * x axis's labels, the y axis's title and range, and the bars' values. Any
 * other Mermaid block stays a block of code.
 */
import type { BarChart } from './tree.js';

const QUOTED = /"([^"]*)"/g;

function quoted(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((match) => match[1] ?? '');
}

/** The chart, or null when the block is not a bar chart. */
export function readChart(source: string): BarChart | null {
  const lines = source.split('\n').map((line) => line.trim());
  if (lines[0] !== 'xychart-beta') return null;
  const chart: BarChart = { title: '', unit: '', categories: [], values: [], range: null };
  let bars = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('title ')) chart.title = quoted(line)[0] ?? line.slice(6).trim();
    else if (line.startsWith('x-axis ')) chart.categories = quoted(line);
    else if (line.startsWith('y-axis ')) {
      chart.unit = quoted(line)[0] ?? '';
      const range = /(-?[\d.]+)\s*-->\s*(-?[\d.]+)/.exec(line);
      if (range !== null) chart.range = [Number(range[1]), Number(range[2])];
    } else if (line.startsWith('bar ')) {
      const list = /\[([^\]]*)\]/.exec(line)?.[1] ?? '';
      chart.values = list
        .split(',')
        .map((value) => value.trim())
        .filter((value) => value !== '')
        .map(Number)
        .map((value) => (Number.isFinite(value) ? value : 0));
      bars = true;
    }
  }
  return bars ? chart : null;
}

/** A bar's label as the text writes numbers: a decimal comma, the unit after it when it is "%". */
export function barLabel(chart: BarChart, index: number): string {
  const value = chart.values[index] ?? 0;
  const written = Number.isInteger(value) ? value.toFixed(1) : String(value);
  return `${written.replace('.', ',')}${chart.unit === '%' ? '%' : ''}`;
}
