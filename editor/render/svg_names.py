"""The words an exported SVG names its picture and its elements by, for screen readers.

``role="img"`` makes the picture one image to assistive technology, so what a reader hears is
the root's ``<title>`` and ``<desc>`` (every label in reading order, the legend first) and,
where a reader goes into the picture, each element's ``<title>``. An element's words are its
laid-out lines put back together: lines of one style are one text the layout broke, joined by a
space, except between letters of scripts written without spaces (Chinese, Japanese, Thai), where
a space would split a word in two for the ear; a change of style (a name, then its role) is
joined by ". ", where a screen reader pauses.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from editor.render.display_list import DisplayList, ElementGroup, TextLineOp
from editor.render.text import clean_text

MARKUP_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: str) -> str:
    """Text safe inside an element or a double-quoted attribute (controls removed)."""
    return clean_text(text).replace("\n", " ").translate(MARKUP_ESCAPES)


@lru_cache(maxsize=4096)
def _unspaced(char: str) -> bool:
    """Whether ``char`` belongs to writing that puts no space between words: wide East Asian letters
    and punctuation (Korean's Hangul excepted: it spaces its words), and Thai, Lao, Khmer, Myanmar."""
    code = ord(char)
    if 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xAC00 <= code <= 0xD7AF:  # Hangul
        return False
    return (
        unicodedata.east_asian_width(char) in {"W", "F"}
        or 0x0E00 <= code <= 0x0EFF
        or 0x1000 <= code <= 0x109F
        or 0x1780 <= code <= 0x17FF
    )


def line_joint(previous: str, following: str) -> str:
    """What joins two lines the layout broke out of one text: a space, or nothing where the break
    fell between letters of a script without spaces (the line ends and starts there)."""
    if previous and following and (_unspaced(previous[-1]) or _unspaced(following[0])):
        return ""
    return " "


def element_label(group: ElementGroup) -> str:
    """An element's words as its ``<title>`` gives them (unescaped): see the module's docstring.
    The SVG writer's loop does the same inline."""
    words: list[str] = []
    style: tuple[object, ...] | None = None
    for op in group.ops:
        if type(op) is TextLineOp:
            current = (op.families, op.size, op.weight, op.color)
            if words:
                words.append(line_joint(words[-1], op.text) if current == style else ". ")
            words.append(op.text)
            style = current
    return "".join(words)


def description(display_list: DisplayList, labels: dict[str, str]) -> str:
    """Every element's words in reading order (legend first, then the document's order): the
    ``<desc>`` a screen reader gives for the whole picture, since ``role="img"`` hides its parts."""
    order = display_list.reading_order or tuple(labels)
    return ". ".join(labels[element_id] for element_id in order if element_id in labels)


def reading_description(display_list: DisplayList) -> str:
    """The ``<desc>`` of ``display_list`` (escaped), as the SVG writer writes it for one language."""
    labels = {group.element_id: escape(label) for group in display_list.groups if (label := element_label(group))}
    return description(display_list, labels)
