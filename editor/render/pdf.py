"""The PDF backend: the display list drawn by the QPainter backend onto Qt's PDF writer.

The same painting as the PNG (``editor.render.painter``), so a page looks like the PNG of its
language, but vector: shapes stay paths and text stays text, in subsets of the fonts it uses
that Qt embeds, so it can be selected, searched and copied (a font whose glyphs cannot name their
letters is drawn as outlines under invisible text instead: ``editor.render.pdf_text``). One page
per display list (one per language), each the size of its export area at 96 px to the inch
(0.75 pt a pixel).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from editor.render.display_list import DisplayList
from editor.render.errors import RenderError
from editor.render.painter import paint_display_list
from editor.render.qt import ensure_gui_application
from editor.render.svg import export_area

#: the document pixels of an inch (CSS and SVG units), and the PDF points of one pixel
PIXELS_PER_INCH = 96
POINTS_PER_PIXEL = 72 / PIXELS_PER_INCH
#: the largest page side PDF readers accept (200 inches, PDF 1.x); bigger diagrams are scaled down
MAX_PAGE_POINTS = 14_400.0


def _page_layout(width: float, height: float) -> QPageLayout:
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def to_pdf(
    display_lists: Sequence[DisplayList],
    *,
    transparent: bool = False,
    padding: float = 24.0,
    grid: bool = True,
) -> bytes:
    """PDF bytes with one page per display list, in the order given; the first list's title is the PDF's."""
    if not display_lists:
        raise RenderError("nothing to write: no language to put on a page")
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PIXELS_PER_INCH)
    writer.setCreator("Diagram Editor")
    writer.setTitle(display_lists[0].title)
    painter = QPainter()
    try:
        for index, display_list in enumerate(display_lists):
            area = export_area(display_list, padding)
            width, height = area.width() * POINTS_PER_PIXEL, area.height() * POINTS_PER_PIXEL
            scale = min(1.0, MAX_PAGE_POINTS / width, MAX_PAGE_POINTS / height)
            if not writer.setPageLayout(_page_layout(width * scale, height * scale)):
                raise RenderError(f"the PDF writer refused a {width * scale:g} x {height * scale:g} pt page")
            if index == 0:
                if not painter.begin(writer):
                    raise RenderError("the PDF writer could not start")
            elif not writer.newPage():
                raise RenderError("the PDF writer could not start a new page")
            painter.save()
            try:  # restored even when a picture is refused mid-page (no "saved states" warning)
                painter.scale(scale, scale)
                painter.translate(-area.x(), -area.y())
                paint_display_list(painter, display_list, area=area, background=not transparent, grid=grid)
            finally:
                painter.restore()
    finally:
        if painter.isActive():
            painter.end()
        buffer.close()
    return bytes(data.data())
