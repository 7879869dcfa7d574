"""The toolbar's diagram-language switcher: the document's languages, one click to re-render.

It mirrors the Language menu's radio items (both follow ``scene.language_changed``) so the
language shown is always visible, as in a translation tool, without opening a menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget
from typing_extensions import override

from editor.app.languages import language_label
from editor.canvas import DiagramScene


class LanguageSwitcher(QComboBox):
    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.setObjectName("toolbar.language")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._chosen)
        for signal in (scene.document_replaced, scene.document_changed, scene.language_changed):
            signal.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Rebuild the list when the document's languages change; always show the current one."""
        settings = self.scene.document.settings
        codes = list(settings.languages)
        labels = [
            self.tr("%1 — source").replace("%1", language_label(code))
            if code == settings.source_language
            else language_label(code)
            for code in codes
        ]
        blocker = QSignalBlocker(self)
        if [self.itemData(row) for row in range(self.count())] != codes or [
            self.itemText(row) for row in range(self.count())
        ] != labels:
            self.clear()
            for code, label in zip(codes, labels, strict=True):
                self.addItem(label, code)
        self.setCurrentIndex(max(0, self.findData(self.scene.language)))
        self.setEnabled(len(codes) > 1)
        del blocker

    def _chosen(self, row: int) -> None:
        code = self.itemData(row)
        if isinstance(code, str) and code != self.scene.language:
            self.scene.set_language(code)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Diagram language: the language the canvas shows and edits"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
