"""Rebuild the README's import images from the shared corpus of other people's files.

- ``import-drawio-side-by-side.png``: the KEP 3314 sequence diagram (``drawio/flow.drawio.svg``,
  Kubernetes authors, Apache-2.0) as draw.io draws it (its own SVG, foreignObject labels and all, in
  headless Chromium) next to our import of it, rendered by ``diagram-editor export``;
- ``import-drawio-translated-{ja,ar}.png``: the same import translated by hand through the reviewed
  XLIFF files in ``docs/translations/kep-3314-flow.*.xlf`` (the Kubernetes kinds, fields and API names
  stay as written), exported with ``fit: shrink``;
- ``mermaid-otel-collector-layout.png``: an OpenTelemetry Collector flowchart (Apache-2.0) imported
  and laid out automatically.

The corpus is found as the tests find it (``DIAGRAM_EDITOR_CORPUS``, default ``../shared/corpus``).

    .venv/bin/python docs/make_import_images.py
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

from editor.cli import main as cli_main  # noqa: E402
from editor.i18n.reviewed_translations import TranslationProblem, with_reviewed_translations, xliff_file  # noqa: E402
from editor.importers import import_path  # noqa: E402
from editor.model import TextFit, save  # noqa: E402
from editor.render.qt import ensure_gui_application  # noqa: E402
from tests.importers.corpus import corpus_root  # noqa: E402

IMAGES = ROOT / "docs" / "images"
TRANSLATIONS = ROOT / "docs" / "translations"
DRAWIO = Path("drawio") / "flow.drawio.svg"
MERMAID = Path("mermaid") / "otel-collector-internal-architecture-L8.mmd"
LANGUAGES = ("ja", "ar")
#: the side-by-side image: each panel's height, and the band for its caption above
PANEL_HEIGHT, CAPTION_HEIGHT = 1000, 56


def _export(document_path: Path, out: Path, *more: str) -> None:
    code = cli_main(["export", str(document_path), "-o", str(out), *more])
    if code != 0:
        raise SystemExit(f"diagram-editor export failed for {out.name} (exit {code})")


def _side_by_side(left: QImage, right: QImage, captions: tuple[str, str], out: Path) -> None:
    panels = [image.scaledToHeight(PANEL_HEIGHT, Qt.TransformationMode.SmoothTransformation) for image in (left, right)]
    gap = 40
    width = sum(panel.width() for panel in panels) + gap
    canvas = QImage(width, PANEL_HEIGHT + CAPTION_HEIGHT, QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    font = QFont("Noto Sans")
    font.setPixelSize(26)
    painter.setFont(font)
    x = 0
    for panel, caption in zip(panels, captions, strict=True):
        painter.drawText(QRect(x, 0, panel.width(), CAPTION_HEIGHT), Qt.AlignmentFlag.AlignCenter, caption)
        painter.drawImage(x, CAPTION_HEIGHT, panel)
        x += panel.width() + gap
    painter.end()
    canvas.save(str(out))


def drawio_images(corpus: Path, output: Path, scratch: Path) -> None:
    """The side-by-side comparison and the translated exports of the KEP 3314 diagram."""
    from tests.render.helpers import chromium_screenshot  # the tests' Chromium command, known to work

    source = corpus / DRAWIO
    [result] = import_path(source)
    document_path = scratch / "flow.diagram.json"
    save(result.document, document_path)
    ours = scratch / "ours.png"
    _export(document_path, ours)
    size = re.search(r'<svg[^>]* width="([\d.]+)px" height="([\d.]+)px"', source.read_text(encoding="utf-8"))
    assert size is not None, "flow.drawio.svg names its size"
    theirs = chromium_screenshot(source, scratch / "theirs.png", "en", (round(float(size[1])), round(float(size[2]))))
    captions = ("draw.io's own drawing (its SVG, in Chromium)", "Imported, then rendered by diagram-editor export")
    _side_by_side(QImage(str(theirs)), QImage(str(ours)), captions, output / "import-drawio-side-by-side.png")
    files = [xliff_file(TRANSLATIONS, "kep-3314-flow", language) for language in LANGUAGES]
    translated = with_reviewed_translations(result.document, files)
    translated.settings.fit = TextFit.SHRINK
    save(translated, document_path)
    _export(document_path, output / "import-drawio-translated-{lang}.png", "--lang", ",".join(LANGUAGES))


def mermaid_image(corpus: Path, output: Path, scratch: Path) -> None:
    document_path = scratch / "otel.diagram.json"
    code = cli_main(["import", str(corpus / MERMAID), "-o", str(document_path)])
    if code != 0:
        raise SystemExit(f"diagram-editor import failed for {MERMAID.name} (exit {code})")
    _export(document_path, output / "mermaid-otel-collector-layout.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=IMAGES, help="folder for the images (default docs/images)")
    args = parser.parse_args(argv)
    corpus = corpus_root()
    if not (corpus / DRAWIO).is_file() or not (corpus / MERMAID).is_file():
        print(f"make_import_images: no corpus at {corpus} (set DIAGRAM_EDITOR_CORPUS)", file=sys.stderr)
        return 1
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as scratch:
        try:
            drawio_images(corpus, args.output, Path(scratch))
        except TranslationProblem as error:
            print(f"make_import_images: {error}", file=sys.stderr)
            return 1
        mermaid_image(corpus, args.output, Path(scratch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
