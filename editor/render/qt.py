"""The one Qt application object rendering needs, made on demand (headless when there is no display)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_application: QCoreApplication | None = None


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when no display is set).

    Fonts, text layout and QImage painting need a QGuiApplication; the editor's QApplication
    counts as one. Never creates widgets.
    """
    global _application  # noqa: PLW0603 - the one application lives as long as the process
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QGuiApplication(sys.argv[:1] or ["diagram-editor"])
    return _application
