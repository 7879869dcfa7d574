"""The text rule: what any text of a document may hold, decided once at load (refused with the
place named); live edits drop what no file could store instead of failing."""

from __future__ import annotations

import json

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
