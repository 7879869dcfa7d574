"""``diagram-editor validate FILE...``: load each file and report the first problem in each."""

from __future__ import annotations

import argparse
import sys

from editor.headless.export import warn_unknown_icons
from editor.model import DocumentError, load


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help=".diagram.json documents or exported PNGs")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")


def run(args: argparse.Namespace) -> int:
    failures = 0
    for path in args.files:
        try:
            document = load(path)
        except DocumentError as error:
            failures += 1
            print(f"diagram-editor: {error}", file=sys.stderr)
            continue
        warn_unknown_icons(path, document)
        if not args.quiet:
            languages = ", ".join(document.settings.languages)
            print(f"{path}: valid ({len(document.elements)} elements; languages: {languages})")
    return 2 if failures else 0
