"""Making translated labels fit their elements, as undoable commands: shrink the text, or grow the boxes.

The geometry (which rectangles make the text fit) is :mod:`editor.render.fit`, shared with
``diagram-editor export``. Each choice here is one undoable command (the fit setting and the
new rectangles together).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from editor.commands import QT_TRANSLATE_NOOP, Command, Compound, SetRects, SetSettings, SetStyle, Title
from editor.model import Arrow, Document, TextFit
from editor.render.fit import OverflowingLabel, grow_after_translation, grown_rects, overflowing_labels

__all__ = ["OverflowingLabel", "grow_after_translation", "grow_command", "overflowing_labels", "shrink_command"]


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
