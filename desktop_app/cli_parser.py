"""The command line's parser: every sub-command and option, its help in the chosen language.

Help texts are written in English (the source, as in Qt's ``tr``) and looked up in
``desktop_app.core.messages.cli.HELP_ZH`` for Chinese; argparse's own words come from
``cli_i18n.argparse_language``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from desktop_app import __version__
from desktop_app.cli_i18n import ENGLISH, LANGUAGES
from desktop_app.core.messages.cli import help_text, say

EXIT_BAD_INPUT = 2

DRAFT_HELP = "a draft file"
DRAFT_OUT_HELP = "the draft file to write"
FORMAT_HELP = "the report format (see: formats)"
DATE_STYLE_HELP = "how dates are written (Chinese numerals or Arabic digits)"
ID_HELP = "a draft id (see: list)"
LAST_YEAR_HELP = "last year's draft file, for the comparisons"
COMPARE_DIR_HELP = "a folder of other units' reports to check for copied passages (内容雷同)"
STRICT_FONTS_HELP = "write the official font names (仿宋_GB2312 …) even where this computer lacks them"
EXPORT_HELP = "write a draft file as .docx, .html (the portal page) or .pdf"
EXPORT_OUT_HELP = "the file to write; its extension chooses the kind"
IMPORT_FORMAT_HELP = "the report format (default: detected from the report)"
IMPORT_JSON_HELP = "print the import report as JSON"
ALLOW_UNPLACED_HELP = "export even though imported text fits no section (it is left out)"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (in the parser's language) and exit status 2."""

    lang = ENGLISH

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, say("usage-error", self.lang, prog=self.prog, message=message))


IMPORT_HELP = "read a published report (.docx/.doc/.wps/.txt/.html/.htm/.mhtml/.pdf)"
IMPORT_DESCRIPTION = (
    "Read a published report: Word (.docx; .doc and .wps through LibreOffice), text (.txt in UTF-8, "
    "GBK/GB18030 or UTF-16), a web page saved from the browser (.html, .htm, .mhtml) or a PDF with a text layer."
)
IMPORT_FILE_HELP = "the report: .docx .doc .wps .txt .html .htm .mhtml .pdf"


def build_parser(lang: str = ENGLISH) -> argparse.ArgumentParser:
    """The parser, its help in ``lang`` (build and use it inside ``argparse_language(lang)``
    for argparse's own words too)."""
    h = partial(help_text, lang=lang)
    parser_class: type[_Parser] = type("_Parser", (_Parser,), {"lang": lang})
    parser = parser_class(prog="ogi-report", description=say("description", lang))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # --lang is read before parsing (cli_i18n); accepted before and after the sub-command
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=h("language of messages"))
    common = parser_class(add_help=False)
    common.add_argument("--data-dir", type=Path, help=h("folder for the draft store (default: user data folder)"))
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=h("language of messages"))
    sub = parser.add_subparsers(dest="command", metavar=h("COMMAND"), parser_class=parser_class)
    parents: list[argparse.ArgumentParser] = [common]
    for add in (
        _add_new_drafts,
        _add_export_and_import,
        _add_next_year,
        _add_store,
        _add_review,
        _add_county,
        _add_health,
    ):
        add(sub, parents, h)
    return parser


def _add_new_drafts(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """Demo and new: a draft file from nothing."""
    p = sub.add_parser("demo", parents=parents, help=h("export the 2017 example report"))
    p.add_argument("-o", "--output", type=Path, required=True, help=h("the .docx to write"))
    p.add_argument("--draft", type=Path, help=h("also save the draft file here"))
    p.add_argument("--date-style", choices=("chinese", "arabic"), help=h(DATE_STYLE_HELP))
    _font_option(p, h)

    p = sub.add_parser("new", parents=parents, help=h("start a draft file from boilerplate"))
    p.add_argument("--format", dest="format_id", default="ogi-annual-2017", help=h(FORMAT_HELP))
    p.add_argument("--year", type=int, required=True, help=h("the report year"))
    p.add_argument("--agency", required=True, help=h("the agency's full name"))
    p.add_argument("--short-name", default="", help=h("the agency's short name"))
    p.add_argument("-o", "--output", type=Path, required=True, help=h(DRAFT_OUT_HELP))


def _add_export_and_import(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """Export and import: a draft file to a report and back."""
    p = sub.add_parser(
        "export", parents=parents, help=h("write a draft file as .docx, .html (the portal page) or .pdf")
    )
    p.add_argument("draft", type=Path, help=h(DRAFT_HELP))
    p.add_argument(
        "-o", "--output", type=Path, required=True, help=h("the file to write; its extension chooses the kind")
    )
    p.add_argument("--date-style", choices=("chinese", "arabic"), help=h(DATE_STYLE_HELP))
    _font_option(p, h)
    p.add_argument("--allow-unplaced", action="store_true", help=h(ALLOW_UNPLACED_HELP))
    p.add_argument(
        "--compare-with",
        type=Path,
        metavar="LAST_YEAR",
        help=h("write the comparison with last year instead: the changes against that draft file, tracked"),
    )

    p = sub.add_parser(
        "import",
        parents=parents,
        help=h(IMPORT_HELP),
        description=h(IMPORT_DESCRIPTION),
    )
    p.add_argument("file", type=Path, help=h(IMPORT_FILE_HELP))
    p.add_argument("--format", dest="format_id", default=None, help=h(IMPORT_FORMAT_HELP))
    p.add_argument("-o", "--output", type=Path, required=True, help=h(DRAFT_OUT_HELP))
    p.add_argument("--json", action="store_true", help=h(IMPORT_JSON_HELP))


def _add_next_year(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """Roll-forward and convert: a draft from another draft."""
    p = sub.add_parser("roll-forward", parents=parents, help=h("next year's draft from this year's"))
    p.add_argument("draft", type=Path, help=h(DRAFT_HELP))
    p.add_argument("-o", "--output", type=Path, required=True, help=h(DRAFT_OUT_HELP))
    p.add_argument("--json", action="store_true", help=h("print every item to confirm as JSON"))

    p = sub.add_parser("convert", parents=parents, help=h("move a draft to another report format"))
    p.add_argument("draft", type=Path, help=h(DRAFT_HELP))
    p.add_argument("--to", dest="format_id", required=True, help=h("the target report format"))
    p.add_argument("-o", "--output", type=Path, required=True, help=h(DRAFT_OUT_HELP))


def _add_store(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """List, history and restore: the draft store."""
    p = sub.add_parser("list", parents=parents, help=h("drafts in the store"))
    p.add_argument("--trash", action="store_true", help=h("list the trash instead"))

    p = sub.add_parser("history", parents=parents, help=h("a stored draft's revisions"))
    p.add_argument("id", help=h(ID_HELP))

    p = sub.add_parser("restore", parents=parents, help=h("make an earlier revision a stored draft's current one"))
    p.add_argument("id", help=h(ID_HELP))
    p.add_argument("revision", type=int, help=h("a revision number from `history`"))


def _add_review(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """Validate, sign-off and formats."""
    p = sub.add_parser("validate", parents=parents, help=h("check a draft file"))
    p.add_argument("draft", type=Path, help=h(DRAFT_HELP))
    p.add_argument("--last-year", type=Path, help=h(LAST_YEAR_HELP))
    p.add_argument("--compare-dir", type=Path, help=h(COMPARE_DIR_HELP))
    p.add_argument("--json", action="store_true", help=h("print findings as JSON"))

    p = sub.add_parser("sign-off", parents=parents, help=h("record the sign-off in a draft file"))
    p.add_argument("draft", type=Path, help=h(DRAFT_HELP))
    p.add_argument("--drafted-by", required=True, help=h("拟稿 (drafted by)"))
    p.add_argument("--reviewed-by", required=True, help=h("审核 (reviewed by)"))
    p.add_argument("--approved-by", required=True, help=h("签发 (approved by)"))
    p.add_argument("--issuer", help=h("落款 (default: the draft's, else the agency's full name)"))
    p.add_argument("--date", help=h("成文日期, YYYY-MM-DD (default: the draft's, else today)"))
    p.add_argument("--last-year", type=Path, help=h(LAST_YEAR_HELP))

    sub.add_parser("formats", parents=parents, help=h("the report formats available"))


def _add_county(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """Package and county: what a unit sends and the county sums up."""
    p = sub.add_parser("package", parents=parents, help=h("the submission package for the county (.zip)"))
    p.add_argument("draft", type=Path, help=h(DRAFT_HELP))
    p.add_argument("-o", "--output", type=Path, required=True, help=h("the .zip to write"))
    p.add_argument("--date-style", choices=("chinese", "arabic"), help=h(DATE_STYLE_HELP))

    p = sub.add_parser("county", parents=parents, help=h("sum up a county's unit reports in a folder"))
    p.add_argument("folder", type=Path, help=h("packages, draft files and published reports, any mix"))
    p.add_argument("--roster", type=Path, help=h("UTF-8 text, one agency's full name per line"))
    p.add_argument("--year", type=int, help=h("only reports for this year"))
    p.add_argument("--json", action="store_true", help=h("print the summary as JSON"))
    p.add_argument("-o", "--output", type=Path, help=h("also write the summary as a workbook (.xlsx)"))


def _add_health(sub: Any, parents: list[argparse.ArgumentParser], h: Callable[[str], str]) -> None:
    """Verify and acknowledge-damage: the store's health."""
    sub.add_parser("verify", parents=parents, help=h("check every stored draft and revision against its checksum"))
    sub.add_parser(
        "acknowledge-damage", parents=parents, help=h("stop announcing that a damaged database was moved aside")
    )


def _font_option(p: argparse.ArgumentParser, h: Callable[[str], str]) -> None:
    p.add_argument("--strict-fonts", action="store_true", help=h(STRICT_FONTS_HELP))
