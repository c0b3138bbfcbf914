"""Lines of a report from a web page saved from the browser (.html, .htm; .mhtml via mhtml).

The page's declared charset is honoured (a "gb2312" page is read as GB18030, which it is in
practice). Page furniture goes by structure first: script, navigation, header, footer and the
like (their tags and class words are data, clutter.py), the page-information table, then
everything outside the main content (the element holding most of the page's Chinese text).
Tables become one line per row, cells joined by CELL_SEPARATOR, a merged cell once where it
starts — the same lines a .docx gives. lxml.html parses (libxml2's HTML parser: it reads
real-world broken markup, resolves no external entities and fetches nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from desktop_app.core.errors import InputError
from desktop_app.core.importing.cleaning import INVALID_XML
from desktop_app.core.importing.clutter import ClutterRules, rules
from desktop_app.core.importing.decoding import DecodedText, decode_text
from desktop_app.core.importing.docx_reading import CELL_SEPARATOR

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")
_CJK_GAP = re.compile(
    r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef.])[ ]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
_LINE_SPACES = re.compile(r"[ \r\f\v\xa0]+")  # within a line: the tabs that join cells stay
_DESCEND = 0.6  # a child holding this share of its parent's Chinese text is the content
_MAX_TITLE = 80
# elements the main content may be in (a paragraph or a table of figures is part of it)
_CONTAINERS = frozenset(
    (
        "div",
        "section",
        "article",
        "main",
        "center",
        "body",
        "form",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "font",
        "span",
    )
)
_MAX_SPAN = 1000  # rows or columns one cell may span: more is a broken or hostile page
_LAYOUT_CELL = 300  # characters: a cell this long holds prose, so its table is page layout
_BLOCKS = frozenset(
    (
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "center",
        "address",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "figure",
        "figcaption",
        "fieldset",
        "hr",
        "br",
        "body",
        "html",
    )
)


@dataclass
class PageText:
    lines: list[str]
    decoded: DecodedText
    removed: int  # blocks of page furniture taken out by structure


def declared_charset(data: bytes) -> str | None:
    found = _CHARSET.search(data[:8192])
    return found.group(1).decode("ascii") if found else None


def read_html(data: bytes, charset: str | None = None) -> PageText:
    """The report's lines from a page's bytes; ``charset`` as a MIME part names it."""
    decoded = decode_text(data, charset or declared_charset(data))
    # libxml2 holds no control characters: they mean nothing in a page anyway
    text = INVALID_XML.sub("", _XML_DECLARATION.sub("", decoded.text.replace("\x0c", "\n"), count=1))
    if not text.strip():
        raise InputError("import:no-page-text")
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError("import:no-page-text") from exc
    try:
        title, lines, removed = _content(root, rules())
    except RecursionError as exc:  # markup nested beyond any real page
        raise InputError("import:no-page-text") from exc
    if title and not any(title in line and len(line) <= len(title) + 10 for line in lines[:3]):
        lines.insert(0, title)
    if not lines:
        raise InputError("import:no-page-text")
    return PageText(lines, decoded, removed)


def _content(root: lxml.html.HtmlElement, r: ClutterRules) -> tuple[str | None, list[str], int]:
    """The page's title, the lines of its main content, and how many blocks were dropped."""
    title = _page_title(root, r)
    removed = _drop_furniture(root, r)
    body = root.find("body")
    if body is None:
        body = root
    container = _main_content(body)
    lines = _block_lines(container)
    if container is not body:
        removed += len(_block_lines(body)) - len(lines)
    return title, lines, removed


# --- furniture -----------------------------------------------------------------------------


def _drop_furniture(root: lxml.html.HtmlElement, r: ClutterRules) -> int:
    """Drop what is never the report, and furniture that holds little of the page's text."""
    totals = _chinese_totals(root)
    page = max(totals.get(root, 0), 1)
    removed = 0
    for element in list(root.iter()):
        if not _attached(element, root):
            continue  # inside something dropped already
        if not isinstance(element.tag, str):  # comments and processing instructions
            element.drop_tree()
            continue
        if element.getparent() is None or element.tag == "body":
            continue
        furniture = element.tag in r.furniture_tags or _furniture_class(element, r) or _metadata_table(element, r)
        if element.tag in r.drop_tags or (furniture and totals.get(element, 0) <= page * r.furniture_share):
            if _text(element):
                removed += 1
            element.drop_tree()  # keeps the text that follows it
    return removed


def _attached(element: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    node = element
    while node.getparent() is not None:
        node = node.getparent()
    return node is root


def _furniture_class(element: lxml.html.HtmlElement, r: ClutterRules) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(word in r.drop_class_words for word in re.split(r"[\s_-]+", names) if word)


def _metadata_table(element: lxml.html.HtmlElement, r: ClutterRules) -> bool:
    if element.tag != "table":
        return False
    labels = sum(1 for cell in element.iter("td", "th") if r.is_metadata_label(_text(cell)))
    return labels >= r.metadata_table_labels


def _page_title(root: lxml.html.HtmlElement, r: ClutterRules) -> str | None:
    """The article's title: a heading naming a report, else the page's meta or <title>."""
    for element in root.iter("h1", "h2", "h3", "h4", "div", "p", "td", "span"):
        if element.tag in {"div", "p", "td", "span"} and "title" not in (element.get("class") or "").lower():
            continue
        text = _text(element)
        if len(text) <= _MAX_TITLE and any(w in text for w in r.title_words):
            return text
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() == "articletitle":
            text = _SPACES.sub(" ", meta.get("content") or "").strip()
            if text and len(text) <= _MAX_TITLE:
                return text
    head_title = root.find(".//title")
    if head_title is not None:
        # "报告标题_某某县人民政府": the site's name follows a separator
        text = re.split(r"\s*[_|｜—-]{1,2}\s*", _text(head_title))[0]
        if len(text) <= _MAX_TITLE and any(w in text for w in r.title_words):
            return text
    return None


def _main_content(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Down from <body> while one child holds most of the Chinese text (through tables that
    lay the page out, never into a table of figures or a paragraph)."""
    totals = _chinese_totals(body)
    node = body
    while True:
        total = totals.get(node, 0)
        best = max((c for c in node if isinstance(c.tag, str)), key=lambda c: totals.get(c, 0), default=None)
        if best is None or total == 0 or totals.get(best, 0) < total * _DESCEND or best.tag not in _CONTAINERS:
            return node
        if best.tag == "table" and not _is_layout(best, _grid(best)):
            return node
        node = best


def _chinese_totals(top: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, int]:
    """Chinese characters under each element, in one pass from the leaves up."""
    totals: dict[lxml.html.HtmlElement, int] = {}
    for element in reversed(list(top.iter())):
        if not isinstance(element.tag, str):
            continue
        own = len(_CJK.findall(element.text or "")) + sum(len(_CJK.findall(c.tail or "")) for c in element)
        totals[element] = own + sum(totals.get(c, 0) for c in element if isinstance(c.tag, str))
    return totals


# --- lines ---------------------------------------------------------------------------------


def _block_lines(element: lxml.html.HtmlElement) -> list[str]:
    parts: list[str] = []
    _walk(element, parts, include_tail=False)
    return [line for line in (_tidy_line(chunk) for chunk in "".join(parts).split("\n")) if line.strip()]


def _walk(element: lxml.html.HtmlElement, parts: list[str], include_tail: bool = True) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":
        parts.append("\n")
        parts.extend(line + "\n" for line in _table_lines(element))
    elif tag:
        block = tag in _BLOCKS
        if block:
            parts.append("\n")
        parts.append(_SPACES.sub(" ", element.text or ""))
        for child in element:
            _walk(child, parts)
        if block:
            parts.append("\n")
    if include_tail:
        parts.append(_SPACES.sub(" ", element.tail or ""))


def _grid(table: lxml.html.HtmlElement) -> list[list[lxml.html.HtmlElement]]:
    rows = [tr for tr in table.iter("tr") if _owner(tr) is table]
    return [[cell for cell in tr if isinstance(cell.tag, str) and cell.tag in {"td", "th"}] for tr in rows]


def _table_lines(table: lxml.html.HtmlElement) -> list[str]:
    grid = _grid(table)
    if _is_layout(table, grid):
        lines: list[str] = []
        for cells in grid:
            for cell in cells:
                lines.extend(_block_lines(cell))
        return lines
    lines = []
    covered: dict[int, int] = {}  # column → the first row below the cell that spans down over it
    for r, cells in enumerate(grid):
        texts: list[str] = []
        column = 0
        for cell in cells:
            while covered.get(column, 0) > r:
                column += 1
            span_rows, span_columns = _span(cell, "rowspan"), _span(cell, "colspan")
            for dc in range(span_columns):
                covered[column + dc] = r + span_rows
            texts.append(_cell_text(cell))
            column += span_columns
        if len(texts) == 1:
            lines.append(texts[0])  # a full-width row: a block heading or a note
        elif any(texts):
            lines.append(CELL_SEPARATOR.join(texts))
    return lines


def _owner(tr: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _is_layout(table: lxml.html.HtmlElement, grid: list[list[lxml.html.HtmlElement]]) -> bool:
    if any(inner is not table for inner in table.iter("table")):
        return True
    if all(len(cells) <= 1 for cells in grid):
        return True
    return any(len(_text(cell)) > _LAYOUT_CELL for cells in grid for cell in cells)


def _span(cell: lxml.html.HtmlElement, name: str) -> int:
    try:
        return max(1, min(int((cell.get(name) or "1").strip()), _MAX_SPAN))
    except ValueError:
        return 1


def _text(element: lxml.html.HtmlElement) -> str:
    return _SPACES.sub(" ", element.text_content()).strip(" \u3000")


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    """A cell's paragraphs on one line: a space between words, none between Chinese characters
    (Word's HTML puts "1." and "属于国家秘密" in paragraphs of their own)."""
    return _CJK_GAP.sub("", " ".join(line.replace(CELL_SEPARATOR, " ") for line in _block_lines(cell)))


def _tidy_line(text: str) -> str:
    return _LINE_SPACES.sub(" ", text).strip(" \u3000")
