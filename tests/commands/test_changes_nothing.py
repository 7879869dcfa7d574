"""Commands say when they changed nothing, so the undo stack can skip a step that would undo nothing."""

from __future__ import annotations

from editor.commands import Compound, MoveElements, SetProperty, SetStyle
from editor.model import Arrow, Box, Document, Endpoint, Rect, plain


def _document() -> Document:
    box = Box(id="a", rect=Rect(x=0, y=0, width=100, height=60), name=plain("A"), role=plain(""))
    other = Box(id="b", rect=Rect(x=300, y=0, width=100, height=60), name=plain("B"), role=plain(""))
    return Document(elements=[box, other, Arrow(id="ab", source=Endpoint(element="a"), target=Endpoint(element="b"))])


def test_a_real_change_is_not_nothing_and_a_same_value_is() -> None:
    document = _document()
    moved = MoveElements(["a"], 10, 0)
    moved.apply(document)
    assert not moved.changes_nothing()
    same = SetProperty(["ab"], "routing", "straight")
    same.apply(document)
    assert same.changes_nothing()
    restyled = SetStyle(["a"], {"fill": "#ffeeaa"})
    restyled.apply(document)
    assert not restyled.changes_nothing()


def test_a_gesture_merged_back_to_its_start_changes_nothing() -> None:
    document = _document()
    there = MoveElements(["a"], 40, 25, gesture="drag-1")
    there.apply(document)
    back = MoveElements(["a"], -40, -25, gesture="drag-1")
    back.apply(document)
    assert there.merge(back)
    assert there.changes_nothing()
    assert document.element("a").rect == Rect(x=0, y=0, width=100, height=60)


def test_a_compound_changes_nothing_only_when_every_part_does() -> None:
    document = _document()
    parts = [SetProperty(["ab"], "routing", "straight"), MoveElements(["b"], 0, 5)]
    both = Compound(parts)
    both.apply(document)
    assert not both.changes_nothing()
    idle = Compound([SetProperty(["ab"], "routing", "straight")])
    idle.apply(document)
    assert idle.changes_nothing()


def test_a_command_not_yet_applied_is_not_taken_for_nothing() -> None:
    assert not MoveElements(["a"], 0, 0).changes_nothing()
