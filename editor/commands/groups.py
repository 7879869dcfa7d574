"""Groups: which elements move, copy and delete as one, and the undoable steps that make them.

A group is not an element of its own. Each element lists the groups it belongs to, innermost
first (``_Element.groups``, as Excalidraw's ``groupIds``), and a group is every element that
names it. So nothing can point at a group that is gone, deleting a member needs no bookkeeping,
and a paste gives its copies fresh group ids in one pass (``fresh_group_ids``). Frames stay a
different idea: a frame is a drawn region that holds members; a group draws nothing.

The selection rule lives here too (``selection_unit``), so the canvas and the tests agree on
what a click picks: the outermost group of the clicked element, or, inside a group the user
entered by double-clicking, the next group inward (or the element alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from editor.commands.base import CommandError, require_all
from editor.commands.changes import Change, FieldChanges
from editor.commands.titles import QT_TRANSLATE_NOOP, Title
from editor.model import AnyElement, Document

GROUP_PREFIX = "group"


def groups_of(element: AnyElement) -> list[str]:
    """The element's groups, innermost first (empty when it is in none)."""
    return list(element.groups or ())


def group_members(document: Document, group_id: str) -> list[str]:
    """Ids of every element in ``group_id``, in document order."""
    return [element.id for element in document.elements if group_id in (element.groups or ())]


def all_group_ids(document: Document) -> set[str]:
    return {group for element in document.elements for group in element.groups or ()}


def fresh_group_id(taken: set[str]) -> str:
    number = 1
    while f"{GROUP_PREFIX}-{number}" in taken:
        number += 1
    return f"{GROUP_PREFIX}-{number}"


def unit_group(element: AnyElement, entered: str | None) -> str | None:
    """The group a click on ``element`` picks: its outermost one, or inside the entered group
    the next one inward; None when the element alone is picked."""
    groups = groups_of(element)
    if entered is not None and entered in groups:
        groups = groups[: groups.index(entered)]
    return groups[-1] if groups else None


def selection_unit(document: Document, element_id: str, entered: str | None = None) -> list[str]:
    """What a click on ``element_id`` selects: its whole group (see ``unit_group``) or itself."""
    group = unit_group(document.element(element_id), entered)
    return [element_id] if group is None else group_members(document, group)


def whole_units(document: Document, ids: Iterable[str], entered: str | None = None) -> list[str]:
    """``ids`` with every element whose group is only partly among them left out: a rubber band
    picks a group when it catches all of it, as draw.io does."""
    chosen = list(dict.fromkeys(ids))
    wanted = set(chosen)
    kept: list[str] = []
    for element_id in chosen:
        unit = selection_unit(document, element_id, entered)
        if wanted.issuperset(unit):
            kept.append(element_id)
    return kept


def expand_to_units(document: Document, ids: Iterable[str], entered: str | None = None) -> list[str]:
    """``ids`` plus the rest of each one's group: what selecting them really selects."""
    result: dict[str, None] = {}
    for element_id in ids:
        if element_id in document:
            result.update(dict.fromkeys(selection_unit(document, element_id, entered)))
    return list(result)


def fresh_group_ids(document: Document, copies: Sequence[AnyElement]) -> dict[str, str]:
    """For pasted ``copies``: each group that two or more of them share gets a new id, unused in
    ``document``; a group only one copy names is dropped (it would be a group of one)."""
    counts: dict[str, int] = {}
    for element in copies:
        for group in element.groups or ():
            counts[group] = counts.get(group, 0) + 1
    taken = all_group_ids(document)
    renamed: dict[str, str] = {}
    for group, count in counts.items():
        if count >= 2:
            renamed[group] = fresh_group_id(taken)
            taken.add(renamed[group])
    return renamed


def renamed_groups(groups: list[str] | None, renamed: dict[str, str]) -> list[str] | None:
    """``groups`` with each id renamed; ids missing from ``renamed`` are dropped (None if none stay)."""
    kept = [renamed[group] for group in groups or () if group in renamed]
    return kept or None


class Group(FieldChanges):
    """Put the elements into one new group, as one step.

    The new group goes just inside the groups all of them already share (the group the user
    entered), so grouping inside a group nests instead of splitting it.
    """

    validate_values = False

    def __init__(self, ids: Iterable[str]) -> None:
        super().__init__()
        self.ids = list(dict.fromkeys(ids))
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Group"))
        self.group_id = ""

    def plan(self, document: Document) -> list[Change]:
        elements = require_all(document, self.ids)
        if len(elements) < 2:
            raise CommandError("a group needs at least two elements")
        shared = _shared_outer_groups([groups_of(element) for element in elements])
        self.group_id = fresh_group_id(all_group_ids(document))
        changes: list[Change] = []
        for element in elements:
            groups = groups_of(element)
            inner = groups[: len(groups) - len(shared)]
            changes.append((element.id, "groups", [*inner, self.group_id, *shared]))
        return changes


def _shared_outer_groups(lists: list[list[str]]) -> list[str]:
    """The longest run of outermost groups that every list ends with."""
    shortest = min(len(groups) for groups in lists)
    shared: list[str] = []
    for depth in range(1, shortest + 1):
        candidates = {groups[-depth] for groups in lists}
        if len(candidates) != 1:
            break
        shared.insert(0, candidates.pop())
    return shared


class Ungroup(FieldChanges):
    """Dissolve the outermost groups the selection holds whole, as one step; inner groups stay."""

    validate_values = False

    def __init__(self, ids: Iterable[str]) -> None:
        super().__init__()
        self.ids = list(dict.fromkeys(ids))
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Ungroup"))

    def plan(self, document: Document) -> list[Change]:
        elements = require_all(document, self.ids)
        chosen = set(self.ids)
        whole = {
            group
            for element in elements
            for group in groups_of(element)
            if chosen.issuperset(group_members(document, group))
        }
        changes: list[Change] = []
        for element in elements:
            groups = groups_of(element)
            dissolved = next((group for group in reversed(groups) if group in whole), None)
            if dissolved is not None:
                kept = [group for group in groups if group != dissolved]
                changes.append((element.id, "groups", kept or None))
        if not changes:
            raise CommandError("nothing selected is grouped")
        return changes
