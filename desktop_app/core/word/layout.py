"""The layout profile (templates/layouts/<id>.toml) as typed data for the Word export."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.core.errors import FormatPackError
from desktop_app.resources import templates_root

TWIPS_PER_MM = 1440 / 25.4
TWIPS_PER_PT = 20


@dataclass(frozen=True)
class Font:
    name: str
    size_pt: float
    bold: bool = False  # a fallback may stand in for a heavy face with a bold ordinary one

    @property
    def half_points(self) -> int:
        return round(self.size_pt * 2)


@dataclass(frozen=True)
class Fallback:
    name: str
    bold: bool = False


@dataclass(frozen=True)
class FontInfo:
    """What the layout knows of a font: its font-table entry, other installed names, fallbacks."""

    name: str
    alt_name: str = ""
    aliases: tuple[str, ...] = ()
    family: str = "auto"
    pitch: str = "variable"
    charset: str = "86"  # GB 2312
    fallbacks: tuple[Fallback, ...] = ()


@dataclass(frozen=True)
class TableLayout:
    """Statistical tables: a smaller size than the body, their own exact line pitch."""

    font: Font = Font("仿宋_GB2312", 10.5)  # 五号
    header_font: Font = Font("仿宋_GB2312", 10.5)
    line_twips: int = 300  # exact, 15 pt
    cell_margin: int = 57  # twips left and right of the text in a cell (1 mm)
    border_eighths: int = 4  # single line, 0.5 pt
    min_row_height: int = 340  # twips (6 mm), so short rows stay easy to read


@dataclass(frozen=True)
class Layout:
    id: str
    page_w: int  # twips
    page_h: int
    margin_top: int
    margin_bottom: int
    margin_left: int
    margin_right: int
    footer_distance: int
    lines_per_page: int
    chars_per_line: int
    grid_type: str
    grid_line_pitch: int  # twips
    grid_char_space: int
    body: Font
    body_latin: str
    body_char_spacing: int  # twentieths of a point (w:spacing in w:rPr)
    body_line_twips: int
    first_line_indent_chars: int
    justify: bool
    title: Font
    title_line_twips: int
    title_blank_lines_after: int
    heading1: Font
    heading2: Font
    page_number: Font
    page_number_dash: str
    page_number_side_chars: int
    signature_blank_lines: int
    signature_right_chars: int
    draft_mark: str
    draft_mark_font: Font
    table: TableLayout = TableLayout()
    fonts: tuple[FontInfo, ...] = ()

    @property
    def text_width(self) -> int:
        return self.page_w - self.margin_left - self.margin_right

    def font_info(self, name: str) -> FontInfo:
        for info in self.fonts:
            if info.name == name:
                return info
        return FontInfo(name)


def _mm(value: float) -> int:
    return round(value * TWIPS_PER_MM)


def _table_layout(t: dict[str, Any], body_font: str) -> TableLayout:
    size = t.get("size_pt", 10.5)
    return TableLayout(
        font=Font(t.get("font", body_font), size),
        header_font=Font(t.get("header_font", t.get("font", body_font)), t.get("header_size_pt", size)),
        line_twips=round(t.get("line_pitch_pt", 15) * TWIPS_PER_PT),
        cell_margin=_mm(t.get("cell_margin_mm", 1.0)),
        border_eighths=round(t.get("border_pt", 0.5) * 8),
        min_row_height=_mm(t.get("min_row_height_mm", 6.0)),
    )


def _fonts(d: dict[str, Any]) -> tuple[FontInfo, ...]:
    return tuple(
        FontInfo(
            name=name,
            alt_name=f.get("alt_name", ""),
            aliases=tuple(f.get("aliases", ())),
            family=f.get("family", "auto"),
            pitch=f.get("pitch", "variable"),
            charset=f.get("charset", "86"),
            fallbacks=tuple(Fallback(b["name"], b.get("bold", False)) for b in f.get("fallbacks", ())),
        )
        for name, f in d.items()
    )


@cache
def load_layout(layout_id: str = "gbt9704") -> Layout:
    path = templates_root() / "layouts" / f"{layout_id}.toml"
    try:
        d = tomllib.loads(path.read_text(encoding="utf-8"))
        page, grid, body, title = d["page"], d["grid"], d["body"], d["title"]
        number, signature, mark = d["page_number"], d["signature"], d["draft_mark"]
        return Layout(
            id=d["id"],
            page_w=_mm(page["width_mm"]),
            page_h=_mm(page["height_mm"]),
            margin_top=_mm(page["margin_top_mm"]),
            margin_bottom=_mm(page["margin_bottom_mm"]),
            margin_left=_mm(page["margin_left_mm"]),
            margin_right=_mm(page["margin_right_mm"]),
            footer_distance=_mm(page["footer_distance_mm"]),
            lines_per_page=page["lines_per_page"],
            chars_per_line=page["chars_per_line"],
            grid_type=grid["type"],
            grid_line_pitch=grid["line_pitch_twips"],
            grid_char_space=grid["char_space"],
            body=Font(body["font"], body["size_pt"]),
            body_latin=body["font_latin"],
            body_char_spacing=round(body.get("char_spacing_pt", 0) * TWIPS_PER_PT),
            body_line_twips=round(body["line_pitch_pt"] * TWIPS_PER_PT),
            first_line_indent_chars=body["first_line_indent_chars"],
            justify=body["justify"],
            title=Font(title["font"], title["size_pt"]),
            title_line_twips=round(title["line_pitch_pt"] * TWIPS_PER_PT),
            title_blank_lines_after=title["blank_lines_after"],
            heading1=Font(d["heading1"]["font"], d["heading1"]["size_pt"]),
            heading2=Font(d["heading2"]["font"], d["heading2"]["size_pt"]),
            page_number=Font(number["font"], number["size_pt"]),
            page_number_dash=number["dash"],
            page_number_side_chars=number["side_indent_chars"],
            signature_blank_lines=signature["blank_lines_before"],
            signature_right_chars=signature["right_indent_chars"],
            draft_mark=mark["text"],
            draft_mark_font=Font(mark["font"], mark["size_pt"]),
            table=_table_layout(d.get("table", {}), body["font"]),
            fonts=_fonts(d.get("fonts", {})),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise FormatPackError("format-pack:layout", layout_id=layout_id, detail=str(exc)) from exc
