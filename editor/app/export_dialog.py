"""Export the diagram as PNG, SVG or PDF, with the options of the command line's ``export``.

The image is rendered in memory by the render layer (the same code as
``diagram-editor export``) and written atomically; PNG and SVG carry the document, so
they open again as an editable diagram.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.app.diagram_languages import language_label
from editor.model import Document, dumps
from editor.model.atomic_files import write_atomically
from editor.render.errors import RenderError

#: the language list's last entry when the document has several: all of them in one file
EVERY_LANGUAGE = "all"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    path: str
    format: str = "png"
    language: str = "en"
    scale: float = 2.0
    dpi: float | None = None
    transparent: bool = False
    padding: float = 24.0
    grid: bool = False
    embed_fonts: bool = True
    text_as_paths: bool = False
    #: SVG and PDF: every language of the document in one file (``export --lang all``), not ``language``
    every_language: bool = False


def export_document(document: Document, options: ExportOptions) -> int:
    """Render and write one file (with ``every_language``, an SVG or PDF of every language); returns its
    size in bytes. Raises RenderError or OSError."""
    from editor.render.svg_raster import SlowImageError, image_place, start_budget

    start_budget()
    try:
        return _export(document, options)
    except SlowImageError as error:  # located as the command line locates it
        raise RenderError(f"{image_place(document, error.element_id)}: {error}") from None


def _export(document: Document, options: ExportOptions) -> int:
    from editor.render.layout import layout_document
    from editor.render.size_check import check_png_size

    if options.format != "svg":
        check_png_size(document, scale=options.scale, padding=options.padding)
    languages = list(document.settings.languages) if options.every_language else [options.language]
    if options.format == "pdf":  # a page per language
        from editor.render.pdf import to_pdf

        pages = [layout_document(document, code) for code in languages]
        payload = to_pdf(pages, transparent=options.transparent, padding=options.padding, grid=options.grid)
    elif options.format == "svg":
        from editor.render.svg import to_svg
        from editor.render.svg_languages import to_multilingual_svg

        svg_options = {
            "embed_fonts": options.embed_fonts,
            "text_as_paths": options.text_as_paths,
            "document_json": dumps(document),
            "padding": options.padding,
            "transparent": options.transparent,
            "grid": options.grid,
        }
        if len(languages) > 1:  # the reader's browser picks the language
            text = to_multilingual_svg(document, languages, **svg_options).svg  # type: ignore[arg-type]
        else:
            text = to_svg(layout_document(document, options.language), **svg_options)  # type: ignore[arg-type]
        payload = text.encode("utf-8")
    else:
        from editor.render.png import png_writer

        writer = png_writer(
            layout_document(document, options.language),
            dumps(document),
            scale=options.scale,
            dpi=options.dpi,
            transparent=options.transparent,
            padding=options.padding,
            grid=options.grid,
        )
        write_atomically(options.path, writer, keep_backup=False)  # painted band by band into the file
        return os.path.getsize(options.path)
    write_atomically(options.path, payload, keep_backup=False)
    return len(payload)


class ExportDialog(QDialog):
    def __init__(self, document: Document, suggested: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.export")
        self.document = document
        self.path_edit = QLineEdit(suggested, self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.format_box = QComboBox(self)
        self.format_box.addItem("PNG", "png")
        self.format_box.addItem("SVG", "svg")
        self.format_box.addItem("PDF", "pdf")
        self.format_box.setCurrentIndex(max(self.format_box.findData(Path(suggested).suffix.lower().lstrip(".")), 0))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.language_box = QComboBox(self)
        for code in document.settings.languages:
            self.language_box.addItem(language_label(code), code)
        if len(document.settings.languages) > 1:  # one SVG or PDF holding them all (not for PNG)
            self.language_box.addItem("", EVERY_LANGUAGE)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.scale = QDoubleSpinBox(self)
        self.scale.setRange(0.25, 8)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(2)
        self.scale.setSuffix(" ×")
        self.dpi = QDoubleSpinBox(self)
        self.dpi.setRange(0, 2400)
        self.dpi.setDecimals(0)
        self.padding = QDoubleSpinBox(self)
        self.padding.setRange(0, 1000)
        self.padding.setValue(24)
        self.padding.setSuffix(" px")
        self.transparent = QCheckBox(self)
        self.grid = QCheckBox(self)
        self.embed_fonts = QCheckBox(self)
        self.embed_fonts.setChecked(True)
        self.text_as_paths = QCheckBox(self)
        self.text_as_paths.toggled.connect(self._format_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(10)]
        rows: list[QWidget | QHBoxLayout] = [
            path_row,
            self.format_box,
            self.language_box,
            self.scale,
            self.dpi,
            self.padding,
            self.transparent,
            self.grid,
            self.embed_fonts,
            self.text_as_paths,
        ]
        for caption, row in zip(self.captions, rows, strict=True):
            self.form.addRow(caption, row)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.buttons)
        self.retranslate()
        self._format_changed()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export Image"))
        self.browse.setText(self.tr("Browse…"))
        texts = [
            self.tr("File"),
            self.tr("Format"),
            self.tr("Language"),
            self.tr("Scale"),
            self.tr("Resolution"),
            self.tr("Padding"),
            self.tr("Background"),
            self.tr("Grid"),
            self.tr("Fonts"),
            self.tr("Text"),
        ]
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.dpi.setSpecialValueText(self.tr("96 × scale"))
        self.dpi.setSuffix(self.tr(" dpi"))
        self.transparent.setText(self.tr("Transparent"))
        self.grid.setText(self.tr("Include the grid"))
        self.embed_fonts.setText(self.tr("Embed the fonts used (SVG)"))
        self.text_as_paths.setText(self.tr("As outlines, for readers without the fonts (SVG)"))
        every = self.language_box.findData(EVERY_LANGUAGE)
        if every >= 0:
            self.language_box.setItemText(every, self.tr("All languages, in one file (SVG, PDF)"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _format_changed(self) -> None:
        png = self.format_box.currentData() == "png"
        self.scale.setEnabled(png)
        self.dpi.setEnabled(png)
        svg = self.format_box.currentData() == "svg"  # a PDF always embeds the fonts
        self.embed_fonts.setEnabled(svg and not self.text_as_paths.isChecked())  # outlines need no font
        self.text_as_paths.setEnabled(svg)
        every = self.language_box.findData(EVERY_LANGUAGE)
        if every >= 0:  # a PNG holds one language: the choice is greyed out, and left if it was made
            cast(QStandardItemModel, self.language_box.model()).item(every).setEnabled(not png)
            if png and self.language_box.currentIndex() == every:
                self.language_box.setCurrentIndex(0)
        path = Path(self.path_edit.text())
        if path.suffix.lower() in (".png", ".svg", ".pdf"):
            self.path_edit.setText(str(path.with_suffix("." + str(self.format_box.currentData()))))

    def _browse(self) -> None:
        name_filter = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }[str(self.format_box.currentData())]
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export Image"), self.path_edit.text(), name_filter)
        if chosen:
            self.path_edit.setText(chosen)

    def options(self) -> ExportOptions:
        kind = str(self.format_box.currentData())
        path = self.path_edit.text().strip()
        if path and Path(path).suffix.lower() != f".{kind}":
            path += f".{kind}"
        chosen = str(self.language_box.currentData())
        every_language = chosen == EVERY_LANGUAGE
        return ExportOptions(
            path=path,
            format=kind,
            language=str(self.language_box.itemData(0)) if every_language else chosen,
            every_language=every_language,
            scale=self.scale.value(),
            dpi=self.dpi.value() or None,
            transparent=self.transparent.isChecked(),
            padding=self.padding.value(),
            grid=self.grid.isChecked(),
            embed_fonts=self.embed_fonts.isChecked(),
            text_as_paths=self.text_as_paths.isChecked(),
        )
