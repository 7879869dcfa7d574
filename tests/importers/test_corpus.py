"""Every draw.io and Excalidraw file of the shared corpus imports: no crash, a report for each, every
text string arrives, every edge bound at both ends in the source stays bound in ours, and edges
loose at an end arrive too, free there.

"Every text arrives" is checked word by word against the source read without the importer's label
code: each word of each label (markup stripped, entities decoded) must be in the document's texts."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor.i18n.reviewed_translations import with_reviewed_translations, xliff_file
from editor.importers import import_path
from editor.importers.drawio_cells import read_cells
from editor.importers.drawio_file import read_drawio_pages
from editor.importers.excalidraw_scene import read_scene
from editor.model import Arrow, Document, bound_ids, iter_texts
from tests.importers.corpus import ENVIRONMENT_VARIABLE, corpus_files, corpus_root

FILES = corpus_files()
ALL = [path for paths in FILES.values() for path in paths]
pytestmark = pytest.mark.skipif(
    not ALL,
    reason=f"no corpus at {corpus_root()} (set {ENVIRONMENT_VARIABLE} to the folder holding drawio/ and excalidraw/)",
)


_WORD = re.compile(r"[^\W_]+")
_BREAKING_TAG = re.compile(r"<(?:br|/?(?:div|p|li|tr|td|h[1-6]|ul|ol|table))\b[^>]*>", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"%[A-Za-z_][\w.-]*%")


def _document_words(document: Document) -> set[str]:
    """Every word of every text of ``document``, in every language."""
    texts = [text.text for _, _, text in iter_texts(document)]
    texts += [variant.text for _, _, text in iter_texts(document) for variant in text.variants.values()]
    return set(_WORD.findall("\n".join(texts)))


def _source_words(raw: str, markup: bool) -> set[str]:
    """The words a draw.io reader sees in a raw ``value``/``label`` attribute (placeholders left
    out: their values come from elsewhere and are checked by the importer's own tests)."""
    if markup:
        raw = re.sub(r"<[^>]*>", "", _BREAKING_TAG.sub(" ", raw))
        raw = html.unescape(raw)
    return set(_WORD.findall(_PLACEHOLDER.sub(" ", raw)))


def _drawio_words(model: ET.Element) -> set[str]:
    """Words of every shape's and edge's label (and per-language label) on one page; layers' names
    are not drawn."""
    words: set[str] = set()
    for node in model.iter():
        cell = node.find("mxCell") if node.tag in ("object", "UserObject") else node
        if cell is None or cell.tag != "mxCell" or ("vertex" not in cell.attrib and "edge" not in cell.attrib):
            continue
        markup = "html=1" in (cell.get("style") or "")
        texts = [node.get("label", "")] if node is not cell else [cell.get("value", "")]
        texts += [value for key, value in node.attrib.items() if key.startswith("label_")]
        for text in texts:
            words |= _source_words(text, markup)
    return words


def test_the_corpus_holds_both_formats() -> None:
    assert len(FILES["draw.io"]) >= 30 and len(FILES["Excalidraw"]) >= 15


@pytest.mark.parametrize("path", FILES["draw.io"], ids=lambda path: path.name)
def test_drawio_file_imports_with_every_text_and_binding(path: Path) -> None:
    results = import_path(path, all_pages=True)
    pages = read_drawio_pages(path.read_bytes(), path.name)
    assert len(results) == len(pages)
    for result, page in zip(results, pages, strict=True):
        report = result.report
        assert report.texts.found == report.texts.arrived, report.lines()
        cells = read_cells(page.model)
        missing = _drawio_words(page.model) - _document_words(result.document)
        assert not missing, f"{page.name}: words of the source that did not arrive: {sorted(missing)}"
        vertices = {cell.id for cell in cells if cell.vertex}
        bound = [cell for cell in cells if cell.edge and cell.source in vertices and cell.target in vertices]
        arrows = [element for element in result.document.elements if isinstance(element, Arrow)]
        assert len(arrows) == report.edges.arrived, report.lines()
        both = [arrow for arrow in arrows if len(bound_ids(arrow)) == 2]
        assert len(both) == len(bound), f"{page.name}: bound edges lost"
        loose = [cell for cell in cells if cell.edge and cell not in bound]
        pointed = [cell for cell in loose if all(cell.terminal_point(end) for end in ("source", "target"))]
        assert len(arrows) - len(both) >= len(pointed), f"{page.name}: loose edges with both points lost"


@pytest.mark.parametrize("path", FILES["Excalidraw"], ids=lambda path: path.name)
def test_excalidraw_file_imports_with_every_text_and_binding(path: Path) -> None:
    [result] = import_path(path)
    report = result.report
    assert report.texts.found == report.texts.arrived, report.lines()
    scene = read_scene(path.read_bytes(), path.name)  # the scene's JSON, also from .svg and .png
    live = [element for element in scene.get("elements", []) if not element.get("isDeleted")]
    shown = _document_words(result.document)
    for element in live:
        if element.get("type") in ("text", "frame", "magicframe"):
            words = set(_WORD.findall(element.get("originalText") or element.get("text") or element.get("name") or ""))
            assert words <= shown, f"text of {element['id']}: {sorted(words - shown)} did not arrive"
    if path.suffix == ".excalidraw":
        scene = json.loads(path.read_text(encoding="utf-8"))
        live = [element for element in scene.get("elements", []) if not element.get("isDeleted")]
        ids = {
            element["id"]
            for element in live
            if element.get("type") in ("rectangle", "diamond", "ellipse", "text", "image", "frame")
        }
        both_bound = [
            element
            for element in live
            if element.get("type") == "arrow"
            and (element.get("startBinding") or {}).get("elementId") in ids
            and (element.get("endBinding") or {}).get("elementId") in ids
        ]
        arrows = {element.id for element in result.document.elements if isinstance(element, Arrow)}
        assert len(arrows) == report.edges.arrived == report.edges.found  # loose arrows arrive free
        loops = [
            e
            for e in result.document.elements
            if isinstance(e, Arrow) and e.source.element is not None and e.source.element == e.target.element
        ]
        source_loops = [e for e in both_bound if e["startBinding"]["elementId"] == e["endBinding"]["elementId"]]
        assert len(loops) == len(source_loops), "an arrow loose at one end was bound back to its other end"
        for element in both_bound:  # ids that are not ours to use arrive as i_<id>
            assert element["id"] in arrows or f"i_{element['id']}" in arrows, f"arrow {element['id']} lost"


def test_the_readme_translations_of_the_kep_diagram_still_match_its_import() -> None:
    """docs/translations/kep-3314-flow.*.xlf (the README's ja and ar images) name the import's
    texts by id: an importer change that renames or rewords them must refresh those files."""
    folder = Path(__file__).resolve().parents[2] / "docs" / "translations"
    [result] = import_path(corpus_root() / "drawio" / "flow.drawio.svg")
    translated = with_reviewed_translations(result.document, [xliff_file(folder, "kep-3314-flow", "ja")])
    translated = with_reviewed_translations(translated, [xliff_file(folder, "kep-3314-flow", "ar")])
    assert {"ja", "ar"} <= set(translated.settings.languages)
