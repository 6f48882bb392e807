/**
 * The sections of the document and their page setup: the body on A4
 * portrait, each appendix from a new page (landscape when its tables need
 * it). Each numbers its pages from 1, centred in the top margin, and shows no
 * number on its first page (NĐ 30/2020: no number on page 1; appendices
 * numbered on their own).
 */
import {
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { A4, LANDSCAPE_MARGINS, PORTRAIT_MARGINS, type Margins } from '../layout/page.js';
import type { Table } from 'docx';
import { STYLE } from './styles.js';

function pageNumbers(): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          style: STYLE.header,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ style: STYLE.header })] }),
  };
}

/** What a section holds, raw XML already swapped for its placeholders (raw-xml.ts). */
type Children = (Paragraph | Table)[];

function section(
  children: Children,
  landscape: boolean,
  margins: Margins,
  next: boolean,
): ISectionOptions {
  return {
    properties: {
      ...(next ? { type: SectionType.NEXT_PAGE } : {}),
      titlePage: true,
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: margins,
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumbers(),
    children,
  };
}

export function bodySection(children: Children): ISectionOptions {
  return section(children, false, PORTRAIT_MARGINS, false);
}

export function appendixSection(children: Children, landscape: boolean): ISectionOptions {
  return section(children, landscape, landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS, true);
}
