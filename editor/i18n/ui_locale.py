"""The interface language: our Qt Linguist catalogue plus Qt's own, switchable while the app runs.

The interface language is separate from a diagram's content language. Installing or removing a
``QTranslator`` makes Qt send ``QEvent.LanguageChange`` to every widget, so open windows, menus,
docks and dialogs retranslate themselves at once; Arabic also mirrors the layout right-to-left.

English is the source language: its strings need no catalogue except for plural forms, which
``diagram_editor_en.qm`` (made with ``lupdate -pluralonly``) supplies.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from editor.resources import resource_path

_log = logging.getLogger(__name__)

#: File name stem of our catalogues: ``diagram_editor_<code>.ts`` / ``.qm``.
CATALOGUE = "diagram_editor"
#: Qt's own catalogue for standard dialogs and buttons, shipped inside PySide6.
QT_CATALOGUE = "qtbase"
SOURCE_LANGUAGE = "en"
#: Where the user's explicit choice is remembered (absent: follow the system locale).
SETTINGS_KEY = "interface/language"
#: Starts the app in a language without touching the remembered choice (screenshots, testing).
ENVIRONMENT_VARIABLE = "DIAGRAM_EDITOR_UI_LANGUAGE"

_SOURCE_TREE_TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


@dataclass(frozen=True, slots=True)
class UiLanguage:
    """One interface language; ``code`` is the Qt locale name used in catalogue file names."""

    code: str
    native_name: str
    english_name: str
    right_to_left: bool = False

    @property
    def is_source(self) -> bool:
        return self.code == SOURCE_LANGUAGE

    @property
    def layout_direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self.right_to_left else Qt.LayoutDirection.LeftToRight

    @property
    def content_tag(self) -> str:
        """The BCP 47 tag a diagram's content uses for this language: ``pt-BR``; ``zh-Hans`` for zh_CN
        (diagram text is tagged by script, as the translation providers and the fonts need)."""
        return _CONTENT_TAGS.get(self.code, self.code.replace("_", "-"))


#: Every interface language, in menu order. Native names are shown untranslated, as users look for them.
UI_LANGUAGES: tuple[UiLanguage, ...] = (
    UiLanguage("en", "English", "English"),
    UiLanguage("de", "Deutsch", "German"),
    UiLanguage("fr", "Français", "French"),
    UiLanguage("es", "Español", "Spanish"),
    UiLanguage("pt_BR", "Português (Brasil)", "Brazilian Portuguese"),
    UiLanguage("ja", "日本語", "Japanese"),
    UiLanguage("zh_CN", "简体中文", "Simplified Chinese"),
    UiLanguage("ar", "العربية", "Arabic", right_to_left=True),
)
_BY_CODE = {language.code.lower(): language for language in UI_LANGUAGES}
#: Interface codes whose content tag is not the code with a hyphen.
_CONTENT_TAGS = {"zh_CN": "zh-Hans"}


class UnknownUiLanguage(ValueError):
    """A language code that names no interface language."""

    def __init__(self, code: str) -> None:
        known = ", ".join(language.code for language in UI_LANGUAGES)
        super().__init__(f"no interface language {code!r} (available: {known})")


class UiCatalogueMissing(FileNotFoundError):
    """A language's compiled catalogue is not where it should be (not built, or not packaged)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"interface translation {path} is missing; build it with `make setup`")
        self.path = path


def available_ui_languages() -> tuple[UiLanguage, ...]:
    """The languages a Settings > Language menu offers, English first."""
    return UI_LANGUAGES


def ui_language(code: str) -> UiLanguage:
    """The language for ``code``; accepts ``pt_BR``, ``pt-BR`` and any letter case."""
    language = _BY_CODE.get(code.strip().replace("-", "_").lower())
    if language is None:
        raise UnknownUiLanguage(code)
    return language


def match_ui_language(preferences: Iterable[str]) -> UiLanguage:
    """The best interface language for a list of BCP 47 tags, most preferred first; English if none fits.

    A regional variant falls back to its language (``de-AT`` -> German, ``pt-PT`` -> Brazilian
    Portuguese), except that Traditional Chinese never falls back to Simplified.
    """
    for tag in preferences:
        locale = QLocale(tag)
        if locale.language() == QLocale.Language.C:
            continue
        exact = _BY_CODE.get(locale.name().lower())
        if exact is not None:
            return exact
        if locale.language() == QLocale.Language.Chinese:
            if locale.script() == QLocale.Script.SimplifiedHanScript:
                return _BY_CODE["zh_cn"]
            continue
        prefix = locale.name().split("_")[0].lower()
        same_language = [language for language in UI_LANGUAGES if language.code.split("_")[0].lower() == prefix]
        if same_language:
            return same_language[0]
    return _BY_CODE[SOURCE_LANGUAGE]


def system_ui_language() -> UiLanguage:
    """The interface language that fits the desktop's language preferences."""
    return match_ui_language(QLocale.system().uiLanguages())


def remembered_ui_language(settings: QSettings | None = None) -> UiLanguage | None:
    """The language the user picked last time, or None when they never picked one."""
    value = (settings or QSettings()).value(SETTINGS_KEY)
    if not isinstance(value, str) or not value:
        return None
    try:
        return ui_language(value)
    except UnknownUiLanguage:
        _log.warning("ignoring unknown remembered interface language %r", value)
        return None


def startup_ui_language(requested: str | None = None, settings: QSettings | None = None) -> UiLanguage:
    """The language to start in: a command-line request, then the environment, then the remembered
    choice, then the system locale. A bad request raises; a bad environment value is ignored."""
    if requested:
        return ui_language(requested)
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "")
    if from_environment:
        try:
            return ui_language(from_environment)
        except UnknownUiLanguage as error:
            _log.warning("%s=%s ignored: %s", ENVIRONMENT_VARIABLE, from_environment, error)
    return remembered_ui_language(settings) or system_ui_language()


def translations_dir() -> Path:
    """Where our ``.qm`` files are: ``editor/_data/translations`` in a wheel, ``translations/`` in a checkout."""
    packaged = resource_path("translations")
    return packaged if packaged.is_dir() else _SOURCE_TREE_TRANSLATIONS


def catalogue_path(language: UiLanguage) -> Path:
    return translations_dir() / f"{CATALOGUE}_{language.code}.qm"


def qt_catalogue_path(language: UiLanguage) -> Path:
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return qt_translations / f"{QT_CATALOGUE}_{language.code}.qm"


def formatting_locale(language: UiLanguage) -> QLocale:
    """Numbers and dates in ``language``, in the user's own region when the system speaks it too
    (an Austrian user of the German interface keeps de_AT, a British user of English keeps en_GB)."""
    wanted = QLocale(language.code)
    system = QLocale.system()
    return system if system.language() == wanted.language() else wanted


class _InstalledLanguage:
    """The translators currently installed; kept here so Python never collects them while Qt uses them."""

    def __init__(self) -> None:
        self.language = _BY_CODE[SOURCE_LANGUAGE]
        self.translators: list[QTranslator] = []

    def replace(self, language: UiLanguage, translators: list[QTranslator]) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        self.language = language
        self.translators = translators


_installed = _InstalledLanguage()


def current_ui_language() -> UiLanguage:
    return _installed.language


def _load_translators(language: UiLanguage) -> list[QTranslator]:
    translators: list[QTranslator] = []
    qt_path = qt_catalogue_path(language)
    if not language.is_source:
        qt_translator = QTranslator()
        if qt_translator.load(str(qt_path)):
            translators.append(qt_translator)
        else:  # ours still works; only standard dialogs stay English
            _log.warning("Qt's own translation %s could not be loaded", qt_path)
    ours = catalogue_path(language)
    translator = QTranslator()
    if translator.load(str(ours)):
        translators.append(translator)
    elif not language.is_source:
        raise UiCatalogueMissing(ours)
    return translators


def set_ui_language(code: str, *, remember: bool = True, settings: QSettings | None = None) -> UiLanguage:
    """Switch the running application's interface to ``code`` and, unless told not to, remember it.

    Every open widget receives ``QEvent.LanguageChange`` and retranslates; number and date
    formats follow ``QLocale.setDefault``; the layout mirrors for right-to-left languages.
    Raises ``UnknownUiLanguage`` or ``UiCatalogueMissing`` and then changes nothing.
    """
    language = ui_language(code)
    translators = _load_translators(language)
    QLocale.setDefault(formatting_locale(language))
    _installed.replace(language, translators)
    application = QCoreApplication.instance()
    if isinstance(application, QGuiApplication):
        QGuiApplication.setLayoutDirection(language.layout_direction)
    if application is not None:  # widgets take the new default locale: "0,5" in German spin boxes
        QCoreApplication.sendEvent(application, QEvent(QEvent.Type.LocaleChange))
    # Qt posts LanguageChange to the widgets; deliver it now, so the switch is done when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if remember:
        target = settings or QSettings()
        target.setValue(SETTINGS_KEY, language.code)
        target.sync()
    return language


def apply_startup_ui_language(requested: str | None = None, settings: QSettings | None = None) -> UiLanguage:
    """Install the start-up language (see ``startup_ui_language``) without remembering it.

    A missing catalogue must not stop the app from opening: it then starts in English and says why.
    """
    language = startup_ui_language(requested, settings)
    try:
        return set_ui_language(language.code, remember=False)
    except UiCatalogueMissing as error:
        _log.warning("%s; starting in English", error)
        return set_ui_language(SOURCE_LANGUAGE, remember=False)
