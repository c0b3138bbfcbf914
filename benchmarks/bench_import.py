"""Import of the files clerks really have, next to the .docx import of the same report: a
20-page PDF (our own export through LibreOffice) and a 100 KB page saved from a portal."""

from __future__ import annotations

import html
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.harness import Result, time_ms
from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.docx_reading import CELL_SEPARATOR, find_soffice, read_docx_lines
from desktop_app.core.importing.importer import import_report
from desktop_app.core.model import Draft
from desktop_app.core.word.export import export_docx

FORMAT = "ogi-annual-2021"
PDF_PAGES = 20
PAGE_BYTES = 100 * 1024
BASELINE = "import: .docx of a 20-page national report"
RELATED = (
    "<li><a href='/art/{n}.html'>关于印发县第{n}批政务公开重点工作任务分工的通知</a><span>2023-12-{day:02d}</span></li>"
)
_PARAGRAPH = (
    "（{n}）围绕重点领域信息公开，全年在县政府网站发布财政预决算、重大建设项目、公共资源配置、"
    "社会公益事业建设等信息，及时回应社会关切，做好政策解读和舆情回应工作，确保信息公开及时、准确、全面。"
)


def long_national_draft(paragraphs: int) -> Draft:
    """A six-part report with all three tables, its general section ``paragraphs`` long."""
    spec = load_format(FORMAT)

    def table(key: str, values: dict[str, dict[str, float]]) -> object:
        t = spec.field(key).table
        assert t is not None
        return tables.compute(t, values)

    facts: dict[str, object] = {
        "proactive_items": 421,
        "problems": ["执法信息公开的时效性有待提升"],
        "measures": ["建立执法决定公开时限提醒机制"],
        "t2": {"licensing": {"decisions": 32}, "penalties": {"decisions": 67}},
        "t3": table(
            "t3",
            {
                "new": {"natural": 5, "business": 1},
                "granted": {"natural": 3},
                "partial": {"business": 1},
                "unavailable_not_held": {"natural": 1},
                "carry_forward": {"natural": 1},
            },
        ),
        "t4": table("t4", {"cases": {"review_upheld": 1}}),
    }
    draft = new_draft(FORMAT, 2023, demo_agency(), facts, report_date=date(2024, 1, 20))
    general = next(s for s in draft.sections if s.id == "general")
    general.text = "\n".join(_PARAGRAPH.format(n=i + 1) for i in range(paragraphs))
    return draft


def to_pdf(docx: Path, workdir: Path) -> Path | None:
    soffice = find_soffice()
    if soffice is None:
        return None
    profile = (workdir / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return docx.with_suffix(".pdf")


def portal_page(lines: list[str], size: int) -> bytes:
    """The report as a county portal serves it: navigation, page-information table, share
    buttons, a long related-articles column and a footer around the article."""
    body = []
    for line in lines:
        if CELL_SEPARATOR in line:
            cells = "".join(f"<td>{html.escape(c)}</td>" for c in line.split(CELL_SEPARATOR))
            body.append(f"<table border='1'><tr>{cells}</tr></table>")
        else:
            body.append(
                f"<p style='text-indent:2em'><span style='font-family:仿宋_GB2312'>{html.escape(line)}</span></p>"
            )
    article = "\n".join(body)
    head = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>年度报告_县人民政府</title>"
        "<script>var a = 1;</script><style>p{margin:0}</style></head><body>"
        "<div class='top_bar'>欢迎访问县人民政府网站！</div><nav><a href='/'>首页</a><a>政务公开</a></nav>"
        "<div class='location'>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 年度报告</div>"
        "<table class='xxgk'><tr><td>索引号：</td><td>001/2024-00012</td><td>发布机构：</td><td>县局</td></tr>"
        "<tr><td>发文日期：</td><td>2024-01-20</td><td>主题分类：</td><td>综合政务</td></tr></table>"
        "<div class='main'><div class='article'><div class='info'>发布时间：2024-01-20 来源：县局 浏览次数：1234"
        "【字体：<a>大</a> <a>中</a> <a>小</a>】</div><div id='zoom'>"
    )
    tail = (
        "</div><div class='share'>分享到：<a>微信</a><a>微博</a></div>"
        "<div class='btns'>[打印本页] [关闭窗口]</div></div>"
    )
    footer = (
        "</div><footer><p>主办单位：县人民政府办公室 联系电话：0000-1234567</p>"
        "<p>版权所有 © 县人民政府 ICP备00000000号 公网安备 00000000000000号 网站标识码：0000000000</p></footer>"
        "</body></html>"
    )
    page = head + article + tail
    related = []
    n = 0
    while len((page + "".join(related) + footer).encode()) < size:
        n += 1
        related.append(RELATED.format(n=n, day=n % 28 + 1))
    return (page + "<div class='related'><ul>" + "".join(related) + "</ul></div>" + footer).encode()


def import_files(repeat: int) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="ogi-bench-import-") as tmp:
        workdir = Path(tmp)
        docx = export_docx(long_national_draft(_paragraphs_for(PDF_PAGES)), workdir / "report.docx")
        pdf = to_pdf(docx, workdir)
        page = workdir / "report.html"
        page.write_bytes(portal_page(read_docx_lines(docx), PAGE_BYTES))
        import_report(docx, FORMAT)  # one untimed round: modules loaded, as in the running app
        results = [
            Result(BASELINE, time_ms(lambda: import_report(docx, FORMAT), repeat), note="baseline"),
        ]
        if pdf is not None:
            import_report(pdf, FORMAT)
            results.append(
                Result(
                    f"import: PDF of the same report ({_pages(pdf)} pages)",
                    time_ms(lambda: import_report(pdf, FORMAT), repeat),
                    baseline=BASELINE,
                    target="≤ 1000 ms",
                    limit=1000,
                )
            )
        results.append(
            Result(
                f"import: portal page ({page.stat().st_size // 1024} KB)",
                time_ms(lambda: import_report(page, FORMAT), repeat),
                baseline=BASELINE,
                target="≤ 1000 ms",
                limit=1000,
            )
        )
    return results


def _paragraphs_for(pages: int) -> int:
    # the tables and the other sections take about four pages; a page holds about six paragraphs
    return max(1, round((pages - 4) * 5.75))


def _pages(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
