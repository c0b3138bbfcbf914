"""The command line speaks Chinese on a Chinese system or with --lang zh_CN, anywhere on the line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop_app.cli import build_parser, main
from desktop_app.cli_i18n import argparse_language, cli_language
from desktop_app.core.messages.cli import HELP_ZH


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["--lang", "zh_CN", "export", "d.json"], {}, "zh_CN"),
        (["export", "d.json", "--lang", "zh_CN"], {}, "zh_CN"),
        (["export", "--lang=zh_CN", "d.json"], {"LANG": "C"}, "zh_CN"),
        (["export", "d.json", "--lang", "en"], {"LANG": "zh_CN.UTF-8"}, "en"),
        (["export", "d.json"], {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        (["export", "d.json"], {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        (["export", "d.json"], {"LC_MESSAGES": "zh_CN.GB18030"}, "zh_CN"),
        (["export", "d.json"], {"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        (["export", "d.json"], {"LANG": "C.UTF-8"}, "en"),
        (["export", "d.json"], {}, "en"),  # no locale at all (a server): English
        (["export", "--", "--lang", "zh_CN"], {}, "en"),  # after "--" it is a file name
    ],
)
def test_the_language_is_chosen_from_the_line_then_the_locale(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    assert cli_language(argv, environ) == expected


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_chinese_on_a_chinese_system(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("用法：ogi-report")
    assert "选项" in out and "显示此帮助信息并退出" in out
    assert "导出2017年格式的示例报告" in out
    assert "usage:" not in out and "options" not in out


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_zh_cn_anywhere_makes_sub_command_help_chinese(capsys: pytest.CaptureFixture[str], where: str) -> None:
    argv = ["--lang", "zh_CN", "sign-off", "--help"] if where == "before" else ["sign-off", "--help", "--lang", "zh_CN"]
    code, out, _ = _run(capsys, *argv)
    assert code == 0
    assert out.startswith("用法：ogi-report sign-off")
    assert "位置参数" in out and "审核人" in out and "成文日期，格式YYYY-MM-DD" in out


def test_help_stays_english_with_lang_en(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out, _ = _run(capsys, "export", "--help", "--lang", "en")
    assert code == 0
    assert out.startswith("usage: ogi-report export") and "options:" in out and "用法" not in out


def test_usage_errors_are_worded_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "new", "--lang", "zh_CN")
    assert code == 2
    assert "ogi-report new：错误：缺少必需的参数：" in err and "（见 --help）" in err
    code, _, err = _run(capsys, "new", "--lang", "en")
    assert code == 2
    assert "ogi-report new: error: the following arguments are required:" in err


def test_errors_from_the_core_are_worded_in_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    code, _, err = _run(capsys, "--lang", "zh_CN", "export", str(missing), "-o", str(tmp_path / "r.docx"))
    assert code == 2
    assert err.strip() == f"ogi-report：错误：{missing}：文件不存在。"
    code, _, err = _run(capsys, "export", str(missing), "-o", str(tmp_path / "r.docx"))
    assert code == 2
    assert err.strip() == f"ogi-report: error: {missing}: the file does not exist"


def _all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action.choices.values():
                found += _all_parsers(choice)
    return found


def test_every_help_text_has_its_chinese() -> None:
    with argparse_language("en"):
        parser = build_parser("en")
    missing = []
    for each in _all_parsers(parser):
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                missing += [a.help for a in action._choices_actions if a.help not in HELP_ZH]
            elif action.dest not in ("help", "version") and action.help and action.help not in HELP_ZH:
                missing.append(action.help)
    assert not missing, f"help without Chinese: {sorted(set(map(str, missing)))}"
