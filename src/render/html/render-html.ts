/**
 * `--format html`: the briefing as one self-contained web page, printed from
 * the same document as the Markdown and the Word file (the template's words,
 * document/print-document.ts).
 */
import type { ReportModel } from '../../compute/report-model.js';
import { type Artifact, reportFileName } from '../artifact.js';
import { briefingFrame } from '../document/frame.js';
import { printDocument } from '../document/print-document.js';
import { briefingMarkdown } from '../markdown/render-markdown.js';
import type { RenderInput } from '../registry.js';

export async function renderHtml(model: ReportModel, input: RenderInput): Promise<Artifact> {
  const markdown = await briefingMarkdown(model, input);
  return printDocument(
    markdown,
    briefingFrame(model),
    'html',
    reportFileName(model.period.code, 'html'),
  );
}
