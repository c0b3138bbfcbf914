"""Security: templates cannot escape the sandbox, read files or hang the app; paths inside
imported documents and draft files are never written to (no network: test_no_network).
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest

from desktop_app.core import boilerplate
from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import new_draft
from desktop_app.core.errors import ReportError
from desktop_app.core.formats import spec as formats
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.importer import import_report
from desktop_app.core.model import Agency, Lineage, to_dict
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.draft_files import load_draft_file
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.word.export import export_docx
from tests.robustness.helpers import bounded, docx_bytes, files_under, replace_parts, run_cli

FORMAT_ID = "ogi-annual-2017"
SECRET = "TOP-SECRET-7f3a9c"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret" / "passwd"
    path.parent.mkdir()
    path.write_text(f"root:x:0:0:{SECRET}\n", encoding="utf-8")
    return path


# --- the template sandbox ---------------------------------------------------------------------

# Known ways out of a jinja2 template: reach a class, walk to object's subclasses or a
# function's globals, call mutating methods, or get the same through |attr and str.format.
ESCAPES = [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ agency.__class__ }}",
    "{{ year.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ cycler.__init__.__globals__.__builtins__.open('@SECRET@').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ namespace(a=1).__class__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('touch @CANARY@').read() }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ ''|attr('__class__') }}",
    "{{ ''|attr('__class__')|attr('__mro__') }}",
    "{{ (''|attr('__class__')|attr('__base__')|attr('__subclasses__'))() }}",
    "{{ '{0.__class__}'.format(1) }}",
    "{{ '{0.__class__.__mro__}'.format(agency) }}",
    "{{ '{0.__globals__}'.format(lipsum) }}",
    "{{ '{0.__init__.__globals__}'.format(cycler) }}",
    "{{ ''.format_map.__self__.__class__ }}",
    "{{ '%s'|format(agency.__class__) }}",
    "{{ ''.__getattribute__('__class__') }}",
    "{{ agency.update({'full_name': 'x'}) }}",
    "{% set x = agency.pop('full_name') %}{{ x }}",
    "{{ last_year.clear() }}",
    "{{ publication_channels.append('x') }}",
    "{{ (agency.items()|list)[0].__class__ }}",
    "{{ config }}",
    "{{ request.application.__globals__ }}",
    "{{ get_flashed_messages.__globals__ }}",
    "{{ url_for.__globals__ }}",
    "{% include '@SECRET@' %}",
    "{% include '../../../../../../../../../@RELSECRET@' %}",
    "{% import '@SECRET@' as s %}{{ s }}",
    "{% extends '@SECRET@' %}",
    "{% from '../format.toml' import x %}{{ x }}",
    "{% include 'sections/../../../../../../../../../@RELSECRET@' %}",
]

# Values a template must never be able to build: they would exhaust memory or never finish
# (9**(9**9) even hung compiling the template, as jinja2 folds constants).
# (Sizes are kept to what a machine survives should the guard ever regress: the test then
# fails on the output instead of exhausting memory.)
HUGE = [
    "{{ range(10**9)|list|length }}",
    "{{ 9**(9**9) }}",
    "{{ (9**9)**(9**9) }}",
    "{{ 10.0**400 }}",
    "{{ 'x' * 10**8 }}",
    "{{ [0] * 10**7 }}",
    "{{ 10**8 * 'x' }}",
    "{% set n = 10**4 %}{{ 'xx' * n * n }}",
]

_LEAKS = ("<class", "<function", "<module", "<built-in", "__globals__", "subprocess", "Popen", SECRET)


def _render(payload: str, secret_file: Path, canary: Path) -> str | None:
    """Render through the format's environment with a draft's real context; None if refused."""
    source = (
        payload.replace("@RELSECRET@", str(secret_file).lstrip("/"))
        .replace("@SECRET@", str(secret_file))
        .replace("@CANARY@", str(canary))
    )
    context = boilerplate.fact_context(load_format(FORMAT_ID), demo_draft())
    env = boilerplate._environment(FORMAT_ID)
    try:
        return str(env.from_string(source).render(**context))
    except (jinja2.TemplateError, ReportError, OverflowError):
        return None


@pytest.mark.parametrize("payload", ESCAPES)
def test_sandbox_escapes_neither_leak_nor_run_code(payload: str, secret_file: Path, tmp_path: Path) -> None:
    canary = tmp_path / "pwned"
    output = bounded(lambda: _render(payload, secret_file, canary))
    if output is not None:
        assert not any(leak in output for leak in _LEAKS), output[:300]
    assert not canary.exists()
    assert demo_draft().agency.full_name == "莒南县经济和信息化局"  # the context was copied, not mutated


@pytest.mark.parametrize("payload", HUGE)
def test_templates_cannot_build_huge_values(payload: str, secret_file: Path, tmp_path: Path) -> None:
    assert bounded(lambda: _render(payload, secret_file, tmp_path / "c"), limit=60) is None


def test_ordinary_arithmetic_and_repetition_still_work() -> None:
    env = boilerplate._environment(FORMAT_ID)
    assert env.from_string("{{ 2**10 }} {{ 1.5**2 }} {{ '一' * 3 }} {{ 3 * 4 }}").render() == "1024 2.25 一一一 12"


# --- a format pack with a payload ---------------------------------------------------------------


@pytest.fixture
def evil_pack(tmp_path: Path, secret_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A copy of the real pack, renamed, whose templates try to read the secret file."""
    root = tmp_path / "templates"
    source = Path(str(formats.templates_root())) / "formats" / FORMAT_ID
    pack = root / "formats" / "evil-pack"
    shutil.copytree(source, pack)
    toml = (pack / "format.toml").read_text(encoding="utf-8")
    toml = toml.replace(f'id = "{FORMAT_ID}"', 'id = "evil-pack"', 1)
    toml = toml.replace(
        'title_lines = ["{{ agency.full_name }}"',
        "title_lines = [\"{{ cycler.__init__.__globals__.__builtins__.open('" + str(secret_file) + "').read() }}\"",
        1,
    )
    (pack / "format.toml").write_text(toml, encoding="utf-8")
    payloads = [
        f"{{% include '{secret_file}' %}}",
        "{% include '../../../../../../../../../../" + str(secret_file).lstrip("/") + "' %}",
        f"{{{{ lipsum.__globals__['os'].popen('cat {secret_file}').read() }}}}",
    ]
    for index, template in enumerate(sorted((pack / "sections").glob("*.j2"))):
        template.write_text(payloads[index % len(payloads)], encoding="utf-8")
    monkeypatch.setattr(formats, "templates_root", lambda: root)
    yield "evil-pack"
    for cached in (formats.load_format, boilerplate._environment, boilerplate._template):
        cached.cache_clear()


def test_a_format_pack_template_cannot_read_files(evil_pack: str, tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        new_draft(evil_pack, 2017, Agency("县经信局"), {"proactive_items": 1})
    assert SECRET not in str(caught.value)
    # a draft of that pack, built by hand, exports without the secret or refuses to
    draft = demo_draft()
    draft.format_id = evil_pack
    try:
        path = export_docx(draft, tmp_path / "evil.docx")
    except ReportError as exc:
        assert SECRET not in str(exc)
    else:
        assert SECRET.encode() not in _unzipped(path)


def _unzipped(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


# --- paths inside imported documents are never written to -----------------------------------------

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _hostile_docx(victims: dict[str, Path]) -> bytes:
    """A real report whose package points outside itself in every way a .docx can."""
    base = docx_bytes("县经信局", "2017年政府信息公开工作总结", "一、政府信息公开的组织领导和制度建设情况", "正文。")
    rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_RELS_NS}">'
        f'<Relationship Id="rX1" Type="{_R}/image" Target="../../../../{victims["relative"].name}"/>'
        f'<Relationship Id="rX2" Type="{_R}/oleObject" Target="{victims["absolute"]}"/>'
        f'<Relationship Id="rX3" Type="{_R}/hyperlink" Target="file://{victims["hyperlink"]}" TargetMode="External"/>'
        f'<Relationship Id="rX4" Type="{_R}/attachedTemplate" Target="file:///{victims["template"]}" '
        'TargetMode="External"/>'
        "</Relationships>"
    )
    archive = zipfile.ZipFile(io.BytesIO(base))
    original = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    merged = original.replace("</Relationships>", rels.split(f'xmlns="{_RELS_NS}">', 1)[1])
    return replace_parts(
        base,
        {
            "word/_rels/document.xml.rels": merged.encode("utf-8"),
            f"../../{victims['slip'].name}": b"zip slip",  # an entry named to escape on extraction
            str(victims["abs_entry"]): b"absolute entry",
            "word/embeddings/oleObject1.bin": b"embedded file named " + str(victims["embedded"]).encode(),
        },
    )


def test_paths_inside_an_imported_docx_are_never_written_to(tmp_path: Path) -> None:
    work = tmp_path / "work" / "deep" / "inside"
    work.mkdir(parents=True)
    victims = {
        name: tmp_path / f"victim-{name}"
        for name in ("relative", "absolute", "hyperlink", "template", "slip", "abs_entry", "embedded")
    }
    source = work / "hostile.docx"
    source.write_bytes(_hostile_docx(victims))
    before = files_under(tmp_path)

    out = work / "draft.json"
    result = run_cli("import", str(source), "-o", str(out), cwd=work)
    assert result.returncode in (0, 2), result.stderr
    created = files_under(tmp_path) - before
    assert created <= {out}, created  # only the chosen output, if anything
    assert not any(v.exists() for v in victims.values())

    try:  # in-process too, with the store and an export
        draft = import_report(source).draft
    except ReportError:
        return
    assert draft.lineage is not None and draft.lineage.source_file == "hostile.docx"
    export_docx(draft, work / "again.docx")
    assert not any(v.exists() for v in victims.values())


# --- a draft file cannot steer a write ----------------------------------------------------------


def _path_like_draft(tmp_path: Path) -> dict[str, Any]:
    """A draft whose every free-text field looks like a path somewhere it must not write."""
    data = to_dict(demo_draft())
    target = tmp_path / "victim" / "x"
    data["id"] = "../../../victim/x"
    data["agency"]["full_name"] = str(target)
    data["agency"]["short_name"] = "../../victim/x"
    data["issuer"] = "../" * 10 + "victim/x"
    data["lineage"] = {
        "kind": "imported",
        "source_file": str(target),
        "source_draft_id": "../../victim/x",
        "source_year": 2016,
    }
    data["sections"][1]["title"] = "/victim/x"
    data["unplaced"] = [str(target), "C:\\Windows\\victim.txt"]
    return data


def test_a_draft_file_with_path_like_fields_writes_only_the_chosen_output(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "victim").mkdir()
    source = work / "draft.json"
    source.write_text(json.dumps(_path_like_draft(tmp_path), ensure_ascii=False), encoding="utf-8")
    source_bytes = source.read_bytes()

    commands = [
        # --allow-unplaced: the path-like unplaced passages must not stop the export under test
        (["export", str(source), "-o", str(work / "out.docx"), "--allow-unplaced"], work / "out.docx"),
        (["roll-forward", str(source), "-o", str(work / "next.json")], work / "next.json"),
        (["validate", str(source)], None),
    ]
    for args, output in commands:
        before = files_under(tmp_path)
        result = run_cli(*args, cwd=work)
        assert result.returncode in (0, 1), result.stderr
        assert files_under(tmp_path) - before == ({output} if output else set())
        assert list((tmp_path / "victim").iterdir()) == []
        assert source.read_bytes() == source_bytes  # the draft is never touched

    # the rolled-forward draft, fed back, still writes only where told
    before = files_under(tmp_path)
    result = run_cli("export", str(work / "next.json"), "-o", str(work / "next.docx"), "--allow-unplaced", cwd=work)
    assert result.returncode == 0, result.stderr
    assert files_under(tmp_path) - before == {work / "next.docx"}


def test_a_path_like_draft_in_the_store_writes_nothing_beside_the_database(tmp_path: Path) -> None:
    data = _path_like_draft(tmp_path)
    (tmp_path / "victim").mkdir()
    draft = load_draft_file(_dump(tmp_path / "d.json", data))
    store_dir = tmp_path / "store"
    with DraftStore(store_dir / "drafts.sqlite3") as store:
        store.create(draft)
        copy = store.duplicate(draft.id)
        store.save(roll_forward(store.load(copy.id)).draft)
        store.trash(draft.id)
        store.empty_trash()
    assert list((tmp_path / "victim").iterdir()) == []
    assert {p.parent for p in files_under(store_dir)} == {store_dir}


def _dump(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_lineage_source_file_is_only_ever_a_name(tmp_path: Path, sample_text: str) -> None:
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    report = folder / "报告.txt"
    report.write_text(sample_text, encoding="utf-8")
    lineage = import_report(report).draft.lineage
    assert lineage == Lineage(kind="imported", source_file="报告.txt")
