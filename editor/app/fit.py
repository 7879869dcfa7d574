"""Making translated labels fit their elements: shrink the text, or grow the boxes.

The render layer already shrinks text whose effective fit is ``shrink`` (down to the style's
``min_font_size``) and reports every label that still overflows. Growing is a geometry edit:
here each element gets the smallest rectangle, grown around its centre so bound arrows stay
balanced, in which its text fits in every language of the document. Each choice is one
undoable command (the fit setting and the new rectangles together).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from editor.commands import QT_TRANSLATE_NOOP, Command, Compound, SetRects, SetSettings, SetStyle, Title
from editor.model import Arrow, Document, Rect, TextFit
from editor.render.layout import layout_document, layout_element

#: Extra room (px) on top of the measured overflow, so rounding never leaves a sliver.
GROW_MARGIN = 2.0
#: Growth steps per element before giving up (each step measures again).
MAX_GROW_STEPS = 12


@dataclass(frozen=True, slots=True)
class OverflowingLabel:
    """A label that does not fit its element in one language, and by how many pixels."""

    element_id: str
    language: str
    field: str
    overflow: float


def overflowing_labels(document: Document, languages: Iterable[str] | None = None) -> list[OverflowingLabel]:
    """Every overflowing label in each language (all of the document's languages by default)."""
    found: list[OverflowingLabel] = []
    for language in languages if languages is not None else document.settings.languages:
        for overflow in layout_document(document, language).overflows:
            found.append(OverflowingLabel(overflow.element_id, language, overflow.field, overflow.overflow))
    return found


def _around_centre(rect: Rect, width: float, height: float) -> Rect:
    width, height = math.ceil(width), math.ceil(height)
    return Rect(x=rect.x - (width - rect.width) / 2, y=rect.y - (height - rect.height) / 2, width=width, height=height)


def _worst_overflow(document: Document, element_id: str, languages: Sequence[str]) -> float:
    worst = 0.0
    for language in languages:
        for overflow in layout_element(document, element_id, language).overflows:
            worst = max(worst, overflow.overflow)
    return worst


def _grow_in_place(work: Document, element_id: str, languages: Sequence[str]) -> Rect | None:
    """Grow ``element_id`` inside ``work`` until its text fits; its new rect, or None if it fitted."""
    element = work.element(element_id)
    if isinstance(element, Arrow):
        return None
    original = element.rect
    worst = _worst_overflow(work, element_id, languages)
    for _ in range(MAX_GROW_STEPS):
        if worst <= 0:
            break
        rect = element.rect
        tried: list[tuple[float, float, Rect]] = []
        for width, height in (
            (rect.width, rect.height + worst + GROW_MARGIN),
            (rect.width + worst + GROW_MARGIN, rect.height),
        ):
            element.rect = _around_centre(rect, width, height)
            tried.append(
                (_worst_overflow(work, element_id, languages), element.rect.width * element.rect.height, element.rect)
            )
        # Whichever direction fits better wins; on a tie the smaller box (a one-line pill grows wider).
        worst, _area, element.rect = min(tried, key=lambda option: (round(option[0], 1), option[1]))
    return None if element.rect == original else element.rect


def grown_rects(
    document: Document, element_ids: Iterable[str], languages: Sequence[str] | None = None
) -> dict[str, Rect]:
    """New rectangles for the elements whose text overflows in any language; ``document`` is untouched."""
    chosen = list(languages if languages is not None else document.settings.languages)
    work = document.model_copy(deep=True)
    rects: dict[str, Rect] = {}
    for element_id in dict.fromkeys(element_ids):
        if element_id in work:
            grown = _grow_in_place(work, element_id, chosen)
            if grown is not None:
                rects[element_id] = grown
    return rects


def _placed(document: Document, ids: Iterable[str]) -> list[str]:
    return [
        element_id for element_id in ids if element_id in document and not isinstance(document.get(element_id), Arrow)
    ]


def shrink_command(document: Document, element_ids: Sequence[str] = ()) -> Command | None:
    """Shrink-to-fit for these elements (their style), or for the whole document when none are given."""
    if element_ids:
        ids = _placed(document, element_ids)
        if not ids:
            return None
        command: Command = SetStyle(ids, {"fit": TextFit.SHRINK})
        command.caption = Title(QT_TRANSLATE_NOOP("Commands", "Shrink text to fit"))
        return command
    if document.settings.fit is TextFit.SHRINK:
        return None
    command = SetSettings({"fit": TextFit.SHRINK})
    command.caption = Title(QT_TRANSLATE_NOOP("Commands", "Shrink text to fit (whole diagram)"))
    return command


def _fit_change(ids: Sequence[str], fit: TextFit) -> Command:
    return SetStyle(ids, {"fit": fit}) if ids else SetSettings({"fit": fit})


def grow_command(document: Document, element_ids: Sequence[str] = ()) -> Command | None:
    """Grow-the-box for these elements, or for the whole document when none are given; one undo step.

    The fit choice is recorded (element style or document setting) and every element that
    overflows in any language gets a rectangle its text fits in. Elements that chose another
    fit for themselves keep it when the whole document switches to growing.
    """
    ids = _placed(document, element_ids)
    if element_ids and not ids:
        return None
    work = document.model_copy(deep=True)
    _fit_change(ids, TextFit.GROW).apply(work)  # measure with the new choice: shrunk text grows back first
    if ids:
        candidates = ids
        title = Title(QT_TRANSLATE_NOOP("Commands", "Grow boxes to fit"))
    else:
        candidates = [
            label.element_id
            for label in overflowing_labels(work)
            if work.element(label.element_id).style.fit in (None, TextFit.GROW)
        ]
        title = Title(QT_TRANSLATE_NOOP("Commands", "Grow boxes to fit (whole diagram)"))
    rects = grown_rects(work, candidates)
    commands: list[Command] = [_fit_change(ids, TextFit.GROW)]
    if rects:
        commands.append(SetRects(rects, title))
    return Compound(commands, title=title)


def grow_after_translation(document: Document) -> dict[str, Rect]:
    """Rectangles for overflowing elements whose effective fit is grow (run after a translation)."""
    growing = [
        label.element_id
        for label in overflowing_labels(document)
        if (document.element(label.element_id).style.fit or document.settings.fit) is TextFit.GROW
    ]
    return grown_rects(document, growing)
