"""``diagram-editor import``: writes documents that load, prints losses, exits 2 on bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import load

FIXTURES = Path(__file__).parent / "fixtures"
# Mermaid imports are laid out, measuring text with Qt: a QApplication first, so later widget tests in
# this process get one (a bare QGuiApplication would abort them)
pytestmark = pytest.mark.usefixtures("qapp")


def test_import_writes_a_document_beside_the_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "features.drawio.svg"
    shutil.copy(FIXTURES / source.name, source)
    before = source.read_bytes()
    assert main(["import", str(source)]) == 0
    out, err = capsys.readouterr()
    target = tmp_path / "features.diagram.json"
    assert out.startswith(f"{target}: draw.io; shapes 12/12, edges 3/3, texts 16/16; source language en")
    assert "warning: features.drawio.svg (page 'Architecture'): 2 draw.io shapes of kind \"mxgraph.bpmn.task\"" in err
    assert len(load(target).elements) > 10
    assert source.read_bytes() == before


def test_all_pages_and_language_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_pattern = str(tmp_path / "page-{page}.diagram.json")
    assert (
        main(["import", str(FIXTURES / "features-compressed.drawio"), "--all-pages", "-o", out_pattern, "--lang", "de"])
        == 0
    )
    assert load(tmp_path / "page-2.diagram.json").settings.source_language == "de"
    assert main(["import", str(FIXTURES / "features.excalidraw.png"), "-o", str(tmp_path / "x.diagram.json")]) == 0
    assert load(tmp_path / "x.diagram.json").settings.theme == "whiteboard"
    capsys.readouterr()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.drawio"], "missing.drawio: cannot read"),
        (["features.drawio", "--page", "9"], "features.drawio: there is no page 9 (the file has 2)"),
        (["features.drawio", "--lang", "not a tag"], "--lang: 'not a tag' is not a language tag"),
        (["broken.excalidraw"], "broken.excalidraw: not valid JSON at line 1, column 2"),
        (["notes.md", "--page", "3"], "notes.md: there is no page 3 (the file has 2)"),
        (["broken.excalidraw", "--page", "2"], "broken.excalidraw: not valid JSON"),
        (["features.excalidraw", "--page", "2"], "features.excalidraw: there is no page 2 (the file has 1)"),
        (["prose.md"], "prose.md: no Mermaid flowchart to import (no ```mermaid blocks)"),
        (["empty.drawio"], "empty.drawio: not well-formed XML at line 1, column 1"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("features.drawio", "features.excalidraw", "notes.md"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "broken.excalidraw").write_text("{,", encoding="utf-8")
    (tmp_path / "prose.md").write_text("# Notes\n\n```python\nprint(1)\n```\n", encoding="utf-8")
    (tmp_path / "empty.drawio").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert main(["import", *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_markdown_flowcharts_are_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Markdown file's flowcharts are chosen as draw.io pages are: --page N, --all-pages, or the
    first with a line saying how many were left."""
    source = tmp_path / "notes.md"
    shutil.copy(FIXTURES / source.name, source)
    assert main(["import", str(source), "--page", "2", "-o", str(tmp_path / "second.diagram.json")]) == 0
    names = {
        element.name.text for element in load(tmp_path / "second.diagram.json").elements if hasattr(element, "name")
    }
    assert names == {"Server", "Database"}
    assert main(["import", str(source)]) == 0
    err = capsys.readouterr().err
    assert "1 more Mermaid flowcharts in the file not imported (choose one with --page N, or --all-pages)" in err
    assert not (tmp_path / "notes-2.diagram.json").exists() and (tmp_path / "notes.diagram.json").exists()
