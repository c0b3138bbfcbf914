"""Command-line commands that make and write draft files and reports: ``demo``, ``new``,
``export``, ``import``, ``roll-forward``, ``convert``, ``package``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_common import EXIT_FINDINGS, EXIT_OK, date_style, lang_of, read_draft, write_draft
from desktop_app.core.messages.cli import say, word

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it needs
    from desktop_app.core.rollforward.forward import ConfirmItem
    from desktop_app.core.word.fonts import FontPlan


def _font_plan(args: argparse.Namespace) -> FontPlan:
    """The fonts this computer has, and a note on stderr for each official one it lacks."""
    from desktop_app.core.word.fonts import checker, plan_fonts
    from desktop_app.core.word.layout import load_layout
    from desktop_app.core.word.system_fonts import installed_families

    families = installed_families()
    plan = plan_fonts(load_layout(), None if families is None else checker(families), args.strict_fonts)
    # told before the file is written; when it cannot be written the error stays the one line
    if Path(args.output).parent.is_dir():
        for note in plan.notes:
            print(say("note", lang_of(args), text=note.text(lang_of(args))), file=sys.stderr)
    return plan


def demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo import demo_draft
    from desktop_app.core.word.export import export_docx

    draft = demo_draft()
    export_docx(draft, args.output, date_style(args.date_style), _font_plan(args))
    if args.draft:
        write_draft(draft, args.draft)
    print(args.output)
    return EXIT_OK


def new(args: argparse.Namespace) -> int:
    from desktop_app.core.editing import check_new_year, new_draft
    from desktop_app.core.errors import InputError
    from desktop_app.core.model import Agency

    check_new_year(args.year)
    if not args.agency.strip():
        raise InputError("edit:empty-agency")
    draft = new_draft(args.format_id, args.year, Agency(args.agency.strip(), args.short_name.strip()))
    write_draft(draft, args.output)
    print(args.output)
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    from desktop_app.core.publish.outputs import check_output, export_report

    check_output(args.output)  # a wrong extension is refused before the draft is read
    draft = read_draft(args.draft)
    if args.compare_with is not None:
        from desktop_app.core.errors import InputError
        from desktop_app.core.word.compare import export_comparison

        if args.output.suffix.lower() != ".docx":
            raise InputError("compare:not-docx", path=args.output)
        export_comparison(draft, read_draft(args.compare_with), args.output)
        print(args.output)
        return EXIT_OK
    if draft.unplaced and not args.allow_unplaced:
        from desktop_app.core.messages.catalogue import message, render_note
        from desktop_app.core.validation.rules_import import unplaced_text

        for finding in unplaced_text(draft):
            print(say("prefixed", lang_of(args), text=message(finding, lang_of(args))), file=sys.stderr)
        refused = render_note("export-refused-unplaced", {}, lang_of(args))
        print(say("prefixed", lang_of(args), text=refused), file=sys.stderr)
        return EXIT_FINDINGS
    fonts = _font_plan(args) if Path(args.output).suffix.lower() == ".docx" else None
    export_report(draft, args.output, date_style(args.date_style), fonts)
    print(args.output)
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    from desktop_app.core.importing.importer import import_report
    from desktop_app.core.importing.notes import in_language

    result = import_report(args.file, args.format_id)
    write_draft(result.draft, args.output)
    if args.json:
        from desktop_app.core.importing.report import import_report_data

        print(json.dumps(import_report_data(result, lang_of(args)), ensure_ascii=False, indent=2))
        return EXIT_OK
    for note in result.notes:
        print(say("note", lang_of(args), text=in_language(note, lang_of(args))))
    for text in result.unplaced:
        print(say("not-placed", lang_of(args), text=f"{text[:80]}{'…' if len(text) > 80 else ''}"))
    print(args.output)
    return EXIT_OK


def roll_forward(args: argparse.Namespace) -> int:
    from desktop_app.core.rollforward.forward import roll_forward as next_year

    result = next_year(read_draft(args.draft))
    write_draft(result.draft, args.output)
    if args.json:
        payload = {
            "output": str(args.output),
            "year": result.draft.year,
            "items": [item.to_json() for item in result.to_confirm],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(say("re-confirm", lang_of(args), year=result.draft.year, count=len(result.to_confirm)))
    for item in result.to_confirm:
        print(_item_line(item, lang_of(args), with_detail=True))
    print(args.output)
    return EXIT_OK


def _item_line(item: ConfirmItem, lang: str, with_detail: bool) -> str:
    """One item to confirm: its kind in ``lang``, the field or section it is, what was carried."""
    detail = item.detail if with_detail else ""
    kind = word("kind", item.kind, lang)
    return say("item" if detail else "item-no-detail", lang, kind=kind, label=item.label, detail=detail)


def convert(args: argparse.Namespace) -> int:
    from desktop_app.core.rollforward.conversion import convert_draft

    result = convert_draft(read_draft(args.draft), args.format_id)
    write_draft(result.draft, args.output)
    for item in result.to_confirm:
        print(_item_line(item, lang_of(args), with_detail=False))
    print(args.output)
    return EXIT_OK


def package(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import UnsupportedOutputError
    from desktop_app.core.publish.package import write_package

    if args.output.suffix.lower() != ".zip":
        raise UnsupportedOutputError(args.output, (".zip",))
    write_package(read_draft(args.draft), args.output, date_style(args.date_style))
    print(args.output)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": demo,
    "new": new,
    "export": export,
    "import": import_,
    "roll-forward": roll_forward,
    "convert": convert,
    "package": package,
}
