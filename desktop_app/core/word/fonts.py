"""Which font names the export writes: the official ones where the machine has them, else the
layout's declared fallbacks, so the document renders as typeset on an ordinary county PC.

The core does not look for fonts itself: the caller passes a ``FontCheck`` (the window asks
Qt's font database, the command line fontconfig or the Windows fonts folder; see
``system_fonts``). ``plan_fonts`` runs before the export, so the clerk is told what the
document will use before it is written; ``apply_plan`` gives the layout with those names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from desktop_app.core.messages.catalogue import render_note
from desktop_app.core.word.layout import Font, Layout

FontCheck = Callable[[str], bool]  # is a font family of this name installed?


@dataclass(frozen=True)
class Substitution:
    official: str
    used: str
    bold: bool = False


@dataclass(frozen=True)
class FontNote:
    """What the clerk is told about one official font the machine lacks."""

    code: str  # a catalogue note code: font-substituted, font-fallback-absent, font-kept-strict, font-no-fallback
    official: str
    used: str
    bold: bool = False

    def text(self, lang: str = "zh_CN") -> str:
        zh = lang.lower().startswith("zh")
        used = self.used + (("（加粗）" if zh else " (bold)") if self.bold else "")
        return render_note(self.code, {"official": self.official, "used": used}, lang)


@dataclass(frozen=True)
class FontPlan:
    substitutions: tuple[Substitution, ...] = ()
    notes: tuple[FontNote, ...] = ()

    def used(self, official: str) -> Substitution:
        for s in self.substitutions:
            if s.official == official:
                return s
        return Substitution(official, official)


OFFICIAL = FontPlan()  # every official name kept, nothing checked


def layout_font_names(layout: Layout) -> list[str]:
    """The fonts the layout names for Chinese text, in order of first use, once each."""
    fonts = (
        layout.body,
        layout.title,
        layout.heading1,
        layout.heading2,
        layout.page_number,
        layout.draft_mark_font,
        layout.table.font,
        layout.table.header_font,
    )
    return list(dict.fromkeys(f.name for f in fonts))


def installed(layout: Layout, has_font: FontCheck, name: str) -> bool:
    info = layout.font_info(name)
    return any(has_font(n) for n in (name, *info.aliases, *([info.alt_name] if _is_alias(info.alt_name) else [])))


def _is_alias(alt_name: str) -> bool:
    # an ASCII alternate name (FangSong, SimSun) is the same font's English name; a Chinese
    # one (仿宋 for 仿宋_GB2312) is another font and must not count as having this one
    return bool(alt_name) and alt_name.isascii()


def plan_fonts(layout: Layout, has_font: FontCheck | None, strict: bool = False) -> FontPlan:
    """What the export will write for each official font, and the notes for the clerk."""
    if has_font is None:
        return OFFICIAL
    substitutions: list[Substitution] = []
    notes: list[FontNote] = []
    for name in layout_font_names(layout):
        if installed(layout, has_font, name):
            continue
        fallbacks = layout.font_info(name).fallbacks
        if not fallbacks:
            notes.append(FontNote("font-no-fallback", name, name))
            continue
        if strict:
            notes.append(FontNote("font-kept-strict", name, name))
            continue
        chosen = next((f for f in fallbacks if installed(layout, has_font, f.name)), None)
        if chosen is None:  # the last fallback is what Windows ships: right for the reader's PC
            chosen = fallbacks[-1]
            notes.append(FontNote("font-fallback-absent", name, chosen.name, chosen.bold))
        else:
            notes.append(FontNote("font-substituted", name, chosen.name, chosen.bold))
        substitutions.append(Substitution(name, chosen.name, chosen.bold))
    return FontPlan(tuple(substitutions), tuple(notes))


def apply_plan(layout: Layout, plan: FontPlan) -> Layout:
    """``layout`` with every substituted font name replaced (and bold where the plan says)."""
    if not plan.substitutions:
        return layout

    def font(f: Font) -> Font:
        s = plan.used(f.name)
        return replace(f, name=s.used, bold=f.bold or s.bold)

    return replace(
        layout,
        body=font(layout.body),
        title=font(layout.title),
        heading1=font(layout.heading1),
        heading2=font(layout.heading2),
        page_number=font(layout.page_number),
        draft_mark_font=font(layout.draft_mark_font),
        table=replace(layout.table, font=font(layout.table.font), header_font=font(layout.table.header_font)),
    )


def checker(families: Iterable[str]) -> FontCheck:
    """A FontCheck over a list of installed family names (case and spacing as listed)."""
    known = {f.strip().casefold() for f in families if f.strip()}
    return lambda name: name.casefold() in known
