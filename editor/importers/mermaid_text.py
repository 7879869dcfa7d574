"""Mermaid label text turned into plain text: quotes, entity codes, markdown strings, HTML tags, icons.

A diagram's labels must arrive as the words a reader saw, with no markup left over: ``#quot;`` and
``&amp;`` become their characters, ``<br>`` a line break, ``**bold**`` and ``<b>`` plain words (the
emphasis is reported as lost), and a Font Awesome token (``fa:fa-car``) becomes the box's icon.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_LINE_BREAK = re.compile(r"<br\s*/?\s*>|<hr\s*/?\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?(?:[A-Za-z][^<>]*)?>")
_MERMAID_ENTITY = re.compile(r"#(\d+|[A-Za-z][A-Za-z0-9]*);")
_ICON = re.compile(r"\b(fa[brsl]?|fa[0-9][a-z]?):fa-([a-z0-9-]+)\b")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])", re.DOTALL)
#: Mermaid's Font Awesome prefixes -> qtawesome's Font Awesome 6 fonts
ICON_FONTS = {"fa": "fa6s", "fas": "fa6s", "far": "fa6r", "fab": "fa6b", "fal": "fa6s"}
_CHARMAPS = {
    "fa6s": "fontawesome6-solid-webfont",
    "fa6r": "fontawesome6-regular-webfont",
    "fa6b": "fontawesome6-brands-webfont",
}

LOST_TAGS = "HTML formatting tags (bold, italic, rules, alignment) removed, their text kept"
LOST_EMPHASIS = "markdown emphasis (bold, italic) shown as plain text"
LOST_EXTRA_ICONS = "Font Awesome icons beyond the first of a label dropped (a box holds one icon)"
LOST_ARROW_ICONS = "Font Awesome icons in arrow labels dropped (arrows carry no icon)"
LOST_UNKNOWN_ICONS = "Font Awesome icons the bundled icon fonts lack dropped"


@dataclass
class Decoded:
    """A label as plain text, the icons it named, and the markup kinds that were removed."""

    text: str
    icons: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)


def _entity(match: re.Match[str]) -> str:
    code = match.group(1)
    if code.isdigit():
        try:
            return chr(int(code))
        except (ValueError, OverflowError):
            return match.group(0)
    decoded = html.unescape(f"&{code};")
    return match.group(0) if decoded == f"&{code};" else decoded


def _dedent_continuations(text: str) -> str:
    """Lines after the first of a multi-line string lose the indentation of the source file."""
    lines = text.split("\n")
    return "\n".join([lines[0], *(line.strip() for line in lines[1:])])


def decode_label(raw: str) -> Decoded:
    """Plain text for a label as written between a shape's brackets or an edge's pipes."""
    text = raw.strip()
    losses: list[str] = []
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    markdown = len(text) >= 2 and text[0] == "`" and text[-1] == "`"
    if markdown:
        text = text[1:-1]
        emphasis = _MARKDOWN_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
        if emphasis != text:
            losses.append(LOST_EMPHASIS)
        text = emphasis
    text = _dedent_continuations(text)
    text = _LINE_BREAK.sub("\n", text)
    stripped = _TAG.sub("", text)
    if stripped != text:
        losses.append(LOST_TAGS)
    text = _MERMAID_ENTITY.sub(_entity, stripped)
    text = html.unescape(text)
    icons = []
    for prefix, name in _ICON.findall(text):
        icon = font_awesome_icon(ICON_FONTS.get(prefix, "fa6s"), name)
        if icon is None:
            losses.append(LOST_UNKNOWN_ICONS)
        else:
            icons.append(icon)
    text = _ICON.sub("", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return Decoded("\n".join(line for line in lines if line), icons, losses)


@cache
def _icon_names(font: str) -> frozenset[str] | None:
    """The icon names of one of qtawesome's bundled fonts, read from its charmap (plain JSON data:
    ``find_spec`` locates the package without importing it, so no Qt is loaded); None if absent."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    charmaps = sorted(folder.glob(f"{_CHARMAPS[font]}-charmap-*.json"))
    if not charmaps:
        return None
    return frozenset(json.loads(charmaps[-1].read_text(encoding="utf-8")))


def font_awesome_icon(font: str, name: str) -> str | None:
    """``font.name`` for a Font Awesome icon, in the named style or another one that has it
    (Mermaid's ``fa:fa-twitter`` is a brand icon); None when no bundled font has it."""
    for candidate in dict.fromkeys([font, *_CHARMAPS]):
        names = _icon_names(candidate)
        if names is None:
            return f"{font}.{name}"  # the fonts are not installed here: keep the name as written
        if name in names:
            return f"{candidate}.{name}"
    return None
