/**
 * A bar chart of the document (the template's Mermaid `xychart-beta`,
 * document/chart.ts) as a native Word chart: a chart part with its figures
 * cached (Word and LibreOffice draw it from them), each bar labelled as the
 * text writes the figure ("52,4%": a label is text, so no reader's locale
 * turns the comma into a dot), and the drawing that places it in the text.
 */
import { barLabel } from '../document/chart.js';
import type { BarChart } from '../document/tree.js';
import { FONT } from './style-sheet.js';
import { escapeXml } from './word-text.js';

/** Inside the portrait text width: 15,9 × 7,9 cm, in EMU. */
const SIZE = { width: 5_715_000, height: 2_857_500 };

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const font = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

function richText(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** word/charts/chartN.xml. */
export function chartPartXml(chart: BarChart): string {
  const count = chart.values.length;
  const categories = chart.categories
    .slice(0, count)
    .map((name, index) => `<c:pt idx="${index}"><c:v>${escapeXml(name)}</c:v></c:pt>`)
    .join('');
  const values = chart.values
    .map((value, index) => `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`)
    .join('');
  const labels = chart.values
    .map(
      (_, index) =>
        `<c:dLbl><c:idx val="${index}"/>${richText(barLabel(chart, index), 10, false)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
    )
    .join('');
  const [low, high] = chart.range ?? [0, Math.max(1, ...chart.values)];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${richText(chart.title, 12, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.title)}</c:v></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    `<c:dLbls>${labels}${font(10)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strLit><c:ptCount val="${count}"/>${categories}</c:strLit></c:cat>` +
    `<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${values}</c:numLit></c:val>` +
    '</c:ser><c:gapWidth val="80"/><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${font(10)}<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:max val="${high}"/><c:min val="${low}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${font(10)}<c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="${(high - low) / 5}"/></c:valAx>` +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The run that places chart `number` (relationship `id`) in a paragraph. */
export function chartRunXml(chart: BarChart, number: number, id: string): string {
  const description = `${chart.title}: ${chart.categories.map((name, index) => `${name} ${barLabel(chart, index)}`).join('; ')}`;
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${SIZE.width}" cy="${SIZE.height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${number}" name="Chart ${number}" descr="${escapeXml(description).replace(/"/g, '&quot;')}"/>` +
    '<wp:cNvGraphicFramePr/>' +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${id}"/></a:graphicData></a:graphic>` +
    '</wp:inline></w:drawing></w:r>'
  );
}
