"""What the Language menu's actions do in the window: translate, the Languages panel, fitting text.

A translation run, with the boxes it grows, is one undo step; the Languages panel and the
canvas badges (missing, stale, to review) refresh once per event-loop turn however many
document signals arrive in it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from editor.actions import FitChoice
from editor.app.fit import grow_after_translation, grow_command, shrink_command
from editor.app.languages_dock import translation_badges
from editor.app.translate_dialog import TranslateDialog
from editor.app.window_parts import WindowParts
from editor.commands import Compound, SetRects
from editor.i18n.service import TranslationResult, apply_translation
from editor.i18n.undo import translation_command


class ContentLanguageActions(WindowParts):
    def _connect_content_languages(self) -> None:
        self.translate_dialog: TranslateDialog | None = None
        self.languages.element_requested.connect(self.show_element)
        self.languages.language_requested.connect(self.scene.set_language)
        self.languages.toggleViewAction().toggled.connect(self.refresh_actions)
        self._languages_refresh = QTimer(self)
        self._languages_refresh.setSingleShot(True)
        self._languages_refresh.setInterval(0)  # many signals in one event-loop turn: one refresh
        self._languages_refresh.timeout.connect(self.refresh_languages)
        for signal in (self.scene.document_changed, self.scene.document_replaced, self.scene.language_changed):
            signal.connect(self._languages_refresh.start)

    def translate_with_dialog(self) -> None:
        """Open the Translate dialog (window-modal); its result becomes one undo step."""
        if self.translate_dialog is not None:
            self.translate_dialog.raise_()
            return
        dialog = TranslateDialog(self.document, self.settings, self)
        dialog.translation_ready.connect(self.apply_translation_result)
        dialog.finished.connect(self._translate_dialog_closed)
        self.translate_dialog = dialog
        dialog.open()

    def _translate_dialog_closed(self) -> None:
        if self.translate_dialog is not None:
            self.translate_dialog.deleteLater()
        self.translate_dialog = None

    def apply_translation_result(self, result: TranslationResult) -> bool:
        """Push a finished run as one step (boxes whose fit is "grow" grow in the same step)."""
        command = translation_command(self.document, result)
        grown = grow_after_translation(apply_translation(self.document, result))
        if grown:
            command = Compound([command, SetRects(grown, command.caption)], title=command.caption)
        if not self.push(command):
            return False
        if result.languages and self.scene.language not in result.languages:
            self.scene.set_language(result.languages[0])
        self.refresh_languages()
        overflowing = sum(state.counts()["overflow"] for state in self.languages.states.values())
        message = self.tr("Translated %1 strings into %2 (%3 requests).")
        message = message.replace("%1", str(result.total("strings"))).replace("%2", ", ".join(result.languages))
        message = message.replace("%3", str(result.requests))
        if overflowing:
            message += " " + self.tr("%n label(s) too long: see the Languages panel.", "", overflowing)
        self.show_status(message)
        self.languages.show()
        self.languages.raise_()
        return True

    def toggle_languages_panel(self) -> None:
        shown = self.languages.toggleViewAction().isChecked()
        self.languages.setVisible(not shown)
        if not shown:
            self.languages.raise_()
        self.refresh_actions()

    def fit_text(self, fit: FitChoice) -> None:
        """Shrink or grow for the selected elements, or for the whole diagram when none is selected."""
        ids = self.scene.selected_ids()
        command = shrink_command(self.document, ids) if fit == "shrink" else grow_command(self.document, ids)
        if command is None:
            self.show_status(self.tr("Nothing to fit: the selection has no text boxes."))
            return
        self.push(command)

    def show_element(self, language: str, element_id: str) -> None:
        """Show ``language`` on the canvas and select ``element_id`` (a click in the Languages panel)."""
        if language in self.document.settings.languages:
            self.scene.set_language(language)
        self.scene.select_ids([element_id])
        view = self.scene.views_by_id.get(element_id)
        if view is not None:
            self.view.ensureVisible(view.sceneBoundingRect(), 40, 40)

    def refresh_languages(self) -> None:
        self._languages_refresh.stop()
        self.languages.refresh(self.document)
        self.show_translation_badges()

    def show_translation_badges(self) -> None:
        """Mark elements whose text in the shown language is missing (source shown), stale or to review."""
        self.scene.set_translation_badges(translation_badges(self.document, self.scene.language))
