"""What things say and look like: text, style, any other field, settings, z-order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from editor.commands.base import CommandError, require, require_all
from editor.commands.changes import SETTINGS, Change, FieldChanges
from editor.commands.titles import QT_TRANSLATE_NOOP, ElementRef, Title, field_label
from editor.model import Document, Legend, LegendEntry, LocalizedText, Style

_ENTRY = re.compile(r"^entries\[(\d+)\]$")
#: The pseudo element id that ``iter_texts`` uses for the document title.
SETTINGS_TEXT_ID = "settings"


def _text_target(document: Document, element_id: str) -> str:
    if element_id == SETTINGS_TEXT_ID and element_id not in document:
        return SETTINGS
    require(document, element_id)
    return element_id


class EditText(FieldChanges):
    """Set one text in one language.

    ``field`` is a path as ``texts_of`` yields it: ``name``, ``role``, ``label``, ``text``,
    ``title``, ``description`` or ``entries[3]``; ``element_id`` "settings" names the
    document title. In the source language the source text changes (variants go stale);
    in another language that language's variant is written with origin human.
    """

    def __init__(self, element_id: str, field: str, language: str, text: str, gesture: str | None = None) -> None:
        super().__init__()
        self.element_id = element_id
        self.field = field
        self.language = language
        self.text = text
        self.gesture = gesture
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Edit text of %1"), (ElementRef(element_id),))

    def plan(self, document: Document) -> list[Change]:
        key = _text_target(document, self.element_id)
        source = document.settings.source_language
        target = document.settings if key == SETTINGS else document.element(key)
        entry = _ENTRY.match(self.field)
        if entry is not None:
            if not isinstance(target, Legend):
                raise CommandError(f'"{self.element_id}" has no legend entries')
            number = int(entry.group(1))
            if number >= len(target.entries):
                raise CommandError(f'legend "{self.element_id}" has no entry {number}')
            entries = list(target.entries)
            entries[number] = LegendEntry(text=entries[number].text.with_text(self.language, source, self.text))
            return [(key, "entries", entries)]
        current = getattr(target, self.field, None)
        if not isinstance(current, LocalizedText):
            raise CommandError(f'"{self.element_id}" has no text field {self.field!r}')
        return [(key, self.field, current.with_text(self.language, source, self.text))]


def _style_with(style: Style, changes: Mapping[str, Any]) -> Style:
    unknown = set(changes) - set(Style.model_fields)
    if unknown:
        raise CommandError(f"unknown style field {sorted(unknown)[0]!r}")
    try:
        return Style.model_validate({**style.model_dump(), **changes})
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        raise CommandError(f"style: {'.'.join(map(str, detail['loc']))}: {detail['msg']}") from None


def _change(field: str) -> Title:
    return Title(QT_TRANSLATE_NOOP("Commands", "Change %1"), (field_label(field),))


class SetStyle(FieldChanges):
    """Change style fields (``None`` resets one to the theme) on every id, as one step."""

    validate_values = False

    def __init__(self, ids: Iterable[str], changes: Mapping[str, Any], gesture: str | None = None) -> None:
        super().__init__()
        self.ids = list(dict.fromkeys(ids))
        self.changes = dict(changes)
        self.gesture = gesture
        self.caption = (
            _change(next(iter(self.changes)))
            if len(self.changes) == 1
            else Title(QT_TRANSLATE_NOOP("Commands", "Change style"))
        )

    def plan(self, document: Document) -> list[Change]:
        elements = require_all(document, self.ids)
        return [(element.id, "style", _style_with(element.style, self.changes)) for element in elements]


class PasteStyle(SetStyle):
    """Give every id the look of ``style`` (draw.io's Paste Style), as one step.

    Every field is taken, unset ones too (they follow the theme again), except the sketch seed:
    that is each element's own, so pasted boxes keep their own hand-drawn wobble.
    """

    def __init__(self, ids: Iterable[str], style: Style) -> None:
        super().__init__(ids, {field: value for field, value in style.model_dump().items() if field != "seed"})
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Paste style"))


class SetProperty(FieldChanges):
    """Set one field (routing, heads, icon, text role, locked, ...) on every id, as one step."""

    def __init__(self, ids: Iterable[str], field: str, value: Any, gesture: str | None = None) -> None:
        super().__init__()
        self.ids = list(dict.fromkeys(ids))
        self.field = field
        self.value = value
        self.gesture = gesture
        self.caption = _change(field)

    def plan(self, document: Document) -> list[Change]:
        if self.field in ("id", "type", "z"):
            raise CommandError(f"{self.field!r} is not changed through SetProperty")
        require_all(document, self.ids)
        return [(element_id, self.field, self.value) for element_id in self.ids]


class SetSettings(FieldChanges):
    """Change document settings (theme, grid, languages, fit...), as one step."""

    def __init__(self, changes: Mapping[str, Any]) -> None:
        super().__init__()
        self.changes = dict(changes)
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Change document settings"))

    def plan(self, document: Document) -> list[Change]:
        return [(SETTINGS, field, value) for field, value in self.changes.items()]


class Reorder(FieldChanges):
    """Bring elements to the front or send them to the back, keeping their order among themselves."""

    validate_values = False

    def __init__(self, ids: Iterable[str], to_front: bool) -> None:
        super().__init__()
        self.ids = list(dict.fromkeys(ids))
        self.to_front = to_front
        self.caption = Title(
            QT_TRANSLATE_NOOP("Commands", "Bring to front")
            if to_front
            else QT_TRANSLATE_NOOP("Commands", "Send to back")
        )

    def plan(self, document: Document) -> list[Change]:
        chosen = set(self.ids)
        require_all(document, self.ids)
        others = [element.z for element in document.elements if element.id not in chosen]
        ordered = [element for element in document.in_paint_order() if element.id in chosen]
        if self.to_front:
            base = (max(others) + 1) if others else 0
        else:
            base = (min(others) - len(ordered)) if others else 0
        limit = 10**9
        if base < -limit or base + len(ordered) > limit:
            raise CommandError("z-order limit reached")
        return [(element.id, "z", base + rank) for rank, element in enumerate(ordered)]
