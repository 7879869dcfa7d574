"""Language > Interface Language: the interface languages by their native names, checked one current.

Picking one switches the running app at once (every window, menu, dock and dialog retranslates
on ``QEvent.LanguageChange``) and remembers the choice for the next start. The names stay
untranslated, so a user who cannot read the current language still finds their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from typing_extensions import override

from editor.i18n.ui_locale import UiCatalogueMissing, available_ui_languages, current_ui_language, set_ui_language


class InterfaceLanguageMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("menu.interface_language")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for language in available_ui_languages():
            action = self.addAction(language.native_name)
            action.setObjectName(f"interface_language.{language.code}")
            action.setData(language.code)
            action.setCheckable(True)
            action.setToolTip(language.english_name)
            action.triggered.connect(lambda _checked=False, code=language.code: self.choose(code))
            self.group.addAction(action)
        self.aboutToShow.connect(self.show_current)
        self.retranslate()
        self.show_current()

    def show_current(self) -> None:
        current = current_ui_language().code
        for action in self.group.actions():
            action.setChecked(action.data() == current)

    def choose(self, code: str) -> None:
        try:
            set_ui_language(code)
        except UiCatalogueMissing as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Interface Language"), str(error))
        self.show_current()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Interface Language"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
