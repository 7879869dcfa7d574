"""Arrow ends free on the canvas: exactly one of element or point, saved and loaded as written,
carried by moves and pastes, and left alone by the checks that bound ends must pass."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from editor.commands import MoveElements, Paste, Reconnect, RemoveElements
from editor.model import Arrow, Box, Document, DocumentError, Endpoint, Point, Rect, bound_ids, dumps, loads


def _document() -> Document:
    return Document(
        elements=[
            Box(id="a", rect=Rect(x=0, y=0, width=100, height=60)),
            Arrow(id="ab", source=Endpoint(element="a"), target=Endpoint(point=Point(x=300, y=40))),
        ]
    )


def test_an_end_is_bound_or_free_never_both_nor_neither() -> None:
    with pytest.raises(ValidationError, match=r"exactly one of element .* or point"):
        Endpoint()
    with pytest.raises(ValidationError, match="not both"):
        Endpoint(element="a", point=Point(x=1, y=2))


def test_a_file_with_a_free_end_round_trips_and_names_a_bad_end(tmp_path) -> None:
    document = _document()
    text = dumps(document)
    assert '"point": {' in text and '"element": null' not in text  # a bound end writes no point
    assert loads(text) == document
    broken = text.replace('"point": {', '"element": "a", "point": {')
    with pytest.raises(DocumentError, match=r"elements\[1\].*target.*not both"):
        loads(broken)


def test_bound_ids_and_removal_follow_only_bound_ends() -> None:
    document = _document()
    arrow = document.element("ab")
    assert isinstance(arrow, Arrow) and bound_ids(arrow) == ("a",)
    assert document.arrows_touching("a") == [arrow]
    RemoveElements(["a"]).apply(document)
    assert document.elements == []  # the arrow bound to a goes with it


def test_a_move_of_the_arrow_carries_its_free_end_and_undo_restores_it() -> None:
    document = _document()
    before = dumps(document)
    command = MoveElements(["ab"], 10, 5)
    command.apply(document)
    arrow = document.element("ab")
    assert isinstance(arrow, Arrow) and arrow.target.point == Point(x=310, y=45)
    assert arrow.source == Endpoint(element="a")
    command.revert(document)
    assert dumps(document) == before


def test_a_paste_shifts_free_ends_and_reconnect_frees_or_binds() -> None:
    document = _document()
    arrow = document.element("ab")
    paste = Paste(document, [arrow], 20, 20)
    assert paste.elements == []  # bound to a box the paste leaves out, and not kept: dropped
    alone = arrow.model_copy(update={"source": Endpoint(point=Point(x=0, y=0))})
    copy = Paste(document, [alone], 20, 20).elements[0]
    assert isinstance(copy, Arrow)
    assert (copy.source.point, copy.target.point) == (Point(x=20, y=20), Point(x=320, y=60))
    freeing = Reconnect("ab", "source", Endpoint(point=Point(x=-50, y=0)))
    freeing.apply(document)
    assert document.element("ab").source.is_free  # type: ignore[union-attr]
    freeing.revert(document)
    assert document.element("ab").source.element == "a"  # type: ignore[union-attr]
