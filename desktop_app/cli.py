"""The command line: every core operation, usable with no display.

Exit status: 0 success; 1 the report has errors (validate) or sign-off was refused;
2 bad input (missing or malformed file, unknown format, unwritable output), with one clear
line on stderr and nothing half-written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_i18n import argparse_language, cli_language
from desktop_app.cli_parser import EXIT_BAD_INPUT, build_parser
from desktop_app.core.messages.cli import say

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it needs
    from desktop_app.core.model import DateStyle, Draft
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.core.word.fonts import FontPlan

EXIT_OK = 0
EXIT_FINDINGS = 1

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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = cli_language(argv, os.environ)
    with argparse_language(lang):
        parser = build_parser(lang)
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_OK
    args.lang = lang
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
        from desktop_app.core.messages.errors import error_text

        return _fail(error_text(exc, lang), lang)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback in the clerk's face
        return _fail(say("internal-error", lang, kind=type(exc).__name__, detail=exc), lang)


def _open_store(args: argparse.Namespace) -> DraftStore:
    from desktop_app.cli_store import open_store

    return open_store(_lang(args))


def _announce_damage(args: argparse.Namespace, notice: object = None) -> None:
    from desktop_app.cli_store import announce_damage

    announce_damage(_lang(args), notice)


def _fail(message: str, lang: str) -> int:
    print(say("error", lang, message=message), file=sys.stderr)
    return EXIT_BAD_INPUT


def _lang(args: argparse.Namespace) -> str:
    return str(args.lang)


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
            print(say("note", _lang(args), text=note.text(_lang(args))), file=sys.stderr)
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
        raise InputError("edit:empty-agency")
    draft = new_draft(args.format_id, args.year, Agency(args.agency.strip(), args.short_name.strip()))
    _write_draft(draft, args.output)
    print(args.output)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.publish.outputs import check_output, export_report

    check_output(args.output)  # a wrong extension is refused before the draft is read
    draft = _read_draft(args.draft)
    if args.compare_with is not None:
        from desktop_app.core.errors import InputError
        from desktop_app.core.word.compare import export_comparison

        if args.output.suffix.lower() != ".docx":
            raise InputError("compare:not-docx", path=args.output)
        export_comparison(draft, _read_draft(args.compare_with), args.output)
        print(args.output)
        return EXIT_OK
    if draft.unplaced and not args.allow_unplaced:
        from desktop_app.core.messages.catalogue import message, render_note
        from desktop_app.core.validation.rules_import import unplaced_text

        for finding in unplaced_text(draft):
            print(f"ogi-report: {message(finding, _lang(args))}", file=sys.stderr)
        print(f"ogi-report: {render_note('export-refused-unplaced', {}, _lang(args))}", file=sys.stderr)
        return EXIT_FINDINGS
    fonts = _font_plan(args) if Path(args.output).suffix.lower() == ".docx" else None
    export_report(draft, args.output, _date_style(args.date_style), fonts)
    print(args.output)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.importing.importer import import_report
    from desktop_app.core.importing.notes import in_language

    result = import_report(args.file, args.format_id)
    _write_draft(result.draft, args.output)
    if args.json:
        from desktop_app.core.importing.report import import_report_data

        print(json.dumps(import_report_data(result, _lang(args)), ensure_ascii=False, indent=2))
        return EXIT_OK
    for note in result.notes:
        print(say("note", _lang(args), text=in_language(note, _lang(args))))
    for text in result.unplaced:
        print(say("not-placed", _lang(args), text=f"{text[:80]}{'…' if len(text) > 80 else ''}"))
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
    print(say("re-confirm", _lang(args), year=result.draft.year, count=len(result.to_confirm)))
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
            raise InputError("store:restore-unknown", draft_id=args.id, revision=args.revision)
        store.restore_revision(args.id, args.revision)
    print(say("restored", _lang(args), revision=args.revision, draft_id=args.id))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import InputError
    from desktop_app.core.messages.catalogue import message
    from desktop_app.core.messages.errors import error_text
    from desktop_app.core.validation.runner import Severity, validate

    lang = _lang(args)
    draft = _read_draft(args.draft)
    last_year = _read_draft(args.last_year) if args.last_year else None
    others = None
    if args.compare_dir is not None:
        from desktop_app.core.validation.other_units import read_folder

        if not args.compare_dir.is_dir():
            raise InputError("file:not-a-folder", path=args.compare_dir)
        folder = read_folder(args.compare_dir, draft)
        for path, why in folder.skipped:
            print(say("skipped", lang, name=path, why=error_text(why, lang)), file=sys.stderr)
        others = folder.index
    findings = validate(draft, last_year, others=others)
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
        print(say("summary", lang, errors=errors, warnings=len(findings) - errors), file=sys.stderr)
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
            raise InputError("edit:bad-date", value=args.date) from exc
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
        from desktop_app.core.messages.errors import error_text

        print(say("sign-off-refused", _lang(args), message=error_text(exc, _lang(args))), file=sys.stderr)
        for finding in exc.blocking:
            if isinstance(finding, Finding):
                print(f"  {finding.code}\t{finding.section or ''}\t{message(finding, _lang(args))}", file=sys.stderr)
        return EXIT_FINDINGS
    _write_draft(draft, args.draft)
    print(say("signed-off", _lang(args), path=args.draft))
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
