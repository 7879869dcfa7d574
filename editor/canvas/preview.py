"""``python -m editor.canvas.preview FILE``: just the canvas over a document, for a quick look.

The app's main window is the real entry point; this opens only the view (fitted to the
content), handy for screenshots under Xvfb and for trying interactions in isolation.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import editor.model  # noqa: F401  (pydantic before PySide6; see editor/canvas/__init__.py)
from editor.canvas import DiagramScene, DiagramView
from editor.model import DocumentError, load
from editor.render.fonts import register_bundled_fonts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m editor.canvas.preview", description=__doc__)
    parser.add_argument("file", help="a .diagram.json document")
    parser.add_argument("--language", help="show this language of the document")
    parser.add_argument("--select", nargs="*", default=[], help="element ids to select (to see handles)")
    parser.add_argument("--quit-after", type=int, default=0, help="close after this many ms (0: stay open)")
    args = parser.parse_args(argv)
    try:
        document = load(args.file)
    except DocumentError as error:
        print(f"preview: {error}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_bundled_fonts()
    scene = DiagramScene(document)
    if args.language:
        scene.set_language(args.language)
    view = DiagramView(scene)
    view.setWindowTitle(f"{document.settings.title.text or args.file} — canvas preview")
    view.resize(1400, 900)
    view.show()
    scene.select_ids(args.select)
    QTimer.singleShot(0, view.zoom_to_fit)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
