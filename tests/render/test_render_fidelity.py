"""An independent SVG renderer (rsvg-convert) agrees with our PNG: at most 1% of pixels differ by > 64/255."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model import load
from editor.render.layout import layout_document
from editor.render.png import to_png
from editor.render.svg import to_svg
from tests.render.helpers import differing_pixels, multilingual_document, rsvg_png

LIMIT = 0.01


def _compare(display_list, tmp_path: Path, fontconfig_file: Path, name: str) -> float:
    ours = tmp_path / f"{name}.png"
    ours.write_bytes(to_png(display_list, None, scale=1))
    svg = tmp_path / f"{name}.svg"
    svg.write_text(to_svg(display_list), encoding="utf-8")
    theirs = rsvg_png(svg, tmp_path / f"{name}-rsvg.png", fontconfig_file)
    bad, total = differing_pixels(ours, theirs)
    return bad / total


def test_example_png_and_svg_agree(example_path, tmp_path, fontconfig_file) -> None:
    share = _compare(layout_document(load(example_path), "en"), tmp_path, fontconfig_file, "example")
    assert share <= LIMIT, f"{share:.2%} of pixels differ"


@pytest.mark.parametrize("language", ["de", "ja", "ar"])
def test_german_japanese_arabic_png_and_svg_agree(language, tmp_path, fontconfig_file) -> None:
    share = _compare(layout_document(multilingual_document(), language), tmp_path, fontconfig_file, language)
    assert share <= LIMIT, f"{language}: {share:.2%} of pixels differ"
