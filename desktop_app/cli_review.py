"""Command-line commands that check and sum up reports: ``validate``, ``sign-off``,
``formats``, ``county``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.cli_common import EXIT_FINDINGS, EXIT_OK, lang_of, read_draft
from desktop_app.core.messages.cli import say, word

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it needs
    from desktop_app.core.validation.rules_copying import Index
    from desktop_app.core.validation.runner import Finding


def validate(args: argparse.Namespace) -> int:
    from desktop_app.core.validation.runner import Severity
    from desktop_app.core.validation.runner import validate as run_checks

    draft = read_draft(args.draft)
    last_year = read_draft(args.last_year) if args.last_year else None
    others = _other_units(args, draft) if args.compare_dir is not None else None
    findings = run_checks(draft, last_year, others=others)
    if args.json:
        print(json.dumps([_finding_data(f, lang_of(args)) for f in findings], ensure_ascii=False, indent=2))
    else:
        _print_findings(findings, lang_of(args))
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK


def _other_units(args: argparse.Namespace, draft: Any) -> Index:
    """Other units' reports to compare with (``--compare-dir``); each file skipped is told."""
    from desktop_app.core.errors import InputError
    from desktop_app.core.messages.errors import error_text
    from desktop_app.core.validation.other_units import read_folder

    if not args.compare_dir.is_dir():
        raise InputError("file:not-a-folder", path=args.compare_dir)
    folder = read_folder(args.compare_dir, draft)
    lang = lang_of(args)
    for path, why in folder.skipped:
        print(say("skipped", lang, name=path, why=error_text(why, lang)), file=sys.stderr)
    return folder.index


def _finding_data(f: Finding, lang: str) -> dict[str, object]:
    from desktop_app.core.messages.catalogue import message

    data = f.to_dict()
    del data["params"]  # the printed finding gives the worded message instead (keys kept as published)
    data["message"] = message(f, lang)
    return data


def _print_findings(findings: list[Finding], lang: str) -> None:
    from desktop_app.core.messages.catalogue import message
    from desktop_app.core.validation.runner import Severity

    for f in findings:
        where = " ".join(x for x in (f.section and f"[{f.section}]", f.field and f"<{f.field}>") if x)
        print(f"{word('severity', f.severity.value, lang)}\t{f.code}\t{where}\t{message(f, lang)}")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    print(say("summary", lang, errors=errors, warnings=len(findings) - errors), file=sys.stderr)


def sign_off(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import SignOffError
    from desktop_app.core.signoff import sign_off as record_sign_off

    draft = read_draft(args.draft)
    last_year = read_draft(args.last_year) if args.last_year else None
    try:
        record_sign_off(
            draft,
            drafted_by=args.drafted_by,
            reviewed_by=args.reviewed_by,
            approved_by=args.approved_by,
            issuer=args.issuer,
            date=_signed_date(args.date),
            last_year=last_year,
        )
    except SignOffError as exc:
        _print_refusal(exc, lang_of(args))
        return EXIT_FINDINGS
    from desktop_app.cli_common import write_draft

    write_draft(draft, args.draft)
    print(say("signed-off", lang_of(args), path=args.draft))
    return EXIT_OK


def _signed_date(value: str | None) -> date | None:
    from desktop_app.core.errors import InputError

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError("edit:bad-date", value=value) from exc


def _print_refusal(exc: Any, lang: str) -> None:
    """Why the sign-off was refused: the error, then each finding that blocks it."""
    from desktop_app.core.messages.catalogue import message
    from desktop_app.core.messages.errors import error_text
    from desktop_app.core.validation.runner import Finding

    print(say("sign-off-refused", lang, message=error_text(exc, lang)), file=sys.stderr)
    for finding in exc.blocking:
        if isinstance(finding, Finding):
            print(f"  {finding.code}\t{finding.section or ''}\t{message(finding, lang)}", file=sys.stderr)


def formats(args: argparse.Namespace) -> int:
    from desktop_app.core.formats.spec import available_formats, load_format
    from desktop_app.core.messages.text import is_chinese

    for format_id in available_formats():
        spec = load_format(format_id)
        print(f"{format_id}\t{spec.name if is_chinese(lang_of(args)) else spec.name_en}")
    return EXIT_OK


def county(args: argparse.Namespace) -> int:
    from desktop_app.core.county.rollup import county_summary, summary_dict
    from desktop_app.core.errors import UnsupportedOutputError

    if args.output is not None and args.output.suffix.lower() != ".xlsx":
        raise UnsupportedOutputError(args.output, (".xlsx",))
    summary = county_summary(args.folder, args.roster, args.year)
    lang = lang_of(args)
    if args.output is not None:
        from desktop_app.core.county.xlsx import write_summary

        write_summary(summary, args.output, lang)
    if args.json:
        print(json.dumps(summary_dict(summary, lang), ensure_ascii=False, indent=2))
    else:
        _print_county(summary_dict(summary, lang), lang)
    if args.output is not None:
        print(args.output, file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _print_county(data: dict[str, Any], lang: str) -> None:
    from desktop_app.core.messages.county import label

    for u in data["units"]:
        counts = say("unit-counts", lang, errors=len(u["errors"]), warnings=len(u["warnings"]))
        state = label("state-" + u["state"], lang)
        print(f"{u['file']}\t{u['agency']}\t{u['year']}\t{state}\t{counts}")
    for name in data["missing"]:
        print(f"{say('county-missing', lang)}\t{name}")
    for pair in data["similar"]:
        print(f"{say('county-similar', lang)}\t{pair['a']}\t{pair['b']}\t{pair['similarity']:.0%}")
    for skipped in data["skipped"]:
        reason = label("reason-" + skipped["reason"], lang)
        print(f"{say('county-skipped', lang)}\t{skipped['file']}\t{reason}\t{skipped['detail']}")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": validate,
    "sign-off": sign_off,
    "formats": formats,
    "county": county,
}
