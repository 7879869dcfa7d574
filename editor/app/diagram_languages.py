"""The document's languages as the user picks them: human names, the source marked, the toolbar switcher.

The switcher mirrors the Language menu's radio items (both follow ``scene.language_changed``
and label each language with ``language_choice_label``), so the language shown is always
visible, as in a translation tool, without opening a menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget
from typing_extensions import override

from editor.canvas import DiagramScene


def language_label(code: str) -> str:
    """ "Deutsch (de)" for a known language, the bare tag for a pseudo-locale or unknown one."""
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C or code.lower().endswith("-xa") or code.lower().endswith("-xb"):
        return code
    if "-" not in code and locale.language() == QLocale.Language.English:
        name = "English"  # the native name of plain "en" is "American English"
    else:
        name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    if not name:
        return code
    return f"{name[:1].upper()}{name[1:]} ({code})"


def language_choice_label(code: str, source_language: str) -> str:
    """``language_label``, marked when ``code`` is the document's source language."""
    label = language_label(code)
    if code != source_language:
        return label
    return QCoreApplication.translate("DiagramLanguages", "%1 — source").replace("%1", label)


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
        labels = [language_choice_label(code, settings.source_language) for code in codes]
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
