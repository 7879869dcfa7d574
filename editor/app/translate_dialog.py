"""Language > Translate Diagram…: pick target languages and a provider, watch it run, cancel any time.

The run happens on a ``TranslationJob`` thread; the dialog only shows progress. On success it
emits ``translation_ready`` with the run's result, which the window pushes as one undo step;
a failure or a cancel shows one message here and leaves the document and its history untouched.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.app.diagram_languages import language_label
from editor.app.settings import TRANSLATION_PROVIDERS, AppSettings
from editor.app.translation_job import TranslationJob, TranslationRequest
from editor.i18n.providers import PROVIDERS, ProviderConfig
from editor.i18n.service import TranslationResult
from editor.model import Document
from editor.model.text import is_language_tag

#: Offered with a checkbox each; anything else goes in the free field as a BCP 47 tag.
COMMON_LANGUAGES = (
    "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "ru", "uk", "tr",
    "ar", "he", "fa", "hi", "ja", "zh-Hans", "ko", "en-XA", "ar-XB",
)  # fmt: skip
DEFAULT_TIMEOUT = 10.0


def parse_extra_languages(text: str) -> tuple[list[str], list[str]]:
    """(well-formed tags, rejected words) from a field such as "pt-PT, zh-Hant sr-Latn"."""
    words = [word for word in re.split(r"[\s,;]+", text.strip()) if word]
    return [word for word in words if is_language_tag(word)], [word for word in words if not is_language_tag(word)]


class TranslateDialog(QDialog):
    translation_ready = Signal(object)  # TranslationResult

    def __init__(self, document: Document, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.translate")
        self.document = document
        self.settings = settings
        self.job: TranslationJob | None = None
        self.result_: TranslationResult | None = None
        self._close_when_done = False
        source = document.settings.source_language

        self.languages = QListWidget(self)
        self.languages.setObjectName("translate.languages")
        wanted = [code for code in document.settings.languages if code != source]
        for code in dict.fromkeys([*COMMON_LANGUAGES, *wanted]):
            if code == source:
                continue
            item = QListWidgetItem(language_label(code), self.languages)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
        self.languages.setMinimumHeight(180)
        self.extra = QLineEdit(self)
        self.extra.setObjectName("translate.extra")
        self.extra.setPlaceholderText("pt-PT, zh-Hant, sr-Latn")
        self.provider = QComboBox(self)
        self.provider.setObjectName("translate.provider")
        for name in TRANSLATION_PROVIDERS:
            self.provider.addItem(PROVIDERS[name].title, name)
        self.provider.setCurrentIndex(max(0, self.provider.findData(settings.translation_provider)))
        self.endpoint = QLineEdit(settings.translation_endpoint, self)
        self.endpoint.setObjectName("translate.endpoint")
        self.endpoint.setPlaceholderText("http://localhost:5000/")
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setObjectName("translate.timeout")
        self.timeout.setRange(0.5, 120.0)
        self.timeout.setDecimals(1)
        self.timeout.setValue(DEFAULT_TIMEOUT)
        self.timeout.setSuffix(" s")
        self.only_pending = QCheckBox(self)
        self.only_pending.setObjectName("translate.only_pending")
        self.only_pending.setChecked(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("translate.progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("translate.status")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("translate.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.translate_button = QPushButton(self)
        self.translate_button.setObjectName("translate.run")
        self.translate_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("translate.cancel")
        self.buttons.addButton(self.translate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.translate_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)

        self.targets_caption = QLabel(self)
        form = QFormLayout()
        self.captions = {key: QLabel(self) for key in ("extra", "provider", "endpoint", "timeout")}
        form.addRow(self.captions["extra"], self.extra)
        form.addRow(self.captions["provider"], self.provider)
        form.addRow(self.captions["endpoint"], self.endpoint)
        form.addRow(self.captions["timeout"], self.timeout)
        form.addRow(self.only_pending)
        column = QVBoxLayout(self)
        column.addWidget(self.targets_caption)
        column.addWidget(self.languages, 1)
        column.addLayout(form)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.languages.itemChanged.connect(self._show_ready)
        self.extra.textChanged.connect(self._show_ready)
        self._provider_changed()
        self.retranslate()
        self.resize(460, 600)

    # --- choices ---------------------------------------------------------------------------
    def chosen_languages(self) -> tuple[list[str], list[str]]:
        """(target tags in order, rejected words from the free field); the source is left out."""
        checked = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.languages.item(row) for row in range(self.languages.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        extra, rejected = parse_extra_languages(self.extra.text())
        source = self.document.settings.source_language
        return [tag for tag in dict.fromkeys([*checked, *extra]) if tag != source], rejected

    def provider_name(self) -> str:
        return str(self.provider.currentData())

    def request(self) -> TranslationRequest:
        name = self.provider_name()
        targets, _ = self.chosen_languages()
        config = ProviderConfig(
            timeout=self.timeout.value(),
            endpoint=(self.endpoint.text().strip() or None) if name == "libre" else None,
            api_key=self.settings.api_key(name) or None,
        )
        return TranslationRequest(tuple(targets), name, config, self.only_pending.isChecked())

    def _provider_changed(self) -> None:
        libre = self.provider_name() == "libre"
        self.endpoint.setEnabled(libre)
        self.captions["endpoint"].setEnabled(libre)

    # --- running ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.job is not None:
            return
        targets, rejected = self.chosen_languages()
        if rejected:
            self._show_error(
                self.tr("“%1” is not a language tag (write tags such as pt-PT or zh-Hant).").replace(
                    "%1", ", ".join(rejected)
                )
            )
            return
        if not targets:
            self._show_error(self.tr("Choose at least one language to translate into."))
            return
        self.settings.translation_provider = self.provider_name()
        if self.provider_name() == "libre":
            self.settings.translation_endpoint = self.endpoint.text()
        self.error.hide()
        self.job = TranslationJob(self.document, self.request(), self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._job_finished)
        self._set_running(True)
        self.progress.setRange(0, 0)  # busy until the first batch reports
        self.status.setText(self.tr("Translating into %1…").replace("%1", ", ".join(targets)))
        self.job.start()

    def cancel_run(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… (waiting for the requests under way)"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.languages, self.extra, self.provider, self.timeout, self.only_pending):
            widget.setEnabled(not running)
        self.endpoint.setEnabled(not running and self.provider_name() == "libre")
        self.translate_button.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _progressed(self, done: int, total: int, language: str, requests: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("%1 of %2 strings translated (%3), %4 requests")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", language)
            .replace("%4", str(requests))
        )

    def _succeeded(self, result: TranslationResult) -> None:
        self.result_ = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Done: %1 strings into %2 with %3 requests.")
            .replace("%1", str(result.total("strings")))
            .replace("%2", ", ".join(result.languages))
            .replace("%3", str(result.requests))
        )

    def _failed(self, message: str) -> None:
        self._show_error(
            self.tr(
                "Translation failed: %1\n"
                "The diagram is unchanged; strings translated before the failure are kept for the next try."
            ).replace("%1", message)
        )
        self.status.setText("")

    def _cancelled(self, done: int, total: int) -> None:
        text = self.tr("Cancelled after %1 of %2 strings. The diagram is unchanged.")
        self.status.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _job_finished(self) -> None:
        self.job = None
        self._set_running(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        if self._close_when_done:
            super().reject()
        elif self.result_ is not None:
            self.translation_ready.emit(self.result_)
            self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _show_ready(self, *_args: object) -> None:
        targets, rejected = self.chosen_languages()
        if self.job is None and not rejected:
            self.status.setText(
                self.tr("%n language(s) chosen", "", len(targets)) if targets else self.tr("No language chosen")
            )

    # --- closing ---------------------------------------------------------------------------
    @override
    def reject(self) -> None:
        """Cancel stops a run first; the dialog closes once the thread has ended."""
        if self.job is not None and self.job.is_running():
            self._close_when_done = True
            self.cancel_run()
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.is_running():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- interface language ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Translate Diagram"))
        self.targets_caption.setText(self.tr("Translate into:"))
        self.captions["extra"].setText(self.tr("Other languages:"))
        self.captions["provider"].setText(self.tr("Provider:"))
        self.captions["endpoint"].setText(self.tr("Server address:"))
        self.captions["timeout"].setText(self.tr("Wait per request:"))
        self.extra.setToolTip(self.tr("BCP 47 language tags, separated by commas"))
        self.only_pending.setText(self.tr("Only missing and stale strings (keep existing translations)"))
        self.translate_button.setText(self.tr("&Translate"))
        self.cancel_button.setText(self.tr("Cancel") if self.job is not None else self.tr("Close"))
        self._show_ready()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
