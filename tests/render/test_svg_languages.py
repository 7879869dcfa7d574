"""One SVG holding every language: ``<switch>``es on ``systemLanguage`` with the source last, valid XML,
per-language direction and fonts, a geometry every language fits, and Chromium drawing the reader's
language (told apart by pixels: each screenshot is closest to our own PNG of the language it should show)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Box, Document, TextFit, load, save
from editor.model.io import from_data
from editor.render.layout import layout_document
from editor.render.png import to_image
from editor.render.svg_languages import fallback_order, to_multilingual_svg
from tests.render.helpers import (
    chromium_screenshot,
    differing_pixels,
    inherited_attribute,
    multilingual_document,
    rsvg_png,
)

SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = ["en", "de", "ja", "ar"]


def _xmllint_errors(path: Path) -> str:
    xmllint = shutil.which("xmllint")
    assert xmllint is not None, "xmllint (libxml2-utils) is needed for this test"
    result = subprocess.run([xmllint, "--noout", str(path)], capture_output=True, text=True, timeout=60, check=False)
    return result.stderr if result.returncode else ""


def test_every_translated_text_sits_in_a_switch_with_the_source_language_last(tmp_path: Path) -> None:
    document = multilingual_document()
    result = to_multilingual_svg(document, LANGUAGES)
    assert result.languages == ["de", "ja", "ar", "en"]
    path = tmp_path / "every.svg"
    path.write_text(result.svg, encoding="utf-8")
    assert _xmllint_errors(path) == ""
    root = ET.parse(path).getroot()
    assert root.get(XML_LANG) == "en"
    switches = list(root.iter(f"{SVG}switch"))
    assert switches
    for switch in switches:
        children = list(switch)
        assert children[-1].get("systemLanguage") is None  # the fallback: drawn when nothing else matches
        assert all(child.get("systemLanguage") in ("de", "ja", "ar") for child in children[:-1])
    ids = [group.get("id") for group in root.iter(f"{SVG}g") if group.get("id")]
    assert len(ids) == len(set(ids)) == len(document.elements)
    value = inherited_attribute(root)
    drawn = {
        code: [text for child in root.iter(f"{SVG}g") if child.get("systemLanguage") == code for text in child.iter()]
        for code in ("de", "ja", "ar")
    }
    every_text = " ".join("".join(text.itertext()) for text in root.iter(f"{SVG}text"))
    for words in ("Datenbank", "データベース", "قاعدة البيانات", "Database"):
        assert words in every_text
    # a paragraph takes its direction from its first strong letter: Arabic ones are right to left
    arabic = [
        text
        for text in drawn["ar"]
        if text.tag == f"{SVG}text" and re.match("[^A-Za-z\u0600-\u06ff]*[\u0600-\u06ff]", text.text or "")
    ]
    assert arabic and all(value(text, "direction") == "rtl" for text in arabic)
    assert all(value(text, XML_LANG) == "ar" for text in arabic)
    japanese = [text for text in drawn["ja"] if text.tag == f"{SVG}text"]
    assert japanese and all("Noto Sans CJK JP" in (value(text, "font-family") or "") for text in japanese)
    english = [text for switch in switches for text in switch[-1].iter(f"{SVG}text")]
    assert english and all(value(text, "direction") in (None, "ltr") for text in english)


def test_the_fallback_is_the_first_language_when_the_source_is_not_exported() -> None:
    document = multilingual_document()
    assert fallback_order(document, ["ja", "de", "ja"]) == ["de", "ja"]
    root = ET.fromstring(to_multilingual_svg(document, ["ja", "de"]).svg)
    assert root.get(XML_LANG) == "ja"
    assert {child.get("systemLanguage") for switch in root.iter(f"{SVG}switch") for child in switch} == {"de", None}


def _cramped() -> Document:
    """The multilingual document with boxes too low for their German and Japanese texts (120 px
    instead of 150: they overflow by 12-25 px; the English and the Arabic, in the whiteboard
    theme's compact Aref Ruqaa, fit)."""
    document = multilingual_document()
    for element in document.elements:
        if isinstance(element, Box):
            element.rect = element.rect.model_copy(update={"height": 120})
    return document


def test_the_shared_geometry_fits_every_language_and_the_document_is_untouched() -> None:
    document = _cramped()
    before = document.model_dump()
    for language in ("de", "ja"):  # their texts need more room than the boxes have
        assert layout_document(document, language).overflows, language
    result = to_multilingual_svg(document, LANGUAGES)
    assert document.model_dump() == before
    assert set(result.grown) >= {"client", "store"} and result.shrunk == []
    for code, display_list in result.display_lists.items():
        assert display_list.overflows == [], code
    client = {
        code: next(g for g in lists.groups if g.element_id == "client") for code, lists in result.display_lists.items()
    }
    assert len({(group.bounds.width(), group.bounds.height()) for group in client.values()}) == 1  # one box for all


def test_an_element_hemmed_in_by_neighbours_shrinks_its_text_instead_of_covering_them() -> None:
    def box(element_id: str, x: float, y: float, name: dict[str, object]) -> dict[str, object]:
        return {"id": element_id, "type": "box", "rect": {"x": x, "y": y, "width": 200, "height": 80}, "name": name}

    long_german = {"text": "Cache", "variants": {"de": {"text": "Zwischenspeicher für Lese- und Schreibzugriffe",
                                                         "source": "Cache"}}}  # fmt: skip
    document = from_data(
        {
            "format": "diagram-editor",
            "schema_version": 2,
            "settings": {"languages": ["en", "de"]},
            "elements": [
                box("middle", 210, 90, long_german),
                box("left", 0, 90, {"text": "L"}),
                box("right", 420, 90, {"text": "R"}),
                box("above", 210, 0, {"text": "A"}),
                box("below", 210, 180, {"text": "B"}),
            ],
        }
    )
    assert layout_document(document, "de").overflows
    result = to_multilingual_svg(document, ["en", "de"])
    assert result.grown == [] and result.shrunk == ["middle"]
    assert all(display_list.overflows == [] for display_list in result.display_lists.values())
    middle = result.fitted.element("middle")
    assert isinstance(middle, Box) and middle.rect == document.element("middle").rect  # the box kept its size
    assert middle.style.fit is TextFit.SHRINK and document.element("middle").style.fit is None


@pytest.fixture(scope="module")
def svg_and_ours(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path], tuple[int, int]]:
    """The multi-language SVG (fonts embedded) and our PNG of each language over the SVG's area."""
    folder = tmp_path_factory.mktemp("multilang")
    result = to_multilingual_svg(multilingual_document(), LANGUAGES, embed_fonts=True)
    svg = folder / "every.svg"
    svg.write_text(result.svg, encoding="utf-8")
    bounds = result.display_lists["en"].bounds
    for display_list in result.display_lists.values():
        bounds = bounds.united(display_list.bounds)
    ours = {}
    for code in ("en", "de", "ja"):
        image = to_image(dataclasses.replace(result.display_lists[code], bounds=bounds))
        ours[code] = folder / f"ours-{code}.png"
        image.save(str(ours[code]))
    return svg, ours, (image.width(), image.height())


@pytest.mark.parametrize(("reader", "drawn"), [("de", "de"), ("ja", "ja"), ("fr", "en")])
def test_chromium_draws_the_readers_language_and_the_source_for_any_other(
    reader: str, drawn: str, tmp_path: Path, svg_and_ours: tuple[Path, dict[str, Path], tuple[int, int]]
) -> None:
    svg, ours, size = svg_and_ours
    shot = chromium_screenshot(svg, tmp_path / f"chromium-{reader}.png", reader, size)
    differences = {code: differing_pixels(shot, png)[0] / (size[0] * size[1]) for code, png in ours.items()}
    assert min(differences, key=differences.__getitem__) == drawn, differences
    assert differences[drawn] < 0.05, differences
    assert all(differences[code] > 1.5 * differences[drawn] for code in differences if code != drawn), differences


def test_the_cli_writes_one_svg_for_all_languages_and_says_what_it_grew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "doc.diagram.json"
    save(_cramped(), source)
    out = tmp_path / "every.svg"
    assert main(["export", str(source), "--lang", "all", "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.out.split() == [str(out)]
    assert "grew" in printed.err and "'client'" in printed.err and "overflows" not in printed.err
    assert _xmllint_errors(out) == ""
    root = ET.parse(out).getroot()
    assert {child.get("systemLanguage") for switch in root.iter(f"{SVG}switch") for child in switch} >= {
        "de",
        "ja",
        "ar",
        None,
    }


def test_the_one_svg_names_itself_and_each_element_in_every_language_and_carries_the_document(tmp_path: Path) -> None:
    """A <title> and <desc> per language (the fallback's first), each switched child led by the
    element's <title> in its language, and the document in <metadata>: it opens again."""
    source = tmp_path / "doc.diagram.json"
    save(multilingual_document(), source)
    out = tmp_path / "every.svg"
    assert main(["export", str(source), "--lang", "all", "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    titles = [(node.get("lang"), node.text) for node in root.findall(f"{SVG}title")]
    descs = [node.get("lang") for node in root.findall(f"{SVG}desc")]
    assert [code for code, _ in titles] == descs and descs[0] == "en" and set(descs) == {"en", "de", "ja", "ar"}
    assert len({text for _, text in titles}) == len(titles)  # translated, not the English four times
    switched = [child for switch in root.iter(f"{SVG}switch") for child in switch]
    assert switched and all(child[0].tag == f"{SVG}title" and child[0].text for child in switched)
    assert {child.get("systemLanguage") for child in switched} >= {"de", "ja", "ar", None}
    assert load(out).model_dump() == load(source).model_dump()
    for element in root.findall(f"{SVG}g"):  # each element's own <g>: its titles first, the fallback's leading
        leading = [child for child in element if child.tag == f"{SVG}title"]
        assert leading and list(element)[: len(leading)] == leading and leading[0].get("lang") == "en", element.get(
            "id"
        )
    database = {title.get("lang"): title.text for title in root.findall(f"{SVG}g[@id='store']/{SVG}title")}
    assert database == {"en": "Database. Source of truth", "ja": "データベース. 永続的なレコードの信頼できる情報源",
                        "de": "Datenbank. Maßgebliche Datenquelle für Größenänderungen",
                        "ar": "قاعدة البيانات. مصدر الحقيقة للسجلات الدائمة"}  # fmt: skip


def test_one_svg_of_every_language_as_outlines_is_drawn_by_rsvg_in_the_readers_language_with_no_font(
    tmp_path: Path, no_fonts_at_all: Path
) -> None:
    """``--lang all --text-as-paths``: every language's glyphs as outlines in the ``<switch>``es (it
    used to write ``<text>`` silently), valid, carrying its document, and rsvg-convert, with no font
    at all, draws each reader's language within 1 % of our PNG of that language (the shared geometry)."""
    document = multilingual_document()
    source = tmp_path / "doc.diagram.json"
    save(document, source)
    out = tmp_path / "every-outlines.svg"
    assert main(["export", str(source), "--lang", "all", "--text-as-paths", "-o", str(out)]) == 0
    assert _xmllint_errors(out) == ""
    root = ET.parse(out).getroot()
    assert root.find(f".//{SVG}text") is None and "@font-face" not in out.read_text(encoding="utf-8")
    switched = [child for switch in root.iter(f"{SVG}switch") for child in switch]
    assert {child.get("systemLanguage") for child in switched} >= {"de", "ja", "ar", None}
    named = [group.get("aria-label") for child in switched for group in child.iter(f"{SVG}g")]
    assert "Datenbank" in named and "データベース" in named and "قاعدة البيانات" in named
    assert load(out).model_dump() == document.model_dump()
    result = to_multilingual_svg(document, LANGUAGES)
    bounds = result.display_lists["en"].bounds
    for display_list in result.display_lists.values():
        bounds = bounds.united(display_list.bounds)
    shares = {}
    for code in LANGUAGES:
        ours = tmp_path / f"ours-{code}.png"
        to_image(dataclasses.replace(result.display_lists[code], bounds=bounds)).save(str(ours))
        theirs = rsvg_png(out, tmp_path / f"rsvg-{code}.png", no_fonts_at_all, language=code)
        bad, total = differing_pixels(ours, theirs)
        shares[code] = bad / total
    report = ", ".join(f"{code}: {share:.2%}" for code, share in shares.items())
    print(f"rsvg-convert, every language as outlines, no font: {report}")
    assert all(share <= 0.01 for share in shares.values()), report
