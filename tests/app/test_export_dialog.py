"""The Export dialog offers PDF: picked from the format list with the keyboard, the file name follows,
the PNG-only and SVG-only options step aside, and Save writes a PDF whose text poppler reads back;
and every language in one SVG or PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from editor.app.diagram_languages import language_label
from editor.app.export_dialog import ExportDialog
from editor.model import load, save
from tests.app.conftest import click_in_next_modal
from tests.app.test_document_files import copy_example
from tests.render.helpers import multilingual_document

SVG = "{http://www.w3.org/2000/svg}"


def test_the_export_dialog_writes_a_pdf_with_real_text(window, example_path, tmp_path) -> None:
    path = copy_example(example_path, tmp_path)
    assert window.files.open_path(str(path))
    seen: list[QWidget] = []
    state: dict[str, object] = {}

    def choose_pdf(modal: QWidget) -> QWidget | None:
        assert isinstance(modal, ExportDialog)
        QTest.keyClicks(modal.format_box, "PD")  # the list's keyboard search: PNG, SVG, PDF
        state.update(
            format=modal.format_box.currentData(),
            path=modal.path_edit.text(),
            scale=modal.scale.isEnabled(),
            fonts=modal.embed_fonts.isEnabled(),
        )
        return modal.buttons.button(QDialogButtonBox.StandardButton.Save)

    click_in_next_modal(choose_pdf, seen)  # type: ignore[arg-type]
    assert window.export_with_dialog()
    pdf = tmp_path / "cache.pdf"
    assert state == {"format": "pdf", "path": str(pdf), "scale": False, "fonts": False}
    assert pdf.read_bytes().startswith(b"%PDF-")
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None, "pdftotext (poppler-utils) is needed for this test"
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Redis" in text and "Browser" in text


def test_the_export_dialog_writes_every_language_in_one_svg_or_pdf_never_in_a_png(window, tmp_path) -> None:
    """The language list ends with 'All languages, in one file': greyed out for PNG (End stops at the
    last language), and for SVG and PDF the one file of ``export --lang all``: ``<switch>``es on
    ``systemLanguage``, or a page per language whose text poppler reads back."""
    document = tmp_path / "cache.diagram.json"
    save(multilingual_document(), document)
    assert window.files.open_path(str(document))
    seen: list[QWidget] = []
    picked: dict[str, object] = {}

    def choose(kind: str) -> Callable[[QWidget], QWidget | None]:
        def pick(modal: QWidget) -> QWidget | None:
            assert isinstance(modal, ExportDialog)
            QTest.keyClick(modal.format_box, Qt.Key.Key_Home)  # PNG, the list's first
            QTest.keyClick(modal.language_box, Qt.Key.Key_End)
            picked["png"] = modal.language_box.currentText()
            QTest.keyClicks(modal.format_box, kind)  # the list's keyboard search: SVG or PDF
            QTest.keyClick(modal.language_box, Qt.Key.Key_End)
            picked[kind] = modal.language_box.currentText()
            return modal.buttons.button(QDialogButtonBox.StandardButton.Save)

        return pick

    click_in_next_modal(choose("SV"), seen)  # type: ignore[arg-type]
    assert window.export_with_dialog()
    assert picked["png"] == language_label("ar") and picked["SV"] == "All languages, in one file (SVG, PDF)"
    root = ET.parse(tmp_path / "cache.svg").getroot()
    switched = {child.get("systemLanguage") for switch in root.iter(f"{SVG}switch") for child in switch}
    assert switched >= {"de", "ja", "ar", None}
    assert load(tmp_path / "cache.svg").model_dump() == load(document).model_dump()
    click_in_next_modal(choose("PD"), seen)  # type: ignore[arg-type]
    assert window.export_with_dialog()
    pdf = str(tmp_path / "cache.pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+4$", info, re.MULTILINE), info
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True, text=True, check=True
        ).stdout
        for n in range(1, 5)
    ]
    assert "Database" in pages[0] and "Datenbank" in pages[1] and "データベース" in pages[2]
