"""Label text from other tools made ours: HTML labels (draw.io's ``html=1``) as plain text, and the
source language guessed from the script the labels are written in.

HTML: block elements and ``<br>`` become line breaks, everything else (``<span>``, ``<b>``, ``<font>``)
is unwrapped, entities are decoded, runs of blank lines and trailing spaces are tidied.

Language: script alone decides only a few languages (Arabic, Hebrew, Japanese kana, Korean hangul,
Chinese ideographs without kana, Cyrillic taken as Russian, Greek, Thai); everything else is taken as
English, which the command line's ``--lang`` and the app can correct.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from html.parser import HTMLParser
from typing import override

_BLOCKS = frozenset({"div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote"})
_SKIPPED = frozenset({"script", "style"})


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def _break(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._break()
        elif tag in _SKIPPED:
            self._skipping += 1

    @override
    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._break()
        elif tag in _SKIPPED and self._skipping:
            self._skipping -= 1

    @override
    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_plain(markup: str) -> str:
    """The text a reader sees in ``markup``, one line per visual line."""
    parser = _PlainText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("he", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("han", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))),
    ("ru", ((0x0400, 0x04FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
)


def _script_of(character: str) -> str | None:
    point = ord(character)
    if character.isascii():
        return "latin" if character.isalpha() else None
    for name, ranges in _SCRIPTS:
        if any(low <= point <= high for low, high in ranges):
            return name
    return "latin" if character.isalpha() else None


def detect_language(texts: Iterable[str]) -> str:
    """A BCP 47 tag for the script most letters of ``texts`` are written in."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(script for script in map(_script_of, text) if script is not None)
    if not counts:
        return "en"
    if counts["kana"]:
        counts["ja"] = counts.pop("kana") + counts.pop("han", 0)
    elif counts["han"]:
        counts["zh"] = counts.pop("han")
    script, _ = counts.most_common(1)[0]
    return "en" if script == "latin" else script
