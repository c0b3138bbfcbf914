"""与上年对照: this year's report with what changed against last year's marked, for the signer.

A separate .docx whose text is this year's, with Word tracked changes against last year's:
words last year had and this year drops are a deletion (w:del), new words an insertion
(w:ins), so Word, WPS and LibreOffice show them struck through and underlined, and the
signer can step through them. Sections are matched by id, paragraphs by content, words
inside a changed paragraph by characters. The figures that changed (facts and table cells)
are listed at the end, last year's beside this year's.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldKind, FormatSpec, load_format
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.model import Draft, FactValue
from desktop_app.core.rollforward.forward import display_value
from desktop_app.core.storage.atomic import atomic_write

AUTHOR = "年报助手"
FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
_Piece = tuple[str, str]  # ("same" | "del" | "ins", text)


def export_comparison(draft: Draft, last_year: Draft, path: Path | str) -> Path:
    """Write the comparison of ``draft`` against ``last_year`` to ``path`` (atomically)."""
    data = comparison_docx_bytes(draft, last_year)
    return atomic_write(path, lambda handle: handle.write(data))


def comparison_docx_bytes(draft: Draft, last_year: Draft) -> bytes:
    spec = load_format(draft.format_id)
    document = Document()
    body = document.element.body
    stamp = datetime.now().replace(microsecond=0).isoformat() + "Z"
    ids = iter(range(1, 1_000_000))
    blocks: list[str] = [
        _paragraph(
            [("same", f"{draft.agency.full_name}{draft.year}年报告与{last_year.year}年报告对照")],
            ids,
            stamp,
            HEADING_FONT,
            size=32,
            center=True,
        ),
        _paragraph([("same", "删除线为上年有、本年删去的文字，下划线为本年新增的文字。")], ids, stamp, FONT, size=24),
    ]
    titles = {s.id: s.heading_text for s in spec.sections}
    for section in draft.sections:
        before = last_year.section(section.id)
        heading = titles.get(section.id) or section.title
        if heading:
            blocks.append(_paragraph([("same", heading)], ids, stamp, HEADING_FONT, size=32))
        for pieces in diff_paragraphs(before.paragraphs() if before else [], section.paragraphs()):
            blocks.append(_paragraph(pieces, ids, stamp, FONT, size=32, indent=True))
    changed = list(changed_figures(spec, draft, last_year))
    if changed:
        blocks.append(_paragraph([("same", "数字对照（上年 → 本年）")], ids, stamp, HEADING_FONT, size=32))
        for label, old, new in changed:
            blocks.append(_paragraph([("same", f"{label}："), ("del", old), ("ins", new)], ids, stamp, FONT, size=28))
    sect_pr = body.find(qn("w:sectPr"))
    for xml in blocks:
        element = parse_xml(xml)
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def diff_paragraphs(old: list[str], new: list[str]) -> Iterator[list[_Piece]]:
    """This year's paragraphs, each as pieces marked against last year's; a paragraph only
    last year had comes out as one deletion where it stood."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            yield from ([("same", p)] for p in new[b1:b2])
        elif op == "delete":
            yield from ([("del", p)] for p in old[a1:a2])
        elif op == "insert":
            yield from ([("ins", p)] for p in new[b1:b2])
        else:
            olds, news = old[a1:a2], new[b1:b2]
            for i in range(max(len(olds), len(news))):
                if i < len(olds) and i < len(news):
                    yield diff_text(olds[i], news[i])
                elif i < len(olds):
                    yield [("del", olds[i])]
                else:
                    yield [("ins", news[i])]


_TOKEN = re.compile(r"[0-9０-９]+(?:[.,，][0-9０-９]+)*|[A-Za-z]+|.", re.DOTALL)


def diff_text(old: str, new: str) -> list[_Piece]:
    """One paragraph's changes, by characters (Chinese has no spaces between words), a
    number counting as one (2017 → 2018 is one change, not 7 → 8)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[_Piece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("same", "".join(b[b1:b2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(("del", "".join(a[a1:a2])))
        if op in ("insert", "replace"):
            pieces.append(("ins", "".join(b[b1:b2])))
    return pieces


def changed_figures(spec: FormatSpec, draft: Draft, last_year: Draft) -> Iterator[tuple[str, str, str]]:
    """(label, last year's, this year's) for each count, amount and table cell that changed."""
    for field in spec.fields:
        old, new = last_year.facts.get(field.key), draft.facts.get(field.key)
        if field.table is not None:
            table, was, now = (
                field.table,
                old if isinstance(old, dict) else None,
                new if isinstance(new, dict) else None,
            )
            for row, column in table.cells():
                # as printed: an empty cell is not a 0, 不适用 is neither
                a, b = tables.printed(table, was, row, column), tables.printed(table, now, row, column)
                if a != b:
                    label = f"{field.label}：{table.row(row).label}（{table.block_of(row).column(column).label}）"
                    yield label, a, b
        elif field.kind in (FieldKind.COUNT, FieldKind.MONEY) and _differs(old, new):
            yield field.label, display_value(old), display_value(new)


def _differs(old: FactValue, new: FactValue) -> bool:
    return display_value(old) != display_value(new)


def _paragraph(
    pieces: list[_Piece],
    ids: Iterator[int],
    stamp: str,
    font: str,
    size: int,
    center: bool = False,
    indent: bool = False,
) -> str:
    ppr = '<w:pPr><w:spacing w:line="480" w:lineRule="auto"/>'
    ppr += '<w:jc w:val="center"/>' if center else ""
    ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent else ""
    ppr += "</w:pPr>"
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    )
    runs = []
    for kind, text in pieces:
        if not text:
            continue
        safe = _escape(text)
        if kind == "same":
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{safe}</w:t></w:r>')
            continue
        tag = "w:del" if kind == "del" else "w:ins"
        text_tag = "w:delText" if kind == "del" else "w:t"
        runs.append(
            f'<{tag} w:id="{next(ids)}" w:author="{AUTHOR}" w:date="{stamp}">'
            f'<w:r>{rpr}<{text_tag} xml:space="preserve">{safe}</{text_tag}></w:r></{tag}>'
        )
    return f"<w:p {nsdecls('w')}>{ppr}{''.join(runs)}</w:p>"


def _escape(text: str) -> str:
    safe = xml_safe(text)
    return safe.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
