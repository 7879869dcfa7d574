"""Routes through a layered drawing go straight where they can: ``dot``'s spline drifts a few
pixels at each rank it crosses, and following it drew a staircase of small steps (the corpus's
gang-scheduling KEP: the "1. creates and owns" arrow stepped four times on its way down)."""

from __future__ import annotations

from itertools import pairwise

from editor.arrange.routing import JOG, build_rows, route_down


def _steps(points: list[tuple[float, float]]) -> list[float]:
    return [abs(bx - ax) for (ax, ay), (bx, by) in pairwise(points) if abs(ay - by) < 0.01 and abs(bx - ax) > 0.01]


def test_a_drifting_guide_gives_a_straight_route_through_free_ranks() -> None:
    rects = {
        "top": (0.0, 0.0, 200.0, 50.0),
        "a": (400.0, 100.0, 500.0, 150.0),  # ranks the route crosses, with their boxes far to the right
        "b": (400.0, 200.0, 500.0, 250.0),
        "c": (400.0, 300.0, 500.0, 350.0),
        "bottom": (0.0, 400.0, 200.0, 450.0),
    }
    guide = [(100.0, 50.0), (108.0, 125.0), (96.0, 225.0), (110.0, 325.0), (102.0, 400.0)]
    route = route_down(rects["top"], rects["bottom"], build_rows(rects), guide, ("top", "bottom"))
    assert _steps(route) == []
    assert route[0][0] == route[-1][0]


def test_a_box_in_the_way_still_moves_the_route_aside() -> None:
    rects = {
        "top": (0.0, 0.0, 200.0, 50.0),
        "block": (60.0, 100.0, 140.0, 150.0),
        "bottom": (0.0, 200.0, 200.0, 250.0),
    }
    guide = [(100.0, 50.0), (100.0, 200.0)]
    route = route_down(rects["top"], rects["bottom"], build_rows(rects), guide, ("top", "bottom"))
    assert any(step >= JOG for step in _steps(route))
    assert all(not (60 < x < 140) for (x, y) in route if 100 <= y <= 150)
