"""python-docx as an independent reader of a Word letter, for the tests.

Usage: python3 docx-text-order.py LETTER.docx

Prints one JSON list: the text of every paragraph of the body in reading
order, a table's paragraphs where the table stands (row by row, cell by
cell), each as {"text", "table", "row"}: the index of its table (or null)
and its row. Failing on any warning. The test decides what it should hold.
"""

import json
import sys
import warnings

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

warnings.simplefilter("error")


def main(path):
    document = docx.Document(path)
    body = document.element.body
    items = []
    tables = 0
    for child in body.iterchildren():
        tag = child.tag.split("}")[-1]
        if tag == "p":
            items.append({"text": Paragraph(child, document).text, "table": None, "row": None})
        elif tag == "tbl":
            table = Table(child, document)
            for row_index, row in enumerate(table.rows):
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        items.append({"text": paragraph.text, "table": tables, "row": row_index})
            tables += 1
    json.dump(items, sys.stdout, ensure_ascii=False)


main(sys.argv[1])
