"""``diagram-editor export INPUT -o OUTPUT``: PNG or SVG of a document, in one or more languages.

Works with no display. Every output is rendered in memory first and written atomically, so a
failure leaves no partial file behind. Text that overflows its element is reported on stderr.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model import DocumentError, dumps, load
from editor.model.io import write_atomically

if TYPE_CHECKING:
    from editor.render.display_list import Overflow

FORMATS = ("png", "svg")


class ExportError(DocumentError):
    """A bad export request: one line, exit code 2."""

    def __init__(self, message: str, *, source: str = "export", where: str = "") -> None:
        super().__init__(message, source=source, where=where)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT", help="a .diagram.json document or a PNG exported with one")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUTPUT", help="file to write; may contain {lang} (needed for several)"
    )
    parser.add_argument("--format", choices=FORMATS, help="png or svg (default: from OUTPUT's extension)")
    parser.add_argument("--lang", metavar="CODE[,CODE]", help="language(s) to export (default: the source language)")
    parser.add_argument(
        "--scale", type=float, default=1.0, metavar="S", help="PNG pixels per document pixel (default 1)"
    )
    parser.add_argument("--dpi", type=float, metavar="N", help="PNG resolution recorded in pHYs (default 96 x scale)")
    parser.add_argument("--transparent", action="store_true", help="no background colour (the grid stays)")
    parser.add_argument(
        "--padding", type=float, default=24.0, metavar="PX", help="margin around the content (default 24)"
    )
    parser.add_argument("--no-grid", action="store_true", help="leave the grid out")
    # SVG options: fonts are embedded by default; --embed-fonts stays accepted (it was the opt-in)
    parser.add_argument(
        "--no-embed-fonts", action="store_true", help="SVG: leave the fonts out (viewers use their own)"
    )
    parser.add_argument("--embed-fonts", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--text-as-paths", action="store_true", help="SVG: every glyph as an outline, for readers without our fonts"
    )


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


def _check_numbers(args: argparse.Namespace) -> None:
    from editor.render.png import MAX_SCALE

    if not (math.isfinite(args.scale) and 0 < args.scale <= MAX_SCALE):
        raise ExportError(f"--scale must be more than 0 and at most {MAX_SCALE:g} (got {args.scale:g})")
    if args.dpi is not None and not (math.isfinite(args.dpi) and 0 < args.dpi <= 100_000):
        raise ExportError(f"--dpi must be more than 0 and at most 100000 (got {args.dpi:g})")
    if not (math.isfinite(args.padding) and 0 <= args.padding <= 10_000):
        raise ExportError(f"--padding must be between 0 and 10000 px (got {args.padding:g})")


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


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


MAX_OVERFLOW_WARNINGS = 10


def _warn_overflows(source: object, overflows: Sequence[Overflow]) -> None:
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


def run(args: argparse.Namespace) -> int:
    kind = _format(args)
    _check_numbers(args)
    for option in ("embed_fonts", "no_embed_fonts", "text_as_paths"):
        if getattr(args, option) and kind != "svg":
            raise ExportError(f"--{option.replace('_', '-')} applies to SVG only")
    if args.embed_fonts and args.no_embed_fonts:
        raise ExportError("--embed-fonts and --no-embed-fonts contradict each other")
    document = load(args.input)
    settings = document.settings
    languages = _languages(args, settings.languages, settings.source_language)
    targets = _targets(args.output, languages)

    from editor.render.errors import RenderError
    from editor.render.layout import layout_document
    from editor.render.png import to_png
    from editor.render.qt import ensure_gui_application
    from editor.render.svg import to_svg

    ensure_gui_application()
    payloads: list[bytes] = []
    document_json = dumps(document)
    try:
        for language in languages:
            display_list = layout_document(document, language)
            _warn_overflows(args.input, display_list.overflows)
            grid = not args.no_grid
            if kind == "svg":
                text = to_svg(
                    display_list,
                    embed_fonts=not args.no_embed_fonts,
                    text_as_paths=args.text_as_paths,
                    document_json=document_json,
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
            target.chmod(0o666 & ~_umask())  # the temporary file was private; an export is not
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise ExportError(f"cannot write: {error.strerror or error}", source=str(target)) from None
    for target in targets:
        print(target)
    return 0
