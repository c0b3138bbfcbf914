"""Import, roll-forward, store, validate and sign-off from the command line (issues 3 and 4)."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from desktop_app.core.demo import demo_draft
from desktop_app.core.storage.draft_files import save_draft_file
from desktop_app.core.storage.store import DraftStore
from tests.conftest import FIXTURES

from .test_cli_foundation import run

SAMPLE = FIXTURES / "2017-county-econ-bureau-report.txt"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_import_prints_what_it_could_not_place_and_writes_the_draft(tmp_path):
    out = tmp_path / "imported.json"
    result = run("import", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = _load(out)
    assert data["year"] == 2017 and data["agency"]["short_name"] == "县经信局"
    assert data["facts"]["proactive_items"] == 49
    assert data["report_date"] == "2018-01-09"
    # what the importer could not recognise is said, not hidden
    assert "note:" in result.stdout


def test_import_then_export_gives_the_sample_paragraphs_in_order(tmp_path):
    draft = tmp_path / "imported.json"
    assert run("import", str(SAMPLE), "-o", str(draft)).returncode == 0
    assert run("export", str(draft), "-o", str(tmp_path / "r.docx")).returncode == 0
    exported = ["".join(p.text.split()) for p in docx.Document(str(tmp_path / "r.docx")).paragraphs if p.text.strip()]
    lines = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    # the sample's pages broke three sentences; joined again they are the expected paragraphs
    expected: list[str] = []
    for line in lines:
        squeezed = "".join(line.split())
        if (
            expected
            and not expected[-1].endswith(("。", "：", "”"))
            and not _is_heading(expected[-1])
            and not _is_heading(squeezed)
            and len(expected) > 2
        ):
            expected[-1] += squeezed
        else:
            expected.append(squeezed)
    assert exported == expected


def _is_heading(text: str) -> bool:
    return (
        text[:2] in {f"{n}、" for n in "一二三四五六七八九"}
        or text.startswith("十、")
        or text.endswith("总结")
        or text == "县经信局"
        or text.endswith("日")
    )


def test_roll_forward_prints_the_reconfirm_list(tmp_path):
    source, target = tmp_path / "2017.json", tmp_path / "2018.json"
    save_draft_file(demo_draft(), source)
    result = run("roll-forward", str(source), "-o", str(target))
    assert result.returncode == 0, result.stderr
    data = _load(target)
    assert data["year"] == 2018 and data["report_date"] is None and data["sign_off"] is None
    assert "2017年" not in "".join(s["text"] for s in data["sections"])
    assert "主动公开政府信息（条）" in result.stdout  # the carried count is named
    assert "re-confirm" in result.stdout


def test_store_list_and_history_with_data_dir(tmp_path):
    data_dir = tmp_path / "store"
    with DraftStore(data_dir / "drafts.sqlite3") as store:
        draft = demo_draft()
        store.create(draft)
        draft.facts["proactive_items"] = 50
        store.save(draft, "edited")
    listed = run("list", "--data-dir", str(data_dir))
    assert listed.returncode == 0, listed.stderr
    assert draft.id in listed.stdout and "莒南县经济和信息化局" in listed.stdout and "2017" in listed.stdout
    history = run("history", draft.id, "--data-dir", str(data_dir))
    assert history.returncode == 0
    assert [line.split("\t")[2] for line in history.stdout.strip().splitlines()] == ["edited", "created"]
    revisions = [int(line.split("\t")[0]) for line in history.stdout.strip().splitlines()]
    restored = run("restore", draft.id, str(revisions[-1]), "--data-dir", str(data_dir))
    assert restored.returncode == 0, restored.stderr
    with DraftStore(data_dir / "drafts.sqlite3") as store:
        assert store.load(draft.id).facts["proactive_items"] == 49
        assert [r.label for r in store.history(draft.id)][:2] == ["restored", "edited"]
    assert run("restore", draft.id, "99999", "--data-dir", str(data_dir)).returncode == 2
    missing = run("history", "no-such-id", "--data-dir", str(data_dir))
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_validate_exit_codes_and_json(tmp_path):
    clean = tmp_path / "clean.json"
    save_draft_file(demo_draft(), clean)
    assert run("validate", str(clean)).returncode == 0

    imported = tmp_path / "imported.json"
    assert run("import", str(SAMPLE), "-o", str(imported)).returncode == 0
    result = run("validate", str(imported), "--json", "--lang", "en")
    payload = json.loads(result.stdout)
    assert all({"severity", "code", "section", "field", "message"} <= set(f) for f in payload)
    codes = {(f["code"], f["section"]) for f in payload}
    assert ("period-word", "problems") in codes
    assert result.returncode == (1 if any(f["severity"] == "error" for f in payload) else 0)

    broken = _load(clean)
    broken["sections"][4]["text"] += "本季度共公开XX条。"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    assert run("validate", str(bad)).returncode == 1
    assert run("validate", str(tmp_path / "missing.json")).returncode == 2


def test_sign_off_refused_with_errors_then_accepted(tmp_path):
    draft = demo_draft()
    draft.section("proactive").text += "另有XX条待补。"
    path = tmp_path / "d.json"
    save_draft_file(draft, path)
    args = [
        "sign-off",
        str(path),
        "--drafted-by",
        "张三",
        "--reviewed-by",
        "李四",
        "--approved-by",
        "王五",
        "--date",
        "2018-01-09",
    ]
    refused = run(*args)
    assert refused.returncode == 1 and "placeholder" in refused.stderr
    assert _load(path)["sign_off"] is None

    save_draft_file(demo_draft(), path)
    accepted = run(*args)
    assert accepted.returncode == 0, accepted.stderr
    signed = _load(path)["sign_off"]
    assert signed["approved_by"] == "王五" and signed["date"] == "2018-01-09"
    out = tmp_path / "signed.docx"
    assert run("export", str(path), "-o", str(out)).returncode == 0
    document = docx.Document(str(out))
    assert "草稿" not in document.sections[0].header.paragraphs[0].text
    assert run(*args[:-1], "2018-13-40").returncode == 2


def test_convert_to_the_national_format(tmp_path):
    source, target = tmp_path / "2017.json", tmp_path / "2021.json"
    save_draft_file(demo_draft(), source)
    result = run("convert", str(source), "--to", "ogi-annual-2021", "-o", str(target))
    assert result.returncode == 0, result.stderr
    data = _load(target)
    assert data["format_id"] == "ogi-annual-2021"
    assert [s["id"] for s in data["sections"]][1:] and "t3" in data["facts"]
    assert result.stdout.count("\n") > 2  # what to fill is listed
    wrong = run("convert", str(source), "--to", "ogi-annual-2017", "-o", str(tmp_path / "x.json"))
    assert wrong.returncode == 2 and not (tmp_path / "x.json").exists()


def test_validate_compares_with_a_folder_of_other_units(tmp_path):
    from desktop_app.core.editing import set_section_text
    from desktop_app.core.model import Agency

    passage = "我局建立了政务公开周例会制度，每周一由分管领导听取各股室公开事项推进情况并逐项督办销号。"
    folder = tmp_path / "county"
    folder.mkdir()
    other = demo_draft()
    other.agency = Agency(full_name="莒南县农业农村局", short_name="县农业农村局")
    set_section_text(other, "organization", passage)
    save_draft_file(other, folder / "nongye.json")
    mine = demo_draft()
    set_section_text(mine, "key-areas", passage)
    path = tmp_path / "mine.json"
    save_draft_file(mine, path)

    result = run("validate", str(path), "--compare-dir", str(folder), "--json")
    copied = [f for f in json.loads(result.stdout) if f["code"] == "copied-from-other-unit"]
    assert [f["section"] for f in copied] == ["key-areas"]
    assert "莒南县农业农村局" in copied[0]["message"] and passage in copied[0]["message"]
    assert run("validate", str(path), "--compare-dir", str(tmp_path / "nowhere")).returncode == 2


def test_import_detects_the_format_and_prints_a_json_import_report(tmp_path):
    report = Path(__file__).resolve().parents[1] / "data" / "corpus" / "2024-heyang-jiedao.txt"
    out = tmp_path / "d.json"
    result = run("import", str(report), "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "ogi-annual-2021" and _load(out)["format_id"] == "ogi-annual-2021"
    assert {"confidence", "runner_up", "sections", "facts", "tables", "unplaced", "notes"} <= data.keys()
    forced = run("import", str(report), "-o", str(out), "--format", "ogi-annual-2017", "--json")
    assert json.loads(forced.stdout)["format"] == "ogi-annual-2017" and json.loads(forced.stdout)["forced"]


def test_export_refuses_a_draft_with_unplaced_text_unless_allowed(tmp_path):
    draft = demo_draft()
    draft.unplaced = ["十二、需要说明的事项与附表"]
    path = tmp_path / "d.json"
    save_draft_file(draft, path)
    refused = run("export", str(path), "-o", str(tmp_path / "r.docx"))
    assert refused.returncode == 1 and not (tmp_path / "r.docx").exists()
    assert "--allow-unplaced" in refused.stderr and "十二、需要说明的事项与附表" in refused.stderr
    allowed = run("export", str(path), "-o", str(tmp_path / "r.docx"), "--allow-unplaced")
    assert allowed.returncode == 0 and (tmp_path / "r.docx").exists()
