"""Starting the GUI: a display check first, so a headless machine gets one helpful line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model import DocumentError, load
from editor.resources import resource_path

#: The freedesktop application id (packaging/app-id.sh names the same one).
APP_ID = "org.diagrameditor.DiagramEditor"

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


def display_problem() -> str | None:
    """Why no window can open here, or None when one can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc... Qt can run; the user asked for it
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return "no display found (DISPLAY and WAYLAND_DISPLAY are not set)"
    return None


def start_application() -> QCoreApplication:
    """The QApplication, named for QSettings and QStandardPaths, with the bundled fonts loaded."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from editor.app.settings import identify_application
    from editor.i18n.ui_locale import apply_startup_ui_language
    from editor.render.fonts import register_bundled_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    identify_application()
    QApplication.setApplicationDisplayName("Diagram Editor")
    QApplication.setDesktopFileName(APP_ID)  # matches resources/desktop/APP_ID.desktop
    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg"))))
    register_bundled_fonts()
    apply_startup_ui_language()  # --ui-language, else the remembered choice, else the system locale
    return app


def launch(path: str | None) -> int:
    problem = display_problem()
    if problem:
        example = path or "FILE.diagram.json"
        print(
            f"diagram-editor: {problem}; to render without a window run: diagram-editor export {example} -o out.png",
            file=sys.stderr,
        )
        return 2
    document = None
    if path is not None:
        try:
            document = load(path)
        except DocumentError as error:
            problem = _import_problem(path, error)
            if problem is not None:
                print(f"diagram-editor: {problem}", file=sys.stderr)
                return 2
    from editor.app.main_window import run_main_window

    return run_main_window(document, path)


def _import_problem(path: str, error: DocumentError) -> str | None:
    """Why ``path`` cannot open: ``error`` for our own files, the importer's line for other tools'
    files (draw.io, Excalidraw, Mermaid), ``None`` when it imports and the window will open it."""
    from editor.importers import ImportFormatError, import_path, is_importable

    if not is_importable(Path(path)):
        return str(error)
    try:
        import_path(Path(path))
    except ImportFormatError as problem:
        return str(problem)
    return None
