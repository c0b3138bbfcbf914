"""Every line the command line writes itself is in its language: Chinese with ``--lang zh_CN``
or on a Chinese system (LANG=zh_CN.UTF-8), English with ``--lang en`` — the store's health
commands, the items to re-confirm and the county summary included."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.model import Draft, to_json
from desktop_app.core.storage import damage
from desktop_app.core.storage.draft_files import save_draft_file
from desktop_app.core.storage.store import DraftStore
from tests.county_units import AGENCIES, unit_draft

CHINESE = {"option": (["--lang", "zh_CN"], {}), "locale": ([], {"LANG": "zh_CN.UTF-8"})}
ENGLISH = (["--lang", "en"], {"LANG": "zh_CN.UTF-8"})  # --lang wins over the locale
HAN = re.compile(r"[\u4e00-\u9fff]")


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    full.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}, **env)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, env=full, timeout=300
    )


def _damaged_store(data: Path, demo: Draft) -> str:
    """A store with one draft whose content no longer matches its checksum, and a damage notice."""
    with DraftStore(data / "drafts.sqlite3") as store:
        store.create(demo)
        rotten = to_json(store.load(demo.id)).replace("政府信息", "政府信忌", 1)
        store._conn.execute("UPDATE drafts SET json = ? WHERE id = ?", (rotten, demo.id))
    damage.record(
        data / "drafts.sqlite3", damage.DamageNotice("/tmp/old.sqlite3", "2026-01-02T03:04:05", 1, 2, ("rows",))
    )
    return demo.id


@pytest.mark.parametrize("how", sorted(CHINESE))
def test_verify_and_acknowledge_damage_speak_chinese(isolated_data_dir: Path, demo: Draft, how: str) -> None:
    args, env = CHINESE[how]
    draft_id = _damaged_store(isolated_data_dir, demo)
    result = run("verify", *args, env=env)
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"已损坏\t{draft_id}\t") and "最后一个完好的版本" in line
    assert "已检查1份草稿，1份已损坏" in result.stderr
    assert "已移到/tmp/old.sqlite3" in result.stderr  # the notice, before the command's own lines
    assert not re.search(r"\b(damaged|checked|draft\(s\)|WARNING)\b", result.stdout + result.stderr)

    told = run("acknowledge-damage", *args, env=env)
    assert told.returncode == 0 and told.stdout.strip() == "已确认草稿库损坏的提示，以后不再显示"
    again = run("acknowledge-damage", *args, env=env)
    assert again.stdout.strip() == "没有草稿库损坏的提示"


def test_verify_and_acknowledge_damage_speak_english_with_lang_en(isolated_data_dir: Path, demo: Draft) -> None:
    args, env = ENGLISH
    draft_id = _damaged_store(isolated_data_dir, demo)
    result = run("verify", *args, env=env)
    assert result.returncode == 1
    assert result.stdout.startswith(f"damaged\t{draft_id}\t") and "last good revision" in result.stdout
    assert "1 draft(s) checked, 1 damaged" in result.stderr
    assert not HAN.search(result.stdout.replace(demo.agency.full_name, ""))
    assert run("acknowledge-damage", *args, env=env).stdout.strip() == (
        "the damage notice is acknowledged; it will not be shown again"
    )
    assert run("acknowledge-damage", *args, env=env).stdout.strip() == "there is no damage notice"


@pytest.mark.parametrize("how", sorted(CHINESE))
def test_the_items_to_reconfirm_are_named_in_chinese(tmp_path: Path, demo: Draft, how: str) -> None:
    args, env = CHINESE[how]
    save_draft_file(demo, tmp_path / "2017.json")
    result = run("roll-forward", str(tmp_path / "2017.json"), "-o", str(tmp_path / "2018.json"), *args, env=env)
    assert result.returncode == 0, result.stderr
    items = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert items and all(
        re.match(r"  (数据|部分|按模板生成|未归位的文字|年份|日期|时段用语|文号|数字|金额)：", i) for i in items
    )
    english = run(
        "roll-forward", str(tmp_path / "2017.json"), "-o", str(tmp_path / "b.json"), *ENGLISH[0], env=ENGLISH[1]
    )
    assert any(line.startswith("  fact: ") for line in english.stdout.splitlines())


def test_the_county_summary_is_worded_in_the_language(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in AGENCIES[:2]:
        save_draft_file(unit_draft(name), folder / f"{name}.json")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    roster = tmp_path / "roster.txt"
    roster.write_text("\n".join(AGENCIES[:3]), encoding="utf-8")
    chinese = run("county", str(folder), "--roster", str(roster), "--lang", "zh_CN", env={})
    assert chinese.returncode == 0, chinese.stderr
    lines = chinese.stdout.splitlines()
    assert all(re.search(r"\t\d+个错误\t\d+个提醒$", line) for line in lines[:2])
    assert f"未报送\t{AGENCIES[2]}" in lines
    assert any(line.startswith("未计入\tbroken.json\t无法读取\t") for line in lines)
    assert not re.search(r"error\(s\)|warning\(s\)|missing|skipped|unreadable", chinese.stdout)

    english = run("county", str(folder), "--roster", str(roster), "--lang", "en", env={})
    lines = english.stdout.splitlines()
    assert all(re.search(r"\t\d+ error\(s\)\t\d+ warning\(s\)$", line) for line in lines[:2])
    assert f"missing\t{AGENCIES[2]}" in lines
    assert any(line.startswith("skipped\tbroken.json\tcannot be read\t") for line in lines)


@pytest.mark.parametrize("how", sorted(CHINESE))
def test_findings_drafts_and_revisions_are_worded_in_chinese(
    isolated_data_dir: Path, demo: Draft, tmp_path: Path, how: str
) -> None:
    args, env = CHINESE[how]
    demo.facts["proactive_items"] = None  # an error: a required fact without value
    save_draft_file(demo, tmp_path / "d.json")
    checked = run("validate", str(tmp_path / "d.json"), *args, env=env)
    assert checked.returncode == 1
    severities = {line.split("\t")[0] for line in checked.stdout.splitlines()}
    assert "错误" in severities and severities <= {"错误", "提醒"}
    assert re.fullmatch(r"\d+个错误，\d+个提醒\n", checked.stderr)
    with DraftStore(isolated_data_dir / "drafts.sqlite3") as store:
        store.create(demo)
        demo.facts["proactive_items"] = 50
        store.save(demo, "exported")
    (listed,) = run("list", *args, env=env).stdout.splitlines()
    assert listed.split("\t")[4] == "未签发"
    labels = [line.split("\t")[2] for line in run("history", demo.id, *args, env=env).stdout.splitlines()]
    assert labels == ["导出", "新建"]
    english = run("history", demo.id, *ENGLISH[0], env=ENGLISH[1]).stdout
    assert [line.split("\t")[2] for line in english.splitlines()] == ["exported", "created"]


@pytest.mark.parametrize("how", sorted(CHINESE))
def test_a_window_that_cannot_start_says_why_in_chinese(tmp_path: Path, how: str) -> None:
    args, env = CHINESE[how]
    result = run("--data-dir", "~nosuchuser-ogi/x", *args, env=env)  # no sub-command: the window
    assert result.returncode == 2
    assert result.stderr.startswith("ogi-report：错误：数据文件夹“~nosuchuser-ogi/x”无法使用")
    english = run("--data-dir", "~nosuchuser-ogi/x", *ENGLISH[0], env=ENGLISH[1])
    assert english.stderr.startswith("ogi-report: error: the data folder '~nosuchuser-ogi/x' cannot be used")
