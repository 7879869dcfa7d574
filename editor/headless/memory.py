"""``diagram-editor memory``: what the translation memory holds, TMX 1.4 export and import, clearing.

``memory`` lists the entries per language pair and provider; ``memory --export FILE.tmx [--lang L]``
writes TMX 1.4 for CAT tools; ``memory --import FILE.tmx`` adds a TMX file's units (from any
tool); ``memory --clear --lang L``, ``--clear --provider P`` or ``--clear --all`` delete entries.
Exit codes: 0 done, 1 the memory or the file could not be written, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from editor.i18n.memory import NO_PROVIDER, TranslationMemory
from editor.i18n.tmx import export_tmx, read_tmx
from editor.model import DocumentError
from editor.model.atomic_files import write_atomically
from editor.model.text import is_language_tag

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--export", metavar="FILE", help="write the entries to a TMX 1.4 file")
    action.add_argument("--import", dest="import_file", metavar="FILE", help="add the units of a TMX file")
    action.add_argument("--clear", action="store_true", help="delete entries: with --lang, --provider or --all")
    parser.add_argument("--lang", metavar="LANG", help="only this target language (list, export, clear)")
    parser.add_argument(
        "--provider", metavar="NAME", help=f"only entries this provider made (clear); {NO_PROVIDER!r}: made by people"
    )
    parser.add_argument("--all", action="store_true", help="with --clear: delete every entry")


def _fail(message: str, code: int) -> int:
    print(f"diagram-editor: memory: {message}", file=sys.stderr)
    return code


def _list(memory: TranslationMemory, language: str | None) -> int:
    print(f"translation memory: {memory.path}")
    pairs: dict[tuple[str, str], Counter[str]] = {}
    for count in memory.counts():
        if language is None or count.target_language == language:
            by_provider = pairs.setdefault((count.source_language, count.target_language), Counter())
            by_provider[count.provider or NO_PROVIDER] += count.entries
    for (source, target), by_provider in pairs.items():
        detail = ", ".join(f"{name} {number}" for name, number in sorted(by_provider.items()))
        print(f"  {source} -> {target}: {sum(by_provider.values())} entries ({detail})")
    total = sum(sum(counter.values()) for counter in pairs.values())
    print(f"total: {total} entries" + ("" if pairs else " (the memory is empty)"))
    return EXIT_OK


def _export(memory: TranslationMemory, path: str, language: str | None) -> int:
    folder = Path(path).parent
    if not folder.is_dir():
        return _fail(f"{path}: the folder {folder} does not exist", EXIT_USAGE)
    exported = export_tmx(memory.entries(language))
    try:
        write_atomically(path, exported.data, keep_backup=False)
    except OSError as error:
        return _fail(f"{path}: cannot write: {error.strerror or error}", EXIT_FAILURE)
    left_out = f"; {exported.left_out} left out (characters XML cannot hold)" if exported.left_out else ""
    print(f"wrote {path}: {exported.written} entries (TMX 1.4){left_out}")
    return EXIT_OK


def _import(memory: TranslationMemory, path: str) -> int:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot read: {error.strerror or error}", source=path) from None
    imported = read_tmx(data, source=path)
    written = memory.store(imported.entries)
    pairs = Counter(f"{entry.source_language} -> {entry.target_language}" for entry in imported.entries)
    detail = f" ({', '.join(f'{pair} {number}' for pair, number in sorted(pairs.items()))})" if pairs else ""
    print(f"imported {written} entries from {path}{detail}")
    if imported.skipped:
        print(f"skipped {len(imported.skipped)} units; first: {imported.skipped[0]}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.lang is not None and not is_language_tag(args.lang):
        return _fail(f"--lang: {args.lang!r} is not a language tag (for example de)", EXIT_USAGE)
    if args.clear and args.all == bool(args.lang or args.provider):
        return _fail("--clear needs --lang LANG, --provider NAME (or both), or --all alone", EXIT_USAGE)
    if args.all and not args.clear:
        return _fail("--all goes with --clear", EXIT_USAGE)
    if args.provider and not args.clear:
        return _fail("--provider goes with --clear", EXIT_USAGE)
    try:
        with TranslationMemory() as memory:
            if args.export:
                return _export(memory, args.export, args.lang)
            if args.import_file:
                return _import(memory, args.import_file)
            if args.clear:
                removed = memory.clear(target_language=args.lang, provider=args.provider)
                print(f"cleared {removed} entries; {len(memory)} left")
                return EXIT_OK
            return _list(memory, args.lang)
    except OSError as error:
        return _fail(f"translation memory unavailable: {error}", EXIT_FAILURE)
