"""Validation stays bounded on hostile sizes (a hang would stall CI: run in a subprocess)."""

from __future__ import annotations


def test_megabyte_sentences_are_checked_in_bounded_time() -> None:
    """A pasted page without punctuation once made the character diff run for minutes."""
    import subprocess
    import sys

    script = (
        "from desktop_app.core.demo import demo_draft\n"
        "from desktop_app.core.validation.runner import validate\n"
        "import random\n"
        "random.seed(3)\n"
        "line = ''.join(chr(random.randint(0x4e00, 0x9fa5)) for _ in range(500_000))\n"
        "d, last = demo_draft(), demo_draft()\n"
        "d.section('intro').text = line\n"
        "d.section('problems').text = line[:-9] + '政府信息公开工作年度报告'\n"
        "last.section('intro').text = line[::-1]\n"
        "print(sorted({f.code for f in validate(d, last)}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=90, check=True)
    assert "invalid-character" in result.stdout  # GB 2312 warning: the checks really ran
