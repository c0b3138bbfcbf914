"""Command-line commands about the store's health: the damage notice every command shows
until acknowledged, ``verify`` and ``acknowledge-damage``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict

from desktop_app.core.storage import damage
from desktop_app.core.storage.store import DraftStore
from desktop_app.paths import database_path

EXIT_OK = 0
EXIT_FINDINGS = 1


def announce_damage(lang: str, notice: object = None) -> None:
    """Loudly, on every run until acknowledged: the database was damaged and moved aside."""
    from desktop_app.core.messages.store_errors import render_error

    if notice is None:
        notice = damage.read(database_path())
    if isinstance(notice, damage.DamageNotice):
        params = asdict(notice)
        params["sources"] = ", ".join(notice.sources)
        print(f"ogi-report: {render_error('store-moved-aside', params, lang)}", file=sys.stderr)


def open_store(lang: str) -> DraftStore:
    store = DraftStore()
    if store.moved_aside is not None:  # moved on this run: announced now, and on every later one
        announce_damage(lang, store.damage)
    return store


def verify(args: argparse.Namespace, lang: str) -> int:
    with open_store(lang) as store:
        problems = store.verify()
        count = len(store.list(include_trashed=True))
    for problem in problems:
        print(f"damaged\t{problem.draft_id}\t{problem.revision or ''}\t{problem.message(lang)}")
    print(f"{count} draft(s) checked, {len(problems)} damaged", file=sys.stderr)
    return EXIT_FINDINGS if problems else EXIT_OK


def acknowledge_damage(args: argparse.Namespace, lang: str) -> int:
    if damage.acknowledge(database_path()):
        print("the damage notice is acknowledged; it will not be shown again")
    else:
        print("there is no damage notice")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, str], int]] = {
    "verify": verify,
    "acknowledge-damage": acknowledge_damage,
}
