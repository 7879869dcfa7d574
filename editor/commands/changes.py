"""Field changes: the one mechanism behind move, resize, restyle, reconnect, edit text...

A ``FieldChanges`` command plans ``(target, field, new value)`` triples the first time
it is applied, remembers the old values, and from then on only swaps the two sets. Redo
therefore gives back exactly the values the user saw, with no float drift, and a
gesture (a drag, a nudge burst) merges by keeping the first command's old values and
the last one's new values.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from editor.commands.base import Command, CommandError, require
from editor.model import Arrow, Document, Frame

#: The target key that names the document settings instead of an element.
SETTINGS = "@settings"

Change = tuple[str, str, Any]


def target_of(document: Document, key: str) -> BaseModel:
    if key == SETTINGS:
        return document.settings
    return require(document, key)


def validated_value(target: BaseModel, field: str, value: Any) -> Any:
    """``value`` as the model would store it for ``field``, or CommandError when invalid."""
    if field not in type(target).model_fields or field in ("id", "type"):
        raise CommandError(f"{type(target).__name__} has no editable field {field!r}")
    data = target.model_dump()
    data[field] = value
    try:
        candidate = type(target).model_validate(data)
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        location = ".".join(str(part) for part in detail["loc"])
        raise CommandError(f"{field}: {location}: {detail['msg']}") from None
    return getattr(candidate, field)


def check_bindings(document: Document, target: BaseModel, field: str, value: Any) -> None:
    """Arrow ends and frame members must name existing elements (and ends no arrow)."""
    if isinstance(target, Arrow) and field in ("source", "target") and value.element is not None:
        bound = document.get(value.element)
        if bound is None:
            raise CommandError(f'arrow "{target.id}" cannot bind to missing element "{value.element}"')
        if isinstance(bound, Arrow):
            raise CommandError(f'arrow "{target.id}" cannot bind to arrow "{value.element}"')
    if isinstance(target, Frame) and field == "members":
        for member in value:
            if member == target.id or member not in document:
                raise CommandError(f'frame "{target.id}" cannot contain "{member}"')


class FieldChanges(Command):
    """Sets fields of elements (or of the settings); subclasses say which in ``plan``."""

    #: Subclasses that build already-valid model values (Rect, Point) skip revalidation.
    validate_values = True

    def __init__(self) -> None:
        self._after: list[Change] | None = None
        self._before: list[Change] = []

    def plan(self, document: Document) -> list[Change]:
        raise NotImplementedError

    def _first_apply(self, document: Document) -> list[Change]:
        planned = self.plan(document)
        after: list[Change] = []
        before: list[Change] = []
        for key, field, value in planned:
            target = target_of(document, key)
            new_value = validated_value(target, field, value) if self.validate_values else value
            check_bindings(document, target, field, new_value)
            after.append((key, field, new_value))
            before.append((key, field, getattr(target, field)))
        self._before = before
        return after

    def apply(self, document: Document) -> None:
        if self._after is None:
            self._after = self._first_apply(document)
        self._assign(document, self._after)

    def revert(self, document: Document) -> None:
        self._assign(document, list(reversed(self._before)))

    @staticmethod
    def _assign(document: Document, changes: list[Change]) -> None:
        for key, field, value in changes:
            setattr(target_of(document, key), field, value)

    def _keys(self) -> list[tuple[str, str]]:
        return [(key, field) for key, field, _ in self._after or []]

    def merge(self, other: Command) -> bool:
        if (
            self.gesture is None
            or type(other) is not type(self)
            or other.gesture != self.gesture
            or not isinstance(other, FieldChanges)
            or other._after is None
            or self._after is None
            or other._keys() != self._keys()
        ):
            return False
        self._after = other._after
        return True

    def changes_nothing(self) -> bool:
        if self._after is None:
            return False
        return all(old[2] == new[2] for old, new in zip(self._before, self._after, strict=True))

    def changed_fields(self) -> frozenset[str]:
        """Names of the fields this command sets (once applied), e.g. {"rect"} for a move."""
        return frozenset(field for _, field, _ in self._after or [])

    def affected_ids(self) -> frozenset[str]:
        changes = self._after or []
        return frozenset(key for key, _, _ in changes if key != SETTINGS)

    @property
    def changes_settings(self) -> bool:
        return any(key == SETTINGS for key, _, _ in self._after or [])
