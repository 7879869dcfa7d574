"""The format is told from the content (the name only breaks ties); Mermaid is loaded only on use."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from editor.importers import ImportFormatError, detect_format, import_path, is_importable

FIXTURES = Path(__file__).parent / "fixtures"
HAS_MERMAID = importlib.util.find_spec("editor.importers.mermaid") is not None


@pytest.mark.parametrize(
    ("fixture", "renamed", "expected"),
    [
        ("features.drawio", "diagram.txt", "draw.io"),  # content wins over the name
        ("features.drawio.png", "picture.png", "draw.io"),
        ("features.drawio.svg", "picture.svg", "draw.io"),
        ("features.excalidraw", "scene.json", "Excalidraw"),
        ("features.excalidraw.svg", "drawing.svg", "Excalidraw"),
        ("features.excalidraw.png", "drawing.png", "Excalidraw"),
    ],
)
def test_format_from_content(tmp_path: Path, fixture: str, renamed: str, expected: str) -> None:
    path = tmp_path / renamed
    shutil.copy(FIXTURES / fixture, path)
    assert detect_format(path.read_bytes(), path.name) == expected
    assert import_path(path)[0].report.format == expected


def test_our_own_files_are_not_imported(tmp_path: Path, example_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="already a Diagram Editor document"):
        detect_format(example_path.read_bytes(), example_path.name)
    assert not is_importable(example_path)
    assert is_importable(Path("a.drawio")) and is_importable(Path("b.excalidraw.png")) and is_importable(Path("c.mmd"))


def test_mermaid_files_go_to_the_mermaid_importer(tmp_path: Path) -> None:
    path = tmp_path / "flow.mmd"
    path.write_text("flowchart LR\n  A[Client] --> B[Server]\n", encoding="utf-8")
    assert detect_format(path.read_bytes(), path.name) == "Mermaid"
    if not HAS_MERMAID:
        with pytest.raises(ImportFormatError, match=r"flow\.mmd: Mermaid import is not available in this build"):
            import_path(path)
        return
    results = import_path(path)
    assert results and all(result.needs_layout for result in results)


def test_unknown_content_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words", encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"notes\.txt: not a draw\.io, Excalidraw or Mermaid file"):
        import_path(path)
