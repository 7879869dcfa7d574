"""``diagram-editor export INPUT -o OUTPUT``: PNG, SVG or PDF of a document, in one or more languages.

Several languages: with ``{lang}`` in OUTPUT, one file per language; without it, one SVG that holds
every language (the browser picks by its language) or one PDF with a page per language. Works with
no display. Every output is rendered in memory first and written atomically, so a
failure leaves no partial file behind. Text that overflows its element is reported on stderr.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from editor.headless.options import NumberRange
from editor.model import DocumentError, dumps, icon_uses, load
from editor.model.atomic_files import Payload, write_atomically

if TYPE_CHECKING:
    from editor.model import Document
    from editor.render.display_list import Overflow

FORMATS = ("png", "svg", "pdf")
#: formats that hold several languages in one file
MULTILINGUAL = ("svg", "pdf")


class ExportError(DocumentError):
    """A bad export request: one line, exit code 2."""

    def __init__(self, message: str, *, source: str = "export", where: str = "") -> None:
        super().__init__(message, source=source, where=where)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from editor.render.png import MAX_SCALE  # only here: validate and schema never load the renderer

    parser.add_argument(
        "input",
        metavar="INPUT",
        nargs="+",
        help="a .diagram.json document (or a PNG or SVG exported with one); several, folders and globs export them all",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUTPUT",
        help="file to write; {lang} in it writes one file per language; for several documents or formats "
        "a pattern with {stem} (or {name}) and {ext}, e.g. 'build/{stem}.{lang}.{ext}'",
    )
    parser.add_argument(
        "--format",
        metavar="FORMAT[,FORMAT]",
        help="png, svg or pdf, or several for a batch (default: from OUTPUT's extension)",
    )
    parser.add_argument(
        "--jobs",
        type=NumberRange(0, 256, unit="processes", whole=True),
        metavar="N",
        help="batch: documents exported at once (default: the number of cores)",
    )
    parser.add_argument("--force", action="store_true", help="batch: also export documents whose outputs are newer")
    parser.add_argument(
        "--lang", metavar="CODE[,CODE]", help="language(s) to export, or 'all' (default: the source language)"
    )
    parser.add_argument(
        "--scale",
        type=NumberRange(0, MAX_SCALE),
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
        if args.format not in FORMATS:
            raise ExportError(f"unknown format {args.format!r} (png, svg or pdf)")
        return str(args.format)
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    shown = f"'.{suffix}'" if suffix else "no extension"
    raise ExportError(
        f"cannot tell the format from {shown}: name the file .png, .svg or .pdf, or pass --format", source=args.output
    )


def _languages(args: argparse.Namespace, known: list[str], source: str) -> list[str]:
    if not args.lang:
        return [source]
    wanted = [code.strip() for code in args.lang.split(",") if code.strip()]
    if wanted == ["all"]:
        return list(known)
    if not wanted:
        raise ExportError("--lang names no language")
    for code in wanted:
        if code not in known:
            raise ExportError(f"the document has no language {code!r} (it has: {', '.join(known)})", source=args.input)
    return list(dict.fromkeys(wanted))


def _targets(output: str, languages: list[str], kind: str) -> list[Path]:
    """One file per language with ``{lang}`` in OUTPUT; else one file (several languages: SVG or PDF only)."""
    if "{lang}" in output:
        targets = [Path(output.replace("{lang}", code)) for code in languages]
    elif len(languages) > 1 and kind not in MULTILINGUAL:
        raise ExportError(
            "several languages in one PNG are not possible: put {lang} in OUTPUT (e.g. -o diagram-{lang}.png) "
            "or write one .svg or .pdf"
        )
    else:
        targets = [Path(output)]
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


def warn_unknown_icons(source: object, uses: Iterable[tuple[str, str]]) -> None:
    """One line per element whose icon no icon font has: it would be drawn without it, in silence.
    ``uses`` are ``(element id, icon)`` pairs (:func:`editor.model.icon_uses`)."""
    from editor.render.icon_names import unknown_icons

    for unknown in unknown_icons(uses):
        close = f"close matches: {', '.join(unknown.suggestions)}" if unknown.suggestions else "no close match"
        print(
            f"diagram-editor: warning: {source}: element {unknown.element_id!r} has an unknown icon "
            f"{unknown.icon!r}, drawn without one ({close})",
            file=sys.stderr,
        )


def _one_file(args: argparse.Namespace, kind: str, document: Document, languages: list[str]) -> bytes:
    """Every language in one file: an SVG that switches on the reader's language, or a PDF page each."""
    from editor.render.layout import layout_document

    grid = not args.no_grid
    if kind == "pdf":
        from editor.render.fit import fitted_for_export
        from editor.render.pdf import to_pdf

        fitted = fitted_for_export(document)  # settings.fit "grow", as for one language
        display_lists = [layout_document(fitted, language) for language in languages]
        for display_list in display_lists:
            warn_overflows(args.input, display_list.overflows)
        return to_pdf(display_lists, transparent=args.transparent, padding=args.padding, grid=grid)
    from editor.render.svg_languages import to_multilingual_svg

    result = to_multilingual_svg(
        document,
        languages,
        embed_fonts=not args.no_embed_fonts,
        text_as_paths=args.text_as_paths,
        document_json=dumps(document),  # opens again for editing, as every exported SVG does
        padding=args.padding,
        transparent=args.transparent,
        grid=grid,
    )
    for ids, done in ((result.grown, "grew"), (result.shrunk, "shrank the text of")):
        if ids:
            shown = ", ".join(repr(element_id) for element_id in ids[:MAX_OVERFLOW_WARNINGS])
            more = f" and {len(ids) - MAX_OVERFLOW_WARNINGS} more" if len(ids) > MAX_OVERFLOW_WARNINGS else ""
            print(
                f"diagram-editor: note: {args.input}: {done} {len(ids)} element(s) so their text fits in every "
                f"language: {shown}{more}",
                file=sys.stderr,
            )
    for display_list in result.display_lists.values():
        warn_overflows(args.input, display_list.overflows)
    return result.svg.encode("utf-8")


def _one_language(
    args: argparse.Namespace, kind: str, document: Document, language: str, document_json: Callable[[], str]
) -> Payload:
    """One language in one file; a PNG or SVG carries ``document_json()``, the document as loaded
    (the streamed SVG has a forked child call it while the layout runs, when one helps).

    A PNG is returned as the function that paints and streams it into the file as it is written,
    band by band, so neither its pixels nor its compressed bytes are ever whole in memory.
    """
    from editor.render.layout import layout_document

    grid = not args.no_grid
    options = {"padding": args.padding, "transparent": args.transparent, "grid": grid}
    if kind == "svg" and not args.text_as_paths:  # laid out and written a slice at a time (svg_stream)
        from editor.render.svg_stream import streamed_svg

        fonts = not args.no_embed_fonts
        svg, overflows = streamed_svg(document, language, embed_fonts=fonts, document_json=document_json, **options)
        warn_overflows(args.input, overflows)
        return svg.encode("utf-8")
    display_list = layout_document(document, language)
    warn_overflows(args.input, display_list.overflows)
    if kind == "svg":
        from editor.render.svg import to_svg

        return to_svg(display_list, text_as_paths=True, document_json=document_json(), **options).encode("utf-8")
    if kind == "pdf":
        from editor.render.pdf import to_pdf

        return to_pdf([display_list], transparent=args.transparent, padding=args.padding, grid=grid)
    from editor.render.png import png_writer

    return png_writer(
        display_list,
        document_json(),
        scale=png_scale(args),
        dpi=args.dpi,
        transparent=args.transparent,
        padding=args.padding,
        grid=grid,
    )


def png_scale(args: argparse.Namespace) -> float:
    """``--scale`` where given, else 1 (None tells "not given" apart, for :func:`check_format_options`)."""
    return 1.0 if args.scale is None else float(args.scale)


def check_format_options(args: argparse.Namespace, kinds: Sequence[str]) -> None:
    """An option that means nothing for every format asked for is a usage error, not ignored:
    ``--scale`` on an SVG would otherwise look as if it had done something."""
    for option, kind in (("embed_fonts", "svg"), ("no_embed_fonts", "svg"), ("text_as_paths", "svg")):
        if getattr(args, option) and kind not in kinds:
            raise ExportError(f"--{option.replace('_', '-')} applies to SVG only")
    for option in ("scale", "dpi"):
        if getattr(args, option) is not None and "png" not in kinds:
            raise ExportError(f"--{option} applies to PNG only (SVG and PDF are drawn as vectors)")


def _export_error(error: Exception, source: str, document: Document) -> ExportError:
    """The render error as one line; an SVG image too slow to draw located like the image rule's
    refusals (``elements[7] (id "logo").data: ...``)."""
    from editor.render.svg_raster import SlowImageError, image_place

    if isinstance(error, SlowImageError):
        return ExportError(str(error), source=source, where=image_place(document, error.element_id))
    return ExportError(str(error), source=source)


def run(args: argparse.Namespace) -> int:
    if isinstance(args.input, list):  # straight from the command line
        from editor.headless.batch import run_batch, wants_batch

        if wants_batch(args):
            return run_batch(args)
        args.input = args.input[0]
    kind = _format(args)
    check_format_options(args, [kind])
    if args.embed_fonts and args.no_embed_fonts:
        raise ExportError("--embed-fonts and --no-embed-fonts contradict each other")
    document = load(args.input)
    settings = document.settings
    languages = _languages(args, settings.languages, settings.source_language)
    targets = _targets(args.output, languages, kind)

    from editor.render.errors import RenderError
    from editor.render.size_check import check_png_size

    if kind == "png":  # before layout: a too-large drawing is refused in the time it takes to load
        try:
            check_png_size(document, scale=png_scale(args), padding=args.padding)
        except RenderError as error:
            raise ExportError(str(error), source=args.input) from None
    from editor.render.fit import fitted_for_export
    from editor.render.qt import ensure_gui_application
    from editor.render.svg_raster import start_budget

    ensure_gui_application()
    start_budget()
    warn_unknown_icons(args.input, icon_uses(document.elements))
    one_file = len(targets) == 1 and len(languages) > 1
    # PNG and SVG carry it; the streamed SVG has it written and packed by a forked child, when one helps
    document_json = functools.cache(partial(dumps, document))
    payloads: list[Payload]
    try:
        if one_file:  # the multi-language SVG grows what it needs itself
            payloads = [_one_file(args, kind, document, languages)]
        else:
            fitted = fitted_for_export(document)  # settings.fit "grow": the editor's Grow geometry, same rule
            payloads = [_one_language(args, kind, fitted, language, document_json) for language in languages]
    except RenderError as error:
        raise _export_error(error, args.input, document) from None
    written: list[Path] = []
    try:
        for target, payload in zip(targets, payloads, strict=True):
            write_atomically(target, payload, keep_backup=False)
            written.append(target)
    except (OSError, RenderError) as error:
        for path in written:
            path.unlink(missing_ok=True)
        if isinstance(error, RenderError):  # a streamed PNG is painted while it is written
            raise _export_error(error, args.input, document) from None
        raise ExportError(f"cannot write: {error.strerror or error}", source=str(target)) from None
    for target in targets:
        print(target)
    return 0
