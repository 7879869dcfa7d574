"""Must-show: the bundled example translated to de, ja and ar (fake LibreTranslate over HTTP, and the
pseudo-locale), exported to PNG and SVG in every language with the real CLI; every protected token of
the reference sheet is in every language's SVG text unchanged (the pseudo-locale is refused for these real
tags: see test_translate_cli), the right-to-left SVG says so, the CJK
text names a CJK font, and an independent renderer (rsvg-convert) draws every SVG at the PNG's size."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.cli import main
from editor.i18n.memory import DATA_DIR_VARIABLE
from editor.model import VariantStatus, iter_texts, load
from editor.render.bidi import first_strong_is_rtl, without_controls
from tests.i18n.fake_libretranslate import FakeLibreTranslate
from tests.render.helpers import inherited_attribute

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
SVG = "{http://www.w3.org/2000/svg}"
TARGETS = ("de", "ja", "ar")
#: The reference sheet's protected tokens (see /work/shared/reference-infographic.md, translation rules).
REFERENCE_TOKENS = ("HTTPS", "JSON", "TTL", "GET", "PUT", "SET", "SETEX", "DEL", "SELECT", "UPDATE", "200 OK",
                    "/item/42", "cache:key:42", "300s", "REST", "Redis")  # fmt: skip
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def server() -> Iterator[FakeLibreTranslate]:
    started = FakeLibreTranslate("good").start()
    yield started
    started.stop()


def texts_per_element(svg_path: Path, *, bidi_controls: bool = False) -> dict[str, str]:
    """Element id -> every line of text it draws, joined by spaces (a token may sit at a line break).

    Bidi control characters (the right-to-left pseudo-locale wraps words in them) are left out
    unless asked for, so a token reads the same whatever direction marks surround it.
    """
    root = ET.parse(svg_path).getroot()
    found: dict[str, str] = {}
    for group in root.iter(f"{SVG}g"):
        element_id = group.get("id")
        lines = ["".join(text.itertext()) for text in group.iter(f"{SVG}text")]
        if element_id and lines:
            joined = " ".join(lines)
            found[element_id] = joined if bidi_controls else _BIDI_CONTROLS.sub("", joined)
    return found


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("provider", ["libre"])  # the pseudo-locale fills pseudo tags only (test_pseudo_refused...)
def test_example_in_de_ja_ar_keeps_every_protected_token_in_png_and_svg(
    provider: str,
    server: FakeLibreTranslate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))  # a private translation memory
    translated = tmp_path / "example.diagram.json"
    endpoint = ["--endpoint", server.url] if provider == "libre" else []
    code = main(["translate", str(EXAMPLE), "--to", ",".join(TARGETS), "--provider", provider, *endpoint,
                 "-o", str(translated)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    document = load(translated)
    for language in TARGETS:
        pending = [
            t
            for _, _, t in iter_texts(document)
            if t.text.strip() and t.status(language, "en") is not VariantStatus.CURRENT
        ]
        assert not pending, f"{language}: {len(pending)} strings not translated"

    for kind in ("svg", "png"):
        pattern = str(tmp_path / f"example-{{lang}}.{kind}")
        assert main(["export", str(translated), "--lang", "en," + ",".join(TARGETS), "-o", pattern]) == 0

    source = texts_per_element(tmp_path / "example-en.svg")
    wanted = {(element_id, token) for element_id, text in source.items() for token in REFERENCE_TOKENS if token in text}
    assert {token for _, token in wanted} == set(REFERENCE_TOKENS)  # the example really carries all of them
    for language in TARGETS:
        shown = texts_per_element(tmp_path / f"example-{language}.svg")
        assert set(shown) == set(source)  # the same elements draw text: layout, icons and styles unchanged
        lost = sorted((element_id, token) for element_id, token in wanted if token not in shown[element_id])
        assert not lost, f"{provider} {language}: protected tokens changed or lost: {lost}"
        for element_id, token in wanted:  # and as many times as the source has them
            assert shown[element_id].count(token) >= source[element_id].count(token), (language, element_id, token)
        raw = texts_per_element(tmp_path / f"example-{language}.svg", bidi_controls=True)
        changed = [element_id for element_id in source if raw[element_id] != source[element_id]]
        assert len(changed) > len(source) * 0.8, f"{language}: most labels should be translated"

    root = {language: ET.parse(tmp_path / f"example-{language}.svg").getroot() for language in TARGETS}
    assert root["ar"].get("direction") == "rtl" and root["de"].get("direction") is None
    assert root["ja"].get("{http://www.w3.org/XML/1998/namespace}lang") == "ja"
    ja_value = inherited_attribute(root["ja"])  # the writer states shared attributes once, on an ancestor
    ja_fonts = {ja_value(text, "font-family") or "" for text in root["ja"].iter(f"{SVG}text")}
    assert all("Noto Sans CJK" in family for family in ja_fonts)
    if provider == "libre":
        # each line has its paragraph's direction (first strong letter): "GET /item/42 قراءة", and a
        # wrapped line of a paragraph that starts with "Redis", are left to right
        paragraphs = [p for _, _, t in iter_texts(document) for p in t.in_language("ar", "en").split("\n")]
        ar_value = inherited_attribute(root["ar"])
        lines = [(text, without_controls("".join(text.itertext()))) for text in root["ar"].iter(f"{SVG}text")]
        checked = 0
        for text, shown in lines:
            owners = {first_strong_is_rtl(p) for p in paragraphs if shown.strip() and shown in p}
            if len(owners) == 1 and None not in owners:
                checked += 1
                assert (ar_value(text, "direction") == "rtl") == owners.pop(), shown
        assert checked > 20

    rsvg = shutil.which("rsvg-convert")
    assert rsvg is not None, "rsvg-convert (librsvg2-bin) is needed for this test"
    for language in ("en", *TARGETS):
        png = tmp_path / f"example-{language}.png"
        redrawn = tmp_path / f"rsvg-{language}.png"
        subprocess.run([rsvg, "-o", str(redrawn), str(tmp_path / f"example-{language}.svg")], check=True, timeout=60)
        width, height = png_size(png)
        rsvg_width, rsvg_height = png_size(redrawn)
        assert abs(width / rsvg_width - height / rsvg_height) < 0.01  # the same picture, at the PNG's scale
