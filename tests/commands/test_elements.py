"""Adding, removing, replacing and pasting elements: exact undo, bound arrows, frames."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.commands import AddElements, CommandError, Compound, History, Paste, RemoveElements, ReplaceElements
from editor.model import Arrow, Box, Document, Endpoint, Frame, Rect, load, plain


def _box(element_id: str, x: float = 0, y: float = 0) -> Box:
    return Box(id=element_id, rect=Rect(x=x, y=y, width=100, height=60), name=plain(element_id), role=plain(""))


def _arrow(element_id: str, source: str, target: str) -> Arrow:
    return Arrow(id=element_id, source=Endpoint(element=source), target=Endpoint(element=target))


def _two_boxes_and_arrow() -> Document:
    return Document(elements=[_box("a"), _box("b", 300), _arrow("ab", "a", "b")])


def test_add_then_undo_gives_back_the_document() -> None:
    document = _two_boxes_and_arrow()
    before = document.model_dump()
    history = History(document)
    history.push(AddElements([_box("c", 600), _arrow("bc", "b", "c")]))
    assert [element.id for element in document.elements][-2:] == ["c", "bc"]
    assert document.get("c") is not None
    history.undo()
    assert document.model_dump() == before
    assert document.get("c") is None


def test_add_refuses_duplicate_ids_and_dangling_arrows_without_changing_anything() -> None:
    document = _two_boxes_and_arrow()
    before = document.model_dump()
    with pytest.raises(CommandError, match="already exists"):
        AddElements([_box("a")]).apply(document)
    with pytest.raises(CommandError, match="cannot bind"):
        AddElements([_arrow("x", "a", "nowhere")]).apply(document)
    with pytest.raises(CommandError, match="cannot bind"):
        AddElements([_arrow("x", "a", "ab")]).apply(document)
    assert document.model_dump() == before


def test_removing_a_box_takes_its_arrows_and_memberships_in_one_step() -> None:
    frame = Frame(id="lane", rect=Rect(x=-10, y=-10, width=500, height=200), members=["a", "b", "ab"])
    document = Document(elements=[frame, _box("a"), _box("b", 300), _arrow("ab", "a", "b"), _box("c", 0, 400)])
    before = document.model_dump()
    history = History(document)
    history.push(RemoveElements(["a"]))
    assert [element.id for element in document.elements] == ["lane", "b", "c"]
    lane = document.element("lane")
    assert isinstance(lane, Frame) and lane.members == ["b"]
    assert len(history) == 1
    history.undo()
    assert document.model_dump() == before
    assert document.element("ab").id == "ab"  # the index knows the restored elements
    history.redo()
    assert "ab" not in document and "a" not in document


def test_remove_reports_everything_it_touched() -> None:
    frame = Frame(id="lane", rect=Rect(x=0, y=0, width=10, height=10), members=["a"])
    document = Document(elements=[frame, _box("a"), _box("b"), _arrow("ab", "a", "b")])
    command = RemoveElements(["a"])
    command.apply(document)
    assert command.affected_ids() == {"a", "ab", "lane"}


def test_remove_unknown_id_is_refused() -> None:
    with pytest.raises(CommandError, match="no element"):
        RemoveElements(["ghost"]).apply(_two_boxes_and_arrow())


def test_paste_gives_fresh_ids_keeps_layout_and_internal_arrows_only() -> None:
    document = _two_boxes_and_arrow()
    document.elements.append(_box("c", 0, 500))
    document.elements.append(_arrow("ac", "a", "c"))
    document.invalidate_index()
    copied = [document.element("a"), document.element("b"), document.element("ab"), document.element("ac")]
    paste = Paste(document, copied, dx=20, dy=30)  # type: ignore[arg-type]
    History(document).push(paste)
    new_ids = [element.id for element in paste.elements]
    assert new_ids == ["a-2", "b-2", "ab-2"]  # "ac" points outside the copy: dropped
    a2, b2, ab2 = (document.element(element_id) for element_id in new_ids)
    assert isinstance(a2, Box) and isinstance(b2, Box) and isinstance(ab2, Arrow)
    assert (a2.rect.x, a2.rect.y, b2.rect.x - a2.rect.x) == (20, 30, 300)
    assert (ab2.source.element, ab2.target.element) == ("a-2", "b-2")
    assert min(a2.z, b2.z, ab2.z) > max(element.z for element in document.elements[:5])


def test_paste_twice_numbers_ids_onwards() -> None:
    document = _two_boxes_and_arrow()
    history = History(document)
    history.push(Paste(document, [document.element("a")]))
    history.push(Paste(document, [document.element("a-2")]))
    assert [element.id for element in document.elements][-2:] == ["a-2", "a-3"]


def test_replace_swaps_in_place_and_back() -> None:
    document = _two_boxes_and_arrow()
    before = document.model_dump()
    history = History(document)
    renamed = document.element("a").model_copy(update={"name": plain("Alpha")})
    history.push(ReplaceElements([renamed], title="Translate"))
    assert document.elements[0] is renamed
    history.undo()
    assert document.model_dump() == before


def test_replace_refuses_to_turn_a_bound_box_into_an_arrow() -> None:
    document = _two_boxes_and_arrow()
    with pytest.raises(CommandError):
        ReplaceElements([_arrow("a", "b", "b")]).apply(document)


def test_compound_is_one_step_and_rolls_back_when_a_part_fails() -> None:
    document = _two_boxes_and_arrow()
    before = document.model_dump()
    history = History(document)
    with pytest.raises(CommandError):
        history.push(Compound([AddElements([_box("c")]), RemoveElements(["ghost"])]))
    assert document.model_dump() == before
    history.push(Compound([AddElements([_box("c")]), RemoveElements(["a"])], title="Swap"))
    assert len(history) == 1 and history.undo_title() == "Swap"
    history.undo()
    assert document.model_dump() == before


def test_removing_everything_from_the_example_and_undoing_round_trips(example_path: Path) -> None:
    document = load(example_path)
    before = document.model_dump()
    history = History(document)
    history.push(RemoveElements([element.id for element in document.elements if not isinstance(element, Arrow)]))
    assert document.elements == []
    history.undo()
    assert document.model_dump() == before
    Document.model_validate(document.model_dump())
