"""The UI locale loader: language matching, start-up order, switching Qt's and our catalogues, memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDoubleSpinBox, QWidget

from editor.i18n import ui_locale
from editor.i18n.ui_locale import (
    ENVIRONMENT_VARIABLE,
    SETTINGS_KEY,
    UI_LANGUAGES,
    UiCatalogueMissing,
    UnknownUiLanguage,
    apply_startup_ui_language,
    available_ui_languages,
    current_ui_language,
    match_ui_language,
    remembered_ui_language,
    set_ui_language,
    startup_ui_language,
    ui_language,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_eight_languages_with_native_names() -> None:
    codes = [language.code for language in available_ui_languages()]
    assert codes[:8] == ["en", "de", "fr", "es", "pt_BR", "ja", "zh_CN", "ar"]  # more may follow
    assert len(set(codes)) == len(codes)
    names = {language.code: language.native_name for language in UI_LANGUAGES}
    assert names["de"] == "Deutsch" and names["ja"] == "日本語" and names["ar"] == "العربية"
    assert names["zh_CN"] == "简体中文" and names["pt_BR"] == "Português (Brasil)"
    assert "ar" in [language.code for language in UI_LANGUAGES if language.right_to_left]


@pytest.mark.parametrize(("written", "code"), [("pt-BR", "pt_BR"), ("ZH_cn", "zh_CN"), (" de ", "de"), ("AR", "ar")])
def test_codes_in_any_spelling(written: str, code: str) -> None:
    assert ui_language(written).code == code


def test_unknown_code_names_the_available_ones() -> None:
    with pytest.raises(UnknownUiLanguage, match="available: en, de, fr"):
        ui_language("tlh")


@pytest.mark.parametrize(
    ("preferences", "expected"),
    [
        (["de-AT", "en-US"], "de"),
        (["pt-PT"], "pt_BR"),
        (["pt-BR"], "pt_BR"),
        (["zh-CN"], "zh_CN"),
        (["zh-Hans-HK"], "zh_CN"),
        (["zh-TW", "ja-JP"], "ja"),  # Traditional Chinese never falls back to Simplified
        (["zh-Hant"], "en"),
        (["nb-NO", "fr-CA"], "fr"),
        (["es-419"], "es"),
        (["ar-SA"], "ar"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_system_preferences_match_the_closest_language(preferences: list[str], expected: str) -> None:
    assert match_ui_language(preferences).code == expected


def test_start_up_order_request_environment_memory_system(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui_locale, "system_ui_language", lambda: ui_language("fr"))
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    assert startup_ui_language(None, settings).code == "fr"
    settings.setValue(SETTINGS_KEY, "es")
    assert startup_ui_language(None, settings).code == "es"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "ja")
    assert startup_ui_language(None, settings).code == "ja"
    assert startup_ui_language("ar", settings).code == "ar"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "klingon")  # a bad environment value is ignored, not fatal
    assert startup_ui_language(None, settings).code == "es"
    with pytest.raises(UnknownUiLanguage):
        startup_ui_language("klingon", settings)
    settings.setValue(SETTINGS_KEY, "xx")  # a hand-edited file never stops the app
    assert remembered_ui_language(settings) is None


def test_switching_translates_qt_standard_buttons_and_locale(qapp: QApplication, settings: QSettings) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(button.text() for button in buttons.buttons()) == ["Cancel", "Save"]
    set_ui_language("de", settings=settings)
    assert sorted(button.text() for button in buttons.buttons()) == ["Abbrechen", "Speichern"]
    assert QLocale().language() == QLocale.Language.German
    set_ui_language("ja", settings=settings)
    assert sorted(button.text() for button in buttons.buttons()) == ["キャンセル", "保存"]
    set_ui_language("zh_CN", settings=settings)
    assert sorted(button.text() for button in buttons.buttons()) == ["保存", "取消"]
    set_ui_language("en", settings=settings)
    assert sorted(button.text() for button in buttons.buttons()) == ["Cancel", "Save"]
    assert current_ui_language().code == "en"


def test_open_widgets_take_the_language_number_format(qapp: QApplication, settings: QSettings) -> None:
    spin_box = QDoubleSpinBox()
    spin_box.setValue(0.5)
    spin_box.show()
    set_ui_language("de", settings=settings)
    assert spin_box.text() == "0,50"
    set_ui_language("ja", settings=settings)
    assert spin_box.text() == "0.50"


def test_arabic_mirrors_the_layout_and_back(qapp: QApplication, settings: QSettings) -> None:
    widget = QWidget()
    set_ui_language("ar", settings=settings)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert widget.isRightToLeft()
    set_ui_language("fr", settings=settings)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not widget.isRightToLeft()


class _LanguageChangeCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_open_widgets_receive_language_change_before_the_call_returns(qapp: QApplication, settings: QSettings) -> None:
    window = QWidget()
    window.show()
    counter = _LanguageChangeCounter(window)
    set_ui_language("es", settings=settings)
    assert counter.count >= 1
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_choice_is_remembered_only_when_asked(settings: QSettings) -> None:
    set_ui_language("pt_BR", settings=settings, remember=False)
    assert remembered_ui_language(settings) is None
    set_ui_language("pt_BR", settings=settings)
    assert settings.value(SETTINGS_KEY) == "pt_BR"
    assert remembered_ui_language(settings) == ui_language("pt_BR")


def test_missing_catalogue_changes_nothing_and_start_up_falls_back(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_ui_language("de", settings=settings)
    monkeypatch.setattr(ui_locale, "translations_dir", lambda: tmp_path / "nowhere")
    with pytest.raises(UiCatalogueMissing, match="make setup"):
        set_ui_language("ar", settings=settings)
    assert current_ui_language().code == "de"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert settings.value(SETTINGS_KEY) == "de"
    assert apply_startup_ui_language("ja", settings).code == "en"


def _start_process(settings_home: Path, system_language: str, code: str) -> str:
    """A fresh interpreter with its own system locale and settings folder: what a real start sees."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    environment.pop(ENVIRONMENT_VARIABLE, None)
    environment |= {"LANG": system_language, "XDG_CONFIG_HOME": str(settings_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.strip()


_START = """
from PySide6.QtCore import QCoreApplication
from editor.app.settings import identify_application
from editor.i18n.ui_locale import apply_startup_ui_language, set_ui_language
app = QCoreApplication([])
identify_application()
print(apply_startup_ui_language().code)
"""


def test_number_formats_keep_the_users_region_when_it_speaks_the_language(tmp_path: Path) -> None:
    show_locale = _START + "from PySide6.QtCore import QLocale\nprint(QLocale().name())\n"
    assert _start_process(tmp_path, "en_GB.UTF-8", show_locale).split() == ["en", "en_GB"]
    assert _start_process(tmp_path, "de_AT.UTF-8", show_locale).split() == ["de", "de_AT"]
    set_japanese = show_locale + "set_ui_language('ja', remember=False)\nprint(QLocale().name())\n"
    assert _start_process(tmp_path, "de_AT.UTF-8", set_japanese).split() == ["de", "de_AT", "ja_JP"]


def test_first_start_follows_the_system_then_the_remembered_choice(tmp_path: Path) -> None:
    assert _start_process(tmp_path, "de_DE.UTF-8", _START) == "de"
    assert _start_process(tmp_path, "ja_JP.UTF-8", _START) == "ja"
    assert _start_process(tmp_path, "pt_PT.UTF-8", _START) == "pt_BR"
    _start_process(tmp_path, "de_DE.UTF-8", _START + "set_ui_language('ar')\n")
    assert _start_process(tmp_path, "de_DE.UTF-8", _START) == "ar"
    assert list(tmp_path.rglob("*.conf")), "the choice lives in the app's own settings file"
