"""Each script gets its own hand in the whiteboard theme, chosen by the text's language tag, and
line heights follow the fonts really drawn (no double-spaced Arabic)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout

from editor.render.display_list import TextLineOp
from editor.render.fonts import family_stack, qfont
from editor.render.layout import layout_document
from editor.render.text import _reference_device
from tests.render.helpers import multilingual_document

MIXED = {
    "ja": "ブラウザが API に読み取り要求を送る",
    "zh-Hans": "浏览器向 API 发送读取请求",
    "zh-Hant": "瀏覽器向 API 發送讀取請求",
    "ar": "يرسل المتصفح طلب قراءة إلى API",
    "fa": "مرورگر درخواست خواندن را به API می‌فرستد",
    "ur": "براؤزر API کو پڑھنے کی درخواست بھیجتا ہے",
    "ps": "براوزر API ته د لوستلو غوښتنه لېږي",
    "he": "הדפדפן שולח בקשת קריאה ל-API",
    "ru": "Браузер отправляет запрос к API",
}


def drawn_families(text: str, language: str, primary: str, weight: int = 400) -> dict[str, set[str]]:
    """Font family per kind of character ('latin' or 'other'), as Qt's glyph runs report them."""
    layout = QTextLayout(text, qfont(family_stack(primary, language), 20, weight), _reference_device())
    layout.beginLayout()
    layout.createLine().setLineWidth(5000)
    layout.endLayout()
    found: dict[str, set[str]] = {"latin": set(), "other": set()}
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        indexes = [i for i in run.stringIndexes() if 0 <= i < len(text) and not text[i].isspace()]
        for index in indexes:
            found["latin" if text[index].isascii() else "other"].add(run.rawFont().familyName())
    return found


def inked_families(text: str, language: str, primary: str, weight: int = 400) -> set[str]:
    """The families of the glyph runs that draw something. Qt's string indexes are unreliable in
    right-to-left runs, and a Persian zero-width non-joiner may come from any font that has it."""
    layout = QTextLayout(text, qfont(family_stack(primary, language), 20, weight), _reference_device())
    layout.beginLayout()
    layout.createLine().setLineWidth(5000)
    layout.endLayout()
    return {
        run.rawFont().familyName()
        for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll)
        if any(not run.rawFont().pathForGlyph(index).isEmpty() for index in run.glyphIndexes())
    }


@pytest.mark.parametrize("weight", [400, 700])
def test_whiteboard_hands_by_language_tag(weight: int) -> None:
    ja = drawn_families(MIXED["ja"], "ja", "Caveat", weight)
    assert ja["other"] == {"Klee One"} and ja["latin"] == {"Klee One"}  # Latin in the same hand and size
    for tag in ("zh-Hans", "zh-Hant"):
        zh = drawn_families(MIXED[tag], tag, "Caveat", weight)
        assert zh["other"] == {"LXGW WenKai"} and zh["latin"] == {"LXGW WenKai"}
    for tag in ("ar", "fa", "ur"):
        # the bundled Aref Ruqaa writes the letters, Caveat the Latin word inside (its capitals are
        # as tall as Aref's alef); Qt's string indexes are reliable in the left-to-right Latin run
        assert inked_families(MIXED[tag], tag, "Caveat", weight) == {"Aref Ruqaa", "Caveat"}
        assert drawn_families(MIXED[tag], tag, "Caveat", weight)["latin"] == {"Caveat"}
        assert inked_families(MIXED[tag].replace("API", ""), tag, "Caveat", weight) == {"Aref Ruqaa"}
    # Pashto has letters Aref Ruqaa lacks (a joined word must not switch fonts midway); the clean
    # theme keeps Noto Sans Arabic UI
    assert inked_families(MIXED["ps"], "ps", "Caveat", weight) == {"Noto Sans Arabic UI", "Caveat"}
    assert inked_families(MIXED["ar"], "ar", "Noto Sans", weight) == {"Noto Sans Arabic UI", "Noto Sans"}
    assert drawn_families(MIXED["ru"], "ru", "Caveat", weight)["other"] == {"Caveat"}


def test_the_language_tag_decides_never_the_characters() -> None:
    """The same Han characters get Japanese forms in a Japanese text and Chinese ones in Chinese."""
    han = "関数 数据 API"
    assert drawn_families(han, "ja", "Caveat")["other"] == {"Klee One"}
    assert drawn_families(han, "zh-Hans", "Caveat")["other"] <= {"LXGW WenKai", "Noto Sans CJK SC"}
    assert "Noto Sans CJK JP" in drawn_families(han, "ja", "Noto Sans")["other"]
    assert drawn_families(han, "zh-Hans", "Noto Sans")["other"] == {"Noto Sans CJK SC"}
    assert drawn_families(han, "zh-Hant", "Noto Sans")["other"] == {"Noto Sans CJK TC"}


@pytest.mark.parametrize("theme", ["whiteboard", "clean"])
def test_arabic_lines_are_not_double_spaced(theme: str) -> None:
    """An Arabic line is at most 1.45 times its font size high: 1.4 in both themes (it was 2.15 with
    Noto Sans Arabic, and 1.55 with Aref Ruqaa's own ascender, which overflowed titles sized for
    Noto Sans Arabic UI)."""
    document = multilingual_document()
    document.settings.theme = theme
    for language in ("en", "ar"):
        lines = [
            op for group in layout_document(document, language).groups for op in group.ops if isinstance(op, TextLineOp)
        ]
        assert lines
        for op in lines:
            assert (op.ascent + op.descent) <= 1.45 * op.size, (language, op.text, op.ascent + op.descent, op.size)
