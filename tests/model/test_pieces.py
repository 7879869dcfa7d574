"""A file validated in pieces gets exactly the verdict of the same file loaded whole.

``editor.model.pieces`` cuts a file where ``dumps`` writes the line between two elements; each
piece is validated alone and the facts that tie elements together are checked at the end. Here
the pieces are made tiny (a few elements each) so every rule meets a piece boundary: real
documents from the shared corpus, hypothesis documents, and each kind of broken file, the
broken ones refused in pieces (so ``validate`` loads them whole and names the problem).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Document, DocumentError, dumps, icon_uses, loads
from editor.model.pieces import WORTH_PIECES, Checked, checked, cut, piece_facts
from tests.importers.corpus import corpus_files
from tests.model.strategies import documents

CORPUS = corpus_files()["draw.io"][:12]


def _in_pieces(raw: bytes, piece_bytes: int) -> Checked | None:
    pieces = cut(raw, piece_bytes)
    assert pieces is not None, "a file dumps wrote is always cut"
    half = len(pieces.places) // 2
    facts = piece_facts(raw, pieces.places[:half])
    rest = piece_facts(raw, pieces.places[half:])
    if facts is not None and rest is not None:
        facts.extend(rest)
    return checked(pieces.envelope, facts if rest is not None else None)


def _whole(document: Document) -> Checked:
    return Checked(document.settings, len(document.elements), icon_uses(document.elements))


def _assert_same_verdict(document: Document, piece_bytes: int = 1) -> None:
    raw = dumps(document).encode()
    found = _in_pieces(raw, piece_bytes)
    if document.elements:
        pieces = cut(raw, piece_bytes)
        assert pieces is not None and len(pieces.places) == len(document.elements)  # one element a piece
        assert found == _whole(loads(raw))
    else:  # an empty list is written on one line ("elements": []): not cut, validated whole
        assert cut(raw, piece_bytes) is None


def test_the_example_in_one_element_pieces(example_path: Path) -> None:
    _assert_same_verdict(loads(example_path.read_bytes()))


@pytest.mark.skipif(not CORPUS, reason="the shared corpus is absent (DIAGRAM_EDITOR_CORPUS)")
@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_corpus_documents_in_pieces(path: Path) -> None:
    from editor.importers import import_path

    for result in import_path(path, all_pages=True):
        _assert_same_verdict(result.document)


@settings(max_examples=60, deadline=None)
@given(documents(max_elements=10), st.integers(min_value=1, max_value=4000))
def test_any_document_at_any_piece_size(document: Document, piece_bytes: int) -> None:
    raw = dumps(document).encode()
    if document.elements:
        assert _in_pieces(raw, piece_bytes) == _whole(loads(raw))


def _broken(example_path: Path, change: str) -> bytes:
    """The example, written by dumps, then broken one way (the JSON stays laid out as dumps writes it)."""
    data = json.loads(dumps(loads(example_path.read_bytes())))
    elements = data["elements"]
    arrow = next(element for element in elements if element["type"] == "arrow")
    box = next(element for element in elements if element["type"] == "box")
    if change == "duplicate id across pieces":
        elements[-1]["id"] = elements[0]["id"]
    elif change == "arrow bound to a missing element":
        arrow["target"]["element"] = "nowhere"
    elif change == "arrow bound to an arrow":
        other = next(element for element in elements if element["type"] == "arrow" and element is not arrow)
        arrow["source"]["element"] = other["id"]
    elif change == "frame holding a missing element":
        elements.append({"type": "frame", "id": "lane", "rect": box["rect"], "members": ["ghost"]})
    elif change == "frame holding itself":
        elements.append({"type": "frame", "id": "lane", "rect": box["rect"], "members": ["lane"]})
    elif change == "bad field in the last piece":
        elements[-1]["z"] = "high"
    elif change == "unknown theme in the envelope":
        data["settings"]["theme"] = "neon"
    elif change == "unknown key in the envelope":
        data["extra"] = 1
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


BROKEN = [
    "duplicate id across pieces",
    "arrow bound to a missing element",
    "arrow bound to an arrow",
    "frame holding a missing element",
    "frame holding itself",
    "bad field in the last piece",
    "unknown theme in the envelope",
    "unknown key in the envelope",
]


@pytest.mark.parametrize("change", BROKEN)
def test_a_broken_file_is_refused_in_pieces_as_it_is_whole(example_path: Path, change: str) -> None:
    raw = _broken(example_path, change)
    with pytest.raises(DocumentError):
        loads(raw)
    assert _in_pieces(raw, 1) is None


def test_a_second_elements_key_is_what_pydantic_reads(example_path: Path) -> None:
    """JSON lets a key appear twice and the last one counts: the pieces must not report the first list."""
    raw = dumps(loads(example_path.read_bytes())).encode()
    twice = re.sub(rb"\n}\n$", b',\n  "elements": []\n}\n', raw)
    assert len(loads(twice).elements) == 0
    assert _in_pieces(twice, 1) is None


def test_a_file_laid_out_otherwise_is_not_cut(example_path: Path) -> None:
    document = loads(example_path.read_bytes())
    compact = json.dumps(json.loads(dumps(document)), separators=(",", ":")).encode()
    four_spaces = json.dumps(json.loads(dumps(document)), indent=4).encode()
    assert cut(compact) is None
    pieces = cut(four_spaces, 1)  # "elements" found, but the lines between elements are not dumps's
    assert pieces is None or _in_pieces(four_spaces, 1) is None


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 10,000-box generated document (9 MB, over WORTH_PIECES), one box with an unknown icon."""
    from benchmarks.generate import generated

    document = generated(10_000, "clean")
    document.elements[1234].icon = "mdi6.databse"  # type: ignore[union-attr]
    path = tmp_path_factory.mktemp("big") / "big.diagram.json"
    path.write_text(dumps(document), encoding="utf-8")
    assert path.stat().st_size >= WORTH_PIECES
    return path


def _validate(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "editor", "validate", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_validate_checks_a_big_file_in_pieces_as_whole(big_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process (threads: no fork, the second half runs here) the file is never loaded whole;
    in a fresh one (a forked child takes the second half) the output is that of the whole load."""
    import editor.headless.validate as validate

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a valid file was loaded whole")

    monkeypatch.setattr(validate, "loads", refuse)
    assert validate.check_file(str(big_file)) == _whole(loads(big_file.read_bytes()))
    result = _validate(str(big_file))
    assert result.returncode == 0
    assert result.stdout == f"{big_file}: valid (20000 elements; languages: en)\n"
    assert result.stderr.startswith(f"diagram-editor: warning: {big_file}: element 'b1234' has an unknown icon ")


def test_validate_names_the_problem_of_a_big_broken_file(big_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.diagram.json"
    text = big_file.read_text(encoding="utf-8")
    broken.write_text(text.replace('"element": "b9999"', '"element": "b99999"', 1), encoding="utf-8")
    result = _validate(str(broken))
    assert result.returncode == 2
    with pytest.raises(DocumentError) as raised:
        loads(broken.read_bytes(), source=str(broken))
    assert result.stderr == f"diagram-editor: {raised.value}\n"
    assert 'bound to missing element "b99999"' in result.stderr
