"""openpyxl as an independent reader of a workbook, for the tests.

Usage: python3 openpyxl-read.py BOOK.xlsx [ROW ...]

Loads the workbook twice (formulas as written, then the cached values a
formula last computed), with every warning turned into an error so that any
complaint openpyxl has about the file's XML fails the caller. Prints one JSON
object: per sheet, in order, its layout (dimensions, frozen panes, autofilter,
print setup, conditional formatting) and every cell of the chosen rows (by
default rows 1 to 4: the title rows, the header and the first data row).
Nothing here knows what the workbook should hold; the test decides that.
"""

import datetime
import json
import sys
import warnings

import openpyxl


def plain(value):
    """A cell value as JSON: dates and times as ISO text, the rest as they are."""
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    return value


def rule(found):
    """The type, priority and colour scale of a conditional-formatting rule."""
    scale = found.colorScale
    return {
        "type": found.type,
        "priority": found.priority,
        "color_scale": None
        if scale is None
        else {
            "cfvo": [{"type": cfvo.type, "val": cfvo.val} for cfvo in scale.cfvo],
            "color": [color.rgb for color in scale.color],
        },
    }


def cell(formulas, cached):
    """One cell as written (value, type, format, bold) and as last computed."""
    value = formulas.value
    return {
        "coordinate": formulas.coordinate,
        "data_type": formulas.data_type,
        "python_type": type(value).__name__,
        "value": plain(value),
        "formula": value if formulas.data_type == "f" else None,
        "cached": plain(cached.value),
        "cached_type": type(cached.value).__name__,
        "is_date": formulas.is_date,
        "number_format": formulas.number_format,
        "bold": bool(formulas.font.b),
    }


def sheet(formulas, cached, rows):
    setup = formulas.page_setup
    return {
        "title": formulas.title,
        "dimensions": formulas.dimensions,
        "max_row": formulas.max_row,
        "max_column": formulas.max_column,
        "freeze_panes": formulas.freeze_panes,
        "auto_filter": formulas.auto_filter.ref,
        "tables": [
            {
                "name": table.name,
                "ref": table.ref,
                "columns": [column.name for column in table.tableColumns],
                "auto_filter": None if table.autoFilter is None else table.autoFilter.ref,
            }
            for table in formulas.tables.values()
        ],
        "footer": formulas.oddFooter.center.text,
        "print": {
            "orientation": setup.orientation,
            "paperSize": None if setup.paperSize is None else int(setup.paperSize),
            "fitToPage": formulas.sheet_properties.pageSetUpPr is not None
            and bool(formulas.sheet_properties.pageSetUpPr.fitToPage),
            "fitToWidth": None if setup.fitToWidth is None else int(setup.fitToWidth),
            "fitToHeight": None if setup.fitToHeight is None else int(setup.fitToHeight),
            "print_title_rows": formulas.print_title_rows,
            "print_title_cols": formulas.print_title_cols,
        },
        "conditional_formatting": [
            {"range": str(formatting.sqref), "rules": [rule(found) for found in formatting.rules]}
            for formatting in formulas.conditional_formatting
        ],
        "rows": {
            str(number): [
                cell(formulas.cell(number, column), cached.cell(number, column))
                for column in range(1, formulas.max_column + 1)
            ]
            for number in rows
            if number <= formulas.max_row
        },
    }


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: openpyxl-read.py BOOK.xlsx [ROW ...]")
    path = argv[1]
    rows = [int(number) for number in argv[2:]] or [1, 2, 3, 4]
    warnings.simplefilter("error")
    formulas = openpyxl.load_workbook(path, data_only=False)
    cached = openpyxl.load_workbook(path, data_only=True)
    json.dump(
        {
            "openpyxl": openpyxl.__version__,
            "sheets": [
                sheet(formulas[name], cached[name], rows) for name in formulas.sheetnames
            ],
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main(sys.argv)
