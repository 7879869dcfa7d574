"""Overflow warnings of ``diagram-editor export``: every label named up to ten, then one summary line."""

from __future__ import annotations

from editor.cli import main
from editor.model import load, save


def _overflowing(example_path, tmp_path, count: int):
    document = load(example_path)
    boxes = [element for element in document.elements if element.type == "box"][:count]
    for box in boxes:
        box.role = box.role.with_text("en", "en", "far too long for this box " * 30)
    source = tmp_path / "long.diagram.json"
    save(document, source)
    return source, [box.id for box in boxes]


def test_few_overflows_are_each_named(example_path, tmp_path, capsys) -> None:
    source, ids = _overflowing(example_path, tmp_path, 3)
    assert main(["export", str(source), "-o", str(tmp_path / "out.svg")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    for element_id, line in zip(ids, lines, strict=True):
        assert f"element {element_id!r} (name+role, en): text overflows by" in line


def test_many_overflows_end_in_one_summary_line(example_path, tmp_path, capsys, monkeypatch) -> None:
    from editor.headless import export

    monkeypatch.setattr(export, "MAX_OVERFLOW_WARNINGS", 2)
    source, ids = _overflowing(example_path, tmp_path, 5)
    assert main(["export", str(source), "-o", str(tmp_path / "out.svg")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert f"element {ids[0]!r}" in lines[0] and f"element {ids[1]!r}" in lines[1]
    assert lines[2].endswith("3 more labels overflow in 'en' (Language > Fit Text in the editor fits them)")
