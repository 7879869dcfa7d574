"""Hand-drawn outlines in the manner of Rough.js, small and fast, with stable seeds.

Every shape comes out as path commands (``("M", x, y)``, ``("L", x, y)``,
``("C", x1, y1, x2, y2, x, y)``, ``("Z",)``), so the screen, the PNG and the SVG draw the
very same wobble. The same seed always gives the same lines.
"""

from __future__ import annotations

import math
import zlib
from functools import lru_cache
from itertools import pairwise
from typing import Any

Command = tuple[Any, ...]  # ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)
_MODULUS = 2147483647
_FLOAT_MODULUS = float(_MODULUS)


class Outline(list[Command]):
    """The commands of a sketched outline, shared by every caller that asks for the same one.

    Read-only by convention. It remembers what backends derive from it: its extent, and the
    SVG path data once a writer has formatted it, so a second export reuses both.
    """

    __slots__ = ("_extent", "svg_d")

    def __init__(self) -> None:
        super().__init__()
        self._extent: tuple[float, float, float, float] | None = None
        self.svg_d: str | None = None

    def extent(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of every coordinate, control points included."""
        if self._extent is None:
            values = [value for command in self for value in command[1:]]  # x and y alternate
            xs, ys = values[0::2], values[1::2]
            self._extent = (min(xs), min(ys), max(xs), max(ys)) if xs else (0.0, 0.0, 0.0, 0.0)
        return self._extent


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


def _stroke(  # noqa: PLR0917
    commands: list[Command],
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    state: float,
    roughness: float,
    move: bool,
    bowing: float = 1.0,
) -> float:
    """:func:`sketch_line` with the generator's state passed in and returned (the hot loop).

    The arithmetic is Rough.js's, in the same order as :meth:`Random.offset`, so the very
    same numbers come out; ``u = n * 2 * half - half`` is one offset before scaling by ``r``.
    The state is a float holding an integer: products stay below 2**53, so float arithmetic
    is exact here and cheaper than Python's two-digit integers.
    """
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
    m = _FLOAT_MODULUS
    state = state * 48271 % m
    diverge = 0.2 + state / m * 0.2
    state = state * 48271 % m
    bow_x = bowing * 1.6 * (y2 - y1) / 200 + r * (state / m * 2 * 0.5 - 0.5)
    state = state * 48271 % m
    bow_y = bowing * 1.6 * (x1 - x2) / 200 + r * (state / m * 2 * 0.5 - 0.5)
    if move:
        state = state * 48271 % m
        mx = x1 + r * (state / m * 2 * half - half)
        state = state * 48271 % m
        commands.append(("M", mx, y1 + r * (state / m * 2 * half - half)))
    dx, dy = x2 - x1, y2 - y1
    s1 = state * 48271 % m
    s2 = s1 * 48271 % m
    s3 = s2 * 48271 % m
    s4 = s3 * 48271 % m
    s5 = s4 * 48271 % m
    s6 = s5 * 48271 % m
    commands.append(
        (
            "C",
            bow_x + x1 + dx * diverge + r * (s1 / m * 2 * half - half),
            bow_y + y1 + dy * diverge + r * (s2 / m * 2 * half - half),
            bow_x + x1 + 2 * dx * diverge + r * (s3 / m * 2 * half - half),
            bow_y + y1 + 2 * dy * diverge + r * (s4 / m * 2 * half - half),
            x2 + r * (s5 / m * 2 * half - half),
            y2 + r * (s6 / m * 2 * half - half),
        )
    )
    return s6


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
    rng.state = int(_stroke(commands, x1, y1, x2, y2, float(rng.state), roughness, move, bowing))


#: outlines kept, keyed by everything they depend on: a second export of the same document,
#: or a canvas repaint, reuses them (callers treat the returned lists as read-only)
OUTLINE_CACHE_SIZE = 32768


@lru_cache(maxsize=OUTLINE_CACHE_SIZE)
def _polyline(points: tuple[tuple[float, float], ...], seed: int, roughness: float, passes: int) -> Outline:
    commands = Outline()
    state = float((seed % _MODULUS) or 1)
    for _ in range(passes):
        for (x1, y1), (x2, y2) in pairwise(points):
            state = _stroke(commands, x1, y1, x2, y2, state, roughness, True)
    return commands


def sketch_polyline(points: list[tuple[float, float]], seed: int, roughness: float, *, passes: int = 2) -> Outline:
    """Open polyline, each segment a wobbly stroke, drawn ``passes`` times (shared: do not modify)."""
    return _polyline(tuple(points), seed, roughness, passes)


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


@lru_cache(maxsize=OUTLINE_CACHE_SIZE)
def sketch_rounded_rect(  # noqa: PLR0917
    x: float, y: float, w: float, h: float, radius: float, seed: int, roughness: float, *, passes: int = 2
) -> Outline:
    """A hand-drawn rounded rectangle outline: wobbly sides, loosely joined corners.

    The list is shared by every caller with the same arguments: do not modify it.
    """
    r = max(0.0, min(radius, w / 2, h / 2))
    k = r * _KAPPA
    m = _FLOAT_MODULUS
    state = float((seed % _MODULUS) or 1)
    commands = Outline()
    right, bottom = x + w, y + h
    sides = (
        ((x + r, y), (right - r, y), (right - r + k, y, right, y + r - k, right, y + r)),
        ((right, y + r), (right, bottom - r), (right, bottom - r + k, right - r + k, bottom, right - r, bottom)),
        ((right - r, bottom), (x + r, bottom), (x + r - k, bottom, x, bottom - r + k, x, bottom - r)),
        ((x, bottom - r), (x, y + r), (x, y + r - k, x + r - k, y, x + r, y)),
    )
    jitter = 0.8 * roughness
    append = commands.append
    for number in range(passes):
        overshoot = 2.0 * roughness * number  # the second pass starts a little off, like a marker
        first = True
        for (sx, sy), (ex, ey), corner in sides:
            state = _stroke(commands, sx, sy, ex, ey, state, roughness, first)
            first = False
            if r > 0:  # the corner's six values, each jittered by the next number (unrolled: the hot loop)
                c1x, c1y, c2x, c2y, cx, cy = corner
                s1 = state * 48271 % m
                s2 = s1 * 48271 % m
                s3 = s2 * 48271 % m
                s4 = s3 * 48271 % m
                s5 = s4 * 48271 % m
                state = s5 * 48271 % m
                append(
                    (
                        "C",
                        c1x + (s1 / m * 2 * jitter - jitter),
                        c1y + (s2 / m * 2 * jitter - jitter),
                        c2x + (s3 / m * 2 * jitter - jitter),
                        c2y + (s4 / m * 2 * jitter - jitter),
                        cx + (s5 / m * 2 * jitter - jitter),
                        cy + (state / m * 2 * jitter - jitter),
                    )
                )
        if overshoot:
            last = commands[-1]
            state = state * 48271 % m
            commands[-1] = (
                *last[:-2],
                float(last[-2]) + overshoot,
                float(last[-1]) + roughness * (state / m * 2 * 1.0 - 1.0),
            )
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


@lru_cache(maxsize=OUTLINE_CACHE_SIZE)
def _path(commands: tuple[Command, ...], seed: int, roughness: float, passes: int) -> Outline:
    m = _FLOAT_MODULUS
    state = float((seed % _MODULUS) or 1)
    sketched = Outline()
    append = sketched.append
    for _ in range(passes):
        start = current = (0.0, 0.0)
        lifted = True  # the next stroke starts a new subpath
        for command in commands:
            kind = command[0]
            if kind == "M":
                start = current = (float(command[1]), float(command[2]))
                lifted = True
            elif kind in ("L", "Z"):
                end = (float(command[1]), float(command[2])) if kind == "L" else start
                if end != current:
                    state = _stroke(sketched, *current, *end, state, roughness, lifted)
                    lifted = False
                current = end
            else:  # a curve: its six values jittered, more on a long curve, as Rough.js bends arcs
                x0, y0 = current
                chord = math.hypot(float(command[5]) - x0, float(command[6]) - y0)
                jitter = roughness * min(3.0, 0.6 + chord * 0.015)
                if lifted:
                    state = state * 48271 % m
                    mx = x0 + (state / m * 2 * jitter - jitter) * 0.5
                    state = state * 48271 % m
                    append(("M", mx, y0 + (state / m * 2 * jitter - jitter) * 0.5))
                    lifted = False
                values = []
                for value in command[1:]:
                    state = state * 48271 % m
                    values.append(float(value) + (state / m * 2 * jitter - jitter))
                append(("C", *values))
                current = (float(command[5]), float(command[6]))
    return sketched


def sketch_path(commands: list[Command], seed: int, roughness: float, *, passes: int = 2) -> Outline:
    """Any crisp outline (moves, lines, cubics, closes) hand-drawn: lines as wobbly strokes, curves
    with jittered control points, each pass from the generator's next numbers (shared: do not modify)."""
    return _path(tuple(commands), seed, roughness, passes)
