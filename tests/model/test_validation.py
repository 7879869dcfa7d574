"""Cross-element validation: every rejection names the element and the field."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from editor.model import DocumentError, loads

BASE: dict[str, Any] = {
    "format": "diagram-editor",
    "schema_version": 2,
    "settings": {"title": {"text": "t"}, "languages": ["en", "de"]},
    "elements": [
        {"id": "a", "type": "box", "rect": {"x": 0, "y": 0, "width": 100, "height": 50}, "name": {"text": "A"}},
        {"id": "b", "type": "box", "rect": {"x": 200, "y": 0, "width": 100, "height": 50}, "name": {"text": "B"}},
        {"id": "ab", "type": "arrow", "source": {"element": "a"}, "target": {"element": "b"}},
        {"id": "f", "type": "frame", "rect": {"x": -10, "y": -10, "width": 400, "height": 100}, "members": ["a"]},
    ],
}


def broken(change: Any) -> str:
    data = copy.deepcopy(BASE)
    change(data)
    return json.dumps(data)


CASES = {
    "duplicate id": (lambda d: d["elements"][1].update(id="a"), "elements[1]", 'duplicate id "a"'),
    "arrow to missing": (
        lambda d: d["elements"][2]["target"].update(element="zz"),
        'elements[2] (id "ab").target.element',
        'missing element "zz"',
    ),
    "arrow to arrow": (
        lambda d: d["elements"][2]["target"].update(element="ab"),
        'elements[2] (id "ab").target.element',
        "is an arrow",
    ),
    "frame unknown member": (
        lambda d: d["elements"][3]["members"].append("ghost"),
        'elements[3] (id "f").members[1]',
        'unknown element "ghost"',
    ),
    "NaN coordinate": (
        lambda d: d["elements"][0]["rect"].update(x=float("nan")),
        'elements[0] (id "a").rect.x',
        "finite number",
    ),
    "infinite coordinate": (
        lambda d: d["elements"][0]["rect"].update(y=float("inf")),
        'elements[0] (id "a").rect.y',
        "finite number",
    ),
    "absurd coordinate": (
        lambda d: d["elements"][1]["rect"].update(x=2e7),
        'elements[1] (id "b").rect.x',
        "less than or equal to 10000000",
    ),
    "negative size": (
        lambda d: d["elements"][0]["rect"].update(width=-5),
        'elements[0] (id "a").rect.width',
        "greater than 0",
    ),
    "unknown type": (lambda d: d["elements"][0].update(type="blob"), 'elements[0] (id "a")', "'blob'"),
    "bad language": (
        lambda d: d["settings"].update(languages=["en", "english please"]),
        "settings.languages[1]",
        "not a BCP 47",
    ),
    "bad variant language": (
        lambda d: d["elements"][0]["name"].update(variants={"d e": {"text": "x", "source": "A"}}),
        'elements[0] (id "a").name.variants',
        "not a BCP 47",
    ),
    "unknown field": (lambda d: d["elements"][0].update(colour="red"), 'elements[0] (id "a").colour', "not permitted"),
    "bad colour": (
        lambda d: d["elements"][0].update(style={"fill": "red"}),
        'elements[0] (id "a").style.fill',
        "#rrggbb",
    ),
    "bad id": (
        lambda d: d["elements"][0].update(id="has space"),
        'elements[0] (id "has space").id',
        "not a valid element id",
    ),
    "unknown theme": (lambda d: d["settings"].update(theme="neon"), "settings.theme", "unknown theme"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_problem_is_rejected_with_its_place(name: str) -> None:
    change, where, message = CASES[name]
    with pytest.raises(DocumentError) as caught:
        loads(broken(change), source="bad.diagram.json")
    error = caught.value
    assert error.where.startswith(where), str(error)
    assert message in error.message, str(error)
    assert str(error).startswith("bad.diagram.json: ")
    assert "\n" not in str(error)


def test_base_document_is_valid() -> None:
    document = loads(json.dumps(BASE))
    assert [element.id for element in document.elements] == ["a", "b", "ab", "f"]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "file is empty"),
        (b"  \n", "file is empty"),
        (b"\xff\xfe{", "not UTF-8"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF does not carry its diagram"),
        (b'{"format": ', "invalid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"format": "drawio", "schema_version": 2}', "not a diagram-editor document"),
        (b'{"format": "diagram-editor"}', "missing or non-integer schema_version"),
        (b'{"format": "diagram-editor", "schema_version": "2"}', "missing or non-integer schema_version"),
        (b'{"format": "diagram-editor", "schema_version": 4}', "newer version"),
        (b'{"format": "diagram-editor", "schema_version": 0}', "older than any version"),
        (
            b'{"format": "diagram-editor", "schema_version": 2, "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
            "nested deeper",
        ),
        (b'{"format": "diagram-editor", "schema_version": 2, "x": ' + b"[" * 70 + b"]" * 70 + b"}", "nested deeper"),
    ],
)
def test_bad_bytes_are_rejected(payload: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        loads(payload)


def test_syntax_error_names_line_and_column() -> None:
    with pytest.raises(DocumentError) as caught:
        loads(b'{\n  "format": "diagram-editor",\n  "schema_version": 2,,\n}')
    assert caught.value.where == "line 3, column 23"


def test_oversized_file_is_rejected_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.model import io

    monkeypatch.setattr(io, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.diagram.json"
    path.write_bytes(b" " * 2000)
    with pytest.raises(DocumentError, match="larger than"):
        io.load(path)


def test_unknown_key_with_control_characters_is_quoted_on_one_line() -> None:
    data = copy.deepcopy(BASE)
    data["settings"]['\n"odd'] = 1
    with pytest.raises(DocumentError) as caught:
        loads(json.dumps(data))
    assert caught.value.where == 'settings["\\n\\"odd"]'
    assert "\n" not in str(caught.value)
