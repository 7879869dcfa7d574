"""Mixed-direction text: each paragraph's base direction, and left-to-right runs kept whole.

A label in an Arabic or Hebrew diagram is often not Arabic at all (``GET /items?id=42``), or is an
Arabic sentence around a technical token (``أرسل Bearer <token> إلى الخادم``). Laid out with the
diagram's right-to-left direction, the Unicode bidi algorithm moves the neutral characters at the
edges of such runs (``?``, ``/``, ``<``, ``>``, ``{``, ``}``, ``,``, ``;``) to the wrong end. So:

- each paragraph takes its own base direction from its first strong letter (UAX #9, rules P2-P3),
  falling back to the element's or the diagram's direction when it has none;
- inside a right-to-left paragraph, every run of words without right-to-left letters that holds a
  left-to-right letter is wrapped in LRI...PDI, so its punctuation stays with it.

This happens at layout time only: the stored text stays clean, and every renderer (QPainter on
screen and in PNG, the SVG writer, browsers and rsvg-convert reading the SVG) gets the same
isolated string, so they agree on the order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_ISOLATE_OPENERS = frozenset((LRI, RLI, FSI))
#: characters that are never to be taken out of a word's edge: they belong to the token they touch
_BRACKETS_AND_QUOTES = frozenset("()[]{}<>\"'`«»")
#: marks that close the surrounding right-to-left sentence, not the token before them (a comma or
#: semicolon after a token usually belongs to it: ``id = 42;``, ``name,email``)
_SENTENCE_END = ".!?،؛؟"
_WORD = re.compile(r"\S+")


def _strength(char: str) -> str:
    """'L', 'R' or '' (neutral or weak) for one character."""
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return ""


def is_rtl_letter(char: str) -> bool:
    """True for a strong right-to-left character (Hebrew, Arabic, Syriac...)."""
    return _strength(char) == "R"


def first_strong_is_rtl(text: str) -> bool | None:
    """True or False from the first strong letter outside isolates, None when there is none."""
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0 and (strength := _strength(char)):
            return strength == "R"
    return None


def paragraph_is_rtl(text: str, fallback: bool) -> bool:
    """The paragraph's base direction: its first strong letter's, or ``fallback``."""
    found = first_strong_is_rtl(text)
    return fallback if found is None else found


def _keeps_edge(char: str) -> bool:
    """Whether a neutral character at a run's edge belongs to the token: brackets, quotes and
    digits do (``<token>``, ``{id}``, ``42``); a dash or a space between a token and a
    right-to-left word does not."""
    return char in _BRACKETS_AND_QUOTES or char.isdigit() or _strength(char) == "L"


def _symbolic_number(text: str) -> bool:
    """A number with separators or signs the bidi algorithm would move (``:8080``, ``/16``)."""
    return any(char.isdigit() for char in text) and any(
        not char.isdigit() and not char.isspace() and char not in _SENTENCE_END for char in text
    )


def _run_bounds(paragraph: str, start: int, stop: int) -> tuple[int, int] | None:
    """The part of ``paragraph[start:stop]`` (a stretch with no right-to-left letter) to isolate:
    without edge spaces, lone dashes or the sentence's closing mark. None without a Latin letter or
    a number written with symbols (``10.0.0.12:5432``, ``:8080``): a plain number needs no help."""
    stretch = paragraph[start:stop]
    if not any(_strength(char) == "L" for char in stretch) and not _symbolic_number(stretch):
        return None
    words = [(match.start() + start, match.end() + start) for match in _WORD.finditer(paragraph[start:stop])]
    while words and not any(_keeps_edge(char) for char in paragraph[words[0][0] : words[0][1]]):
        words.pop(0)
    while words and not any(_keeps_edge(char) for char in paragraph[words[-1][0] : words[-1][1]]):
        words.pop()
    first, last = words[0][0], words[-1][1]
    if first == start and start > 0:  # glued to a right-to-left word, as Hebrew's "ב-OAuth"
        while not _keeps_edge(paragraph[first]):
            first += 1
    while last - 1 > first and paragraph[last - 1] in _SENTENCE_END:
        last -= 1
    return first, last


@lru_cache(maxsize=8192)
def isolate_ltr_runs(paragraph: str) -> str:
    """``paragraph`` (right-to-left) with each left-to-right run wrapped in LRI...PDI.

    A run is what lies between two right-to-left letters when it holds a left-to-right letter:
    a path, a query string, ``Bearer <token>``, a JSON fragment, ``300 ms``. Its edges lose the
    spaces, lone dashes and the sentence's closing mark (``.``, ``!``, ``?``, ``؟``, ``،``),
    which belong to the surrounding sentence. Text that already carries explicit bidi controls
    is left as its author wrote it.
    """
    if any("\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069" for char in paragraph):
        return paragraph
    pieces: list[str] = []
    cursor = 0
    start = 0
    for index in [*(i for i, char in enumerate(paragraph) if _strength(char) == "R"), len(paragraph)]:
        bounds = _run_bounds(paragraph, start, index) if index > start else None
        if bounds is not None:
            first, last = bounds
            pieces += [paragraph[cursor:first], LRI, paragraph[first:last], PDI]
            cursor = last
        start = index + 1
    if not pieces:
        return paragraph
    pieces.append(paragraph[cursor:])
    return "".join(pieces)


def balanced(text: str, start: int, stop: int) -> str:
    """``text[start:stop]`` as a line of its own: an isolate that a line break cut is closed at
    the line's end and opened again (with the same opener) at the next line's start, so each
    line, drawn alone, orders its characters as the whole paragraph did."""
    piece = "".join(_open_isolates(text[:start])) + text[start:stop]
    return piece + PDI * len(_open_isolates(piece))


def _open_isolates(text: str) -> list[str]:
    """The isolate openers still open at the end of ``text``, outermost first."""
    stack: list[str] = []
    for char in text:
        if char in _ISOLATE_OPENERS:
            stack.append(char)
        elif char == PDI and stack:
            stack.pop()
    return stack


def without_controls(text: str) -> str:
    """``text`` without the isolates this module adds, for matching drawn lines to stored text."""
    return text.translate(_NO_ISOLATES)


_NO_ISOLATES = str.maketrans("", "", LRI + RLI + FSI + PDI)
