"""Build the docxtpl template: the app's own styled Word document with Jinja tags for the content.

Everything that makes the output look right (styles, page, grid, page numbers, the draft
mark's header) is taken from a document the app exported, so the template is exactly as
styled as the app's output; only the body, the header's mark and the properties become
template tags. Run as a script to write the template to a file:

    python -m benchmarks.baseline_docxtpl.build_template OUT.docx
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from desktop_app.core.demo import demo_draft
from desktop_app.core.word.export import render_docx_bytes
from desktop_app.core.word.layout import load_layout

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CORE_TAGS = {
    "dc:title": "{{ title }}",
    "dc:creator": "{{ author }}",
    "dc:description": "{{ comments }}",
    "dc:subject": "{{ subject }}",
}


def _tag(tag: str) -> str:
    """A paragraph holding only a docxtpl paragraph-level tag ({%p … %})."""
    return f'<w:p><w:r><w:t xml:space="preserve">{{%p {tag} %}}</w:t></w:r></w:p>'


def _p(style: str, runs: str, extra_ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}</w:pPr>{runs}</w:p>'


def _run(text: str, char_style: str = "") -> str:
    rpr = f'<w:rPr><w:rStyle w:val="{char_style}"/></w:rPr>' if char_style else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def body_xml() -> str:
    layout = load_layout("gbt9704")
    parts = [
        _tag("for line in title_lines"),
        _p("ReportTitle", _run("{{ line }}")),
        _tag("endfor"),
        *[_p("Normal", "") for _ in range(layout.title_blank_lines_after)],
        _tag("for s in sections"),
        _tag("if s.heading"),
        _p("Heading1", _run("{{ s.heading }}")),
        _tag("endif"),
        _tag("for p in s.paragraphs"),
        _p("Normal", _run("{{ p.lead }}", "LeadIn") + _run("{{ p.rest }}")),
        _tag("endfor"),
        _tag("endfor"),
        *[_p("Normal", "", "<w:keepNext/>") for _ in range(layout.signature_blank_lines)],
        _p(
            "Signature",
            _run("{{ issuer }}"),
            '<w:keepNext/><w:ind w:right="{{ issuer_twips }}" w:rightChars="{{ issuer_chars }}"/>',
        ),
        _p("Signature", _run("{{ date_text }}"), '<w:ind w:right="{{ date_twips }}" w:rightChars="{{ date_chars }}"/>'),
    ]
    return "".join(parts)


def build_template() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(render_docx_bytes(demo_draft())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = _template_body(data.decode("utf-8")).encode("utf-8")
            elif info.filename.startswith("word/header"):
                data = re.sub(r"<w:t>[^<]*</w:t>", "<w:t>{{ draft_mark }}</w:t>", data.decode("utf-8")).encode()
            elif info.filename == "docProps/core.xml":
                data = _template_core(data.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, data)
    return out.getvalue()


def _template_body(xml: str) -> str:
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    return xml[:start] + body_xml() + xml[end:]


def _template_core(xml: str) -> str:
    for tag, value in CORE_TAGS.items():
        xml = re.sub(rf"<{tag}>[^<]*</{tag}>|<{tag}/>", f"<{tag}>{value}</{tag}>", xml)
    return xml


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m benchmarks.baseline_docxtpl.build_template OUT.docx", file=sys.stderr)
        return 2
    Path(argv[0]).write_bytes(build_template())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
