"""Sign-off: who drafted (拟稿), reviewed (审核) and approved (签发) the report, its 落款 and
成文日期, and a fingerprint of what they signed.

Refused while any error finding is open. Any later edit to the text, a fact or the date
changes the draft's content hash, so ``model.sign_off_state`` turns "void" until the report
is signed again; :func:`void_explanation` says what changed, for the message catalogue.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from desktop_app.core.errors import InputError, SignOffError
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft, SignOff, SignOffState, now_iso, sign_off_state, void_reason_sections
from desktop_app.core.validation.findings import Finding, found
from desktop_app.core.validation.runner import errors, validate

# role → (Chinese, English), in the order a form asks for them
ROLES: dict[str, tuple[str, str]] = {
    "drafted_by": ("拟稿人", "the drafter"),
    "reviewed_by": ("审核人", "the reviewer"),
    "approved_by": ("签发人", "the approver"),
    "issuer": ("落款机关", "the issuing agency"),
}


def blocking_findings(
    draft: Draft, last_year: Draft | None = None, *, issuer: str | None = None, date: date | None = None
) -> list[Finding]:
    """The error findings that stand between this draft and a sign-off.

    ``issuer`` and ``date``, when given, are judged as the sign-off would write them (so a
    form can tell before signing whether the date it holds fixes "date-missing").
    """
    if issuer is not None or date is not None:
        draft = dataclasses.replace(
            draft,
            issuer=draft.issuer if issuer is None else issuer,
            report_date=draft.report_date if date is None else date,
        )
    return errors(validate(draft, last_year))


def sign_off(
    draft: Draft,
    *,
    drafted_by: str,
    reviewed_by: str,
    approved_by: str,
    issuer: str | None = None,
    date: date | str | None = None,
    last_year: Draft | None = None,
) -> SignOff:
    """Sign the draft off, or raise SignOffError listing what blocks it (draft untouched).

    The 落款 and 成文日期 are the draft's own: left out, the draft's are signed (today only
    for a draft without a date, the agency's name for one without a 落款). Given, they are
    written into the draft before the fingerprint is taken. Validation judges the draft as
    it will be signed (so a missing date is not an error when one is given now).
    """
    when = _as_date(date) if date is not None else (draft.report_date or today())
    if issuer is None:
        issuer = draft.issuer or draft.agency.full_name
    names = {"drafted_by": drafted_by, "reviewed_by": reviewed_by, "approved_by": approved_by, "issuer": issuer}
    names = {role: (value or "").strip() for role, value in names.items()}
    blocking = [
        found("sign-off-name-missing", field=role, role=ROLES[role][0], role_en=ROLES[role][1])
        for role, value in names.items()
        if not value
    ]
    blocking += blocking_findings(draft, last_year, issuer=names["issuer"], date=when)
    if blocking:
        raise SignOffError("sign-off:refused", blocking=[*blocking], count=len(blocking))
    draft.issuer = names["issuer"]
    draft.report_date = when
    record = SignOff(
        drafted_by=names["drafted_by"],
        reviewed_by=names["reviewed_by"],
        approved_by=names["approved_by"],
        issuer=names["issuer"],
        date=when,
        signed_at=now_iso(),
        content_hash=draft.content_hash(),
        section_hashes=draft.section_hashes(),
    )
    draft.sign_off = record
    return record


def void_explanation(draft: Draft) -> dict[str, Any]:
    """Params for the catalogue's "sign-off-void" message; empty unless the sign-off is void.

    Names the sections whose text changed, the date and the 落款 if they changed, and
    otherwise "the basic information" (a fact that no text shows, or an agency detail).
    """
    if sign_off_state(draft) is not SignOffState.VOID or draft.sign_off is None:
        return {}
    signed = draft.sign_off
    titles = _titles(draft)
    sections = void_reason_sections(draft)
    zh = [f"“{titles.get(s, (s, s))[0]}”" for s in sections]
    en = [f'"{titles.get(s, (s, s))[1]}"' for s in sections]
    if draft.report_date != signed.date:
        zh.append("成文日期")
        en.append("the date")
    if (draft.issuer or "") != signed.issuer:
        zh.append("落款")
        en.append("the issuer")
    if not zh:
        zh.append("基本信息")
        en.append("the basic information")
    return {
        "sections": sections,
        "changes": "、".join(zh),
        "changes_en": ", ".join(en),
        "signed_at": _readable(signed.signed_at),
        "signed_at_iso": signed.signed_at,
    }


def _titles(draft: Draft) -> dict[str, tuple[str, str]]:
    try:
        spec = load_format(draft.format_id)
    except InputError:
        return {s.id: (s.title, s.id) for s in draft.sections}
    return {s.id: (s.heading_text, s.title_en) for s in spec.sections}


def _readable(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def today() -> date:
    return date.today()


def _as_date(value: date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InputError("edit:bad-date", value=str(value)) from exc
