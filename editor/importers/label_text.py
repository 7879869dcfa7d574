"""Label text from other tools made ours: HTML labels (draw.io's ``html=1``) as plain text.

HTML: block elements and ``<br>`` become line breaks, everything else (``<span>``, ``<b>``, ``<font>``)
is unwrapped, entities are decoded, runs of blank lines and trailing spaces are tidied.
"""

from __future__ import annotations

import re
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
