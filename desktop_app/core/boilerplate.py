"""Boilerplate: a section's text rendered from the draft's facts by the format's jinja2 template.

Templates run in jinja2's sandbox with StrictUndefined: a template cannot reach attributes
outside the facts, and a fact it needs but the draft lacks is a MissingFactError naming the
field, never a blank in the report.

Template output: paragraphs are separated by blank lines; single line breaks inside a
paragraph are joined (Chinese needs no space), so templates can be written readably.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from desktop_app.core.errors import MissingFactError, TemplateError
from desktop_app.core.formats.spec import FieldKind, FormatSpec, SectionSpec, load_format, read_template_source
from desktop_app.core.formats.template_cells import Blank, sentence_cells
from desktop_app.core.model import Draft, FactValue

_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


def _cn_list(items: Any, sep: str = "、") -> str:
    if isinstance(items, str):
        return items
    # items typed with their own end punctuation must not double it
    cleaned = (str(i).strip().rstrip("。；;，,、") for i in items or [])
    return sep.join(i for i in cleaned if i)


def _money(value: Any) -> str:
    """12.5 → "12.5", 30.0 → "30": yuan as a clerk writes them; a blank stays the blank."""
    if isinstance(value, Blank):
        return str(value)
    number = float(value or 0)
    return f"{number:.2f}".rstrip("0").rstrip(".") if number % 1 else str(int(number))


# what a template's own arithmetic can raise: a fault of the template, reported as one
_TEMPLATE_FAULTS = (ArithmeticError, TypeError, ValueError)
MAX_POWER_BITS = 4096  # 10**1000 and beyond: no count or sum in a report
MAX_REPEAT = 100_000  # characters or items one "*" may build


class _BoundedSandbox(ImmutableSandboxedEnvironment):
    """jinja2's sandbox bounds range() but not ** or *, so a template could build a value
    that never finishes (``9**(9**9)`` even hangs compiling, as jinja2 folds constants;
    intercepting the operators stops that too)."""

    intercepted_binops = frozenset({"**", "*"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if (operator == "**" and _huge_power(left, right)) or (operator == "*" and _huge_repeat(left, right)):
            raise SecurityError(f"{operator!r} would build a value too large for a report")
        return super().call_binop(context, operator, left, right)


def _huge_power(base: Any, exponent: Any) -> bool:
    if not isinstance(base, int | float) or not isinstance(exponent, int | float):
        return False
    limit = 1000 if isinstance(base, float) or isinstance(exponent, float) else MAX_POWER_BITS  # floats end at 2**1024
    try:
        return abs(base) > 1 and abs(exponent) * math.log2(abs(base)) > limit
    except (OverflowError, ValueError):
        return True


def _huge_repeat(left: Any, right: Any) -> bool:
    for items, times in ((left, right), (right, left)):
        if isinstance(items, str | list | tuple) and isinstance(times, int):
            return len(items) * times > MAX_REPEAT
    return False


@cache
def _environment(format_id: str) -> jinja2.Environment:
    env = _BoundedSandbox(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        loader=jinja2.FunctionLoader(lambda name: read_template_source(format_id, name)),
    )
    env.filters["cnlist"] = _cn_list
    env.filters["money"] = _money
    return env


@cache
def _template(format_id: str, source_or_name: str, inline: bool) -> jinja2.Template:
    env = _environment(format_id)
    try:
        return env.from_string(source_or_name) if inline else env.get_template(source_or_name)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError("template:syntax", line=exc.lineno, detail=exc.message or "") from exc


def fact_context(spec: FormatSpec, draft: Draft) -> dict[str, Any]:
    """The names a template sees: the facts (with declared defaults), year, agency, last year."""
    context: dict[str, Any] = {}
    last_year: dict[str, Any] = dict(draft.last_year_facts)
    for field in spec.fields:
        value = draft.facts.get(field.key)
        context[field.key] = field.default if value is None else value
        if field.table is not None:
            # every cell, a never-filled one as the blank the review flags, never as 0:
            # templates quote cells as {{ t3.new.total }}
            table_value = value if isinstance(value, dict) else None
            context[field.key] = sentence_cells(field.table, table_value, draft.year)
            if isinstance(last_year.get(field.key), dict):
                last_year[field.key] = sentence_cells(field.table, last_year[field.key], draft.year - 1)
    context.update(
        year=draft.year,
        agency={
            "full_name": draft.agency.full_name,
            "short_name": draft.agency.short_name or draft.agency.full_name,
            "parent_government": draft.agency.parent_government,
            "website_name": draft.agency.website_name,
            # 局 / 委 / 办 …: how the report refers to itself (我局, 局领导)
            "kind": (draft.agency.short_name or draft.agency.full_name or "局")[-1],
        },
        last_year=last_year,
    )
    return context


def missing_facts(spec: FormatSpec, section: SectionSpec, draft: Draft) -> list[str]:
    """Required fields of this section that have no value yet."""
    return [
        key
        for key in section.fields
        if spec.field(key).required and _is_blank(draft.facts.get(key), spec.field(key).kind)
    ]


def _is_blank(value: FactValue, kind: FieldKind) -> bool:
    if value is None:
        return True
    if kind in (FieldKind.TEXT, FieldKind.DATE) and isinstance(value, str):
        return not value.strip()
    return False


def render_section(draft: Draft, section_id: str, spec: FormatSpec | None = None) -> str:
    spec = spec or load_format(draft.format_id)
    section = spec.section(section_id)
    missing = missing_facts(spec, section, draft)
    if missing:
        raise MissingFactError(missing[0], section_id)
    template = _template(spec.id, section.template, inline=False)
    try:
        raw = template.render(fact_context(spec, draft))
    except jinja2.UndefinedError as exc:
        match = _UNDEFINED_NAME.search(str(exc))
        name = (match.group(1) or match.group(2)) if match else str(exc)
        raise MissingFactError(name, section_id) from exc
    except (jinja2.TemplateError, *_TEMPLATE_FAULTS) as exc:  # 1/0, range(10**9), text compared with a number
        raise TemplateError("template:section", section=section_id, error=type(exc).__name__, detail=str(exc)) from exc
    return normalise_paragraphs(raw)


def render_title(draft: Draft, spec: FormatSpec | None = None) -> list[str]:
    """The title's printed lines: the clerk's own (``Draft.title``) or the format's."""
    own = [line.strip() for line in (draft.title or "").splitlines() if line.strip()]
    return own or format_title(draft, spec)


def format_title(draft: Draft, spec: FormatSpec | None = None) -> list[str]:
    """The title's lines as the format words them (…政府信息公开工作年度报告)."""
    spec = spec or load_format(draft.format_id)
    context = fact_context(spec, draft)
    lines = []
    for line in spec.title_lines:
        try:
            lines.append(_template(spec.id, line, inline=True).render(context).strip())
        except jinja2.UndefinedError as exc:
            raise MissingFactError(str(exc), "title") from exc
        except (jinja2.TemplateError, *_TEMPLATE_FAULTS) as exc:
            raise TemplateError("template:title", error=type(exc).__name__, detail=str(exc)) from exc
    return [line for line in lines if line]


def section_inputs(spec: FormatSpec, section_id: str) -> frozenset[str]:
    """What a section's template reads: fact keys, and ``year`` and ``agency`` (the names
    a template sees, ``fact_context``). A change to one of them changes the generated text."""
    return _template_inputs(spec.id, spec.section(section_id).template)


@cache
def _template_inputs(format_id: str, name: str) -> frozenset[str]:
    from jinja2 import meta

    env = _environment(format_id)
    try:
        tree = env.parse(read_template_source(format_id, name))
        names = set(meta.find_undeclared_variables(tree))
        for other in meta.find_referenced_templates(tree):  # what an {% include %} reads too
            if other and other != name:
                names |= _template_inputs(format_id, other)
        return frozenset(names)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError("template:syntax", line=exc.lineno, detail=exc.message or "") from exc


def normalise_paragraphs(raw: str) -> str:
    """Blank-line separated blocks → one paragraph per line."""
    blocks = re.split(r"\n\s*\n", raw.strip())
    paragraphs = ["".join(line.strip() for line in block.splitlines()) for block in blocks]
    return "\n".join(p for p in paragraphs if p)


def title_text(draft: Draft, spec: FormatSpec | None = None) -> str:
    """The title on one line (a file name, a heading); the agency and year while it cannot render."""
    try:
        return "".join(render_title(draft, spec))
    except (MissingFactError, TemplateError):
        return f"{draft.agency.full_name}{draft.year}"
