"""Every kind of file a clerk has reads to clean lines: text in any Chinese encoding (a stray
byte reported where it is), web pages and .mhtml archives saved from a browser with the
portal's clutter gone and tables as rows, Word files old and new (checked against the corpus
in tests/data/corpus and its .expect.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InputError
from desktop_app.core.importing import sources
from desktop_app.core.importing.decoding import decode_text
from desktop_app.core.importing.docx_reading import CELL_SEPARATOR
from desktop_app.core.importing.importer import import_report, import_text
from desktop_app.core.importing.sources import read_source
from desktop_app.core.word.export import export_docx

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
REPORTS = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.with_name(f"{p.stem}.expect.toml").is_file())
PAGES = [p for p in REPORTS if p.suffix in {".html", ".htm", ".mhtml"} or p.stem.endswith("-portal")]
# what only a portal prints: none of it may reach a line, a section or a fact
CLUTTER = (
    "浏览次数",
    "阅读次数",
    "ICP备",
    "公网安备",
    "版权所有",
    "网站标识码",
    "打印本页",
    "关闭窗口",
    "当前位置",
    "首页 >",
    "上一篇",
    "下一篇",
    "分享到",
    "字体：",
    "发布机构",
    "主办单位",
    "技术支持",
)
_CLUTTER_NUMBER = re.compile(r"(?:浏览次数|阅读次数|ICP备|公网安备|网站标识码)[：:\s]*(?:<[^>]*>)*\s*(\d+)")


def _expect(path: Path) -> dict:
    return tomllib.loads(path.with_name(f"{path.stem}.expect.toml").read_text(encoding="utf-8"))


def _text(lines: list[str]) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_every_corpus_report_reads_to_lines_holding_its_text(path: Path) -> None:
    expect = _expect(path)
    source = read_source(path)
    text = _text(source.lines)
    for section, phrase in expect["sections"].items():
        assert phrase in text.replace(CELL_SEPARATOR, " ") or phrase in text, (section, phrase)
    assert expect["agency"] in text
    assert [line for line in source.lines if any(word in line for word in CLUTTER)] == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_portal_clutter_reaches_no_section_and_no_fact(path: Path) -> None:
    expect = _expect(path)
    result = import_report(path, expect["format"])
    draft = result.draft
    texts = [s.text for s in draft.sections] + list(draft.unplaced)
    # (a report may quote its own 索引号 in a sentence: these pages do not, so none may be left)
    assert [t for t in texts if any(word in t for word in (*CLUTTER, "索引号"))] == []
    raw = decode_text(path.read_bytes()).text if path.suffix != ".mhtml" else ""
    planted = {int(n) for n in _CLUTTER_NUMBER.findall(raw)}
    values = {v for v in draft.facts.values() if isinstance(v, int | float)}
    assert not planted & values
    assert any(n.code == "clutter-removed" and n.params["count"] >= 5 for n in result.notes)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "name",
    [
        "2017-laodong-qu-fagai.txt",
        "2023-liutang-xian-ziranziyuan.txt",
        "2023-anlan-xian-yibao.txt",
        "2022-meijiang-shengtaihuanjing-dongan.txt",
        "2018-hualin-xian-linye.txt",
        "2022-yunling-qu-renshe.txt",
    ],
)
def test_text_in_every_chinese_encoding_reads_exactly(name: str) -> None:
    """GBK, GB18030 (a character outside GBK), UTF-16 LE with a mark, UTF-16 BE without one,
    UTF-8 with a mark: each gives back its UTF-8 source, character for character."""
    decoded = decode_text((CORPUS / name).read_bytes())
    source = (CORPUS / "sources" / name).read_text(encoding="utf-8")
    assert decoded.text.replace("\r\n", "\n").lstrip("\ufeff") == source
    assert decoded.replaced_count == 0
    assert codec_family(decoded.encoding) == codec_family(_expect(CORPUS / name)["encoding"])


def codec_family(encoding: str) -> str:
    # GB18030 reads GBK and GB2312; "utf-16" with a mark is one of the two byte orders
    return {"gbk": "gb", "gb2312": "gb", "gb18030": "gb"}.get(encoding, encoding.split("-sig")[0][:6])


def test_a_stray_byte_is_replaced_and_reported_with_its_place() -> None:
    path = CORPUS / "2024-xuanping-xian-jiaotong.txt"
    data = path.read_bytes()
    offset = data.index(b"\xff")
    line = data[:offset].count(b"\n") + 1
    column = len(data[:offset].rsplit(b"\n", 1)[-1].decode("utf-8")) + 1
    result = import_report(path, "ogi-annual-2021")
    notes = [n for n in result.notes if getattr(n, "code", "") == "replaced-bytes"]
    assert len(notes) == 1 and f"{line}:{column}" in notes[0]
    assert f"{line}:{column}" in notes[0].in_language("zh_CN")  # type: ignore[attr-defined]
    assert "缺乏结合\ufffd本地实际" in "\n".join(s.text for s in result.draft.sections)


def test_many_undecodable_bytes_are_refused_not_guessed() -> None:
    with pytest.raises(InputError, match=r"encoding|not a text file"):
        decode_text(("正文。".encode() + b"\xff\xfe\x80\x81") * 40)


def test_a_gb2312_page_is_read_as_declared_with_blank_cells_kept() -> None:
    source = read_source(CORPUS / "2022-wuchuan-xian-sifa.htm")
    assert source.encoding == "gb18030"
    assert source.lines[0] == "梧川县司法局2022年政府信息公开工作年度报告"
    assert "规章\t\t\t" in source.lines  # blank (&nbsp;) cells stay blank, in place
    assert "行政规范性文件\t\t\t1" in source.lines


def test_mhtml_page_with_merged_table_cells_gives_rows_like_a_docx() -> None:
    source = read_source(CORPUS / "2021-songchuan-xian-yingji.mhtml")
    lines = source.lines
    assert lines[0] == "松川县应急管理局2021年政府信息公开工作年度报告"  # the title outside the content
    # rowspan and colspan: a merged cell once, where it starts; the rows below go on without it
    assert "三、本年度办理结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3" in lines
    assert "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0" in lines
    assert "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0" in lines
    assert "行政许可\t32" in lines
    assert "第二十条第（一）项" in lines  # a full-width row is a line of its own
    assert lines[-2:] == ["松川县应急管理局", "2022年1月21日"]


def test_a_layout_table_around_the_article_is_read_as_text() -> None:
    page = """<html><head><meta charset="gbk">
    <title>某县统计局2023年政府信息公开工作年度报告_某县人民政府</title></head>
    <body><table><tr><td><table><tr><td><a href="/">首页</a> &gt; 政务公开</td></tr></table></td></tr>
    <tr><td><p>一、总体情况</p><p>2023年，某县统计局主动公开政府信息56条。</p>
    <table border="1"><tr><td>行政许可</td><td>3</td></tr></table></td></tr>
    <tr><td>版权所有：某县人民政府 备案号：京ICP备0000号</td></tr></table></body></html>"""
    source = sources._page(page.encode("gbk"), None, "read-html")
    assert source.lines == [
        "某县统计局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，某县统计局主动公开政府信息56条。",
        "行政许可\t3",
    ]


def test_a_page_wrapped_in_a_form_keeps_its_article() -> None:
    """ASP.NET portals wrap the whole page in a <form>; class names like position-relative or
    nav-tabs are not furniture when they hold the report."""
    prose = "2023年，县审计局坚持依法审计、阳光审计，扎实推进审计结果公告和政务公开工作。" * 3
    page = f"""<html><body><form id="form1"><div class="nav">首页 政务公开 互动交流 办事服务</div>
    <div class="container position-relative"><h1>某县审计局2023年政府信息公开工作年度报告</h1>
    <p>一、总体情况</p><p>{prose}</p><p>二、主动公开政府信息情况</p></div>
    <div class="footer">主办单位：某县人民政府办公室</div></form></body></html>"""
    source = sources._page(page.encode(), None, "read-html")
    assert source.lines == [
        "某县审计局2023年政府信息公开工作年度报告",
        "一、总体情况",
        prose,
        "二、主动公开政府信息情况",
    ]


def test_markup_nested_beyond_any_page_is_refused_cleanly() -> None:
    page = "<html><body>" + "<div><span>" * 5000 + "正文" + "</span></div>" * 5000 + "</body></html>"
    try:
        source = sources._page(page.encode(), None, "read-html")
    except InputError:
        return
    assert "正文" in source.lines


def test_pasted_portal_text_loses_its_clutter_too() -> None:
    text = (CORPUS / "2024-baisha-xiang-portal.txt").read_text(encoding="utf-8")
    result = import_text(text, "ogi-annual-2021")
    texts = [s.text for s in result.draft.sections] + result.draft.unplaced
    assert [t for t in texts if any(word in t for word in CLUTTER)] == []
    assert any(getattr(n, "code", "") == "clutter-removed" for n in result.notes)


def test_report_sentences_that_share_words_with_a_footer_are_kept() -> None:
    lines = [
        "（四）平台建设。加强政府网站管理，县大数据中心提供技术支持，确保网站安全运行。",
        "部分群众建议使用微信公众号查询办事进度，我局已开通相关功能。",
        "六、其他需要报告的事项",
        "如对本报告有疑问，请联系县统计局办公室，联系电话：0599-1234567。",
    ]
    assert sources.drop_clutter(lines).lines == lines


# --- Word files ------------------------------------------------------------------------------


def _docx(tmp_path: Path, demo) -> Path:
    return export_docx(demo, tmp_path / "report.docx")


VBA_TYPE = b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'


def test_a_macro_enabled_word_file_is_read_and_named_as_such(tmp_path: Path, demo) -> None:
    """A real .docm (declared macro-enabled, with its VBA part): its text is read, the import
    says it is macro-enabled, and its macros are never run."""
    import zipfile

    docm = tmp_path / "去年的报告.docm"
    with zipfile.ZipFile(_docx(tmp_path, demo)) as source, zipfile.ZipFile(docm, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            target.writestr(info, data)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + bytes(60))
    result = import_report(docm)
    assert result.draft.agency.full_name == demo.agency.full_name
    notes = [n for n in result.notes if getattr(n, "code", "") == "read-word-macro"]
    assert notes and "启用宏" in notes[0].in_language("zh_CN")  # type: ignore[attr-defined]


def test_old_word_without_libreoffice_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "find_soffice", lambda: None)
    for suffix in (".doc", ".wps"):
        path = tmp_path / f"report{suffix}"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
        with pytest.raises(InputError) as caught:
            import_report(path)
        assert caught.value.code == "import:libreoffice-missing"
        assert "LibreOffice" in caught.value.message("zh_CN") and suffix in str(caught.value)


def test_a_wps_file_is_read_through_libreoffice(tmp_path: Path, demo) -> None:
    """WPS Office's .wps is the Word 97 binary format: LibreOffice reads it like a .doc."""
    soffice = sources.find_soffice()
    assert soffice is not None, "LibreOffice is installed by scripts/run-tests"
    docx_path = _docx(tmp_path, demo)
    import subprocess

    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    wps = tmp_path / "去年的报告.wps"
    (tmp_path / "report.doc").rename(wps)
    source = read_source(wps)
    assert any(getattr(n, "code", "") == "read-converted" for n in source.notes)
    assert any(demo.agency.full_name in line for line in source.lines)


# --- anything at all ------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".htm", ".mhtml"]))
def test_any_bytes_read_or_are_refused_with_an_input_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    try:
        source = read_source(path)
    except InputError:
        return
    assert all(isinstance(line, str) for line in source.lines)


_MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<td>",
        "</td>",
        "<tr>",
        "<table>",
        "</table>",
        "<td rowspan=3>",
        "<td colspan=99999>",
        "<br>",
        "<!--",
        "-->",
        "<script>",
        "<meta charset=gbk>",
        "&nbsp;",
        "&#0;",
        "<nav>",
        "一、总体情况",
        "浏览次数：12",
        "0",
        "\t",
        "\x00",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(_MARKUP, st.text(max_size=20)), max_size=60))
def test_any_markup_reads_or_is_refused_with_an_input_error(tmp_path: Path, parts: list[str]) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body>" + "".join(parts), encoding="utf-8", errors="surrogatepass")
    try:
        source = read_source(path)
    except InputError:
        return
    assert "浏览次数：12" not in source.lines


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal align=center><b><span style='font-size:22.0pt;font-family:方正小标宋简体'
>某县林业局2023年政府信息公开工作年度报告<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='font-family:黑体'>三、收到和处理政府信息公开申请情况<o:p></o:p></span></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
<tr><td rowspan=2><p class=MsoNormal><span>（三）不予公开<o:p></o:p></span></p></td>
<td><p class=MsoNormal><![if !supportLists]><span>1.</span><![endif]></p>
<p class=MsoNormal><span>属于国家秘密</span></p></td>
<td><p class=MsoNormal align=center><span lang=EN-US>0<o:p></o:p></span></p></td></tr>
<tr><td><p class=MsoNormal><span>2.其他法律行政法规禁止公开</span></p></td>
<td><p class=MsoNormal><span lang=EN-US>1</span></p></td></tr>
</table></div></body></html>"""


def test_a_page_word_saved_as_html_reads_like_its_docx() -> None:
    source = sources._page(WORD_HTML.encode("gbk"), None, "read-html")
    assert source.lines == [
        "某县林业局2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（三）不予公开\t1.属于国家秘密\t0",
        "2.其他法律行政法规禁止公开\t1",
    ]


def test_an_mht_saved_by_internet_explorer_with_a_base64_gbk_page(tmp_path: Path) -> None:
    import base64

    body = base64.encodebytes(WORD_HTML.encode("gbk")).decode("ascii")
    mht = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01DA1234.56789ABC"\r\n\r\n'
        "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
        "------=_NextPart_01DA1234.56789ABC\r\n"
        "Content-Location: file:///C:/report.htm\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        f"{body}\r\n"
        "------=_NextPart_01DA1234.56789ABC--\r\n"
    )
    path = tmp_path / "年度报告.mht"
    path.write_text(mht, encoding="ascii")
    source = read_source(path)
    assert source.encoding == "gb18030"
    assert "（三）不予公开\t1.属于国家秘密\t0" in source.lines
