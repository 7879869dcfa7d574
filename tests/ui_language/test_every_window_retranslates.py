"""Every dialog and dock of the app follows a language switch while open, not only the main menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from editor.app.dialogs import SettingsDialog, ShortcutsDialog
from editor.app.export_dialog import ExportDialog
from editor.app.template_dialog import TemplateDialog
from editor.app.translate_dialog import TranslateDialog
from editor.i18n.ui_locale import set_ui_language

FRENCH_TITLES = {
    "dialog.settings": "Paramètres",
    "shortcuts": "Raccourcis clavier",
    "export": "Exporter l’image",
    "translate": "Traduire le diagramme",
    "dialog.templates": "Nouveau à partir d’un modèle",
    "dock.properties": "Propriétés",
    "dock.icons": "Icônes",
    "dock.languages": "Langues",
    "dock.history": "Historique",
    "toolbar.main": "Barre d’outils principale",
}


def test_open_dialogs_docks_and_the_window_title_follow_a_switch(main_window: Any, qtbot: Any) -> None:
    dialogs: dict[str, QDialog] = {
        "dialog.settings": SettingsDialog(main_window.settings, main_window),
        "shortcuts": ShortcutsDialog(main_window),
        "export": ExportDialog(main_window.document, "/tmp/diagram.png", "en", main_window),
        "translate": TranslateDialog(main_window.document, main_window.settings, main_window),
        "dialog.templates": TemplateDialog("en", main_window),
    }
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
        dialog.show()
    widgets = {
        **dialogs,
        "dock.properties": main_window.properties,
        "dock.icons": main_window.icons,
        "dock.languages": main_window.languages,
        "dock.history": main_window.history,
        "toolbar.main": main_window.toolbar,
    }
    english = {name: widget.windowTitle() for name, widget in widgets.items()}
    assert english["dock.history"] == "History" and english["translate"] == "Translate Diagram"

    set_ui_language("fr", remember=False)
    assert {name: widget.windowTitle() for name, widget in widgets.items()} == FRENCH_TITLES
    assert main_window.windowTitle().startswith("Sans titre")

    set_ui_language("en", remember=False)
    assert {name: widget.windowTitle() for name, widget in widgets.items()} == english
    for dialog in dialogs.values():
        dialog.close()
