"""The PNG size cap, checked from the elements' own rectangles before any layout.

Laying out a 200,000-element document took 35 s and 2.3 GB only for the PNG writer to say the
bitmap would be over the cap. The rectangles (and arrow waypoints) are in the model already, so
the size they span is known in one pass. It is a lower bound for what the layout would find
(drawings stay inside or near their rectangles), so it refuses only what layout would refuse,
except an element drawn with nothing (no fill, stroke or text) still counts by its rectangle.
Qt-free on purpose: the export command imports it before the layout and painter modules.
"""

from __future__ import annotations

import math

from editor.model import Arrow, Document
from editor.model.elements import element_rect
from editor.model.images import MAX_IMAGE_SIDE
from editor.render.errors import ImageTooLargeError

#: Longest side of an exported PNG, in pixels: the same cap as for an embedded image.
MAX_SIDE = MAX_IMAGE_SIDE


def content_extent(document: Document) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of every element rectangle and arrow waypoint; None when empty.

    Plain lists and one min/max each: a loop of comparisons per element took 0.5 s at 200,000.
    """
    rects = [rect for rect in map(element_rect, document.elements) if rect is not None]
    points = [point for element in document.elements if type(element) is Arrow for point in element.waypoints]
    lefts = [rect.x for rect in rects] + [point.x for point in points]
    if not lefts:
        return None
    tops = [rect.y for rect in rects] + [point.y for point in points]
    rights = [rect.x + rect.width for rect in rects] + [point.x for point in points]
    bottoms = [rect.y + rect.height for rect in rects] + [point.y for point in points]
    return min(lefts), min(tops), max(rights), max(bottoms)


def check_png_size(document: Document, *, scale: float, padding: float) -> None:
    """Raises :class:`ImageTooLargeError` when the elements alone make the PNG too large at ``scale``."""
    extent = content_extent(document)
    if extent is None:
        return
    left, top, right, bottom = extent
    width = math.ceil((right - left + 2 * padding) * scale)
    height = math.ceil((bottom - top + 2 * padding) * scale)
    check_pixel_size(width, height, max(right - left, bottom - top) + 2 * padding, at_least=True)


def check_pixel_size(width: int, height: int, longest: float, *, at_least: bool = False) -> None:
    """Raises :class:`ImageTooLargeError` for a ``width`` x ``height`` px image over the cap; the
    message names the largest scale for a drawing whose longest side is ``longest`` document px."""
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ImageTooLargeError(
            f"the image would be {'at least ' if at_least else ''}{width} x {height} px, over the {MAX_SIDE} px "
            f"limit on a side; lower --scale (at most {MAX_SIDE / longest:.2f} for this diagram) or export SVG"
        )
