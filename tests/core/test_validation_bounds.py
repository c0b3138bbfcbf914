"""Validation stays bounded on hostile sizes (a hang would stall CI: run in a subprocess)."""

from __future__ import annotations

from typing import Any

import pytest


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


def test_duplicate_passages_diffs_each_sentence_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 paragraphs of near-identical sentences once meant ~2,000² character diffs (42 s).

    Counted, not timed: the number of character diffs stays below a small constant per
    sentence, so the check grows linearly with the report.
    """
    import random

    from desktop_app.core.model import SectionText
    from desktop_app.core.validation import rules_similarity

    calls = 0
    real = rules_similarity.SequenceMatcher

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(rules_similarity, "SequenceMatcher", counting)
    rng = random.Random(5)
    base = "本机关认真贯彻落实政府信息公开条例，进一步完善主动公开目录，及时更新公开内容"
    paragraphs = []
    for number in range(2000):
        chars = list(base)
        for _ in range(3):  # three scattered edits: a near copy, not an exact one
            chars[rng.randrange(len(chars))] = rng.choice("政务公开制度规范落实")
        paragraphs.append("".join(chars) + f"第{number}项。")
    section = SectionText("work", "工作", "\n".join(paragraphs))
    findings = list(rules_similarity.duplicate_passages([section], {}))
    assert findings  # near repeats are still found
    assert calls <= 2 * 3 * 2000
