"""Translation badges: a small mark at an element's top-right corner, on screen only.

The Languages panel tells the scene which elements are "missing", "stale" or "review"
in the language shown (``DiagramScene.set_translation_badges``). On top of that, while a
non-source language is shown, any element whose text falls back to the source (no
variant yet) is marked "missing" by the canvas itself, so source text is never mistaken
for a translation. Badges are drawn with the overlay, never into the display list, so
exports never show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.canvas.tiles import PROXY_LOD
from editor.model import VariantStatus, texts_of

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

BADGE_KINDS = ("missing", "stale", "review")
#: kind -> (fill colour, glyph)
BADGE_LOOKS: dict[str, tuple[str, str]] = {
    "missing": ("#d9480f", "!"),
    "stale": ("#e0a100", "~"),
    "review": ("#7048e8", "?"),
}
BADGE_PIXELS = 16.0


def checked_badges(badges: Mapping[str, str]) -> dict[str, str]:
    for element_id, kind in badges.items():
        if kind not in BADGE_KINDS:
            raise ValueError(f"unknown badge {kind!r} for {element_id!r}: one of {', '.join(BADGE_KINDS)}")
    return dict(badges)


def fallback_status(scene: DiagramScene, element_id: str) -> str | None:
    """'missing' when the shown language has no variant for a non-empty text of the element."""
    source = scene.document.settings.source_language
    if scene.language == source:
        return None
    element = scene.document.get(element_id)
    if element is None:
        return None
    for _, text in texts_of(element):
        if text.status(scene.language, source) is VariantStatus.MISSING:
            return "missing"
    return None


def badge_anchor(view: ElementView) -> QPointF:
    """Top-right corner of a box-like element; the middle of an arrow's route."""
    if isinstance(view, BoxView):
        return view.rect().topRight()
    assert isinstance(view, ArrowView)
    points = view.points()
    return (points[0] + points[-1]) / 2 if points else QPointF()


def visible_badges(scene: DiagramScene, exposed: QRectF) -> dict[str, str]:
    """Badges to draw in ``exposed``: the panel's, plus fallback marks when zoomed in enough to read."""
    shown: dict[str, str] = {}
    for element_id, kind in scene.translation_badges.items():
        view = scene.views_by_id.loaded.get(element_id)
        tile = scene.tile_of(element_id)
        if view is None and tile is not None and tile.boundingRect().intersects(exposed):
            view = scene.views_by_id.get(element_id)  # in view: its tile makes its items
        if view is not None and view.sceneBoundingRect().intersects(exposed):
            shown[element_id] = kind
    if scene.view_scale() >= PROXY_LOD and scene.language != scene.document.settings.source_language:
        for item in scene.items(exposed):
            if isinstance(item, ElementView) and item.element_id not in shown:
                status = fallback_status(scene, item.element_id)
                if status is not None:
                    shown[item.element_id] = status
    return shown


def draw_badges(scene: DiagramScene, painter: QPainter, exposed: QRectF) -> None:
    shown = visible_badges(scene, exposed)
    if not shown:
        return
    unit = 1.0 / scene.view_scale()
    radius = BADGE_PIXELS / 2 * unit
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(1, round(BADGE_PIXELS * 0.7)))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for element_id, kind in shown.items():
        view = scene.views_by_id.get(element_id)
        if view is None:
            continue
        colour, glyph = BADGE_LOOKS[kind]
        centre = badge_anchor(view)
        painter.setPen(QPen(QColor("#ffffff"), 1.5 * unit))
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawEllipse(centre, radius, radius)
        device = painter.worldTransform().map(centre)
        painter.save()
        painter.resetTransform()
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        half = BADGE_PIXELS / 2
        painter.drawText(
            QRectF(device.x() - half, device.y() - half, BADGE_PIXELS, BADGE_PIXELS),
            Qt.AlignmentFlag.AlignCenter,
            glyph,
        )
        painter.restore()
    painter.restore()
