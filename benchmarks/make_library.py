"""Fill a draft store with many drafts: the library benchmarks' data.

Drafts are variations of the demo report: many agencies, ten years each, some signed off,
some with a few revisions, so the store looks like a county's years of work.

    python -m benchmarks.make_library DATA_DIR [--count 1000]
"""

from __future__ import annotations

import argparse
import copy
import sys
import uuid
from datetime import date
from pathlib import Path

from desktop_app.core.demo import demo_draft
from desktop_app.core.model import Agency, Draft, SignOff
from desktop_app.core.storage.store import DraftStore

COUNTIES = ("莒南县", "沂水县", "临沭县", "费县", "平邑县", "蒙阴县", "沂南县", "兰陵县", "郯城县", "河东区")
OFFICES = (
    ("经济和信息化局", "经信局"),
    ("教育局", "教育局"),
    ("财政局", "财政局"),
    ("民政局", "民政局"),
    ("卫生和计划生育局", "卫计局"),
    ("住房和城乡建设局", "住建局"),
    ("交通运输局", "交通局"),
    ("水利局", "水利局"),
    ("农业局", "农业局"),
    ("商务局", "商务局"),
    ("审计局", "审计局"),
    ("环境保护局", "环保局"),
    ("人力资源和社会保障局", "人社局"),
    ("文化广电新闻出版局", "文广新局"),
    ("林业局", "林业局"),
    ("统计局", "统计局"),
    ("司法局", "司法局"),
    ("发展和改革局", "发改局"),
    ("国土资源局", "国土局"),
    ("安全生产监督管理局", "安监局"),
)
FIRST_YEAR = 2015


def variant(base: Draft, index: int) -> Draft:
    """The index-th draft: its own agency, year and id; a third of them signed off."""
    county = COUNTIES[index // len(OFFICES) % len(COUNTIES)]
    office, short = OFFICES[index % len(OFFICES)]
    draft = copy.deepcopy(base)
    draft.id = uuid.uuid4().hex
    draft.agency = Agency(f"{county}{office}", f"县{short}", f"{county}人民政府", f"{county}政府网")
    draft.issuer = draft.agency.full_name
    draft.year = FIRST_YEAR + index // (len(OFFICES) * len(COUNTIES)) % 10
    draft.report_date = date(draft.year + 1, 1, 9)
    intro = draft.sections[0]
    intro.text = intro.text.replace(base.agency.short_name, draft.agency.short_name)
    if index % 3 == 0:
        draft.sign_off = SignOff("张三", "李四", "王五", draft.agency.full_name, draft.report_date)
        draft.sign_off.content_hash = draft.content_hash()
    return draft


def fill(store: DraftStore, count: int) -> list[str]:
    """Add ``count`` drafts (every fourth with two more revisions); returns their ids."""
    base = demo_draft()
    ids = []
    for index in range(count):
        draft = variant(base, index)
        store.create(draft)
        if index % 4 == 1:
            for extra in ("补充一句。", "再补充一句。"):
                draft.sections[-1].text += extra
                store.save(draft)
        ids.append(draft.id)
    return ids


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.make_library", description=__doc__)
    parser.add_argument("data_dir", type=Path, help="folder for the draft database (created)")
    parser.add_argument("--count", type=int, default=1000)
    options = parser.parse_args(argv)
    from desktop_app import paths

    paths.set_data_dir(options.data_dir)
    with DraftStore() as store:
        fill(store, options.count)
        print(f"{len(store.list())} drafts in {store.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
