"""Human names for the document's language tags, as the Language menu and dialogs show them."""

from __future__ import annotations

from PySide6.QtCore import QLocale


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
