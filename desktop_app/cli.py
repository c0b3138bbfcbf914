"""The command line: every core operation, usable with no display.

Exit status: 0 success; 1 the report has errors (validate) or sign-off was refused;
2 bad input (missing or malformed file, unknown format, unwritable output), with one clear
line on stderr and nothing half-written.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app import __version__

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it needs
    from desktop_app.core.model import DateStyle, Draft
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.core.word.fonts import FontPlan

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

COMMANDS = (
    "demo",
    "new",
    "export",
    "import",
    "roll-forward",
    "convert",
    "list",
    "history",
    "restore",
    "validate",
    "sign-off",
    "formats",
    "package",
    "county",
    "verify",
    "acknowledge-damage",
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ogi-report", description="年报助手 — annual OGI report assistant")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="folder for the draft store (default: user data folder)")
    common.add_argument("--lang", choices=("zh_CN", "en"), help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("demo", parents=[common], help="export the 2017 example report")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    p.add_argument("--draft", type=Path, help="also save the draft file here")
    p.add_argument("--date-style", choices=("chinese", "arabic"))
    _font_option(p)

    p = sub.add_parser("new", parents=[common], help="start a draft file from boilerplate")
    p.add_argument("--format", dest="format_id", default="ogi-annual-2017")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--agency", required=True, help="the agency's full name")
    p.add_argument("--short-name", default="")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("export", parents=[common], help="write a draft file as .docx, .html (the portal page) or .pdf")
    p.add_argument("draft", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write; its extension chooses the kind")
    p.add_argument("--date-style", choices=("chinese", "arabic"))
    _font_option(p)

    p = sub.add_parser("import", parents=[common], help="read a published report (.docx/.txt/.doc)")
    p.add_argument("file", type=Path)
    p.add_argument("--format", dest="format_id", default="ogi-annual-2017")
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("roll-forward", parents=[common], help="next year's draft from this year's")
    p.add_argument("draft", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--json", action="store_true", help="print every item to confirm as JSON")

    p = sub.add_parser("convert", parents=[common], help="move a draft to another report format")
    p.add_argument("draft", type=Path)
    p.add_argument("--to", dest="format_id", required=True)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("list", parents=[common], help="drafts in the store")
    p.add_argument("--trash", action="store_true", help="list the trash instead")

    p = sub.add_parser("history", parents=[common], help="a stored draft's revisions")
    p.add_argument("id")

    p = sub.add_parser("restore", parents=[common], help="make an earlier revision a stored draft's current one")
    p.add_argument("id")
    p.add_argument("revision", type=int, help="a revision number from `history`")

    p = sub.add_parser("validate", parents=[common], help="check a draft file")
    p.add_argument("draft", type=Path)
    p.add_argument("--last-year", type=Path)
    p.add_argument(
        "--compare-dir", type=Path, help="a folder of other units' reports to check for copied passages (内容雷同)"
    )
    p.add_argument("--json", action="store_true", help="print findings as JSON")

    p = sub.add_parser("sign-off", parents=[common], help="record the sign-off in a draft file")
    p.add_argument("draft", type=Path)
    p.add_argument("--drafted-by", required=True)
    p.add_argument("--reviewed-by", required=True)
    p.add_argument("--approved-by", required=True)
    p.add_argument("--issuer", help="落款 (default: the draft's, else the agency's full name)")
    p.add_argument("--date", help="成文日期, YYYY-MM-DD (default: the draft's, else today)")
    p.add_argument("--last-year", type=Path)

    sub.add_parser("formats", parents=[common], help="the report formats available")

    p = sub.add_parser("package", parents=[common], help="the submission package for the county (.zip)")
    p.add_argument("draft", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="the .zip to write")
    p.add_argument("--date-style", choices=("chinese", "arabic"))

    p = sub.add_parser("county", parents=[common], help="sum up a county's unit reports in a folder")
    p.add_argument("folder", type=Path, help="packages, draft files and published reports, any mix")
    p.add_argument("--roster", type=Path, help="UTF-8 text, one agency's full name per line")
    p.add_argument("--year", type=int, help="only reports for this year")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("-o", "--output", type=Path, help="also write the summary as a workbook (.xlsx)")

    sub.add_parser("verify", parents=[common], help="check every stored draft and revision against its checksum")
    sub.add_parser(
        "acknowledge-damage", parents=[common], help="stop announcing that a damaged database was moved aside"
    )
    return parser


def _font_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--strict-fonts",
        action="store_true",
        help="write the official font names (仿宋_GB2312 …) even where this computer lacks them",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_OK
    from desktop_app.core.errors import ReportError

    handler = _HANDLERS[args.command]
    try:
        if getattr(args, "data_dir", None):
            from desktop_app.paths import set_data_dir

            set_data_dir(args.data_dir)
        if args.command != "acknowledge-damage":
            _announce_damage(args)
        return handler(args)
    except ReportError as exc:
        return _fail(_error_text(exc, _lang(args)))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback in the clerk's face
        return _fail(f"internal error ({type(exc).__name__}: {exc}); please report it")


def _error_text(exc: Exception, lang: str) -> str:
    render = getattr(exc, "message", None)  # errors worded in the catalogue, in the clerk's language
    return str(render(lang)) if callable(render) else str(exc)


def _open_store(args: argparse.Namespace) -> DraftStore:
    from desktop_app.cli_store import open_store

    return open_store(_lang(args))


def _fail(message: str) -> int:
    print(f"ogi-report: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _announce_damage(args: argparse.Namespace, notice: object = None) -> None:
    from desktop_app.cli_store import announce_damage

    announce_damage(_lang(args), notice)


def _lang(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    code = os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh_CN" if code.lower().startswith("zh") else "en"


# --- handlers ----------------------------------------------------------------------------


def _read_draft(path: Path) -> Draft:
    from desktop_app.core.storage.draft_files import load_draft_file

    return load_draft_file(path)


def _write_draft(draft: Draft, path: Path) -> None:
    from desktop_app.core.storage.draft_files import save_draft_file

    save_draft_file(draft, path)


def _date_style(value: str | None) -> DateStyle | None:
    from desktop_app.core.model import DateStyle

    return DateStyle(value) if value else None


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
            print(f"note: {note.text(_lang(args))}", file=sys.stderr)
    return plan


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo import demo_draft
    from desktop_app.core.word.export import export_docx

    draft = demo_draft()
    export_docx(draft, args.output, _date_style(args.date_style), _font_plan(args))
    if args.draft:
        _write_draft(draft, args.draft)
    print(args.output)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from desktop_app.core.editing import check_new_year, new_draft
    from desktop_app.core.errors import InputError
    from desktop_app.core.model import Agency

    check_new_year(args.year)
    if not args.agency.strip():
        raise InputError("the agency name is empty")
    draft = new_draft(args.format_id, args.year, Agency(args.agency.strip(), args.short_name.strip()))
    _write_draft(draft, args.output)
    print(args.output)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.publish.outputs import check_output, export_report

    check_output(args.output)  # a wrong extension is refused before the draft is read
    draft = _read_draft(args.draft)
    fonts = _font_plan(args) if Path(args.output).suffix.lower() == ".docx" else None
    export_report(draft, args.output, _date_style(args.date_style), fonts)
    print(args.output)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.importing.importer import import_report
    from desktop_app.core.importing.notes import in_language

    result = import_report(args.file, args.format_id)
    _write_draft(result.draft, args.output)
    for note in result.notes:
        print(f"note: {in_language(note, _lang(args))}")
    for text in result.unplaced:
        print(f"not placed: {text[:80]}{'…' if len(text) > 80 else ''}")
    print(args.output)
    return EXIT_OK


def cmd_roll_forward(args: argparse.Namespace) -> int:
    from desktop_app.core.rollforward.forward import roll_forward

    result = roll_forward(_read_draft(args.draft))
    _write_draft(result.draft, args.output)
    if args.json:
        payload = {
            "output": str(args.output),
            "year": result.draft.year,
            "items": [item.to_json() for item in result.to_confirm],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{result.draft.year}: re-confirm {len(result.to_confirm)} item(s):")
    for item in result.to_confirm:
        detail = f" — {item.detail}" if item.detail else ""
        print(f"  {item.kind}: {item.label}{detail}")
    print(args.output)
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    from desktop_app.core.rollforward.conversion import convert_draft

    result = convert_draft(_read_draft(args.draft), args.format_id)
    _write_draft(result.draft, args.output)
    for item in result.to_confirm:
        print(f"  {item.kind}: {item.label}")
    print(args.output)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        rows = store.list_trash() if args.trash else store.list()
        for row in rows:
            print(f"{row.id}\t{row.year}\t{row.agency}\t{row.format_id}\t{row.state}\t{row.updated_at}")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        for rev in store.history(args.id):
            print(f"{rev.id}\t{rev.created_at}\t{rev.label or ''}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import InputError

    with _open_store(args) as store:
        if args.revision not in {rev.id for rev in store.history(args.id)}:
            raise InputError(f"draft {args.id} has no revision {args.revision} (see: ogi-report history {args.id})")
        store.restore_revision(args.id, args.revision)
    print(f"restored revision {args.revision} of {args.id}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import InputError
    from desktop_app.core.messages.catalogue import message
    from desktop_app.core.validation.runner import Severity, validate

    draft = _read_draft(args.draft)
    last_year = _read_draft(args.last_year) if args.last_year else None
    others = None
    if args.compare_dir is not None:
        from desktop_app.core.validation.other_units import read_folder

        if not args.compare_dir.is_dir():
            raise InputError("not a folder", args.compare_dir)
        folder = read_folder(args.compare_dir, draft)
        for path, why in folder.skipped:
            print(f"skipped {path}: {why}", file=sys.stderr)
        others = folder.index
    findings = validate(draft, last_year, others=others)
    lang = _lang(args)
    if args.json:
        payload = [
            {
                "severity": f.severity.value,
                "code": f.code,
                "section": f.section,
                "field": f.field,
                "span": list(f.span) if f.span else None,
                "message": message(f, lang),
            }
            for f in findings
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for f in findings:
            where = " ".join(x for x in (f.section and f"[{f.section}]", f.field and f"<{f.field}>") if x)
            print(f"{f.severity.value}\t{f.code}\t{where}\t{message(f, lang)}")
        errors = sum(f.severity is Severity.ERROR for f in findings)
        print(f"{errors} error(s), {len(findings) - errors} warning(s)", file=sys.stderr)
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK


def cmd_sign_off(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import InputError, SignOffError
    from desktop_app.core.messages.catalogue import message
    from desktop_app.core.signoff import sign_off
    from desktop_app.core.validation.runner import Finding

    draft = _read_draft(args.draft)
    last_year = _read_draft(args.last_year) if args.last_year else None
    signed_date = None
    if args.date is not None:
        try:
            signed_date = date.fromisoformat(args.date)
        except ValueError as exc:
            raise InputError(f"--date {args.date!r} is not a date (YYYY-MM-DD)") from exc
    try:
        sign_off(
            draft,
            drafted_by=args.drafted_by,
            reviewed_by=args.reviewed_by,
            approved_by=args.approved_by,
            issuer=args.issuer,
            date=signed_date,
            last_year=last_year,
        )
    except SignOffError as exc:
        print(f"ogi-report: sign-off refused: {exc}", file=sys.stderr)
        for finding in exc.blocking:
            if isinstance(finding, Finding):
                print(f"  {finding.code}\t{finding.section or ''}\t{message(finding, _lang(args))}", file=sys.stderr)
        return EXIT_FINDINGS
    _write_draft(draft, args.draft)
    print(f"signed off: {args.draft}")
    return EXIT_OK


def cmd_formats(args: argparse.Namespace) -> int:
    from desktop_app.core.formats.spec import available_formats, load_format

    for format_id in available_formats():
        spec = load_format(format_id)
        print(f"{format_id}\t{spec.name if _lang(args) == 'zh_CN' else spec.name_en}")
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import UnsupportedOutputError
    from desktop_app.core.publish.package import write_package

    if args.output.suffix.lower() != ".zip":
        raise UnsupportedOutputError(args.output, (".zip",))
    write_package(_read_draft(args.draft), args.output, _date_style(args.date_style))
    print(args.output)
    return EXIT_OK


def cmd_county(args: argparse.Namespace) -> int:
    from desktop_app.core.county.rollup import county_summary, summary_dict
    from desktop_app.core.errors import UnsupportedOutputError

    if args.output is not None and args.output.suffix.lower() != ".xlsx":
        raise UnsupportedOutputError(args.output, (".xlsx",))
    summary = county_summary(args.folder, args.roster, args.year)
    lang = _lang(args)
    if args.output is not None:
        from desktop_app.core.county.xlsx import write_summary

        write_summary(summary, args.output, lang)
    if args.json:
        print(json.dumps(summary_dict(summary, lang), ensure_ascii=False, indent=2))
    else:
        _print_county(summary_dict(summary, lang))
    if args.output is not None:
        print(args.output, file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _print_county(data: dict[str, object]) -> None:
    units = data["units"]
    assert isinstance(units, list)
    for u in units:
        print(
            f"{u['file']}\t{u['agency']}\t{u['year']}\t{u['state']}\t{len(u['errors'])} error(s)\t"
            f"{len(u['warnings'])} warning(s)"
        )
    for name in data["missing"]:  # type: ignore[attr-defined]
        print(f"missing\t{name}")
    for pair in data["similar"]:  # type: ignore[attr-defined]
        print(f"similar\t{pair['a']}\t{pair['b']}\t{pair['similarity']:.0%}")
    for skipped in data["skipped"]:  # type: ignore[attr-defined]
        print(f"skipped\t{skipped['file']}\t{skipped['reason']}\t{skipped['detail']}")


def _store_command(name: str, args: argparse.Namespace) -> int:
    from desktop_app import cli_store

    return cli_store.COMMANDS[name](args, _lang(args))


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "new": cmd_new,
    "export": cmd_export,
    "import": cmd_import,
    "roll-forward": cmd_roll_forward,
    "convert": cmd_convert,
    "list": cmd_list,
    "history": cmd_history,
    "restore": cmd_restore,
    "validate": cmd_validate,
    "sign-off": cmd_sign_off,
    "formats": cmd_formats,
    "package": cmd_package,
    "county": cmd_county,
    "verify": lambda args: _store_command("verify", args),
    "acknowledge-damage": lambda args: _store_command("acknowledge-damage", args),
}
