"""Growing elements until their translated text fits: one rule for the editor and the command line.

The render layer already shrinks text whose effective fit is ``shrink`` (down to the style's
``min_font_size``) and reports every label that still overflows. Growing is a geometry edit:
each element gets the smallest rectangle, grown around its centre so bound arrows stay
balanced, in which its text fits in every language of the document. The editor records the
result as an undoable command (:mod:`editor.app.fit`); ``diagram-editor export`` applies the
same rectangles to the copy it renders (:func:`fitted_for_export`), so both give one geometry.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from editor.model import Arrow, Document, Rect, TextFit
from editor.render.layout import layout_document, layout_element

#: Extra room (px) on top of the measured overflow, so rounding never leaves a sliver.
GROW_MARGIN = 2.0
#: Growth steps per element before giving up (each step measures again).
MAX_GROW_STEPS = 12


@dataclass(frozen=True, slots=True)
class OverflowingLabel:
    """A label that does not fit its element in one language, and by how many pixels."""

    element_id: str
    language: str
    field: str
    overflow: float


def overflowing_labels(document: Document, languages: Iterable[str] | None = None) -> list[OverflowingLabel]:
    """Every overflowing label in each language (all of the document's languages by default)."""
    found: list[OverflowingLabel] = []
    for language in languages if languages is not None else document.settings.languages:
        for overflow in layout_document(document, language).overflows:
            found.append(OverflowingLabel(overflow.element_id, language, overflow.field, overflow.overflow))
    return found


def _around_centre(rect: Rect, width: float, height: float) -> Rect:
    width, height = math.ceil(width), math.ceil(height)
    return Rect(x=rect.x - (width - rect.width) / 2, y=rect.y - (height - rect.height) / 2, width=width, height=height)


def _worst_overflow(document: Document, element_id: str, languages: Sequence[str]) -> float:
    worst = 0.0
    for language in languages:
        for overflow in layout_element(document, element_id, language).overflows:
            worst = max(worst, overflow.overflow)
    return worst


def _grow_in_place(work: Document, element_id: str, languages: Sequence[str]) -> Rect | None:
    """Grow ``element_id`` inside ``work`` until its text fits; its new rect, or None if it fitted."""
    element = work.element(element_id)
    if isinstance(element, Arrow):
        return None
    original = element.rect
    worst = _worst_overflow(work, element_id, languages)
    for _ in range(MAX_GROW_STEPS):
        if worst <= 0:
            break
        rect = element.rect
        tried: list[tuple[float, float, Rect]] = []
        for width, height in (
            (rect.width, rect.height + worst + GROW_MARGIN),
            (rect.width + worst + GROW_MARGIN, rect.height),
        ):
            element.rect = _around_centre(rect, width, height)
            tried.append(
                (_worst_overflow(work, element_id, languages), element.rect.width * element.rect.height, element.rect)
            )
        # Whichever direction fits better wins; on a tie the smaller box (a one-line pill grows wider).
        worst, _area, element.rect = min(tried, key=lambda option: (round(option[0], 1), option[1]))
    return None if element.rect == original else element.rect


def grown_rects(
    document: Document, element_ids: Iterable[str], languages: Sequence[str] | None = None
) -> dict[str, Rect]:
    """New rectangles for the elements whose text overflows in any language; ``document`` is untouched."""
    chosen = list(languages if languages is not None else document.settings.languages)
    work = document.model_copy(deep=True)
    rects: dict[str, Rect] = {}
    for element_id in dict.fromkeys(element_ids):
        if element_id in work:
            grown = _grow_in_place(work, element_id, chosen)
            if grown is not None:
                rects[element_id] = grown
    return rects


def grow_after_translation(document: Document) -> dict[str, Rect]:
    """Rectangles for overflowing elements whose effective fit is grow (run after a translation)."""
    growing = [
        label.element_id
        for label in overflowing_labels(document)
        if (document.element(label.element_id).style.fit or document.settings.fit) is TextFit.GROW
    ]
    return grown_rects(document, growing)


def fitted_for_export(document: Document) -> Document:
    """``document`` with grown rectangles where the effective fit is grow (a copy), else itself."""
    growing = document.settings.fit is TextFit.GROW or any(
        element.style.fit is TextFit.GROW for element in document.elements
    )
    if not growing:
        return document
    rects = grow_after_translation(document)
    if not rects:
        return document
    fitted = document.model_copy(deep=True)
    for element_id, rect in rects.items():
        element = fitted.element(element_id)
        if not isinstance(element, Arrow):
            element.rect = rect
    return fitted
