/**
 * The Markdown's Mermaid chart as a native Word chart: one column per pillar,
 * the share of its tasks implemented, labelled as the text writes it
 * ("52,4%": the labels are text, so a reader's locale cannot turn the comma
 * into a dot). Word draws it and opens its data with "Edit Data"; LibreOffice
 * draws it from the values cached in the chart. The figures are the model's,
 * rounded as the text rounds them (percentTenths).
 */
import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { PillarSummary } from '../../compute/report-model.js';
import { formatPercent, percentTenths } from '../format-vi.js';
import { plain } from './plain-text.js';
import { FONT, STYLE } from './styles.js';

export const CHART_TITLE = 'Tỷ lệ nhiệm vụ đã triển khai theo trụ cột (%)';

/** Inside the portrait text width (6,5 in at 96 px per inch), a little under. */
const SIZE = { width: 600, height: 300 };

export function pillarChart(pillars: readonly PillarSummary[]): Paragraph {
  const values = pillars.map(
    (pillar) => (percentTenths(pillar.figures.implementedRatio) ?? 0) / 10,
  );
  const labels = pillars.map((pillar) => formatPercent(pillar.figures.implementedRatio));
  const chart = new ChartRun({
    type: 'column',
    title: { text: CHART_TITLE, font: { name: FONT, size: 12, bold: true } },
    font: { name: FONT },
    categories: pillars.map((pillar) => plain(pillar.name)),
    series: [
      {
        name: 'Tỷ lệ triển khai',
        values,
        color: '2F5597',
        pointLabels: labels.map((text) => ({ text })),
      },
    ],
    legend: false,
    valueAxis: {
      minimum: 0,
      maximum: 100,
      interval: 20,
      numberFormat: '0',
      font: { name: FONT, size: 10 },
    },
    categoryAxis: { font: { name: FONT, size: 10 } },
    dataLabels: { value: true, position: 'outsideEnd', font: { name: FONT, size: 10 } },
    transformation: SIZE,
    altText: {
      name: CHART_TITLE,
      description: `${CHART_TITLE}: ${pillars.map((pillar, index) => `${plain(pillar.name)} ${labels[index] ?? ''}`).join('; ')}.`,
    },
  });
  return new Paragraph({ style: STYLE.chartCaption, keepLines: true, children: [chart] });
}
