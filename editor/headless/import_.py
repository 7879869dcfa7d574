"""``diagram-editor import FILE``: a draw.io, Excalidraw or Mermaid file as a new document.

The source is only read; the result goes to ``-o`` (or beside the source as ``NAME.diagram.json``).
Losses print as warnings, one line per kind; an undecodable file is one located line and exit 2.
Sources without coordinates (Mermaid) are laid out automatically before they are written.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from editor.headless.options import NumberRange
from editor.importers import ImportFormatError, ImportResult, import_path
from editor.model import Document, DocumentError, save
from editor.model.text import is_language_tag

_SOURCE_ENDINGS = re.compile(r"(\.drawio|\.excalidraw)?(\.xml|\.svg|\.png|\.json|\.mmd|\.mermaid|\.md)?$", re.I)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="a .drawio/.xml, .drawio.svg/.png, .excalidraw(.svg/.png) or Mermaid file"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="document to write (default: FILE's name + .diagram.json); {page} numbers pages",
    )
    pages = parser.add_mutually_exclusive_group()
    pages.add_argument(
        "--page",
        type=NumberRange(0, 100_000, whole=True),
        metavar="N",
        help="import page N of a multi-page draw.io file, or the Nth flowchart of a Markdown file (default: the first)",
    )
    pages.add_argument("--all-pages", action="store_true", help="import every page, one document each")
    parser.add_argument(
        "--lang", metavar="CODE", help="source language of the texts (default: detected from their script)"
    )
    parser.add_argument(
        "--direction",
        choices=("TB", "LR", "BT", "RL"),
        help="layout direction for sources without coordinates, such as Mermaid (default: the layout chooses)",
    )


def default_output(source: Path) -> Path:
    stem = _SOURCE_ENDINGS.sub("", source.name) or source.name
    return source.with_name(f"{stem}.diagram.json")


def _targets(args: argparse.Namespace, count: int) -> list[Path]:
    pattern = args.output or str(default_output(Path(args.file)))
    if count == 1:
        return [Path(pattern.replace("{page}", "1"))]
    if "{page}" not in pattern:
        base = pattern.removesuffix(".diagram.json").removesuffix(".json")
        pattern = base + "-{page}.diagram.json"
    return [Path(pattern.replace("{page}", str(number))) for number in range(1, count + 1)]


def laid_out(result: ImportResult, direction: str | None = None) -> Document:
    """The document, laid out automatically when its source had no coordinates."""
    if not result.needs_layout:
        return result.document
    try:
        from editor.arrange.auto_layout import auto_layout
    except ModuleNotFoundError:
        raise ImportFormatError(f"{result.report.source}: automatic layout is not available in this build") from None
    chosen = {} if direction is None else {"direction": direction}
    document: Document = auto_layout(result.document, **chosen)
    return document


def summary(result: ImportResult) -> str:
    """What arrived of what was found, per kind, and the source language: one line."""
    report = result.report
    parts = [
        f"{name} {tally.arrived}/{tally.found}"
        for name, tally in (("shapes", report.shapes), ("edges", report.edges), ("texts", report.texts))
    ]
    language = result.document.settings.source_language
    return f"{report.format}; {', '.join(parts)}; source language {language}"


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if args.lang is not None and not is_language_tag(args.lang):
        print(
            f"diagram-editor: --lang: {args.lang!r} is not a language tag (for example en, de, ja, ar)", file=sys.stderr
        )
        return 2
    if args.page is not None and args.page < 1:
        print("diagram-editor: --page: pages are numbered from 1", file=sys.stderr)
        return 2
    try:
        results = import_path(source, page=args.page, all_pages=args.all_pages, language=args.lang)
        documents = [laid_out(result, args.direction) for result in results]
    except ImportFormatError as error:
        print(f"diagram-editor: {error}", file=sys.stderr)
        return 2
    targets = _targets(args, len(results))
    if any(target.resolve() == source.resolve() for target in targets):
        print(f"diagram-editor: {source}: the output would overwrite the source; choose another -o", file=sys.stderr)
        return 2
    for result, document, target in zip(results, documents, targets, strict=True):
        for line in result.report.lines():
            print(f"diagram-editor: warning: {line}", file=sys.stderr)
        try:
            save(document, target)
        except DocumentError as error:
            print(f"diagram-editor: {error}", file=sys.stderr)
            return 1
        print(f"{target}: {summary(result)}")
    return 0
