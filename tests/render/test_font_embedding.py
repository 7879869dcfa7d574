"""Embedded font subsets: bold asked of a family without a real bold is emboldened by the browser,
as Qt emboldens it in the PNG."""

from __future__ import annotations

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtCore import QRectF

from editor.render.display_list import DisplayList, ElementGroup, GridSpec, TextLineOp
from editor.render.font_embedding import font_face_css, font_file


def _faces(family: str) -> dict[int, TTFont]:
    line = TextLineOp("Redis キャッシュ", (family,), 44, 700, "#000000", 0, 50, 300, 40, 10, language="ja")
    regular = TextLineOp("Redis キャッシュ", (family,), 20, 400, "#000000", 0, 90, 200, 20, 5, language="ja")
    group = ElementGroup("title", 0, QRectF(0, 0, 300, 100), [line, regular])
    display_list = DisplayList(QRectF(0, 0, 300, 100), "#ffffff", GridSpec(20, "#eeeeee"), [group], [], "ja", "t")
    css = font_face_css(display_list)
    faces = {}
    for weight, data in re.findall(
        r"font-weight:(\d+);unicode-range:[^;]*;src:url\(data:font/woff2;base64,([^)]*)\)", css
    ):
        faces[int(weight)] = TTFont(io.BytesIO(base64.b64decode(data)))
    return faces


def test_semibold_standing_in_for_bold_is_declared_light_enough_to_be_emboldened() -> None:
    face = font_file("Klee One", 700)
    if face is None:
        pytest.skip("Klee One is not installed (Debian fonts-klee)")
    faces = _faces("Klee One")
    assert set(faces) == {400, 500}  # 700 asked; SemiBold (600) declared 500, below the bold threshold
    assert faces[500]["OS/2"].usWeightClass == 500  # Chromium reads the file's own weight class
    assert "SemiBold" in faces[500]["name"].getDebugName(4)


def test_a_real_bold_is_declared_bold() -> None:
    faces = _faces("Caveat")  # bundled, with a real Bold
    assert set(faces) == {400, 700}
    assert faces[700]["OS/2"].usWeightClass == 700
