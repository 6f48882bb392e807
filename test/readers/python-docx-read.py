"""python-docx as an independent reader of the Word briefing, for the tests.

Usage: python3 python-docx-read.py BRIEFING.docx

Opens the document, failing on any warning, and prints one JSON object: its
sections (page size, orientation, margins, different first page), its styles
(font, size, bold, italic, alignment, first-line indent, spacing), every
paragraph of the body (style and text) and every table (cell texts, and the
style and bold/italic look of each cell's paragraphs). Lengths are in twips.
Nothing here knows what the document should hold; the test decides that.
"""

import json
import sys
import warnings

import docx
from docx.shared import Twips

TWIP = Twips(1)


def twips(length):
    return None if length is None else round(length / TWIP)


def points(length):
    return None if length is None else length.pt


def style(found):
    font = found.font
    paragraph = getattr(found, "paragraph_format", None)
    return {
        "name": found.name,
        "font": font.name,
        "size": points(font.size),
        "bold": font.bold,
        "italic": font.italic,
        "alignment": None
        if paragraph is None or paragraph.alignment is None
        else str(paragraph.alignment),
        "first_line_indent": None if paragraph is None else twips(paragraph.first_line_indent),
        "space_after": None if paragraph is None else points(paragraph.space_after),
        "line_spacing": None if paragraph is None else paragraph.line_spacing,
    }


def paragraph(found):
    runs = [run for run in found.runs if run.text]
    return {
        "style": found.style.name if found.style is not None else None,
        "text": found.text,
        "bold": [run.bold for run in runs],
        "italic": [run.italic for run in runs],
    }


def main(path):
    warnings.simplefilter("error")
    document = docx.Document(path)
    result = {
        "sections": [
            {
                "width": twips(section.page_width),
                "height": twips(section.page_height),
                "orientation": str(section.orientation),
                "top": twips(section.top_margin),
                "bottom": twips(section.bottom_margin),
                "left": twips(section.left_margin),
                "right": twips(section.right_margin),
                "different_first_page": section.different_first_page_header_footer,
                "header": [p.text for p in section.header.paragraphs],
                "first_page_header": [p.text for p in section.first_page_header.paragraphs],
            }
            for section in document.sections
        ],
        "styles": {
            found.style_id: style(found)
            for found in document.styles
            if found.type == docx.enum.style.WD_STYLE_TYPE.PARAGRAPH
        },
        "paragraphs": [paragraph(p) for p in document.paragraphs],
        "tables": [
            [[[paragraph(p) for p in cell.paragraphs] for cell in row.cells] for row in table.rows]
            for table in document.tables
        ],
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
