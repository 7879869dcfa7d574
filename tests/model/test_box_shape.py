"""A box's outline: every shape survives a save and a load; a box without one stays as it was."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from editor.model import Box, BoxShape, Document, Rect, dumps, loads, plain


def _box(shape: BoxShape | None) -> Box:
    return Box(id="b", rect=Rect(x=10, y=20, width=200, height=120), shape=shape, name=plain("Orders"))


@pytest.mark.parametrize("shape", list(BoxShape), ids=lambda shape: shape.value)
def test_every_outline_round_trips(shape: BoxShape) -> None:
    text = dumps(Document(elements=[_box(shape)]))
    assert json.loads(text)["elements"][0]["shape"] == shape.value
    (box,) = loads(text).elements
    assert isinstance(box, Box) and box.shape is shape and box.outline is shape


def test_a_box_without_a_shape_is_a_rectangle_and_saves_without_the_field() -> None:
    text = dumps(Document(elements=[_box(None)]))
    assert "shape" not in json.loads(text)["elements"][0]  # documents saved before outlines load unchanged
    (box,) = loads(text).elements
    assert isinstance(box, Box) and box.shape is None and box.outline is BoxShape.RECTANGLE


def test_an_unknown_outline_is_refused() -> None:
    data = json.loads(dumps(Document(elements=[_box(None)])))
    data["elements"][0]["shape"] = "star"
    with pytest.raises(ValidationError, match="shape"):
        Document.model_validate(data)
