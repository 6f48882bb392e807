/**
 * A bar chart (the template's Mermaid `xychart-beta`, document/chart.ts) as
 * inline SVG: no script, no font or image to fetch. Each bar carries its
 * value as the text writes it ("52,4%"); category labels wrap onto two or
 * three lines under their bar.
 */
import { barLabel } from '../document/chart.js';
import type { BarChart } from '../document/tree.js';
import { escapeHtml } from './escape-html.js';

const WIDTH = 640;
const HEIGHT = 340;
const PLOT = { left: 48, right: 16, top: 44, bottom: 84 };

/** Words on lines of about `size` characters, at most three lines. */
function wrap(text: string, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= size)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= 3 ? lines : [...lines.slice(0, 2), `${lines.slice(2).join(' ')}`];
}

export function svgChart(chart: BarChart): string {
  const [low, high] = chart.range ?? [0, Math.max(1, ...chart.values)];
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (value: number) =>
    PLOT.top +
    plotHeight -
    ((Math.min(Math.max(value, low), high) - low) / (high - low || 1)) * plotHeight;
  const slot = plotWidth / Math.max(1, chart.values.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-weight="bold" font-size="15">${escapeHtml(chart.title)}</text>`,
  ];
  for (let step = 0; step <= 5; step += 1) {
    const value = low + ((high - low) * step) / 5;
    const at = y(value).toFixed(1);
    parts.push(
      `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${at}" y2="${at}" stroke="#ccc" stroke-width="1"/>`,
      `<text x="${PLOT.left - 6}" y="${at}" dy="4" text-anchor="end" font-size="12">${Math.round(value)}</text>`,
    );
  }
  chart.values.forEach((value, index) => {
    const x = PLOT.left + slot * index + slot * 0.2;
    const top = y(value);
    const middle = (x + slot * 0.3).toFixed(1);
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${(slot * 0.6).toFixed(1)}" height="${(PLOT.top + plotHeight - top).toFixed(1)}" fill="#2f5597"/>`,
      `<text x="${middle}" y="${(top - 5).toFixed(1)}" text-anchor="middle" font-size="12">${escapeHtml(barLabel(chart, index))}</text>`,
    );
    wrap(chart.categories[index] ?? '', Math.max(8, Math.floor(slot / 7))).forEach((line, row) =>
      parts.push(
        `<text x="${middle}" y="${PLOT.top + plotHeight + 18 + row * 15}" text-anchor="middle" font-size="12">${escapeHtml(line)}</text>`,
      ),
    );
  });
  parts.push(
    `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${PLOT.top + plotHeight}" y2="${PLOT.top + plotHeight}" stroke="#000"/>`,
    '</svg>',
  );
  return parts.join('');
}
