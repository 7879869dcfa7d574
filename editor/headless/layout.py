"""``diagram-editor layout FILE [--direction TB|LR|BT|RL] [--lang CODE] [--page N] [-o OUT]``: automatic layout.

Lays a document out as a layered drawing (``editor.arrange.auto_layout``). Another tool's file (a
Mermaid ``.mmd`` or Markdown with mermaid blocks, which has no coordinates of its own, or a draw.io
or Excalidraw file) is imported first, as ``diagram-editor import`` does; its losses are printed on
stderr, one line per kind. Exit codes: 0 done, 1 the layout engine failed or the output could not
be written, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

from editor.arrange.auto_layout import DIRECTIONS, LayoutError, auto_layout
from editor.headless.options import NumberRange
from editor.importers import import_path, is_importable
from editor.importers.report import ImportFormatError
from editor.model import Arrow, Box, Document, DocumentError, Frame, load, save
from editor.render.errors import UnknownLanguageError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", metavar="FILE", help="a .diagram.json document, or a Mermaid, draw.io or Excalidraw file to import"
    )
    parser.add_argument(
        "--direction",
        type=str.upper,
        choices=DIRECTIONS,
        help="where arrows point: TB (down), LR (right), BT (up), RL (left); default: the way most point now",
    )
    parser.add_argument(
        "--lang",
        action="append",
        metavar="CODE",
        help="size boxes for this language's text (repeat, or separate with commas, to fit several: "
        "the widest wins); default: all of the document's languages",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="where to write the document (default: FILE itself)")
    parser.add_argument(
        "--page",
        type=NumberRange(0, 100_000, whole=True),
        metavar="N",
        help="of a draw.io file with several pages, or Markdown with several flowcharts: lay out page N "
        "(default: the first)",
    )


def _load(path: str, page: int | None = None) -> tuple[Document, str]:
    """The document to lay out and the default output path. Another tool's file (Mermaid, draw.io,
    Excalidraw) comes in through the importers, as ``diagram-editor import`` brings it."""
    candidate = Path(path)
    if not is_importable(candidate):
        if page is not None and page > 1:  # a document is one page, as an Excalidraw scene is
            raise ImportFormatError(f"{Path(path).name}: there is no page {page} (the file has 1)")
        return load(path), path
    if candidate.suffix.lower() in (".png", ".svg"):  # our own export carries its document
        with contextlib.suppress(DocumentError):
            return load(path), path
    results = import_path(candidate, page=page)
    for result in results:
        for line in result.report.lines():
            print(f"diagram-editor: layout: {line}", file=sys.stderr)
    stem = Path(path).with_suffix("")
    return results[0].document, f"{stem}.diagram.json"


def run(args: argparse.Namespace) -> int:
    languages = [code.strip() for value in args.lang or [] for code in value.split(",") if code.strip()]
    try:
        document, default_output = _load(args.input, args.page)
    except ImportFormatError as error:
        print(f"diagram-editor: layout: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"diagram-editor: layout: cannot read {args.input}: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        laid_out = auto_layout(document, direction=args.direction or "auto", languages=languages or None)
    except UnknownLanguageError as error:
        print(f"diagram-editor: layout: --lang: {error}", file=sys.stderr)
        return EXIT_USAGE
    except LayoutError as error:
        print(f"diagram-editor: layout: {error}", file=sys.stderr)
        return EXIT_FAILURE
    seconds = time.perf_counter() - started
    output = args.output or default_output
    try:
        save(laid_out, output)
    except DocumentError as error:
        print(f"diagram-editor: {error}", file=sys.stderr)
        return EXIT_FAILURE
    counts = {kind: sum(isinstance(e, kind) for e in laid_out.elements) for kind in (Box, Arrow, Frame)}
    print(
        f"laid out {counts[Box]} boxes, {counts[Arrow]} arrows and {counts[Frame]} frames in {seconds:.2f} s; "
        f"wrote {output}"
    )
    return EXIT_OK
