"""The zoomed-out stand-in of an arrow is the same line whether a tile draws it from the model
while a document opens (``straight_segment``, plain floats) or from its items later."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.canvas.proxies import centre_segments, straight_segment

coordinates = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
sizes = st.floats(min_value=0, max_value=800, allow_nan=False, allow_infinity=False)
rects = st.tuples(coordinates, coordinates, sizes, sizes)


@settings(max_examples=60, deadline=None)
@given(source=rects, target=rects)
def test_the_straight_segment_is_the_centre_line_of_an_arrow_without_waypoints(
    source: tuple[float, float, float, float], target: tuple[float, float, float, float]
) -> None:
    (expected,) = centre_segments((source, target, ()))
    found = straight_segment(*source, *target)
    assert all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6) for a, b in zip(found, expected, strict=True))


def test_the_line_leaves_each_box_at_its_edge() -> None:
    x1, y1, x2, y2 = straight_segment(0, 0, 100, 50, 300, 0, 100, 50)  # side by side
    assert (x1, y1, x2, y2) == (100, 25, 300, 25)
