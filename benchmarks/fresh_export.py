"""The first export in a fresh process (run as a child by run.py; prints one number, in ms).

The draft is built first, untimed, as it is in a running app that has a draft open (which
has loaded the model, the format and jinja2). The timed part is everything the first export
costs from there: importing the exporter (or docxtpl, or python-docx) and rendering to bytes.

    python -m benchmarks.fresh_export app|docxtpl|docx [TEMPLATE.docx]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_app.core.demo import demo_draft


def main(argv: list[str]) -> int:
    kind = argv[0]
    draft = demo_draft()
    template = Path(argv[1]).read_bytes() if kind == "docxtpl" else b""
    if kind == "docx":
        from benchmarks.report_content import content_of

        content = content_of(draft)
    start = time.perf_counter()
    if kind == "app":
        from desktop_app.core.word.export import render_docx_bytes

        data = render_docx_bytes(draft)
    elif kind == "docxtpl":
        from benchmarks.baseline_docxtpl.render import render

        data = render(template, draft)
    elif kind == "docx":
        from benchmarks.baseline_docx import render as render_bare

        data = render_bare(content)
    else:
        print(f"unknown kind {kind!r}", file=sys.stderr)
        return 2
    elapsed = (time.perf_counter() - start) * 1000
    assert data.startswith(b"PK")
    print(f"{elapsed:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
