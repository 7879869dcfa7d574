"""Font families: the bundled handwriting font, and the fallback stacks both backends name.

QPainter (through QFont.setFamilies) and an SVG viewer (through font-family) are given the
same ordered stack, so a glyph the first family lacks comes from the same fallback in both.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from editor.model.text import primary_subtag
from editor.render.qt import ensure_gui_application
from editor.resources import resource_path

#: (family, weight) -> file name in resources/fonts
BUNDLED_FONTS = {
    ("Caveat", 400): "Caveat-Regular.ttf",
    ("Caveat", 700): "Caveat-Bold.ttf",
}

_CJK = {"ja": "Noto Sans CJK JP", "zh": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR"}
_FALLBACKS = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "DejaVu Sans")
GENERIC = "sans-serif"
_UNSAFE = re.compile(r"[\"'`,;:<>&\\{}()\x00-\x1f\x7f]")


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Adds the bundled fonts to Qt's database once; returns the families registered."""
    ensure_gui_application()
    families: list[str] = []
    for file_name in sorted(set(BUNDLED_FONTS.values())):
        path = resource_path("fonts", file_name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def clean_family(name: str) -> str:
    """A family name safe inside a CSS/SVG font-family list (no quotes, commas or markup)."""
    return " ".join(_UNSAFE.sub(" ", name).split())[:100]


@cache
def family_stack(primary: str | None, language: str) -> tuple[str, ...]:
    """The ordered families for text in ``language`` whose style asks for ``primary``."""
    first = clean_family(primary or "") or "Noto Sans"
    cjk = _CJK.get(primary_subtag(language), "Noto Sans CJK JP")
    stack = [first, "Noto Sans", cjk, *_FALLBACKS]
    return tuple(dict.fromkeys(stack))


def css_family_list(stack: tuple[str, ...]) -> str:
    """``Caveat, 'Noto Sans', ..., sans-serif`` for an SVG font-family attribute."""
    parts = [name if name.isalnum() else f"'{name}'" for name in stack]
    return ", ".join([*parts, GENERIC])


@lru_cache(maxsize=1024)
def qfont(stack: tuple[str, ...], pixel_size: float, weight: int, *, contextual: bool = True) -> QFont:
    """A QFont for the stack, sized in pixels at 96 dpi (point size = px * 72 / 96).

    ``contextual=False`` turns contextual alternates, ligatures and localized forms off, for PDF: Qt's
    PDF writer maps glyphs back to characters through the font's character map, and the handwriting
    font's alternate letter forms, its ligatures (ff, ft) and the forms its default ``locl`` picks
    (``A.1``, ``space.1``) are not in it, so with them most letters could not be selected or searched.
    """
    register_bundled_fonts()
    font = QFont()
    font.setFamilies(list(stack))
    font.setPointSizeF(max(pixel_size, 0.5) * 0.75)
    font.setWeight(QFont.Weight(weight))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    if not contextual:
        font.setFeature(QFont.Tag("calt"), 0)
        font.setFeature(QFont.Tag("liga"), 0)
        font.setFeature(QFont.Tag("locl"), 0)
    return font
