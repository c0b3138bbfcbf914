"""An accessibility check of an HTML page for the portal, with the standard library's parser.

What it checks: ``lang`` on ``html``; exactly one ``h1``; headings never skip a level; every
table has a ``caption``; every header cell has ``scope`` or else every data cell names its
headers (and the ids it names exist and are ``th``); no ``script``, no inline event handler,
nothing that makes the browser fetch (``src``, external ``href``, ``link``, ``@import``,
``url(``); elements balanced as HTML5 requires.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source", "area", "base", "embed", "track"}
FETCHING = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "style"}


@dataclass
class Table:
    caption: str = ""
    th: list[dict[str, str]] = field(default_factory=list)
    td: list[dict[str, str]] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doctype = ""
        self.lang: str | None = None
        self.headings: list[tuple[int, str]] = []
        self.tables: list[Table] = []
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.ids: dict[str, str] = {}
        self.paragraphs: list[str] = []
        self._text: list[str] | None = None
        self._in: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in FETCHING:
            self.problems.append(f"<{tag}> fetches or runs something")
        for name, value in a.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name}")
            if name in {"src", "srcset", "data", "poster"}:
                self.problems.append(f"{name}={value!r} fetches")
            if name == "href" and not value.startswith("#"):
                self.problems.append(f"external href {value!r}")
            if name == "style" and ("url(" in value or "@import" in value):
                self.problems.append("style fetches")
        if "id" in a:
            if a["id"] in self.ids:
                self.problems.append(f"duplicate id {a['id']}")
            self.ids[a["id"]] = tag
        if tag == "html":
            self.lang = a.get("lang")
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6", "caption", "p"}:
            self._text, self._in = [], tag
        if tag == "table":
            self.tables.append(Table())
        if tag == "th" and self.tables:
            self.tables[-1].th.append(a)
        if tag == "td" and self.tables:
            self.tables[-1].td.append(a)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()
        if tag == self._in and self._text is not None:
            text = "".join(self._text).strip()
            if tag == "caption":
                self.tables[-1].caption = text
            elif tag == "p":
                self.paragraphs.append(text)
            else:
                self.headings.append((int(tag[1]), text))
            self._text, self._in = None, None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


@dataclass
class Page:
    lang: str | None
    headings: list[tuple[int, str]]
    tables: list[Table]
    paragraphs: list[str]
    problems: list[str]


def check_page(html: str, fragment: bool = False) -> Page:
    """Parse ``html`` and list every accessibility problem in ``Page.problems``."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    problems = list(parser.problems)
    if not fragment:
        if parser.doctype.lower() != "doctype html":
            problems.append("no <!DOCTYPE html>")
        if parser.lang != "zh-CN":
            problems.append(f"lang is {parser.lang!r}")
    if parser.stack:
        problems.append(f"unclosed {parser.stack}")
    levels = [level for level, _ in parser.headings]
    if levels.count(1) != 1 or (levels and levels[0] != 1):
        problems.append(f"not exactly one h1 first: {levels}")
    for before, after in itertools.pairwise(levels):
        if after > before + 1:
            problems.append(f"heading level skips from h{before} to h{after}")
    for number, table in enumerate(parser.tables):
        if not table.caption:
            problems.append(f"table {number} has no caption")
        all_scoped = all(th.get("scope") for th in table.th)
        all_tied = all(td.get("headers") for td in table.td)
        if not (all_scoped or all_tied):
            problems.append(f"table {number}: header cells not tied to data cells")
        for td in table.td:
            for ref in td.get("headers", "").split():
                if parser.ids.get(ref) != "th":
                    problems.append(f"table {number}: headers names {ref!r}, not a th")
    return Page(parser.lang, parser.headings, parser.tables, parser.paragraphs, problems)
