"""Settings, About and the keyboard shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor import __version__
from editor.actions import ACTIONS, shortcut_text
from editor.app.action_builder import translated
from editor.app.settings import TRANSLATION_PROVIDERS, AppSettings
from editor.i18n.ui_locale import UiCatalogueMissing, available_ui_languages, current_ui_language, set_ui_language
from editor.model import THEMES


class SettingsDialog(QDialog):
    """Preferences: interface language, new documents, canvas, autosave, content translation.

    OK and Apply write the choices (``applied`` tells the window to take them up); the interface
    language switches the running app at once, as Language > Interface Language does.
    """

    applied = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.settings")
        self.settings = settings
        self.interface_language = QComboBox(self)
        self.interface_language.setObjectName("settings.interface_language")
        for language in available_ui_languages():  # native names: findable whatever the current language
            self.interface_language.addItem(language.native_name, language.code)
            last = self.interface_language.count() - 1
            self.interface_language.setItemData(last, language.english_name, Qt.ItemDataRole.ToolTipRole)
        self.interface_language.setCurrentIndex(self.interface_language.findData(current_ui_language().code))
        self.theme = QComboBox(self)
        for name, theme in THEMES.items():
            self.theme.addItem(theme.title, name)
        self.theme.setCurrentIndex(self.theme.findData(settings.default_theme))
        self.grid_visible = QCheckBox(self)
        self.grid_visible.setChecked(settings.grid_visible)
        self.grid_size = QSpinBox(self)
        self.grid_size.setRange(2, 200)
        self.grid_size.setValue(settings.grid_size)
        self.grid_size.setSuffix(" px")
        self.snapping = QCheckBox(self)
        self.snapping.setChecked(settings.snapping)
        self.autosave_seconds = QSpinBox(self)
        self.autosave_seconds.setRange(5, 3600)
        self.autosave_seconds.setValue(settings.autosave_seconds)
        self.autosave_seconds.setSuffix(" s")
        self.autosave_edits = QSpinBox(self)
        self.autosave_edits.setRange(1, 1000)
        self.autosave_edits.setValue(settings.autosave_edits)
        self.provider = QComboBox(self)
        for name in TRANSLATION_PROVIDERS:
            self.provider.addItem(name, name)
        self.provider.setCurrentIndex(self.provider.findData(settings.translation_provider))
        self.endpoint = QLineEdit(settings.translation_endpoint, self)
        self.endpoint.setPlaceholderText("https://libretranslate.example.org/")
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self._provider_changed()

        self.interface_box, interface = self._group()
        self.documents_box, documents = self._group()
        self.canvas_box, canvas = self._group()
        self.recovery_box, recovery = self._group()
        self.translation_box, translation = self._group()
        self.captions: list[tuple[QLabel, str]] = []
        self._row(interface, "Interface language", self.interface_language)
        self._row(documents, "Theme for new diagrams", self.theme)
        self._row(canvas, "Grid", self.grid_visible)
        self._row(canvas, "Grid size for new diagrams", self.grid_size)
        self._row(canvas, "Snapping", self.snapping)
        self._row(recovery, "Autosave every", self.autosave_seconds)
        self._row(recovery, "…and after this many edits", self.autosave_edits)
        self._row(translation, "Provider", self.provider)
        self._row(translation, "Server address", self.endpoint)
        self._row(translation, "API key", self.api_key)
        self.key_note = QLabel(self)
        self.key_note.setWordWrap(True)
        translation.addRow(self.key_note)
        self.memory_button = QPushButton(self)
        self.memory_button.setObjectName("settings.translation_memory")
        self.memory_button.clicked.connect(self.open_translation_memory)
        translation.addRow(self.memory_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.setObjectName("settings.apply")
        apply_button.clicked.connect(self.apply)
        column = QVBoxLayout(self)
        for box in (self.interface_box, self.documents_box, self.canvas_box, self.recovery_box, self.translation_box):
            column.addWidget(box)
        column.addWidget(buttons)
        self.retranslate()

    def _group(self) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(self)
        return box, QFormLayout(box)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        caption = QLabel(self)
        caption.setBuddy(widget)
        self.captions.append((caption, text))
        form.addRow(caption, widget)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.interface_box.setTitle(self.tr("Interface"))
        self.documents_box.setTitle(self.tr("New diagrams"))
        self.canvas_box.setTitle(self.tr("Canvas"))
        self.recovery_box.setTitle(self.tr("Recovery"))
        self.translation_box.setTitle(self.tr("Content translation"))
        labels = {
            "Interface language": self.tr("Interface language"),
            "Theme for new diagrams": self.tr("Theme for new diagrams"),
            "Grid": self.tr("Grid"),
            "Grid size for new diagrams": self.tr("Grid size for new diagrams"),
            "Snapping": self.tr("Snapping"),
            "Autosave every": self.tr("Autosave every"),
            "…and after this many edits": self.tr("…and after this many edits"),
            "Provider": self.tr("Provider"),
            "Server address": self.tr("Server address"),
            "API key": self.tr("API key"),
        }
        for caption, text in self.captions:
            caption.setText(labels[text])
        theme_titles = {"whiteboard": self.tr("Whiteboard"), "clean": self.tr("Clean")}
        for row in range(self.theme.count()):
            name = str(self.theme.itemData(row))
            self.theme.setItemText(row, theme_titles.get(name, THEMES[name].title))
        self.grid_visible.setText(self.tr("Show the grid in new diagrams"))
        self.snapping.setText(self.tr("Snap to the grid and to other elements"))
        self.key_note.setText(
            self.tr("API keys are kept in your user settings only; they are never written into a diagram.")
        )
        self.memory_button.setText(self.tr("Translation memory…"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_translation_memory(self) -> None:
        """Counts, TMX export and import, clearing: see :mod:`editor.app.memory_dialog`."""
        from editor.app.memory_dialog import TranslationMemoryDialog

        TranslationMemoryDialog(self).exec()

    def _provider_changed(self) -> None:
        provider = str(self.provider.currentData())
        self.api_key.setText(self.settings.api_key(provider))
        self.endpoint.setEnabled(provider == "libre")

    @override
    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        """Write the choices to the settings store and switch the interface language if it changed."""
        self._apply_interface_language()
        settings = self.settings
        settings.default_theme = str(self.theme.currentData())
        settings.grid_visible = self.grid_visible.isChecked()
        settings.grid_size = self.grid_size.value()
        settings.snapping = self.snapping.isChecked()
        settings.autosave_seconds = self.autosave_seconds.value()
        settings.autosave_edits = self.autosave_edits.value()
        provider = str(self.provider.currentData())
        settings.translation_provider = provider
        settings.translation_endpoint = self.endpoint.text()
        settings.set_api_key(provider, self.api_key.text())
        settings.sync()
        self.applied.emit()

    def _apply_interface_language(self) -> None:
        code = str(self.interface_language.currentData())
        if code == current_ui_language().code:
            return
        try:
            set_ui_language(code)
        except UiCatalogueMissing as error:
            QMessageBox.warning(self, self.tr("Interface language"), str(error))
            self.interface_language.setCurrentIndex(self.interface_language.findData(current_ui_language().code))


class ShortcutsDialog(QDialog):
    """Every action with its shortcuts on this platform, read from the action table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.shortcuts")
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addWidget(buttons)
        self.retranslate()
        self.resize(480, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        rows = [(translated(spec.title).replace("&", ""), shortcut_text(spec)) for spec in ACTIONS]
        rows = [row for row in rows if row[1]]
        self.table.setRowCount(len(rows))
        for number, (title, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(title))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(number, 1, item)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def about_text() -> str:
    summary = QCoreApplication.translate(
        "About",
        "Technical infographics that live in many languages: boxes and arrows on a hand-drawn canvas, "
        "every label translatable, exported as PNG or SVG.",
    )
    credits = QCoreApplication.translate(
        "About", "Icons from qtawesome; handwriting font Caveat (SIL Open Font License)."
    )
    version = QCoreApplication.translate("About", "Version %1").replace("%1", __version__)
    return f"<h3>Diagram Editor</h3><p>{version}</p><p>{summary}</p><p>{credits}</p>"
