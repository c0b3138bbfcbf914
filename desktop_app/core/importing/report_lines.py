"""A published report as lines: its title at the top, its 落款 and date at the bottom, and the
body between, with lines that a page break split mid-sentence joined again.

Every rule here looks at one short line at a time (long lines are never titles, headings or
dates), so a hostile one-megabyte line costs one linear pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.cn_dates import ParsedDate, find_date

SHORT = 40  # characters: longer lines are body text, never a title, heading or 落款
# a page saved or copied from a portal puts a breadcrumb and a metadata block above the title
# and share, print and footer lines below the date: the title and the date are looked for
# that far in
TITLE_WINDOW = 12
TRAILER_WINDOW = 10
_YEAR = r"(?P<year>[12][0-9]{3}|[一二][〇零○OoＯｏ0０一二三四五六七八九]{3})"
# "[agency]2017年[度]政府信息公开工作总结 / 年度报告 / 工作报告"
_TITLE = re.compile(
    rf"^(?P<agency>[^，。；！？]{{0,30}}?)\s*(?:关于)?\s*{_YEAR}\s*年度?\s*"
    r"(?P<rest>[^，。；！？]{0,30}?(?:政府信息公开|政务公开|信息公开)[^，。；！？]{0,20}?(?:报告|总结))"
    r"\s*$"
)
_SENTENCE_PUNCT = re.compile(r"[，。；！？,;!?：:]")
# a line ending with one of these ends a sentence (or a clause that may stand alone)
_TERMINAL = set("。！？；：…”’」』）)】》!?;:")
_PAGE_NUMBER = re.compile(
    r"^[-—–－~～\s]*[0-9０-９]{1,4}[-—–－~～\s]*$"
    r"|^第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?$"
    r"|^共\s*[0-9０-９]{1,4}\s*页\s*[,，/／]?\s*第\s*[0-9０-９]{1,4}\s*页$"
    r"|^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$"
)
_BARE_NUMBER = re.compile(r"^[0-9０-９]{1,4}$")
_CONTENTS = re.compile(r"^目\s*录$")
# a table-of-contents entry: a title, dot leaders or spaces, a page number
_CONTENTS_ENTRY = re.compile(r"^(?P<title>.{1,60}?)\s*(?:[.．…·_\-—]{2,}|\s{2,})\s*[0-9０-９]{1,3}$")
_HEAD_REPEATS = 3  # a short line printed this often is a running header or footer
_HEAD_MAX = 40
_LEVEL1 = re.compile(r"^(?:第\s*)?[一二三四五六七八九十]{1,3}\s*(?:部分)?\s*[、，,．.:：]")
_SUBHEADING = re.compile(r"^(?:[（(]\s*[一二三四五六七八九十0-9０-９]{1,3}\s*[）)]|[0-9０-９]{1,2}\s*[、．.](?![0-9]))")
_DATE_DECORATION = re.compile(r"^(?:成文日期|日期|时间)?\s*[:：]?\s*[（(]?|[）)]?\s*$")
_AGENCY_SUFFIX = re.compile(
    r"(?:局|委|办|院|府|室|中心|会|所|处|厅|部|署|队|站|馆|司|社|行|厂|公司|政府|委员会|办公室|小组)$"
)
_SPACED = re.compile(r"\S[ \u3000]+\S")
_TABULAR_MAX = 200
_CLAUSE = re.compile(r"[，,、；;]")
_WRAP_MIN = 16  # shorter unfinished lines are labels, never a hard wrap
_WRAPS = 3  # lines of one width that make a hard wrap
_SEAL = re.compile(r"[（(]\s*(?:盖章|章|印章|公章)\s*[）)]$")


@dataclass
class TitleInfo:
    agency: str | None = None
    year: int | None = None
    date: ParsedDate | None = None  # a date printed under the title, if any
    leftover: list[str] = field(default_factory=list)  # title-block lines that are neither


@dataclass
class TrailerInfo:
    date: ParsedDate | None = None
    issuer: str | None = None
    after_date: list[str] = field(default_factory=list)  # lines below the date: kept, unplaced


def non_empty_lines(text: str) -> list[str]:
    # blank lines carry no meaning: published text is often double-spaced
    return [_trimmed(line) for line in text.split("\n") if line.strip()]


def _trimmed(line: str) -> str:
    """The line without its outer white space; a table row (cells joined by tabs) keeps its
    outer tabs, which are blank cells (a blank is not a 0)."""
    stripped = line.strip()
    if "\t" not in stripped:
        return stripped
    return line.strip(" \r\f\v\u3000\xa0")


def drop_page_numbers(lines: list[str]) -> tuple[list[str], int]:
    """Page numbers ("— 3 —", "第 2 页 共 5 页") dropped. A bare "3" is a page number only
    between prose lines: in a table copied one cell per line it is a cell."""
    kept = []
    for index, line in enumerate(lines):
        is_page = len(line) <= 20 and _PAGE_NUMBER.match(line) is not None
        if is_page and (not _BARE_NUMBER.match(line) or _between_prose(lines, index)):
            continue
        kept.append(line)
    return kept, len(lines) - len(kept)


def _between_prose(lines: list[str], index: int) -> bool:
    before = lines[index - 1] if index > 0 else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return len(before) > SHORT and not _BARE_NUMBER.match(after)


def drop_running_heads(lines: list[str]) -> tuple[list[str], int]:
    """A short line printed on every page (the report's title, the agency's name as a running
    header): kept where it first stands, dropped where it repeats. Table labels repeat too, but
    they carry no year and no 报告/公开 title word."""
    counts: dict[str, int] = {}
    for line in lines:
        if len(line) <= _HEAD_MAX:
            counts[line] = counts.get(line, 0) + 1
    heads = {
        line
        for line, n in counts.items()
        if n >= _HEAD_REPEATS and re.search(r"报告|总结", line) and re.search(r"[12][0-9]{3}|年", line)
    }
    if not heads:
        return lines, 0
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        if line in heads and line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return kept, len(lines) - len(kept)


def drop_contents(lines: list[str]) -> tuple[list[str], int]:
    """A 目录 block: the word 目录, then short entry lines (with or without page numbers), up to
    the line where the first entry comes again as the body's heading. Entries with dot leaders
    are dropped wherever they stand."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _CONTENTS.match(line.replace("\u3000", "")):
            end = _contents_end(lines, index + 1)
            index = end
            continue
        if len(line) <= SHORT * 2 and _CONTENTS_ENTRY.match(line) and re.search(r"[.．…·]{3,}", line):
            index += 1
            continue
        kept.append(line)
        index += 1
    return kept, len(lines) - len(kept)


def _contents_end(lines: list[str], start: int) -> int:
    entries: list[str] = []
    index = start
    while index < len(lines) and index - start < 40:
        line = lines[index]
        entry = _CONTENTS_ENTRY.match(line)
        title = (entry.group("title") if entry else line).strip()
        if len(line) > SHORT * 2 or _SENTENCE_PUNCT.search(title[-1:] or "。"):
            break
        if entries and title == entries[0]:
            break  # the body starts with the first entry's heading
        entries.append(title)
        index += 1
    return index


def take_title(lines: list[str]) -> tuple[TitleInfo, list[str]]:
    """Read the agency and year from the first lines; return the lines after the title."""
    info = TitleInfo()
    window = []
    for line in lines[:TITLE_WINDOW]:
        if len(line) > SHORT * 2 or is_level1(line):
            break
        window.append(line)
    for index, line in enumerate(window):
        match = _TITLE.match(line)
        year = year_value(match.group("year")) if match else None
        if match is None or year is None:
            continue
        info.year = year
        before = window[:index]
        in_line = match.group("agency").strip()
        # above the year, its place says "agency": any short name will do
        if in_line and looks_like_agency(in_line, by_place=True):
            info.agency = in_line
        elif in_line:
            info.leftover.append(in_line)
        # the agency on the line(s) above the title, possibly broken over two lines
        joined = "".join(before)
        if before and info.agency is None and looks_like_agency(joined, by_place=True):
            info.agency = joined
        else:
            info.leftover[:0] = before
        rest = lines[index + 1 :]
        # a date, or the agency, printed under the title belongs to the title block
        while rest and len(rest[0]) <= SHORT:
            if info.date is None and (parsed := date_line(rest[0])) is not None:
                info.date = parsed
            elif info.agency is None and looks_like_agency(rest[0]):
                info.agency = rest[0]
            else:
                break
            rest = rest[1:]
        return info, rest
    return info, lines


def take_trailer(lines: list[str]) -> tuple[TrailerInfo, list[str]]:
    """Read the date (and the 落款 above it) from the last lines; return the lines above."""
    info = TrailerInfo()
    for back in range(1, min(TRAILER_WINDOW, len(lines)) + 1):
        line = lines[-back]
        parsed = date_line(line)
        signed_by = None
        if parsed is None:
            # "莒南县经济和信息化局　二〇一八年一月九日" on one line
            parsed, signed_by = _signed_date(line)
        if parsed is None:
            continue
        info.date = parsed
        info.after_date = lines[len(lines) - back + 1 :]
        body = lines[: len(lines) - back]
        if signed_by is not None:
            info.issuer = signed_by
            return info, body
        if body and looks_like_agency(body[-1]):
            info.issuer = _SEAL.sub("", body[-1]).strip()
            body = body[:-1]
        return info, body
    return info, lines


def rejoin(lines: list[str]) -> tuple[list[str], int]:
    """Join each line that stops mid-sentence with the next; returns (lines, joins made)."""
    groups: list[list[str]] = []  # pieces of one line: joined once at the end (linear)
    joins = 0
    width = wrap_width(lines)
    for line in lines:
        if groups and _continues(groups[-1], line, width):
            groups[-1].append(line)
            joins += 1
        else:
            groups.append([line])
    return ["".join(pieces) for pieces in groups], joins


def wrap_width(lines: list[str]) -> int | None:
    """The width text was hard-wrapped at (a PDF's or a fixed-width copy's lines), when most
    unfinished lines share one length; None for text whose lines are paragraphs."""
    counts: dict[int, int] = {}
    for line in lines:
        if _WRAP_MIN <= len(line) <= _TABULAR_MAX and line[-1] not in _TERMINAL:
            counts[len(line)] = counts.get(len(line), 0) + 1
    if not counts:
        return None
    width = max(counts, key=lambda n: (counts[n] + counts.get(n - 1, 0) + counts.get(n + 1, 0), n))
    near = counts[width] + counts.get(width - 1, 0) + counts.get(width + 1, 0)
    return width if near >= _WRAPS else None


def _continues(previous: list[str], line: str, width: int | None = None) -> bool:
    last = previous[-1]
    if last[-1] in _TERMINAL or "\t" in last or "\t" in line:
        return False
    # a sentence broken by a page or a hard wrap leaves a long (or full-width) line, or one
    # with a clause already in it; a short unfinished line of bare words is a label or a heading
    if len(last) <= SHORT and not (width and len(last) >= width - 2) and not _CLAUSE.search(last):
        return False
    if _looks_tabular(last) or _looks_tabular(line):
        return False
    # a joined line is a sentence; only a line standing alone can be a heading or date
    if len(previous) == 1 and _is_structural(last):
        return False
    return not _is_structural(line)


def _looks_tabular(line: str) -> bool:
    """A table row copied as text (a label and numbers, or header words): spaced cells,
    no sentence punctuation. Chinese prose runs on without spaces."""
    return len(line) <= _TABULAR_MAX and _SPACED.search(line) is not None and not _SENTENCE_PUNCT.search(line)


def _is_structural(line: str) -> bool:
    """A heading or a date: a line of its own, never the middle of a sentence."""
    if len(line) <= SHORT and (is_level1(line) or _SUBHEADING.match(line)):
        return True
    return date_line(line) is not None


def is_level1(line: str) -> bool:
    return _LEVEL1.match(line) is not None


def _signed_date(line: str) -> tuple[ParsedDate | None, str | None]:
    if len(line) > SHORT * 2:
        return None, None
    found = find_date(line)
    if found is None or line[found.end :].strip(" \u3000）)"):
        return None, None
    name = line[: found.start].strip(" \u3000（(")
    if not looks_like_agency(name):
        return None, None
    return found, _SEAL.sub("", name).strip()


def date_line(line: str) -> ParsedDate | None:
    """The date, when the whole (short) line is one, in brackets or after 日期： at most."""
    if len(line) > SHORT:
        return None
    core = _DATE_DECORATION.sub("", line).strip()
    parsed = find_date(core)
    if parsed is None or parsed.start != 0 or parsed.end != len(core):
        return None
    return parsed


def looks_like_agency(line: str, by_place: bool = False) -> bool:
    """A short name without sentence punctuation, ending like an office does (局, 委, 政府 …);
    ``by_place``: where it stands already says it is a name, so any ending will do."""
    name = _SEAL.sub("", line).strip()
    if not 2 <= len(name) <= 30 or _SENTENCE_PUNCT.search(name):
        return False
    if is_level1(name) or _SUBHEADING.match(name) or re.search(r"[0-9０-９]", name):
        return False
    return by_place or _AGENCY_SUFFIX.search(name) is not None


def year_value(text: str) -> int | None:
    digits = "〇一二三四五六七八九"
    zeros = "零○OoＯｏ0０"
    if text.isascii() and text.isdigit():
        year = int(text)
    else:
        try:
            year = int("".join(str(0 if c in zeros else digits.index(c)) for c in text))
        except ValueError:
            return None
    return year if 1950 <= year <= 2100 else None
