"""What an HTML label's markup says about its look, so plain text loses as little as it can.

draw.io's rich labels style runs of text (``<b>``, ``<i>``, ``<font color>``, ``<span style="font-size:
14px">``). Our texts have one look per element. A look that holds for all of a label's text (a label
wholly bold, wholly in one colour or one size) becomes the element's style; a look that holds for part
of it, and italic, underline and strike-through, which we cannot show, are named so the import reports
them instead of dropping them silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import override

_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})
_BY_TAG = {
    "b": {"bold": True},
    "strong": {"bold": True},
    "i": {"italic": True},
    "em": {"italic": True},
    "u": {"underline": True},
    "s": {"underline": True},
    "strike": {"underline": True},
    "del": {"underline": True},
}
_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_RGB = re.compile(r"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$")
_SIZE = re.compile(r"^([\d.]+)\s*(px|pt)$")
#: the kinds of formatting a label can lose, as the report names them
KINDS = ("bold", "colour", "size", "italic", "underline")


def _color(value: str) -> str | None:
    value = value.strip()
    if found := _HEX.match(value):
        digits = found.group(1)
        return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits).lower()
    if found := _RGB.match(value):
        parts = [int(part) for part in found.groups()]
        return "#" + "".join(f"{min(part, 255):02x}" for part in parts) if all(p <= 255 for p in parts) else None
    return None


def _effects(tag: str, attrs: dict[str, str | None]) -> dict[str, object]:
    effects: dict[str, object] = dict(_BY_TAG.get(tag, {}))
    if tag == "font" and attrs.get("color"):
        effects["colour"] = _color(attrs["color"] or "") or "unknown"
    for declaration in (attrs.get("style") or "").split(";"):
        name, _, value = (part.strip().lower() for part in declaration.partition(":"))
        if name == "color":
            effects["colour"] = _color(value) or "unknown"
        elif name == "font-size" and (size := _SIZE.match(value)):
            effects["size"] = float(size.group(1)) * (96 / 72 if size.group(2) == "pt" else 1)
        elif name == "font-weight":
            effects["bold"] = value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600)
        elif name == "font-style" and value in ("italic", "oblique"):
            effects["italic"] = True
        elif name.startswith("text-decoration") and ("underline" in value or "line-through" in value):
            effects["underline"] = True
    return effects


class _Runs(HTMLParser):
    """The look in force at each run of visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, object]]] = []
        self.runs: list[dict[str, object]] = []

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.open.append((tag, _effects(tag, dict(attrs))))

    @override
    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    @override
    def handle_data(self, data: str) -> None:
        if data.strip():
            look: dict[str, object] = {}
            for _, effects in self.open:
                look.update(effects)
            self.runs.append(look)


@dataclass
class HtmlLook:
    """Looks that hold for all of a label's text, and the kinds (``KINDS``) that do not carry over."""

    bold: bool | None = None
    colour: str | None = None
    size: float | None = None
    lost: set[str] = field(default_factory=set)


def html_look(markup: str) -> HtmlLook:
    """The look of an HTML label's text as far as one style per element can hold it."""
    parser = _Runs()
    parser.feed(markup)
    parser.close()
    look = HtmlLook()
    for kind in ("italic", "underline"):
        if any(run.get(kind) for run in parser.runs):
            look.lost.add(kind)
    for kind in ("bold", "colour", "size"):
        values = {run.get(kind, False if kind == "bold" else None) for run in parser.runs}
        if len(values) > 1 or "unknown" in values:
            look.lost.add(kind)
        elif values and (value := values.pop()) not in (None, False):
            setattr(look, kind, value)
    return look
