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
from editor.model.images import MAX_IMAGE_SIDE
from editor.render.errors import ImageTooLargeError

#: Longest side of an exported PNG, in pixels: the same cap as for an embedded image.
MAX_SIDE = MAX_IMAGE_SIDE


def content_extent(document: Document) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of every element rectangle and arrow waypoint; None when empty."""
    left = top = math.inf
    right = bottom = -math.inf
    for element in document.elements:
        if isinstance(element, Arrow):
            for point in element.waypoints:
                left, right = min(left, point.x), max(right, point.x)
                top, bottom = min(top, point.y), max(bottom, point.y)
            continue
        rect = element.rect
        left, top = min(left, rect.x), min(top, rect.y)
        right, bottom = max(right, rect.x + rect.width), max(bottom, rect.y + rect.height)
    return None if left > right else (left, top, right, bottom)


def check_png_size(document: Document, *, scale: float, padding: float) -> None:
    """Raises :class:`ImageTooLargeError` when the elements alone make the PNG too large at ``scale``."""
    extent = content_extent(document)
    if extent is None:
        return
    left, top, right, bottom = extent
    width = math.ceil((right - left + 2 * padding) * scale)
    height = math.ceil((bottom - top + 2 * padding) * scale)
    if width > MAX_SIDE or height > MAX_SIDE:
        longest = max(right - left, bottom - top) + 2 * padding
        raise ImageTooLargeError(
            f"the image would be at least {width} x {height} px, over the {MAX_SIDE} px limit on a side; "
            f"lower --scale (at most {MAX_SIDE / longest:.2f} for this diagram) or export SVG"
        )
