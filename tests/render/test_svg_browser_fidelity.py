"""A real browser shows our SVG as our PNG: Debian's headless Chromium, with none of our fonts
installed, draws the exported SVG (as an ``<img>`` and inline in the page) within 1 % of the PNG's
pixels (the measure of test_render_fidelity), for the example in en, de, ja and ar (the committed
human translations, as the README's images), in both themes.

One Chromium start per language: the page holds both themes, each as ``<img>`` and inline,
side by side; each picture is cut out of the screenshot and compared with the PNG on its own.
"""

from __future__ import annotations

import html
import subprocess
from pathlib import Path

import pytest

from editor.render.display_list import DisplayList
from editor.render.layout import layout_document
from editor.render.png import to_png
from editor.render.svg import export_area, to_svg
from tests.render.helpers import chromium_page_screenshot, differing_pixels, write_fontconfig

LIMIT = 0.01
LANGUAGES = ("en", "de", "ja", "ar")
THEMES = ("whiteboard", "clean")
PADDING = 24.0


@pytest.fixture(scope="module")
def browser_fontconfig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = write_fontconfig(tmp_path_factory.mktemp("browser-fonts"), system_fonts=True)
    found = subprocess.run(
        ["fc-list", "Caveat"], capture_output=True, text=True, check=False, env={"FONTCONFIG_FILE": str(config)}
    )
    assert not found.stdout.strip(), f"the bundled handwriting font is installed on this system: {found.stdout}"
    return config


def _page(cells: list[tuple[str, int, int, int, int, str]]) -> str:
    """An HTML page placing each picture at (left, top): ``<img>`` of a file or inline SVG markup."""
    blocks = []
    for kind, left, top, width, height, content in cells:
        inner = (
            f'<img src="{html.escape(content)}" width="{width}" height="{height}">'
            if kind == "img"
            else content.split("?>", 1)[1]  # inline: the markup without its XML declaration
        )
        blocks.append(f'<div style="position:absolute;left:{left}px;top:{top}px">{inner}</div>')
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}'
        "img,svg{display:block}</style></head><body>" + "".join(blocks) + "</body></html>"
    )


def _size(display_list: DisplayList) -> tuple[int, int]:
    area = export_area(display_list, PADDING)
    return int(area.width()), int(area.height())


@pytest.mark.parametrize("language", LANGUAGES)
def test_chromium_shows_the_default_svg_as_our_png(language, translated_example, browser_fontconfig, tmp_path):
    from PySide6.QtGui import QImage

    cells: list[tuple[str, int, int, int, int, str]] = []
    pictures: list[tuple[str, Path, tuple[int, int, int, int]]] = []
    top = 0
    page_width = 0
    for theme in THEMES:
        display_list = layout_document(translated_example, language, theme=theme)
        width, height = _size(display_list)
        ours = tmp_path / f"{theme}.png"
        ours.write_bytes(to_png(display_list, None, scale=1, padding=PADDING))
        svg = to_svg(display_list, embed_fonts=True, padding=PADDING)  # what export writes by default
        (tmp_path / f"{theme}.svg").write_text(svg, encoding="utf-8")
        cells.append(("img", 0, top, width, height, f"{theme}.svg"))
        cells.append(("inline", width, top, width, height, svg))
        pictures.append((f"{theme} <img>", ours, (0, top, width, height)))
        pictures.append((f"{theme} inline", ours, (width, top, width, height)))
        top += height
        page_width = max(page_width, 2 * width)
    page = tmp_path / "page.html"
    page.write_text(_page(cells), encoding="utf-8")
    shot = QImage(
        str(
            chromium_page_screenshot(
                page, (page_width, top), tmp_path / "chromium.png", fontconfig_file=browser_fontconfig
            )
        )
    )
    shares = {}
    for name, ours, (left, cell_top, width, height) in pictures:
        cut = tmp_path / f"{name.replace(' ', '-').strip('<>')}-chromium.png"
        shot.copy(left, cell_top, width, height).save(str(cut))
        bad, total = differing_pixels(ours, cut)
        shares[name] = bad / total
    report = ", ".join(f"{name}: {share:.2%}" for name, share in shares.items())
    print(f"{language}: {report}")
    assert all(share <= LIMIT for share in shares.values()), f"{language}: {report}"
