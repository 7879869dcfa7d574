"""The one Qt application object rendering needs, made on demand (headless when there is no display)."""

from __future__ import annotations

import os
import sys
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLoggingCategory
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


@lru_cache(maxsize=1)
def quiet_image_warnings() -> None:
    """Qt logs what it skips in a picture the rule accepts straight to stderr: its SVG module a
    ``url(#id)`` or ``<use>`` naming nothing or a filter region too big to draw (whose buffer Qt's
    image allocation limit then refuses), libpng an odd ancillary chunk (``qt.gui.imageio: libpng
    warning: zTXt: truncated``). That is noise around the command line's one-line messages, and
    names neither the document nor the element; the picture is drawn the same without it. Every
    image Qt decodes or allocates for us is within the image rule, so an allocation refused is
    one of these filters. ``QT_LOGGING_RULES="qt.svg*=true"`` brings them back (the
    environment's rules come last)."""
    QLoggingCategory.setFilterRules("qt.svg*=false\nqt.gui.imageio*=false")
