"""``diagram-editor import``: writes documents that load, prints losses, exits 2 on bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import load

FIXTURES = Path(__file__).parent / "fixtures"


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
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.copy(FIXTURES / "features.drawio", tmp_path / "features.drawio")
    (tmp_path / "broken.excalidraw").write_text("{,", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["import", *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
