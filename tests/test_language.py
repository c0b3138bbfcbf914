"""Chinese unless the system explicitly speaks another language: the rule the GUI and CLI share."""

from __future__ import annotations

import pytest

from desktop_app.language import CHINESE, ENGLISH, choose_language, system_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, CHINESE),  # nothing set: a fresh Linux, a service account
        ({"LANG": "C"}, CHINESE),
        ({"LANG": "POSIX"}, CHINESE),
        ({"LANG": "C.UTF-8"}, CHINESE),
        ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, CHINESE),  # an explicit C overrides and says nothing
        ({"LANG": "zh_CN.UTF-8"}, CHINESE),
        ({"LANG": "zh_TW.Big5"}, CHINESE),
        ({"LANG": "en_US.UTF-8"}, ENGLISH),
        ({"LANG": "de_DE@euro"}, ENGLISH),
        ({"LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"}, CHINESE),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, ENGLISH),
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US:en"}, ENGLISH),
        ({"LANG": "C", "LANGUAGE": "en_US"}, CHINESE),  # LANGUAGE counts only beside a real locale
    ],
)
def test_system_language(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected


def test_platform_language_is_used_when_the_locale_says_nothing() -> None:
    assert system_language({}, platform_language=ENGLISH) == ENGLISH
    assert system_language({"LANG": "zh_CN.UTF-8"}, platform_language=ENGLISH) == CHINESE


@pytest.mark.parametrize(
    ("requested", "expected"),
    [("zh_CN", CHINESE), ("en", ENGLISH), ("zh", CHINESE), ("en_US", ENGLISH), (None, CHINESE), ("", CHINESE)],
)
def test_choose_language_honours_the_request(requested: str | None, expected: str) -> None:
    assert choose_language(requested, {}) == expected


def test_gui_starts_in_chinese_on_an_unset_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.i18n import choose_language as gui_choose

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    assert gui_choose(None) == CHINESE
    monkeypatch.setenv("LANG", "C")
    assert gui_choose(None) == CHINESE
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert gui_choose(None) == ENGLISH
