"""The Export dialog offers PDF: picked from the format list with the keyboard, the file name follows,
the PNG-only and SVG-only options step aside, and Save writes a PDF whose text poppler reads back."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from editor.app.export_dialog import ExportDialog
from tests.app.conftest import click_in_next_modal
from tests.app.test_document_files import copy_example


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
