"""Growing elements until their text fits in every language: the rule behind ``fit: grow``.

Each element gets the smallest rectangle, grown around its centre so bound arrows stay
balanced, in which its text fits in every language asked for. The app's grow-to-fit command
(``editor.app.fit``) records the result as an undoable edit; the multi-language SVG uses it
for the one geometry every language shares. Lives in the render layer because it is
measurement: it lays elements out with Qt's font metrics and edits only a copy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from editor.model import Arrow, Document, Rect
from editor.render.layout import layout_element

#: Extra room (px) on top of the measured overflow, so rounding never leaves a sliver.
GROW_MARGIN = 2.0
#: Growth steps per element before giving up (each step measures again).
MAX_GROW_STEPS = 12


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
