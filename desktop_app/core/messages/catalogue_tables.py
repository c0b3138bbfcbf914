"""The wording of the table findings (rules_tables): severity, Chinese, English.

Kept beside the main catalogue, which merges it (``catalogue.CATALOGUE``).
"""

from __future__ import annotations

TABLE_WORDING: dict[str, tuple[str, str, str]] = {
    "table-arithmetic:column": (
        "error",
        "{table_label}“{column_label}”列：{rule_label}（现为{left}和{right}）。",
        '{table_label_en}, column "{column_label_en}": {rule_label_en} (now {left} and {right}).',
    ),
    "table-arithmetic:row": (
        "error",
        "{table_label}“{row_label}”行：{rule_label}（现为{left}和{right}）。",
        '{table_label_en}, row "{row_label_en}": {rule_label_en} (now {left} and {right}).',
    ),
    "table-cell:negative": (
        "error",
        "{table_label}“{row_label}”行“{column_label}”列为{value}，不能为负数。",
        '{table_label_en}, row "{row_label_en}", column "{column_label_en}" is {value}: it cannot be negative.',
    ),
    "table-cell:fraction": (
        "error",
        "{table_label}“{row_label}”行“{column_label}”列为{value}，应为整数。",
        '{table_label_en}, row "{row_label_en}", column "{column_label_en}" is {value}: it must be a whole number.',
    ),
    "table-cell:unknown": (
        "warning",
        "{table_label}中的“{row}/{column}”（{value}）不是表格中的单元格，不会导出。",
        '{table_label_en} holds "{row}/{column}" ({value}), which is not a cell of the table: it is not exported.',
    ),
    "table-cell:not-applicable": (
        "warning",
        "{table_label}“{row_label}”行“{column_label}”列填了“不适用”，此格应填数字（没有的填0）。",
        '{table_label_en}, row "{row_label_en}", column "{column_label_en}" is marked not applicable: '
        "it takes a number (0 if there were none).",
    ),
    "table-missing:table": (
        "warning",
        "{table_label}没有填写（空白不按0计：没有的请填0）。",
        "{table_label_en} is not filled in (a blank is not a 0: enter 0 where there were none).",
    ),
    "table-missing:row": (
        "warning",
        "{table_label}“{row_label}”行有{count}格没有填写：{column_labels}（空白不按0计：没有的请填0）。",
        '{table_label_en}, row "{row_label_en}": {count} cells are not filled in: {column_labels_en} '
        "(a blank is not a 0: enter 0 where there were none).",
    ),
    "table-missing:cell": (
        "warning",
        "{table_label}“{row_label}”行“{column_label}”列没有填写（空白不按0计：没有的请填0）。",
        '{table_label_en}, row "{row_label_en}", column "{column_label_en}" is not filled in '
        "(a blank is not a 0: enter 0 if there were none).",
    ),
    "table-carry": (
        "warning",
        "{table_label}“{row_label}”“{column_label}”为{value}，上年报告“{source_label}”为{expected}，应当相等。",
        '{table_label_en}, "{row_label_en}", "{column_label_en}" is {value} but last year\'s '
        '"{source_label_en}" was {expected}: they should be equal.',
    ),
}
