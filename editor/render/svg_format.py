"""Numbers, path data and shared attributes as the SVG writer formats them: 0.1 px (0.01 for
sizes and opacities), whole numbers without ``.0``, and a whole path in one C-level ``%`` (a
10,000-box export is mostly coordinates)."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import Any

from editor.render.sketch import Outline


def number(value: float) -> str:
    text = f"{value:.2f}"
    if text.endswith("00"):
        return text[:-3] if text != "-0.00" else "0"
    return text[:-1] if text.endswith("0") else text


def coordinate(value: float) -> str:
    """A pen position: whole pixels as integers (text is placed on them), else 0.1 px."""
    return str(value) if type(value) is int else number(round(value, 1))


@lru_cache(maxsize=4096)
def path_format(shape: tuple[int, ...]) -> str:
    """The ``%`` format of a path whose commands have these lengths (a letter, then numbers)."""
    return "".join("%s" + " ".join(["%.1f"] * (length - 1)) for length in shape)


def formatted_path(commands: list[tuple[Any, ...]]) -> str:
    """SVG path data at 0.1 px in one format call: letters and numbers flattened in order."""
    return path_format(tuple(map(len, commands))) % tuple(chain.from_iterable(commands))


def path_data(commands: list[tuple[Any, ...]]) -> str:
    """SVG path data at 0.1 px, the hot loop of big exports.

    A shared sketch :class:`Outline` keeps its formatted data, so it is formatted only once.
    """
    if type(commands) is Outline:
        if commands.svg_d is None:
            commands.svg_d = formatted_path(commands)
        return commands.svg_d
    return formatted_path(commands)


def color_attrs(name: str, color: str | None) -> str:
    if not color:
        return ""
    if len(color) == 9:
        alpha = int(color[7:9], 16) / 255
        return f' {name}="{color[:7]}" {name}-opacity="{number(alpha)}"'
    return f' {name}="{color}"'


def rect_start(rect: tuple[float, float, float, float, float]) -> str:
    """``<rect`` and its geometry at 0.1 px, whole numbers without ``.0`` (the paint follows)."""
    return ('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="%.1f"' % rect).replace('.0"', '"')  # noqa: UP031
