"""Mermaid's CSS-like style values (``fill:#f9f,stroke-width:4px``) as the model's style overrides.

``style``, ``classDef``/``class``/``:::`` and ``linkStyle`` all carry the same property lists. What
the model can hold (fill, stroke, stroke width, dash, text colour, font size and family, opacity)
becomes an override; anything else is named in a loss sentence, never silently dropped.
"""

from __future__ import annotations

import re
from typing import Any

from editor.model import Dash

_HEX = re.compile(r"^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_RGB = re.compile(r"^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$", re.IGNORECASE)
_NUMBER = re.compile(r"^([\d.]+)\s*(px|pt)?$")
#: CSS colour names seen in Mermaid files (the full CSS list is long; others are reported)
NAMED_COLORS = {
    "black": "#000000",
    "white": "#ffffff",
    "red": "#ff0000",
    "green": "#008000",
    "lime": "#00ff00",
    "blue": "#0000ff",
    "yellow": "#ffff00",
    "orange": "#ffa500",
    "purple": "#800080",
    "pink": "#ffc0cb",
    "gray": "#808080",
    "grey": "#808080",
    "lightgray": "#d3d3d3",
    "lightgrey": "#d3d3d3",
    "darkgray": "#a9a9a9",
    "silver": "#c0c0c0",
    "gold": "#ffd700",
    "sienna": "#a0522d",
    "brown": "#a52a2a",
    "navy": "#000080",
    "teal": "#008080",
    "cyan": "#00ffff",
    "magenta": "#ff00ff",
    "maroon": "#800000",
    "olive": "#808000",
    "lightblue": "#add8e6",
    "lightgreen": "#90ee90",
    "lightyellow": "#ffffe0",
    "salmon": "#fa8072",
    "tomato": "#ff6347",
    "coral": "#ff7f50",
    "khaki": "#f0e68c",
    "beige": "#f5f5dc",
    "lavender": "#e6e6fa",
    "violet": "#ee82ee",
    "indigo": "#4b0082",
    "crimson": "#dc143c",
    "darkred": "#8b0000",
    "darkgreen": "#006400",
    "darkblue": "#00008b",
    "steelblue": "#4682b4",
    "skyblue": "#87ceeb",
    "whitesmoke": "#f5f5f5",
    "transparent": "#00000000",
}
_COLOR_FIELDS = {
    "fill": "fill",
    "background": "fill",
    "background-color": "fill",
    "stroke": "stroke",
    "color": "text_color",
}


def color(value: str) -> str | None:
    """``#rgb``, ``#rrggbb``, ``rgb(...)`` or a known colour name as ``#rrggbb[aa]``; None when unknown."""
    value = value.strip().rstrip(";").strip()
    if hex_match := _HEX.match(value):
        digits = hex_match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(char * 2 for char in digits)
        return "#" + digits.lower()
    if rgb := _RGB.match(value):
        red, green, blue = (min(int(rgb.group(index)), 255) for index in (1, 2, 3))
        alpha = "" if rgb.group(4) is None else f"{round(min(float(rgb.group(4)), 1.0) * 255):02x}"
        return f"#{red:02x}{green:02x}{blue:02x}{alpha}"
    return NAMED_COLORS.get(value.lower())


def _length(value: str) -> float | None:
    found = _NUMBER.match(value.strip())
    if found is None:
        return None
    number = float(found.group(1))
    return number * 96 / 72 if found.group(2) == "pt" else number


def style_overrides(properties: str, losses: list[str]) -> dict[str, Any]:
    """The model style fields a Mermaid property list sets; what cannot be held is added to
    ``losses`` as one sentence per property kind."""
    fields: dict[str, Any] = {}
    for part in properties.split(","):
        if ":" not in part:
            if part.strip():
                losses.append(f"style values without a property name ({part.strip()[:20]!r}) ignored")
            continue
        name, value = (piece.strip() for piece in part.split(":", 1))
        name = name.lower()
        value = value.removesuffix("!important").strip()
        if name in _COLOR_FIELDS:
            parsed = color(value)
            if parsed is None:
                losses.append(f"colours the importer does not know ({value[:20]!r}) left to the theme")
            else:
                fields[_COLOR_FIELDS[name]] = parsed
        elif name == "stroke-width":
            width = _length(value)
            if width is None or not 0 <= width <= 100:
                losses.append("stroke widths that are not plain lengths left to the theme")
            else:
                fields["stroke_width"] = width
        elif name == "stroke-dasharray":
            first = _length(value.replace(",", " ").split()[0]) if value.split() else None
            if first is None:
                losses.append("dash patterns that are not plain lengths drawn solid")
            else:
                fields["dash"] = Dash.DOTTED if first <= 2 else Dash.DASHED
        elif name == "font-size":
            size = _length(value)
            if size is None or not 0 < size <= 1000:
                losses.append("font sizes that are not plain lengths left to the theme")
            else:
                fields["font_size"] = size
        elif name == "font-family":
            fields["font_family"] = value.strip("'\"")[:200] or None
        elif name == "opacity":
            try:
                fields["opacity"] = min(max(float(value), 0.0), 1.0)
            except ValueError:
                losses.append("opacities that are not numbers ignored")
        elif name == "font-weight":
            if value.lower() not in ("bold", "bolder", "700", "800", "900"):
                losses.append("font weights other than bold ignored")
            else:
                losses.append("bold text styles dropped: box names are always bold, other texts have no bold style")
        else:
            losses.append(f"style property {name!r} has no counterpart and was ignored")
    return {key: value for key, value in fields.items() if value is not None}
