"""Fills dx-report intake forms as an agency would, with openpyxl (an independent writer).

Reads a JSON list of jobs on stdin; each job: {"in": path, "out": path, "edits": [...]}.
An edit: {"sheet": name, "code": task or indicator id in column A, "set": {"H": value, ...},
          "format": {"I": "0%"}} fills cells of that row;
        {"sheet": name, "delete_code": id} deletes that row;
        {"sheet": name, "append": ["X-99", "Nhiệm vụ thêm", ...]} adds a row after the last one.
Values: strings and numbers as given; {"date": "YYYY-MM-DD"} a real date cell.
"""
import datetime
import json
import os
import sys

import openpyxl


def row_of(sheet, code):
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == code:
            return row
    raise SystemExit(f"no row {code} in {sheet.title}")


def value_of(value):
    if isinstance(value, dict) and "date" in value:
        return datetime.datetime.fromisoformat(value["date"])
    return value


for job in json.load(sys.stdin):
    book = openpyxl.load_workbook(job["in"])
    for edit in job.get("edits", []):
        sheet = book[edit["sheet"]]
        if "delete_code" in edit:
            sheet.delete_rows(row_of(sheet, edit["delete_code"]))
        elif "append" in edit:
            last = max(r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value)
            for col, value in enumerate(edit["append"], start=1):
                sheet.cell(row=last + 1, column=col, value=value_of(value))
        else:
            row = row_of(sheet, edit["code"])
            for letter, value in edit.get("set", {}).items():
                sheet[f"{letter}{row}"] = value_of(value)
            for letter, number_format in edit.get("format", {}).items():
                sheet[f"{letter}{row}"].number_format = number_format
    os.makedirs(os.path.dirname(job["out"]) or ".", exist_ok=True)
    book.save(job["out"])
