"""An independent SVG renderer (rsvg-convert) agrees with our PNG: at most 1% of pixels differ by > 64/255
(with the fonts installed for <text>; with no font at all for text written as outlines)."""

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


@pytest.mark.parametrize("theme", ["whiteboard", "clean"])
def test_text_as_paths_needs_no_font(theme, translated_example, tmp_path, no_fonts_at_all) -> None:
    """rsvg-convert ignores embedded fonts; with every glyph an outline it needs none, in any language."""
    document = translated_example
    shares = {}
    for language in ("en", "de", "ja", "ar"):
        display_list = layout_document(document, language, theme=theme)
        ours = tmp_path / f"{language}.png"
        ours.write_bytes(to_png(display_list, None, scale=1))
        svg = tmp_path / f"{language}.svg"
        svg.write_text(to_svg(display_list, text_as_paths=True), encoding="utf-8")
        theirs = rsvg_png(svg, tmp_path / f"{language}-rsvg.png", no_fonts_at_all)
        bad, total = differing_pixels(ours, theirs)
        shares[language] = bad / total
    report = ", ".join(f"{language}: {share:.2%}" for language, share in shares.items())
    print(f"rsvg-convert, text as paths, {theme}: {report}")
    assert all(share <= LIMIT for share in shares.values()), report
