"""Command-line commands about the draft store: ``list``, ``history``, ``restore``, and its
health: the damage notice every command shows until acknowledged, ``verify`` and
``acknowledge-damage``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict

from desktop_app.cli_common import EXIT_FINDINGS, EXIT_OK, lang_of
from desktop_app.core.messages.cli import say, word
from desktop_app.core.storage import damage
from desktop_app.core.storage.store import DraftStore
from desktop_app.paths import database_path


def announce_damage(lang: str, notice: object = None) -> None:
    """Loudly, on every run until acknowledged: the database was damaged and moved aside."""
    from desktop_app.core.messages.store_errors import render_error

    if notice is None:
        notice = damage.read(database_path())
    if isinstance(notice, damage.DamageNotice):
        params = asdict(notice)
        params["sources"] = ", ".join(notice.sources)
        print(say("prefixed", lang, text=render_error("store-moved-aside", params, lang)), file=sys.stderr)


def open_store(lang: str) -> DraftStore:
    store = DraftStore()
    if store.moved_aside is not None:  # moved on this run: announced now, and on every later one
        announce_damage(lang, store.damage)
    return store


def list_drafts(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    with open_store(lang) as store:
        rows = store.list_trash() if args.trash else store.list()
        for row in rows:
            state = word("state", row.state, lang)
            print(f"{row.id}\t{row.year}\t{row.agency}\t{row.format_id}\t{state}\t{row.updated_at}")
    return EXIT_OK


def history(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    with open_store(lang) as store:
        for rev in store.history(args.id):
            print(f"{rev.id}\t{rev.created_at}\t{word('revision', rev.label, lang) if rev.label else ''}")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import InputError

    with open_store(lang_of(args)) as store:
        if args.revision not in {rev.id for rev in store.history(args.id)}:
            raise InputError("store:restore-unknown", draft_id=args.id, revision=args.revision)
        store.restore_revision(args.id, args.revision)
    print(say("restored", lang_of(args), revision=args.revision, draft_id=args.id))
    return EXIT_OK


def verify(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    with open_store(lang) as store:
        problems = store.verify()
        count = len(store.list(include_trashed=True))
    for problem in problems:
        print(f"{say('damaged', lang)}\t{problem.draft_id}\t{problem.revision or ''}\t{problem.message(lang)}")
    print(say("verify-summary", lang, count=count, damaged=len(problems)), file=sys.stderr)
    return EXIT_FINDINGS if problems else EXIT_OK


def acknowledge_damage(args: argparse.Namespace) -> int:
    told = "damage-acknowledged" if damage.acknowledge(database_path()) else "no-damage-notice"
    print(say(told, lang_of(args)))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": list_drafts,
    "history": history,
    "restore": restore,
    "verify": verify,
    "acknowledge-damage": acknowledge_damage,
}
