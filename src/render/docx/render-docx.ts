/**
 * `--format docx`: the briefing as the Word document an office files, in the
 * layout of Nghị định 30/2020, Phụ lục I: the two-column header with the
 * number and date lines, the title, sections I–IV with the same figures and
 * sentences as the Markdown, the closing, the signature block beside "Nơi
 * nhận", and the appendices (rankings, agencies, texts, tasks), each from a
 * new page. Styled through named styles (styles.ts), which an
 * office's reference document may replace. The same model and reference give
 * the same bytes. The pipeline imports this module lazily, so the docx
 * package loads only for docx and pdf.
 */
import { Document, Packer } from 'docx';
import type { ReportModel } from '../../compute/report-model.js';
import { type Artifact, reportFileName } from '../artifact.js';
import type { RenderInput } from '../registry.js';
import { appendices } from './appendices/appendices.js';
import { blockOfBody } from './body.js';
import { finishPackage } from './package.js';
import { withPlaceholders, type XmlChunks } from './raw-xml.js';
import { readReferenceStyles } from './reference-styles.js';
import { appendixSection, bodySection } from './sections-layout.js';
import { DEFAULT_STYLES, PARAGRAPH_STYLES } from './styles.js';

export { DocxReferenceError } from './reference-styles.js';

/** The styles: ours, or the reference's with ours for the ids it lacks. */
function styles(
  input: RenderInput,
): Pick<ConstructorParameters<typeof Document>[0], 'styles' | 'externalStyles'> {
  if (input.docxReference === undefined)
    return { styles: { default: DEFAULT_STYLES, paragraphStyles: PARAGRAPH_STYLES } };
  const reference = readReferenceStyles(input.docxReference.bytes);
  return {
    externalStyles: reference.xml,
    styles: {
      ...(reference.hasDefaults ? {} : { default: DEFAULT_STYLES }),
      paragraphStyles: PARAGRAPH_STYLES.filter((style) => !reference.ids.has(style.id)),
    },
  };
}

/** Renders `bao-cao-cds-<PERIOD>.docx`. */
export async function renderDocx(model: ReportModel, input: RenderInput): Promise<Artifact> {
  const title = `${model.title} ${model.period.label}`;
  // The blocks written as XML wait in `raw` (the tables as functions that write them) for the package.
  const raw: XmlChunks[][] = [];
  const document = new Document({
    title,
    creator: model.organization.name,
    lastModifiedBy: model.organization.name,
    ...styles(input),
    sections: [
      bodySection(withPlaceholders(blockOfBody(model), raw)),
      ...appendices(model).map((extra) =>
        appendixSection(withPlaceholders(extra.children, raw), extra.landscape),
      ),
    ],
  });
  const packed = await Packer.toBuffer(document);
  const bytes = finishPackage(
    new Uint8Array(packed),
    { title, organization: model.organization.name, date: model.reportDate },
    raw,
  );
  return { name: reportFileName(model.period.code, 'docx'), bytes };
}
