/**
 * `--format docx` (and the source of `--format pdf`): the briefing as the Word
 * document an office files, printed from the same document as the Markdown
 * and the HTML (document/print-document.ts): the template's words, the frame
 * of Nghị định 30 from its directives, styled by named styles that an
 * office's reference document may replace (`--docx-reference`). The same
 * model, template and reference give the same bytes.
 */
import type { ReportModel } from '../../compute/report-model.js';
import { type Artifact, reportFileName } from '../artifact.js';
import { briefingFrame } from '../document/frame.js';
import { printDocument } from '../document/print-document.js';
import { briefingMarkdown } from '../markdown/render-markdown.js';
import type { RenderInput } from '../registry.js';

export async function renderDocx(model: ReportModel, input: RenderInput): Promise<Artifact> {
  const markdown = await briefingMarkdown(model, input);
  return printDocument(
    markdown,
    briefingFrame(model),
    'docx',
    reportFileName(model.period.code, 'docx'),
    {
      reference: input.docxReference?.bytes,
    },
  );
}
