"""``diagram-editor export INPUT -o OUTPUT``: PNG or SVG of a document, in one or more languages.

Works with no display. Every output is rendered in memory first and written atomically, so a
failure leaves no partial file behind. Text that overflows its element is reported on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from editor.headless.options import NumberRange
from editor.model import DocumentError, dumps, load
from editor.model.atomic_files import write_atomically

if TYPE_CHECKING:
    from editor.model import Document
    from editor.render.display_list import Overflow

FORMATS = ("png", "svg")


class ExportError(DocumentError):
    """A bad export request: one line, exit code 2."""

    def __init__(self, message: str, *, source: str = "export", where: str = "") -> None:
        super().__init__(message, source=source, where=where)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from editor.render.png import MAX_SCALE  # only here: validate and schema never load the renderer

    parser.add_argument("input", metavar="INPUT", help="a .diagram.json document or a PNG exported with one")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUTPUT", help="file to write; may contain {lang} (needed for several)"
    )
    parser.add_argument("--format", choices=FORMATS, help="png or svg (default: from OUTPUT's extension)")
    parser.add_argument("--lang", metavar="CODE[,CODE]", help="language(s) to export (default: the source language)")
    parser.add_argument(
        "--scale",
        type=NumberRange(0, MAX_SCALE),
        default=1.0,
        metavar="S",
        help="PNG pixels per document pixel (default 1)",
    )
    parser.add_argument(
        "--dpi", type=NumberRange(0, 100_000), metavar="N", help="PNG resolution recorded in pHYs (default 96 x scale)"
    )
    parser.add_argument("--transparent", action="store_true", help="no background colour (the grid stays)")
    parser.add_argument(
        "--padding",
        type=NumberRange(0, 10_000, low_allowed=True, unit="px"),
        default=24.0,
        metavar="PX",
        help="margin around the content (default 24)",
    )
    parser.add_argument("--no-grid", action="store_true", help="leave the grid out")
    parser.add_argument("--embed-fonts", action="store_true", help="SVG: embed subsets of the fonts used")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    shown = f"'.{suffix}'" if suffix else "no extension"
    raise ExportError(
        f"cannot tell the format from {shown}: name the file .png or .svg, or pass --format", source=args.output
    )


def _languages(args: argparse.Namespace, known: list[str], source: str) -> list[str]:
    if not args.lang:
        return [source]
    wanted = [code.strip() for code in args.lang.split(",") if code.strip()]
    if not wanted:
        raise ExportError("--lang names no language")
    for code in wanted:
        if code not in known:
            raise ExportError(f"the document has no language {code!r} (it has: {', '.join(known)})", source=args.input)
    return list(dict.fromkeys(wanted))


def _targets(output: str, languages: list[str]) -> list[Path]:
    if len(languages) > 1 and "{lang}" not in output:
        raise ExportError("several languages need {lang} in OUTPUT, e.g. -o diagram-{lang}.png")
    targets = [Path(output.replace("{lang}", code)) for code in languages]
    for target in targets:
        folder = target.parent if str(target.parent) else Path(".")
        if target.is_dir():
            raise ExportError("is a folder, not a file", source=str(target))
        if not folder.is_dir():
            raise ExportError(f"the folder {folder} does not exist", source=str(target))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ExportError(f"cannot write in {folder} (permission denied)", source=str(target))
    return targets


MAX_OVERFLOW_WARNINGS = 10


def warn_overflows(source: object, overflows: Sequence[Overflow]) -> None:
    """One line per overflowing label, at most ten: a big generated document must not bury the output."""
    for overflow in overflows[:MAX_OVERFLOW_WARNINGS]:
        print(
            f"diagram-editor: warning: {source}: element {overflow.element_id!r} ({overflow.field}, "
            f"{overflow.language}): text overflows by {overflow.overflow:g} px",
            file=sys.stderr,
        )
    hidden = len(overflows) - MAX_OVERFLOW_WARNINGS
    if hidden > 0:
        language = overflows[0].language
        print(
            f"diagram-editor: warning: {source}: {hidden} more labels overflow in {language!r} "
            "(Language > Fit Text in the editor fits them)",
            file=sys.stderr,
        )


def warn_unknown_icons(source: object, document: Document) -> None:
    """One line per element whose icon no icon font has: it would be drawn without it, in silence."""
    from editor.render.icon_names import unknown_icons

    for unknown in unknown_icons(document):
        close = f"close matches: {', '.join(unknown.suggestions)}" if unknown.suggestions else "no close match"
        print(
            f"diagram-editor: warning: {source}: element {unknown.element_id!r} has an unknown icon "
            f"{unknown.icon!r}, drawn without one ({close})",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    kind = _format(args)
    if args.embed_fonts and kind != "svg":
        raise ExportError("--embed-fonts applies to SVG only")
    document = load(args.input)
    settings = document.settings
    languages = _languages(args, settings.languages, settings.source_language)
    targets = _targets(args.output, languages)

    from editor.render.errors import RenderError
    from editor.render.size_check import check_png_size

    if kind == "png":  # before layout: a too-large drawing is refused in the time it takes to load
        try:
            check_png_size(document, scale=args.scale, padding=args.padding)
        except RenderError as error:
            raise ExportError(str(error), source=args.input) from None
    from editor.render.fit import fitted_for_export
    from editor.render.layout import layout_document
    from editor.render.png import to_png
    from editor.render.qt import ensure_gui_application
    from editor.render.svg import to_svg

    ensure_gui_application()
    warn_unknown_icons(args.input, document)
    payloads: list[bytes] = []
    document_json = dumps(document) if kind == "png" else None
    fitted = fitted_for_export(document)  # settings.fit "grow": the editor's Grow geometry, same rule
    try:
        for language in languages:
            display_list = layout_document(fitted, language)
            warn_overflows(args.input, display_list.overflows)
            grid = not args.no_grid
            if kind == "svg":
                text = to_svg(
                    display_list,
                    embed_fonts=args.embed_fonts,
                    padding=args.padding,
                    transparent=args.transparent,
                    grid=grid,
                )
                payloads.append(text.encode("utf-8"))
            else:
                payloads.append(
                    to_png(
                        display_list,
                        document_json,
                        scale=args.scale,
                        dpi=args.dpi,
                        transparent=args.transparent,
                        padding=args.padding,
                        grid=grid,
                    )
                )
    except RenderError as error:
        raise ExportError(str(error), source=args.input) from None
    written: list[Path] = []
    try:
        for target, payload in zip(targets, payloads, strict=True):
            write_atomically(target, payload, keep_backup=False)
            written.append(target)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise ExportError(f"cannot write: {error.strerror or error}", source=str(target)) from None
    for target in targets:
        print(target)
    return 0
