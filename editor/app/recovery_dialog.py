"""After a crash: offer the unsaved work back (restore), show what differs (compare), or drop it."""

from __future__ import annotations

import difflib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from editor.app.recovery import RecoveredWork
from editor.model import DocumentError, dumps, load

RESTORE, DISCARD, LATER = 1, 2, 0


def differences(work: RecoveredWork) -> str:
    """A unified diff from the file on disk (or nothing, for an unsaved new diagram) to the recovered work."""
    saved_text = ""
    if work.original_path and Path(work.original_path).is_file():
        try:
            saved_text = dumps(load(work.original_path))
        except DocumentError as error:
            saved_text = f"# {error}\n"
    recovered_text = dumps(work.document)
    lines = difflib.unified_diff(
        saved_text.splitlines(keepends=True),
        recovered_text.splitlines(keepends=True),
        fromfile=work.original_path or "(never saved)",
        tofile="recovered",
        n=2,
    )
    return "".join(lines)


class RecoveryDialog(QDialog):
    """One recovered document; ``exec`` returns RESTORE, DISCARD or LATER (closed: ask next time)."""

    def __init__(self, work: RecoveredWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.recovery")
        self.work = work
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setReadOnly(True)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff_view.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("recovery.restore")
        self.restore_button.setDefault(True)
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("recovery.compare")
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("recovery.discard")
        self.restore_button.clicked.connect(lambda: self.done(RESTORE))
        self.discard_button.clicked.connect(lambda: self.done(DISCARD))
        self.compare_button.clicked.connect(self.show_differences)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.restore_button)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addWidget(self.diff_view, 1)
        column.addLayout(buttons)
        self.retranslate()
        self.resize(560, 180)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        when = datetime.fromtimestamp(self.work.saved_at).strftime("%Y-%m-%d %H:%M:%S")
        self.message.setText(
            self.tr("Diagram Editor closed unexpectedly. Unsaved changes to “%1” from %2 were kept.")
            .replace("%1", self.work.display_name)
            .replace("%2", when)
        )
        self.restore_button.setText(self.tr("Restore"))
        self.compare_button.setText(self.tr("Compare with Saved File"))
        self.discard_button.setText(self.tr("Discard"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_differences(self) -> None:
        text = differences(self.work)
        self.diff_view.setPlainText(text or self.tr("The recovered diagram is the same as the saved file."))
        self.diff_view.show()
        self.compare_button.setEnabled(False)
        self.resize(max(self.width(), 760), 560)
