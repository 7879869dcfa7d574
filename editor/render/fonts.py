"""Font families: the bundled handwriting font, and the fallback stacks both backends name.

QPainter (through QFont.setFamilies) and an SVG viewer (through font-family) are given the
same ordered stack, so a glyph the first family lacks comes from the same fallback in both.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from editor.model.text import primary_subtag
from editor.render.qt import ensure_gui_application
from editor.resources import resource_path

#: (family, weight) -> file name in resources/fonts
BUNDLED_FONTS = {
    ("Caveat", 400): "Caveat-Regular.ttf",
    ("Caveat", 700): "Caveat-Bold.ttf",
    ("Aref Ruqaa", 400): "ArefRuqaa-Regular.ttf",
    ("Aref Ruqaa", 700): "ArefRuqaa-Bold.ttf",
}
#: the whiteboard theme's handwriting font (Latin and Cyrillic)
HANDWRITING = "Caveat"
#: handwriting fonts (all OFL) for the scripts Caveat lacks, chosen by the text's language tag, never
#: by its characters: Japanese never gets Chinese glyph forms, nor Chinese Japanese ones. Klee One
#: and LXGW WenKai (Debian's fonts-klee, fonts-lxgw-wenkai) come before Caveat: their Latin is
#: handwritten too, so a Latin word inside the text matches its size.
_HANDWRITING_FIRST = {"ja": "Klee One", "zh": "LXGW WenKai"}
#: the bundled Aref Ruqaa writes Arabic, Persian, Urdu and Sorani Kurdish (every letter they use;
#: Pashto, Sindhi and Uyghur letters are missing, and a missing letter would break a joined word).
#: It comes before Caveat with its Arabic letters only, so the Latin words inside come in Caveat
#: (its capitals as tall as Aref's alef), and without a space: Qt takes a space from the first
#: family that has one, Pango (rsvg-convert) from the font of the letter before it, so with a space
#: of its own (0.146 em against Caveat's 0.242) the words of an Arabic line drifted apart in the SVG
#: (resources/fonts/README.md, which also says why its ascender is lowered to its tallest glyph)
ARABIC_HAND = "Aref Ruqaa"
_ARABIC_HAND_LANGUAGES = frozenset({"ar", "fa", "ur", "ckb"})
#: fonts whose glyphs no character map can name (Aref Ruqaa builds letters from dotless skeletons
#: and dots): their lines go into a PDF as outlines with invisible text (editor.render.pdf_text)
UNMAPPABLE_IN_PDF = frozenset({ARABIC_HAND})
_CJK = {"ja": "Noto Sans CJK JP", "zh": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR"}
_TRADITIONAL_CHINESE = ("hant", "tw", "hk", "mo")
#: "Noto Sans Arabic UI" has the line metrics of Latin Noto Sans; plain "Noto Sans Arabic"
#: (ascent + descent 2.1 em) double-spaces every Arabic line, so it only fills in after it
_FALLBACKS = ("Noto Sans", "Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Sans Hebrew", "DejaVu Sans")
GENERIC = "sans-serif"
_UNSAFE = re.compile(r"[\"'`,;:<>&\\{}()\x00-\x1f\x7f]")


#: the Debian packages' files of the handwriting fonts for Japanese and Chinese, under a fonts folder
_SYSTEM_HANDWRITING_FILES = (
    "truetype/klee/KleeOne-Regular.ttf",
    "truetype/klee/KleeOne-SemiBold.ttf",
    "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf",
)
_FONT_FOLDERS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))


def _system_handwriting_fonts() -> list[Path]:
    """The installed files of Klee One and LXGW WenKai. They are registered with Qt as application
    fonts as well: fontconfig does not list Klee One for Japanese (a few JIS characters are
    missing), so Qt would skip it for Japanese text and fall back to Noto Sans CJK. Qt maps the
    files, so this costs well under 1 MB."""
    return [
        folder / name for name in _SYSTEM_HANDWRITING_FILES for folder in _FONT_FOLDERS if (folder / name).is_file()
    ]


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Adds the bundled fonts (and the installed handwriting fonts for Japanese and Chinese) to
    Qt's database once; returns the families registered."""
    ensure_gui_application()
    families: list[str] = []
    bundled = [resource_path("fonts", file_name) for file_name in sorted(set(BUNDLED_FONTS.values()))]
    for path in [*bundled, *_system_handwriting_fonts()]:
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def clean_family(name: str) -> str:
    """A family name safe inside a CSS/SVG font-family list (no quotes, commas or markup)."""
    return " ".join(_UNSAFE.sub(" ", name).split())[:100]


def _handwriting_first(language: str) -> str | None:
    """The hand that writes ``language`` where Caveat cannot, by its tag (``ku-Arab`` is Sorani)."""
    script = primary_subtag(language)
    if script in _ARABIC_HAND_LANGUAGES or language.lower() == "ku-arab":
        return ARABIC_HAND
    return _HANDWRITING_FIRST.get(script)


@cache
def family_stack(primary: str | None, language: str) -> tuple[str, ...]:
    """The ordered families for text in ``language`` whose style asks for ``primary``."""
    first = clean_family(primary or "") or "Noto Sans"
    script = primary_subtag(language)
    cjk = _CJK.get(script, "Noto Sans CJK JP")
    if script == "zh" and any(part in _TRADITIONAL_CHINESE for part in language.lower().split("-")[1:]):
        cjk = "Noto Sans CJK TC"
    lead: list[str | None] = [_handwriting_first(language)] if first == HANDWRITING else []
    if script in _CJK:
        # Qt takes the forms of Han characters from the first family of the list that has them and
        # passes over a regional family further down: Japanese text got Chinese forms before this
        lead.append(cjk)
    stack = [*(family for family in lead if family), first, "Noto Sans", cjk, *_FALLBACKS]
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
