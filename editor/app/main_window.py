"""The main window (minimal until the canvas lands): shows the open document's outline."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from editor.model import Document


class MainWindow(QMainWindow):
    def __init__(self, document: Document, path: str | None) -> None:
        super().__init__()
        self.document = document
        self.path = path
        title = document.settings.title.text or "Untitled"
        self.setWindowTitle(f"{title} — Diagram Editor")
        outline = QListWidget(self)
        for element in document.in_paint_order():
            outline.addItem(f"{element.type}: {element.id}")
        self.setCentralWidget(outline)
        self.resize(1280, 800)


def run_main_window(document: Document | None, path: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Diagram Editor")
    window = MainWindow(document or Document(), path)
    window.show()
    return app.exec()
