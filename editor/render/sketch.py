"""Hand-drawn outlines in the manner of Rough.js, small and fast, with stable seeds.

Every shape comes out as path commands (``("M", x, y)``, ``("L", x, y)``,
``("C", x1, y1, x2, y2, x, y)``, ``("Z",)``), so the screen, the PNG and the SVG draw the
very same wobble. The same seed always gives the same lines.
"""

from __future__ import annotations

import math
import zlib
from itertools import pairwise
from typing import Any

Command = tuple[Any, ...]  # ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)
_MODULUS = 2147483647


def stable_seed(element_id: str) -> int:
    """A seed from the element id that is the same in every process (unlike ``hash``)."""
    return zlib.crc32(element_id.encode("utf-8")) & 0x7FFFFFFF or 1


class Random:
    """Park-Miller generator, the one Rough.js uses: cheap and reproducible."""

    __slots__ = ("state",)

    def __init__(self, seed: int) -> None:
        self.state = (seed % _MODULUS) or 1

    def next(self) -> float:
        self.state = (self.state * 48271) % _MODULUS
        return self.state / _MODULUS

    def offset(self, spread: float, roughness: float) -> float:
        return roughness * (self.next() * 2 * spread - spread)


def sketch_line(  # noqa: PLR0917
    commands: list[Command],
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    rng: Random,
    roughness: float,
    *,
    move: bool = True,
    bowing: float = 1.0,
) -> None:
    """One wobbly stroke from (x1, y1) to (x2, y2) appended as a cubic."""
    length = math.hypot(x2 - x1, y2 - y1)
    if length < 200:
        gain = 1.0
    elif length > 500:
        gain = 0.4
    else:
        gain = -0.0016668 * length + 1.233334
    spread = min(1.6, length / 10)
    r = roughness * gain
    half = spread / 2
    diverge = 0.2 + rng.next() * 0.2
    bow_x = bowing * 1.6 * (y2 - y1) / 200 + rng.offset(0.5, r)
    bow_y = bowing * 1.6 * (x1 - x2) / 200 + rng.offset(0.5, r)
    if move:
        commands.append(("M", x1 + rng.offset(half, r), y1 + rng.offset(half, r)))
    dx, dy = x2 - x1, y2 - y1
    commands.append(
        (
            "C",
            bow_x + x1 + dx * diverge + rng.offset(half, r),
            bow_y + y1 + dy * diverge + rng.offset(half, r),
            bow_x + x1 + 2 * dx * diverge + rng.offset(half, r),
            bow_y + y1 + 2 * dy * diverge + rng.offset(half, r),
            x2 + rng.offset(half, r),
            y2 + rng.offset(half, r),
        )
    )


def sketch_polyline(
    points: list[tuple[float, float]], seed: int, roughness: float, *, passes: int = 2
) -> list[Command]:
    """Open polyline, each segment a wobbly stroke, drawn ``passes`` times."""
    commands: list[Command] = []
    rng = Random(seed)
    for _ in range(passes):
        for (x1, y1), (x2, y2) in pairwise(points):
            sketch_line(commands, x1, y1, x2, y2, rng, roughness)
    return commands


_KAPPA = 0.5523


def rounded_rect(x: float, y: float, w: float, h: float, radius: float) -> list[Command]:
    """A crisp rounded rectangle (used for fills and for the clean theme)."""
    r = max(0.0, min(radius, w / 2, h / 2))
    if r <= 0:
        return [("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)]
    k = r * _KAPPA
    right, bottom = x + w, y + h
    return [
        ("M", x + r, y),
        ("L", right - r, y),
        ("C", right - r + k, y, right, y + r - k, right, y + r),
        ("L", right, bottom - r),
        ("C", right, bottom - r + k, right - r + k, bottom, right - r, bottom),
        ("L", x + r, bottom),
        ("C", x + r - k, bottom, x, bottom - r + k, x, bottom - r),
        ("L", x, y + r),
        ("C", x, y + r - k, x + r - k, y, x + r, y),
        ("Z",),
    ]


def sketch_rounded_rect(  # noqa: PLR0917
    x: float, y: float, w: float, h: float, radius: float, seed: int, roughness: float, *, passes: int = 2
) -> list[Command]:
    """A hand-drawn rounded rectangle outline: wobbly sides, loosely joined corners."""
    r = max(0.0, min(radius, w / 2, h / 2))
    k = r * _KAPPA
    rng = Random(seed)
    commands: list[Command] = []
    right, bottom = x + w, y + h
    sides = (
        ((x + r, y), (right - r, y), (right - r + k, y, right, y + r - k, right, y + r)),
        ((right, y + r), (right, bottom - r), (right, bottom - r + k, right - r + k, bottom, right - r, bottom)),
        ((right - r, bottom), (x + r, bottom), (x + r - k, bottom, x, bottom - r + k, x, bottom - r)),
        ((x, bottom - r), (x, y + r), (x, y + r - k, x + r - k, y, x + r, y)),
    )
    jitter = 0.8 * roughness
    for number in range(passes):
        overshoot = 2.0 * roughness * number  # the second pass starts a little off, like a marker
        for index, ((sx, sy), (ex, ey), corner) in enumerate(sides):
            sketch_line(commands, sx, sy, ex, ey, rng, roughness, move=index == 0)
            if r > 0:
                c = [value + rng.offset(jitter, 1.0) for value in corner]
                commands.append(("C", *c))
        if overshoot:
            last = commands[-1]
            commands[-1] = (*last[:-2], float(last[-2]) + overshoot, float(last[-1]) + rng.offset(1.0, roughness))
    return commands


def sketch_ellipse(  # noqa: PLR0917
    cx: float, cy: float, rx: float, ry: float, seed: int, roughness: float
) -> list[Command]:
    """A hand-drawn ellipse: one loop of four jittered quarter arcs that overshoots a little."""
    rng = Random(seed)
    k = _KAPPA
    j = 0.06 * roughness * max(rx, ry)
    points = [(cx + rx, cy), (cx, cy + ry), (cx - rx, cy), (cx, cy - ry), (cx + rx, cy)]
    controls = [
        (cx + rx, cy + k * ry, cx + k * rx, cy + ry),
        (cx - k * rx, cy + ry, cx - rx, cy + k * ry),
        (cx - rx, cy - k * ry, cx - k * rx, cy - ry),
        (cx + k * rx, cy - ry, cx + rx, cy - k * ry),
    ]
    commands: list[Command] = [("M", points[0][0] + rng.offset(j, 1), points[0][1] + rng.offset(j, 1))]
    for (c1x, c1y, c2x, c2y), (px, py) in zip(controls, points[1:], strict=True):
        commands.append(
            (
                "C",
                c1x + rng.offset(j, 1),
                c1y + rng.offset(j, 1),
                c2x + rng.offset(j, 1),
                c2y + rng.offset(j, 1),
                px + rng.offset(j, 1),
                py + rng.offset(j, 1),
            )
        )
    return commands


def ellipse(cx: float, cy: float, rx: float, ry: float) -> list[Command]:
    k = _KAPPA
    return [
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry),
        ("C", cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy),
        ("C", cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry),
        ("C", cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy),
        ("Z",),
    ]
