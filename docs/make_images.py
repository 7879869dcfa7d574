"""Rebuild docs/images/example-{en,de,ja,ar}.{png,svg}: English from the bundled example, the rest from the committed human translations.

Also the one SVG that holds every language (example-multilang.svg) and Chromium's screenshots of
it for a German and a Japanese reader (example-multilang-{de,ja}.png), and close-ups of the
whiteboard theme's handwriting in Japanese, Chinese and Arabic (whiteboard-{ja,zh-Hans,ar}.png).

The translations live as reviewed XLIFF 2.0 files in ``docs/translations/`` (one per language,
every unit ``final``). This script imports them into a copy of the bundled example, grows the
boxes whose text would overflow in any language (the app's own grow-to-fit, one step for the
whole diagram), refuses to go on if anything is still untranslated, stale, damaged or
overflowing, and exports every language with ``diagram-editor export``. The bundled example
itself is never changed.

    .venv/bin/python docs/make_images.py            # or: make docs-images
    .venv/bin/python docs/make_images.py --keep build/example-translated.diagram.json
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainterPath

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

from editor.app.fit import grow_command, overflowing_labels  # noqa: E402
from editor.cli import main as cli_main  # noqa: E402
from editor.commands import SetRects, SetStyle  # noqa: E402
from editor.i18n.reviewed_translations import TranslationProblem, with_reviewed_translations, xliff_file  # noqa: E402
from editor.model import Arrow, Document, Frame, Legend, Rect, TextFit, load, save  # noqa: E402
from editor.render.display_list import PathOp  # noqa: E402
from editor.render.layout import layout_document  # noqa: E402
from editor.render.qt import ensure_gui_application  # noqa: E402
from editor.render.svg import export_area  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
TRANSLATIONS = ROOT / "docs" / "translations"
IMAGES = ROOT / "docs" / "images"
LANGUAGES = ("de", "ja", "zh-Hans", "ar", "he")
#: Smallest text a shrinking legend entry or callout may get (px): still easy to read at 1x.
MIN_LEGEND_FONT_SIZE = 15.0
MIN_SHRUNK_FONT_SIZE = 13.0


def xliff_path(language: str) -> Path:
    return xliff_file(TRANSLATIONS, EXAMPLE.name.removesuffix(".diagram.json"), language)


def import_translations(document: Document, languages: tuple[str, ...] = LANGUAGES) -> Document:
    """``document`` with every language's XLIFF imported; any gap or mismatch is an error, not a fallback."""
    return with_reviewed_translations(document, [xliff_path(language) for language in languages])


def _path_enters(path: QPainterPath, area: QRectF) -> bool:
    """Whether a stroked (open) path passes through ``area``: its outline, sampled every 2 px."""
    for polygon in path.toSubpathPolygons():
        points = [polygon.at(index) for index in range(polygon.size())]
        for start, end in itertools.pairwise(points):
            steps = max(1, math.ceil(math.dist((start.x(), start.y()), (end.x(), end.y())) / 2))
            for step in range(steps + 1):
                t = step / steps
                if area.contains(QPointF(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t)):
                    return True
    return False


def _collisions(document: Document, element_id: str) -> set[str]:
    """What ``element_id``'s rectangle covers: other elements' rectangles and unbound arrows' lines and labels."""
    rect = document.element(element_id).rect
    area = QRectF(rect.x, rect.y, rect.width, rect.height).adjusted(1, 1, -1, -1)
    groups = {group.element_id: group for group in layout_document(document).groups}
    found: set[str] = set()
    for element in document.elements:
        if element.id == element_id or isinstance(element, Frame):
            continue
        if isinstance(element, Arrow):
            if element_id in (element.source.element, element.target.element):
                continue
            ops = groups[element.id].ops if element.id in groups else []
            if any(isinstance(op, PathOp) and _path_enters(op.qpath(), area) for op in ops):
                found.add(element.id)
        elif area.intersects(QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)):
            found.add(element.id)
    return found


def _area(rect: Rect) -> float:
    return rect.width * rect.height


def _growth_that_covers(before: Document, after: Document) -> list[str]:
    """Elements grown between ``before`` and ``after`` that now cover something they did not cover."""
    return [
        element.id
        for element in after.elements
        if not isinstance(element, Arrow)
        and element.id in before
        and element.rect != before.element(element.id).rect
        and _collisions(after, element.id) - _collisions(before, element.id)
    ]


def fit_every_language(document: Document) -> Document:
    """A copy where every label fits in every language, with one geometry for all of them.

    The whole diagram grows to fit (the app's grow-to-fit: arrows follow), except where growing
    would break the layout; there the text shrinks instead, in the languages that need it only:
    the legend (its height is shared by every language, and Arabic lines are much taller than the
    handwriting font's), and any element whose grown rectangle would cover another element or
    an arrow it did not cover before (a callout pill grown onto a box).
    """
    ensure_gui_application()  # text is measured with Qt's font metrics
    fitted = document.model_copy(deep=True)
    legends = [element.id for element in fitted.elements if isinstance(element, Legend)]
    if legends:
        SetStyle(legends, {"fit": TextFit.SHRINK, "min_font_size": MIN_LEGEND_FONT_SIZE}).apply(fitted)
    command = grow_command(fitted)
    if command is None:
        return fitted
    before = fitted.model_copy(deep=True)
    command.apply(fitted)
    while blocked := _growth_that_covers(before, fitted):
        # Give up the smallest growth first: a pill yields to the box it runs into, which then may keep its size.
        element_id = min(blocked, key=lambda blocked_id: _area(fitted.element(blocked_id).rect))
        SetRects({element_id: before.element(element_id).rect}).apply(fitted)
        SetStyle([element_id], {"fit": TextFit.SHRINK, "min_font_size": MIN_SHRUNK_FONT_SIZE}).apply(fitted)
    return fitted


def translated_example() -> Document:
    """The bundled example with the committed translations imported and fitted: what the images show."""
    return fit_every_language(import_translations(load(EXAMPLE)))


def export_images(document_path: Path, output_folder: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
    """PNG (1 px per document pixel, like the README's example-en.png) and SVG per language, by the CLI.

    The SVGs embed subsets of their fonts (export's default): the handwriting font ships with the
    app, not with the systems that open the SVG, which would otherwise draw other letters.
    """
    for kind in ("png", "svg"):
        pattern = str(output_folder / f"example-{{lang}}.{kind}")
        code = cli_main(["export", str(document_path), "--lang", ",".join(languages), "-o", pattern])
        if code != 0:
            raise SystemExit(f"diagram-editor export failed for {kind} (exit {code})")


#: readers whose browser language the multi-language SVG is shown for
READERS = ("de", "ja")


def export_multilingual(document_path: Path, output_folder: Path) -> None:
    """One SVG in every language (``--lang all``, fonts embedded) and Chromium's view of it per reader."""
    svg = output_folder / "example-multilang.svg"
    code = cli_main(["export", str(document_path), "--lang", "all", "-o", str(svg), "--embed-fonts"])
    if code != 0:
        raise SystemExit(f"diagram-editor export failed for the multi-language SVG (exit {code})")
    from tests.render.helpers import chromium_screenshot  # the tests' Chromium command, known to work

    size = re.search(r'<svg[^>]* width="(\d+)" height="(\d+)"', svg.read_text(encoding="utf-8"))
    assert size is not None
    with tempfile.TemporaryDirectory() as scratch:
        for reader in READERS:
            shot = chromium_screenshot(svg, Path(scratch) / f"{reader}.png", reader, (int(size[1]), int(size[2])))
            shutil.copyfile(shot, output_folder / f"example-multilang-{reader}.png")


#: the scripts Caveat cannot write, each in its own hand (Klee One, LXGW WenKai, Aref Ruqaa)
WHITEBOARD_LANGUAGES = ("ja", "zh-Hans", "ar")
#: PNG pixels per document pixel of the close-ups: the handwriting legible where the README shows them
WHITEBOARD_SCALE = 2
#: what a close-up shows: the legend (numbered lines with Latin terms inside) and the two boxes
#: beside it, with a margin in document pixels
CLOSE_UP = ("redis", "database", "legend")
CLOSE_UP_MARGIN = 16


def export_whiteboard_close_ups(document: Document, output_folder: Path) -> None:
    """``whiteboard-{lang}.png``: the example in the whiteboard theme, exported by the CLI at twice
    the size, cut to the legend and the cache box (the same region in every language)."""
    whiteboard = document.model_copy(deep=True)
    whiteboard.settings.theme = "whiteboard"
    rects = [whiteboard.element(element_id).rect for element_id in CLOSE_UP]
    left, top = min(r.x for r in rects) - CLOSE_UP_MARGIN, min(r.y for r in rects) - CLOSE_UP_MARGIN
    right = max(r.x + r.width for r in rects) + CLOSE_UP_MARGIN
    bottom = max(r.y + r.height for r in rects) + CLOSE_UP_MARGIN
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / EXAMPLE.name
        save(whiteboard, source)
        for language in WHITEBOARD_LANGUAGES:
            full = Path(scratch) / f"{language}.png"
            arguments = ["export", str(source), "--lang", language, "--scale", str(WHITEBOARD_SCALE), "-o", str(full)]
            if cli_main(arguments) != 0:
                raise SystemExit(f"diagram-editor export failed for the {language} close-up")
            area = export_area(layout_document(whiteboard, language), 24.0)
            scale = WHITEBOARD_SCALE
            region = QRect(
                round((left - area.x()) * scale),
                round((top - area.y()) * scale),
                round((right - left) * scale),
                round((bottom - top) * scale),
            )
            if not QImage(str(full)).copy(region).save(str(output_folder / f"whiteboard-{language}.png")):
                raise SystemExit(f"could not write whiteboard-{language}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=IMAGES, help="folder for the images (default docs/images)")
    parser.add_argument("--keep", type=Path, metavar="DOCUMENT", help="also save the translated, fitted document")
    args = parser.parse_args(argv)
    try:
        document = translated_example()
    except TranslationProblem as error:
        print(f"make_images: {error}", file=sys.stderr)
        return 1
    overflowing = overflowing_labels(document, LANGUAGES)
    if overflowing:
        for label in overflowing:
            print(f"make_images: {label.element_id} ({label.field}, {label.language}) overflows by "
                  f"{label.overflow:.1f} px", file=sys.stderr)  # fmt: skip
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        document_path = args.keep or Path(scratch) / EXAMPLE.name
        save(document, document_path)
        export_images(document_path, args.output)
        export_multilingual(document_path, args.output)
    export_whiteboard_close_ups(document, args.output)
    export_images(EXAMPLE, args.output, ("en",))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
