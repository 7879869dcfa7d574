"""Which elements exist: add, remove (with bound arrows and frame memberships), replace, paste."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from pydantic import ValidationError

from editor.commands.base import Command, CommandError, require
from editor.commands.groups import fresh_group_ids, renamed_groups
from editor.commands.titles import QT_TRANSLATE_NOOP, Title, as_title
from editor.model import AnyElement, Arrow, Document, Endpoint, Frame, Point, bound_ids

_NUMBERED = re.compile(r"^(.*?)-\d+$")
ADD = QT_TRANSLATE_NOOP("Commands", "Add")
DELETE = QT_TRANSLATE_NOOP("Commands", "Delete")
REPLACE = QT_TRANSLATE_NOOP("Commands", "Replace")


def _check_references(lookup: Callable[[str], AnyElement | None], element: AnyElement) -> None:
    """Arrows bound to existing non-arrows; frames holding existing elements other than themselves."""
    if isinstance(element, Arrow):
        for end in (element.source, element.target):
            if end.element is None:  # free: nothing to bind to
                continue
            bound = lookup(end.element)
            if bound is None or isinstance(bound, Arrow):
                raise CommandError(f'arrow "{element.id}" cannot bind to "{end.element}"')
    elif isinstance(element, Frame):
        for member in element.members:
            if member == element.id or lookup(member) is None:
                raise CommandError(f'frame "{element.id}" cannot contain "{member}"')


def _check_new_elements(document: Document, elements: Sequence[AnyElement]) -> None:
    added = {element.id: element for element in elements}
    if len(added) != len(elements):
        raise CommandError("the same id is added twice")
    for element_id in added:
        if element_id in document:
            raise CommandError(f'an element with id "{element_id}" already exists')

    def lookup(element_id: str) -> AnyElement | None:
        return added.get(element_id) or document.get(element_id)

    for element in elements:
        _check_references(lookup, element)


class AddElements(Command):
    """Add elements at the end of the list (on top of their z), as one step."""

    def __init__(self, elements: Iterable[AnyElement], title: str | Title = ADD) -> None:
        self.elements = list(elements)
        self.caption = as_title(title)

    def apply(self, document: Document) -> None:
        _check_new_elements(document, self.elements)
        document.elements.extend(self.elements)
        document.invalidate_index()

    def revert(self, document: Document) -> None:
        added = {element.id for element in self.elements}
        document.elements[:] = [element for element in document.elements if element.id not in added]
        document.invalidate_index()

    def affected_ids(self) -> frozenset[str]:
        return frozenset(element.id for element in self.elements)


def removal_closure(document: Document, ids: Iterable[str]) -> set[str]:
    """The ids plus every arrow bound to one of them: what deleting them really removes."""
    removed = set(ids)
    for element in document.elements:
        if isinstance(element, Arrow) and removed.intersection(bound_ids(element)):
            removed.add(element.id)
    return removed


class RemoveElements(Command):
    """Remove elements, the arrows bound to them and their frame memberships, as one step."""

    def __init__(self, ids: Iterable[str], title: str | Title = DELETE) -> None:
        self.ids = list(dict.fromkeys(ids))
        self.caption = as_title(title)
        self._removed: list[tuple[int, AnyElement]] = []
        self._memberships: list[tuple[str, list[str]]] = []

    def apply(self, document: Document) -> None:
        for element_id in self.ids:
            require(document, element_id)
        removed = removal_closure(document, self.ids)
        self._removed = [
            (position, element) for position, element in enumerate(document.elements) if element.id in removed
        ]
        self._memberships = []
        for element in document.elements:
            if isinstance(element, Frame) and element.id not in removed and removed.intersection(element.members):
                self._memberships.append((element.id, element.members))
                element.members = [member for member in element.members if member not in removed]
        document.elements[:] = [element for element in document.elements if element.id not in removed]
        document.invalidate_index()

    def revert(self, document: Document) -> None:
        for position, element in self._removed:
            document.elements.insert(position, element)
        document.invalidate_index()
        for frame_id, members in self._memberships:
            frame = document.element(frame_id)
            assert isinstance(frame, Frame)
            frame.members = members

    def affected_ids(self) -> frozenset[str]:
        return frozenset(element.id for _, element in self._removed) | {frame for frame, _ in self._memberships}


class ReplaceElements(Command):
    """Swap elements for new versions with the same ids, in place (a translation run, an import)."""

    def __init__(self, replacements: Iterable[AnyElement], title: str | Title = REPLACE) -> None:
        self.replacements = list(replacements)
        self.caption = as_title(title)
        self._previous: list[tuple[int, AnyElement]] = []

    def apply(self, document: Document) -> None:
        positions = {element.id: position for position, element in enumerate(document.elements)}
        wanted = {element.id for element in self.replacements}
        missing = wanted - positions.keys()
        if missing:
            raise CommandError(f'no element with id "{sorted(missing)[0]}"')
        previous = [(positions[element.id], document.elements[positions[element.id]]) for element in self.replacements]
        if len(wanted) != len(self.replacements):
            raise CommandError("the same id is replaced twice")
        replaced = {element.id: element for element in self.replacements}

        def lookup(element_id: str) -> AnyElement | None:
            return replaced.get(element_id) or document.get(element_id)

        for replacement in self.replacements:
            _check_references(lookup, replacement)
            if isinstance(replacement, Arrow) and document.arrows_touching(replacement.id):
                raise CommandError(f'"{replacement.id}" has arrows bound to it and cannot become an arrow')
        self._previous = previous
        for replacement in self.replacements:
            document.elements[positions[replacement.id]] = replacement
        document.invalidate_index()

    def revert(self, document: Document) -> None:
        for position, element in reversed(self._previous):
            document.elements[position] = element
        document.invalidate_index()

    def affected_ids(self) -> frozenset[str]:
        return frozenset(element.id for element in self.replacements)


def _fresh_id(original: str, taken: set[str]) -> str:
    match = _NUMBERED.match(original)
    stem = match.group(1) if match else original
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


def _pasted_end(
    document: Document, end: Endpoint, renamed: dict[str, str], keep_outside: bool, shift: tuple[float, float]
) -> Endpoint | None:
    """Where a pasted arrow's end goes: a free end moves with the paste; a bound one binds to the
    copy of its element, else (``keep_outside``) to the element itself when this document still
    has it; None when neither."""
    if end.point is not None:
        return end.model_copy(update={"point": Point(x=end.point.x + shift[0], y=end.point.y + shift[1])})
    assert end.element is not None
    if end.element in renamed:
        return end.model_copy(update={"element": renamed[end.element]})
    bound = document.get(end.element) if keep_outside else None
    return end if bound is not None and not isinstance(bound, Arrow) else None


def pasted_copies(
    document: Document, elements: Sequence[AnyElement], dx: float, dy: float, keep_outside_ends: bool = False
) -> list[AnyElement]:
    """Copies with fresh ids, shifted by (dx, dy), on top of everything, keeping internal arrows.

    Free arrow ends move with the paste. Arrows survive when their bound ends were copied too, or
    (``keep_outside_ends``, a paste) when an end that was not copied is still in this document:
    that end stays bound where it was. (The canvas frees such ends before it copies, so a copied
    arrow keeps its drawn geometry.) Frames keep the members that were copied; groups that two or
    more copies share come back under fresh ids, so a pasted group is a group of its own.
    """
    taken = {element.id for element in document.elements}
    renamed: dict[str, str] = {}
    for element in elements:
        new_id = element.id if element.id not in taken else _fresh_id(element.id, taken)
        taken.add(new_id)
        renamed[element.id] = new_id
    top = max((element.z for element in document.elements), default=0)
    lowest = min((element.z for element in elements), default=0)
    copies: list[AnyElement] = []
    for element in elements:
        update: dict[str, object] = {"id": renamed[element.id], "z": min(top + 1 + element.z - lowest, 10**9)}
        if isinstance(element, Arrow):
            source = _pasted_end(document, element.source, renamed, keep_outside_ends, (dx, dy))
            target = _pasted_end(document, element.target, renamed, keep_outside_ends, (dx, dy))
            if source is None or target is None:
                continue
            update["source"] = source
            update["target"] = target
            update["waypoints"] = [Point(x=point.x + dx, y=point.y + dy) for point in element.waypoints]
        else:
            try:
                update["rect"] = element.rect.moved(dx, dy)
            except ValidationError:
                raise CommandError("the paste would place an element beyond the canvas limits") from None
            if isinstance(element, Frame):
                update["members"] = [renamed[member] for member in element.members if member in renamed]
        copies.append(element.model_copy(update=update, deep=True))
    kept = {copy.id for copy in copies}
    groups = fresh_group_ids(document, copies)
    for copy in copies:
        if isinstance(copy, Frame):
            copy.members = [member for member in copy.members if member in kept]
        if copy.groups:
            copy.groups = renamed_groups(copy.groups, groups)
    return copies


class Paste(AddElements):
    """Add copies of ``elements`` with fresh ids, shifted by (dx, dy), as one step."""

    def __init__(
        self,
        document: Document,
        elements: Sequence[AnyElement],
        dx: float = 0,
        dy: float = 0,
        keep_outside_ends: bool = False,
    ) -> None:
        copies = pasted_copies(document, elements, dx, dy, keep_outside_ends)
        super().__init__(copies, title=QT_TRANSLATE_NOOP("Commands", "Paste"))
