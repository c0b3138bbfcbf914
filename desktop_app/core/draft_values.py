"""The values a draft holds (a fact: number, text, list of text or table) and their checked
reading from a draft file's JSON: each reader returns the value or raises ``DraftFileError``
with the key it concerns (``draft-file:*`` codes, worded in the catalogue)."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from desktop_app.core.errors import DraftFileError

# a table field's value: {row key: {column key: cell}}. A cell is a number (0 included), or
# NOT_APPLICABLE where the format allows 不适用; a cell never filled is absent. (Version 1
# files read an absent cell as 0: core/storage/upgrade.py writes their zeros out.)
NOT_APPLICABLE = "n/a"
CellValue = int | float | str
TableValue = dict[str, dict[str, CellValue]]
FactValue = int | float | str | list[str] | TableValue | None

KIND_NAMES = {dict: "object", list: "list", str: "text", int: "number"}  # words of the catalogue


def expect(data: dict[str, Any], key: str, kind: type) -> Any:
    if key not in data:
        raise DraftFileError("draft-file:missing-key", key=key)
    value = data[key]
    if not isinstance(value, kind):
        raise DraftFileError("draft-file:wrong-type", key=key, expected=KIND_NAMES.get(kind, "object"))
    return value


def expect_list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise DraftFileError("draft-file:wrong-type", key=key, expected="list")
    return value


def expect_int(data: dict[str, Any], key: str) -> int:
    value = expect(data, key, int)
    if isinstance(value, bool):
        raise DraftFileError("draft-file:wrong-type", key=key, expected="number")
    return int(value)


def opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DraftFileError("draft-file:wrong-type", key=key, expected="text")
    return value


def opt_date(value: Any, key: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DraftFileError("draft-file:wrong-type", key=key, expected="date")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DraftFileError("draft-file:not-date", key=key, value=value) from exc


def str_list(value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DraftFileError("draft-file:wrong-type", key=key, expected="text-list")
    return list(value)


def fact(value: Any, key: str) -> FactValue:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise DraftFileError("draft-file:fact-type", key=key)
    if isinstance(value, int | float):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    if isinstance(value, dict):
        return table_fact(value, key)
    raise DraftFileError("draft-file:fact-type", key=key)


def table_fact(value: dict[Any, Any], key: str) -> TableValue:
    table: TableValue = {}
    for row, cells in value.items():
        if not isinstance(cells, dict):
            raise DraftFileError("draft-file:table-row", key=key, row=row)
        table[str(row)] = {}
        for column, number in cells.items():
            if number == NOT_APPLICABLE:
                table[str(row)][str(column)] = NOT_APPLICABLE
                continue
            if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
                raise DraftFileError("draft-file:table-cell", key=key, row=row, column=column)
            table[str(row)][str(column)] = number
    return table


def read_facts(value: Any, key: str) -> dict[str, FactValue]:
    if not isinstance(value, dict):
        raise DraftFileError("draft-file:wrong-type", key=key, expected="object")
    return {str(k): fact(v, str(k)) for k, v in value.items()}
