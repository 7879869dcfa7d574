"""The text rule: what any text of a document may hold, decided once at load (refused with the
place named); live edits drop what no file could store instead of failing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from editor.model import DocumentError, loads, plain
from editor.model.text import allowed_text


def _document(**parts: object) -> str:
    return json.dumps({"format": "diagram-editor", "schema_version": 2, **parts})


@pytest.mark.parametrize(
    ("parts", "where"),
    [
        ({"settings": {"title": {"text": "a\x00"}}}, "settings.title.text"),
        ({"glossary": {"protected": ["ok", "bad\x0b"]}}, "glossary.protected[1]"),
        ({"glossary": {"forced": {"de": {"API": "\ufffe"}}}}, "glossary.forced.de.API"),
        (
            {
                "elements": [
                    {
                        "type": "legend",
                        "id": "steps",
                        "rect": {"x": 0, "y": 0, "width": 9, "height": 9},
                        "entries": [
                            {"text": {"text": "one"}},
                            {"text": {"text": "x", "variants": {"de": {"text": "\ud83d", "source": "x"}}}},
                        ],
                    }
                ]
            },
            'elements[0] (id "steps").entries[1].text.variants.de.text',
        ),
        (
            {
                "elements": [
                    {"type": "box", "id": "api", "rect": {"x": 0, "y": 0, "width": 9, "height": 9}, "icon": "\x07"}
                ]
            },
            'elements[0] (id "api").icon',
        ),
    ],
)
def test_every_text_of_a_document_is_held_to_the_rule(parts: dict[str, object], where: str) -> None:
    for text in (_document(**parts), _document(**parts).encode("utf-8")):  # both load paths
        with pytest.raises(DocumentError) as refused:
            loads(text)
        assert refused.value.where == where
        assert refused.value.message.startswith("text holds")


def test_tab_newlines_and_other_unicode_are_text() -> None:
    text = "a\tb\r\nc \u0085 \u00a0 \u202e \ufeff \ufffd \U0001f600 \U0010fffd"
    document = loads(_document(settings={"title": {"text": text}}))
    assert document.settings.title.text == text


def test_a_live_edit_drops_what_no_file_could_store() -> None:
    assert allowed_text("ok") == "ok"
    edited = plain("old").with_text("en", "en", "new\x00 text\ud800\x1b[0m\uffff")
    assert edited.text == "new text[0m"
    variant = plain("old").with_text("de", "en", "neu\x00")
    assert variant.variants["de"].text == "neu"


EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


def _string_slots(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path of every string value in a JSON tree (keys of mappings are walked, not changed)."""
    if isinstance(value, str):
        return [path]
    if isinstance(value, dict):
        return [slot for key, item in value.items() for slot in _string_slots(item, (*path, key))]
    if isinstance(value, list):
        return [slot for index, item in enumerate(value) for slot in _string_slots(item, (*path, index))]
    return []


def _with(tree: object, path: tuple[object, ...], suffix: str) -> object:
    copied = copy.deepcopy(tree)
    parent = copied
    for step in path[:-1]:
        parent = parent[step]  # type: ignore[index]
    parent[path[-1]] += suffix  # type: ignore[index]
    return copied


@pytest.mark.parametrize("odd", ["\ud800", "\x00", "\x1f", "\uffff"])
def test_no_string_of_a_document_may_hold_what_no_writer_can_store(odd: str) -> None:
    """Every string anywhere in a document (texts, style names such as the palette role and the
    font family, ids, tags) either refuses the character at load or is one no writer sees: the
    example, with a style naming a font on its first box, has each string spoilt in turn."""
    tree = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    first_box = next(element for element in tree["elements"] if element["type"] == "box")
    first_box.setdefault("style", {})["font_family"] = "Noto Sans"
    loads(json.dumps(tree))  # the unspoilt document loads
    slots = [slot for slot in _string_slots(tree) if slot[-1] not in ("format",)]
    assert len(slots) > 100 and ("elements", tree["elements"].index(first_box), "style", "font_family") in slots
    assert any(slot[-1] == "palette" for slot in slots)
    loaded = []
    for slot in slots:
        try:
            loads(json.dumps(_with(tree, slot, odd)))
        except DocumentError:
            continue
        loaded.append(slot)
    assert loaded == []
