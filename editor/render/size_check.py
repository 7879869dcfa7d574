"""The PNG size cap, checked from the elements' own rectangles before any layout.

Why 32,767 px a side: PNG export paints in bands and streams them into the file, so memory no
longer bounds the size (a band is about 32 MB however large the image). What bounds it now is
Qt's raster engine, whose rasterizer works in coordinates up to 32,767 px: past that Qt clips
every shape on a slower path first, and says results would be wrong without it. The same number
is Cairo's and pixman's limit, so Graphviz's PNGs stop there too. Time stays sane at the cap: a
1-gigapixel image is about four times the 1,000-box document at 2x (see
``benchmarks/bench_png_bands.py``), some 15 s on two cores. Readers are the other limit: many
viewers decode a whole image into memory (4 bytes a pixel), so a picture this large is for
zooming tools and printers; SVG is the format for anything bigger.

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
from editor.render.errors import ImageTooLargeError

#: Longest side of an exported PNG, in pixels (see the module docstring)
MAX_SIDE = 32767


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
