"""Starting the app in a language: ``--ui-language`` on the command line, applied by start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from editor.app.launch import start_application
from editor.cli import _request_ui_language
from editor.i18n.ui_locale import ENVIRONMENT_VARIABLE, current_ui_language

ROOT = Path(__file__).resolve().parents[2]


def test_unknown_language_is_a_usage_error_before_any_window() -> None:
    command = [sys.executable, "-m", "editor", "--ui-language", "tlh"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "diagram-editor: --ui-language: no interface language 'tlh' (available: en, de, fr, es, pt_BR, ja, zh_CN, ar)"
    )


def test_the_option_reaches_start_up(settings_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "en")  # restored to its earlier state after the test
    _request_ui_language("AR")
    start_application()
    assert current_ui_language().code == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("Actions", "&File") == "&ملف"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "zh-CN")
    start_application()
    assert QCoreApplication.translate("Actions", "&File") == "文件(&F)"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
