"""``diagram-editor layout``: documents and Mermaid files laid out, languages, one-line errors and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Arrow, Box, BoxShape, Variant, load, save
from editor.render.layout import layout_element
from tests.arrange.geometry import problems

# QApplication first: later widget tests in this process need it, not a bare QGuiApplication
pytestmark = pytest.mark.usefixtures("qapp")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "arrange" / "fixtures" / "layered.mmd"


def test_a_mermaid_file_becomes_a_laid_out_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "layered.mmd"
    source.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["layout", str(source), "--direction", "lr"]) == 0
    out, err = capsys.readouterr()
    written = tmp_path / "layered.diagram.json"
    assert f"wrote {written}" in out and "laid out 8 boxes, 9 arrows and 1 frames" in out
    assert err == ""  # nothing lost: the {{hexagon}} arrives as a hexagon
    document = load(written)
    assert problems(document) == []
    client, gateway = document.element("client"), document.element("gateway")
    assert isinstance(client, Box) and isinstance(gateway, Box)
    assert gateway.shape is BoxShape.HEXAGON
    assert gateway.rect.x >= client.rect.right  # left to right


def test_a_document_is_laid_out_in_place_for_the_widest_language(tmp_path: Path) -> None:
    assert main(["layout", str(FIXTURE), "-o", str(tmp_path / "a.diagram.json")]) == 0
    document = load(tmp_path / "a.diagram.json")
    document.settings.languages = ["en", "de"]
    audit = document.element("audit")
    assert isinstance(audit, Box)
    audit.name.variants["de"] = Variant(text="Prüfprotokoll aller Bestellungen und Zugriffe", source="Audit log")
    path = tmp_path / "two.diagram.json"
    save(document, path)
    assert main(["layout", str(path), "--lang", "en"]) == 0
    assert layout_element(load(path), "audit", "de").overflows != []
    assert main(["layout", str(path), "--lang", "en,de"]) == 0
    laid_out = load(path)
    assert layout_element(laid_out, "audit", "de").overflows == []
    assert any(isinstance(e, Arrow) and e.waypoints for e in laid_out.elements)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--lang", "xx"], "layout: --lang: the document has no language 'xx'"),
        (["--direction", "up"], "argument --direction: invalid choice: 'UP'"),
        (["--page", "2"], "layout: x.diagram.json: there is no page 2 (the file has 1)"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], expected: str
) -> None:
    document = tmp_path / "x.diagram.json"
    assert main(["layout", str(FIXTURE), "-o", str(document)]) == 0
    before = document.read_bytes()
    capsys.readouterr()
    assert main(["layout", str(document), *arguments]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1
    assert document.read_bytes() == before


def test_an_undecodable_mermaid_file_is_one_located_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.mmd"
    bad.write_text("flowchart TD\n  A --> B\n\n  B --> C{unclosed\n", encoding="utf-8")
    assert main(["layout", str(bad)]) == 2
    assert (
        capsys.readouterr().err
        == "diagram-editor: layout: bad.mmd: line 4: the label opened by '{' is never closed with '}'\n"
    )
    assert not (tmp_path / "bad.diagram.json").exists()


def test_without_graphviz_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "editor", "layout", str(FIXTURE), "-o", str(tmp_path / "x.diagram.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("diagram-editor: layout: automatic layout needs Graphviz")
    assert "Traceback" not in done.stderr and not (tmp_path / "x.diagram.json").exists()


def test_a_markdown_files_flowchart_is_chosen_with_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = ROOT / "tests" / "importers" / "fixtures" / "notes.md"
    assert main(["layout", str(notes), "--page", "2", "-o", str(tmp_path / "second.diagram.json")]) == 0
    assert {element.id for element in load(tmp_path / "second.diagram.json").elements if isinstance(element, Box)} == {
        "server",
        "db",
    }
    assert main(["layout", str(notes), "--page", "3", "-o", str(tmp_path / "third.diagram.json")]) == 2
    assert capsys.readouterr().err.endswith("notes.md: there is no page 3 (the file has 2)\n")
