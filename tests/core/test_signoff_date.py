"""成文日期 and 落款 are the draft's own: signing never overwrites a date the clerk set."""

from __future__ import annotations

from datetime import date

from desktop_app.core.demo import demo_draft
from desktop_app.core.signoff import sign_off, today

NAMES = {"drafted_by": "张三", "reviewed_by": "李四", "approved_by": "王五"}


def test_signing_keeps_the_drafts_date_and_issuer() -> None:
    draft = demo_draft()
    draft.report_date = date(2018, 1, 15)
    record = sign_off(draft, **NAMES)
    assert draft.report_date == date(2018, 1, 15) == record.date
    assert record.issuer == draft.issuer


def test_today_is_only_the_default_for_an_empty_date() -> None:
    draft = demo_draft()
    draft.report_date = None
    draft.year = today().year - 1
    record = sign_off(draft, **NAMES)
    assert record.date == today() == draft.report_date
