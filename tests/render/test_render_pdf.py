"""PDF export: the README's example in English, German, Japanese and Arabic (the committed human
translations) as one PDF through the real CLI: a page per language (pdfinfo), embedded fonts
(pdffonts), real text that poppler's pdftotext gets back, and pages that poppler draws like our PNG."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from editor.cli import main
from editor.model import Document, Rect, TextElement, TextRole, plain, save
from editor.model.text import is_right_to_left
from editor.render.display_list import TextLineOp
from editor.render.layout import layout_document
from editor.render.pdf import POINTS_PER_PIXEL, to_pdf
from editor.render.png import to_image
from editor.render.svg import export_area
from tests.test_docs_translations import make_images

LANGUAGES = ("en", *make_images.LANGUAGES)  # the source and every committed translation (de, ja, ar, ...)
#: bidi embedding controls pdftotext wraps right-to-left runs in, and Arabic and Hebrew vowel marks
#: (it splits a word at a mark): neither changes which words are there
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670\u0591-\u05c7]")
_PUNCTUATION = "،:,.;()!?\u061f"


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    assert found is not None, f"{tool} (poppler-utils) is needed for this test"
    return found


def _plain(text: str) -> str:
    """Text as compared: compatibility forms folded (Arabic presentation forms), controls and marks out."""
    return _CONTROLS.sub("", unicodedata.normalize("NFKC", text))


def _joined(text: str) -> str:
    """No white space at all: pdftotext splits a word at an Arabic mark, and hyphenated words run on
    over line ends; a word is then looked for as a run of letters."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    """The translated, fitted example and its PDF, written by ``diagram-editor export --lang all``."""
    document = make_images.translated_example()
    folder = tmp_path_factory.mktemp("pdf")
    source = folder / "example.diagram.json"
    save(document, source)
    pdf = folder / "example.pdf"
    assert main(["export", str(source), "--lang", "all", "-o", str(pdf)]) == 0
    assert tuple(document.settings.languages) == LANGUAGES
    return document, pdf


def test_one_page_per_language_at_the_export_size_with_embedded_fonts(example: tuple[Document, Path]) -> None:
    document, pdf = example
    command = [_poppler("pdfinfo"), "-f", "1", "-l", str(len(LANGUAGES)), str(pdf)]
    info = subprocess.run(command, capture_output=True, text=True, check=True)
    assert re.search(rf"^Pages:\s+{len(LANGUAGES)}$", info.stdout, re.MULTILINE), info.stdout
    sizes = [tuple(map(float, size)) for size in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)]
    for language, (width, height) in zip(LANGUAGES, sizes, strict=True):
        area = export_area(layout_document(document, language), 24.0)
        assert abs(width - area.width() * POINTS_PER_PIXEL) < 1 and abs(height - area.height() * POINTS_PER_PIXEL) < 1
    fonts = subprocess.run([_poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    # the whiteboard hands of each script: Caveat, Klee One for Japanese, LXGW WenKai for Chinese; Aref
    # Ruqaa's Arabic is drawn as outlines under invisible text in Noto Sans Arabic UI (editor.render.pdf_text)
    names = {row[0].split("+")[-1] for row in rows}
    assert names >= {"Caveat-Regular", "Caveat-Bold", "KleeOne-Regular", "LXGWWenKai-Regular", "NotoSansArabicUI-Bold"}
    assert not any(name.startswith("ArefRuqaa") for name in names), fonts
    assert all(row[-5] == "yes" for row in rows), fonts  # every font embedded (emb column)
    assert pdf.stat().st_size < 1_000_000  # subsets: the CJK font alone is over 16 MB


@pytest.mark.parametrize(("page", "language"), list(enumerate(LANGUAGES, start=1)))
def test_every_word_of_the_page_language_comes_back_from_pdftotext(
    example: tuple[Document, Path], page: int, language: str
) -> None:
    document, pdf = example
    command = [_poppler("pdftotext"), "-f", str(page), "-l", str(page), str(pdf), "-"]
    extracted = _joined(_plain(subprocess.run(command, capture_output=True, text=True, check=True).stdout))
    lines = [
        op.text for group in layout_document(document, language).groups for op in group.ops if type(op) is TextLineOp
    ]
    # a hyphen at a line end is dropped by pdftotext when it joins the broken word
    words = {word.strip(_PUNCTUATION).rstrip("-") for line in lines for word in _plain(line).split()} - {""}
    if is_right_to_left(language):  # a Hebrew prefix and the Latin term it joins (ב-HTTPS) come back apart
        words = {piece for word in words for piece in word.split("-")} - {""}
    assert len(words) > 50
    missing = sorted(word for word in words if word not in extracted)
    if language == "ja":  # pdftotext gives U+30FB (katakana middle dot) back as U+2027, the same glyph
        missing = sorted(word for word in missing if word.replace("\u30fb", "\u2027") not in extracted)
    # Arabic: pdftotext gives the words back in logical order, each run in bidi embedding controls;
    # every one from the hidden text under Aref Ruqaa's outlines. In Hebrew a word whose vowel mark
    # sits high can come out in two pieces on two lines (seen in Arabic before: لا تُبطل)
    allowed = len(words) // 50 if is_right_to_left(language) and language != "ar" else 0
    assert len(missing) <= allowed, f"{language}: {len(missing)} of {len(words)} words not extractable: {missing[:10]}"


@pytest.mark.parametrize("page", [1, LANGUAGES.index("ar") + 1])
def test_poppler_draws_a_page_like_our_png(example: tuple[Document, Path], tmp_path: Path, page: int) -> None:
    document, pdf = example
    language = LANGUAGES[page - 1]
    prefix = tmp_path / "page"
    subprocess.run(
        [
            _poppler("pdftoppm"),
            "-r",
            "96",
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        timeout=120,
    )
    ours = to_image(layout_document(document, language))
    drawn = QImage(str(prefix.with_suffix(".png")))
    assert abs(drawn.width() - ours.width()) <= 1 and abs(drawn.height() - ours.height()) <= 1
    drawn.copy(0, 0, ours.width(), ours.height()).save(str(tmp_path / "poppler.png"))
    ours.save(str(tmp_path / "ours.png"))
    compare = shutil.which("compare")
    assert compare is not None, "compare (imagemagick) is needed for this test"
    # pixels where a channel differs by more than a quarter (64 of 255), counted by ImageMagick
    result = subprocess.run(
        [compare, "-metric", "AE", "-fuzz", "25%", str(tmp_path / "poppler.png"), str(tmp_path / "ours.png"), "null:"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    differing = float(result.stderr.split()[0])
    total = ours.width() * ours.height()
    assert differing / total < 0.03, f"{language}: {differing / total:.2%} of pixels differ"


def test_no_display_list_is_an_error_not_an_empty_file() -> None:
    from editor.render.errors import RenderError

    with pytest.raises(RenderError, match="nothing to write"):
        to_pdf([])


#: one Persian and one Arabic line of the whiteboard theme, each with a Latin term inside
HAND_LINES = {
    "fa": "مرورگر درخواست خواندن را از طریق HTTPS به API می\u200cفرستد",
    "ar": "يحذف العامل مفتاح Redis أو يحدّثه، فلا تُعيد القراءات اللاحقة بيانات قديمة",
}


@pytest.mark.parametrize("language", sorted(HAND_LINES))
def test_the_arabic_hand_comes_back_as_its_words_under_the_drawn_line(language: str, tmp_path: Path) -> None:
    """Aref Ruqaa's letters (dotless skeletons plus dots) cannot name their characters: the line is
    drawn as outlines with the same text invisible on top, stretched to the drawn line, so
    pdftotext gets every word back and a selection covers the words a reader sees."""
    text = HAND_LINES[language]
    document = Document.model_validate(
        {
            "settings": {"source_language": language, "languages": [language], "theme": "whiteboard"},
            "elements": [
                TextElement(
                    id="line", rect=Rect(x=20, y=20, width=900, height=60), role=TextRole.CAPTION, text=plain(text)
                ).model_dump(mode="json")
            ],
        }
    )
    display_list = layout_document(document, language)
    [op] = [op for group in display_list.groups for op in group.ops if isinstance(op, TextLineOp)]
    assert op.families[0] == "Aref Ruqaa"
    pdf = tmp_path / "line.pdf"
    pdf.write_bytes(to_pdf([display_list]))
    extracted = subprocess.run([_poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True)
    # (the Persian zero-width non-joiner, an invisible format character, does not come back)
    assert _joined(_plain(extracted.stdout)) == _joined(_plain(text)).replace("\u200c", "")
    fonts = subprocess.run([_poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "ArefRuqaa" not in fonts and "NotoSansArabicUI" in fonts
    # the words' boxes, as pdftotext finds them, span the drawn line (PDF points, from the page's left)
    boxes = subprocess.run([_poppler("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    lefts = [float(x) for x in re.findall(r'<word xMin="([\d.]+)"', boxes.stdout)]
    rights = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes.stdout)]
    left = (op.x - export_area(display_list, 24.0).x()) * POINTS_PER_PIXEL
    assert abs(min(lefts) - left) < 3 and abs(max(rights) - (left + op.advance * POINTS_PER_PIXEL)) < 3
