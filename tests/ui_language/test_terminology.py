"""One word per concept in each language: every string that speaks of a box, an arrow, an export...
uses the term chosen for it, so the interface never calls the same thing by two names."""

from __future__ import annotations

import re

import pytest

from editor.i18n.ui_locale import UI_LANGUAGES
from tests.ui_language.ts_files import read_ts
from translations import catalog

#: English term (a regular expression over the source) -> the term's stem in each language.
GLOSSARY: dict[str, dict[str, str]] = {
    r"\bbox(es)?\b": {
        "de": "k[aä]sten",
        "fr": "boîte",
        "es": "caja",
        "pt_BR": "caixa",
        "ja": "ボックス",
        "zh_CN": "方框",
        "ar": "مربع",
    },
    r"\barrows?\b": {
        "de": "pfeil",
        "fr": "flèche",
        "es": "flecha",
        "pt_BR": "seta",
        "ja": "矢印",
        "zh_CN": "箭头",
        "ar": "سهم",
    },
    r"\bexport": {
        "de": "export",
        "fr": "export",
        "es": "export",
        "pt_BR": "export",
        "ja": "エクスポート",
        "zh_CN": "导出",
        "ar": "تصدير",
    },
    r"\bicons?\b": {
        "de": "symbol",
        "fr": "icône",
        "es": "icono",
        "pt_BR": "ícone",
        "ja": "アイコン",
        "zh_CN": "图标",
        "ar": "أيقون",
    },
    r"\bcanvas\b": {
        "de": "zeichenfläche",
        "fr": "canevas",
        "es": "lienzo",
        "pt_BR": "tela",
        "ja": "キャンバス",
        "zh_CN": "画布",
        "ar": "لوحة (ال)?رسم",
    },
    r"\bdiagrams?\b": {
        "de": "diagramm",
        "fr": "diagramme",
        "es": "diagrama",
        "pt_BR": "diagrama",
        "ja": "ダイアグラム",
        "zh_CN": "图表",
        "ar": "مخطط",
    },
    r"\bthemes?\b": {
        "de": "design",
        "fr": "thème",
        "es": "tema",
        "pt_BR": "tema",
        "ja": "テーマ",
        "zh_CN": "主题",
        "ar": "سمة",
    },
    r"\bgrid\b": {
        "de": "raster",
        "fr": "grille",
        "es": "cuadrícula",
        "pt_BR": "grade",
        "ja": "グリッド",
        "zh_CN": "网格",
        "ar": "شبكة",
    },
}
PRODUCT_NAME = "Diagram Editor"  # a name, never translated


def plain(text: str) -> str:
    return text.replace("&&", "&").replace("&", "").replace(PRODUCT_NAME, "").lower()


@pytest.mark.parametrize("code", [language.code for language in UI_LANGUAGES if not language.is_source])
def test_each_concept_keeps_its_one_term(code: str) -> None:
    _language, messages = read_ts(catalog.ts_path(code))
    uses = 0
    for message in messages:
        for english, terms in GLOSSARY.items():
            if not re.search(english, plain(message.source)):
                continue
            uses += 1
            for text in message.translations:
                assert re.search(terms[code], plain(text)), (
                    f"{code}: {message.source!r} -> {text!r} lacks {terms[code]!r}"
                )
    assert uses >= 30, "the glossary no longer matches the interface's strings"
