"""Random documents, hostile text included, are refused at load with the place named or give SVG
that parses and PNG that opens."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from editor.model.errors import DocumentError
from editor.model.io import from_data
from editor.render.layout import layout_document
from editor.render.pdf import to_pdf
from editor.render.png import to_png
from editor.render.svg import to_svg
from editor.render.svg_languages import to_multilingual_svg
from tests.model.strategies import REFUSED_CHARACTERS

HOSTILE = st.sampled_from(
    [
        "<",
        "&",
        "]]>",
        "\x00",
        "\x1b[0m",
        "\u202e",
        "\u2066",
        "\ufeff",
        "\ud800",
        "\U0001f600",
        "مرحبا",
        "日本語",
        "&amp;",
        '"',
        "'",
        "\n",
        "\r\n",
        "\t",
        " ",
        "\u0301",
        "\uffff",
        "<!--",
        "-->",
        "<?xml?>",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=12), HOSTILE), max_size=8).map("".join)


#: hostile text the document loads (the text rule refuses C0 controls at load: tests/model/test_text_rule.py)
def _loadable(text: str) -> str:
    """``text`` without what the text rule refuses at load: C0 controls and lone surrogates."""
    kept = "".join(char for char in text if not "\ud800" <= char <= "\udfff")
    return kept.translate(dict.fromkeys(map(ord, REFUSED_CHARACTERS)))


LOADABLE_TEXT = TEXT.map(_loadable)
ICONS = st.sampled_from([None, "mdi6.database", "mdi6.cog", "fa6s.gear", "nope.nothing", "mdi6.", ""])


@st.composite
def documents(draw: st.DrawFn) -> dict:
    count = draw(st.integers(min_value=0, max_value=5))
    elements: list[dict] = []
    for index in range(count):
        x, y = draw(st.floats(-500, 500)), draw(st.floats(-500, 500))
        w, h = draw(st.floats(1, 400)), draw(st.floats(1, 300))
        kind = draw(st.sampled_from(["box", "text", "legend", "frame"]))
        rect = {"x": x, "y": y, "width": w, "height": h}
        style = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "palette": st.sampled_from(["read-path", "write-path", "note", "nonexistent"]),
                    "fit": st.sampled_from(["none", "shrink", "grow"]),
                    "font_size": st.floats(1, 80),
                    "dash": st.sampled_from(["solid", "dashed", "dotted"]),
                    "sketch": st.booleans(),
                    "text_align": st.sampled_from(["start", "center", "end"]),
                },
            )
        )
        element: dict = {"id": f"e{index}", "type": kind, "rect": rect, "style": style}
        if kind == "box":
            element |= {"name": {"text": draw(TEXT)}, "role": {"text": draw(TEXT)}}
            if (icon := draw(ICONS)) is not None:
                element["icon"] = icon
        elif kind == "text":
            element |= {"text": {"text": draw(TEXT)}, "role": draw(st.sampled_from(["title", "callout", "note"]))}
        elif kind == "legend":
            element |= {"title": {"text": draw(TEXT)}, "entries": [{"text": {"text": draw(TEXT)}}]}
        else:
            element |= {"title": {"text": draw(TEXT)}}
        elements.append(element)
    for index in range(draw(st.integers(0, 3)) if count else 0):
        elements.append(
            {
                "id": f"a{index}",
                "type": "arrow",
                "routing": draw(st.sampled_from(["straight", "orthogonal", "curved"])),
                "source": {
                    "element": f"e{draw(st.integers(0, count - 1))}",
                    "anchor": draw(st.sampled_from(["auto", "top", "left", "center"])),
                },
                "target": {"element": f"e{draw(st.integers(0, count - 1))}"},
                "label": {"text": draw(TEXT)},
                "head_start": draw(st.sampled_from(["none", "circle", "diamond", "triangle"])),
            }
        )
    language = draw(st.sampled_from(["en", "ar", "ja"]))
    return {
        "format": "diagram-editor",
        "schema_version": 2,
        "settings": {"title": {"text": draw(TEXT)}, "source_language": language, "languages": [language]},
        "elements": elements,
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents_export_to_valid_svg_and_png(data: dict) -> None:
    try:
        document = from_data(data)
    except DocumentError as error:  # NUL, U+FFFF or a lone surrogate: refused at load, with the place
        assert error.message.startswith("text holds") and error.where.endswith(".text"), error
        return
    display_list = layout_document(document)
    svg = to_svg(display_list)
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag.endswith("svg")
    ids = [group.get("id") for group in root.iter("{http://www.w3.org/2000/svg}g")]
    assert len(ids) == len(set(ids))
    image = QImage.fromData(to_png(display_list, None, padding=4))
    assert not image.isNull()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents_export_to_valid_path_text_svg(data: dict) -> None:
    """The outline writer on hostile text: well-formed, each line's words in its aria-label, every
    ``<use>`` pointing at a glyph defined once."""
    try:
        document = from_data(data)
    except DocumentError:  # refused at load (see above): nothing to write
        return
    display_list = layout_document(document)
    svg = to_svg(display_list, text_as_paths=True, document_json="{}")
    root = ET.fromstring(svg.encode("utf-8"))
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.find(f".//{namespace}text") is None
    ids = [group.get("id") for group in root.iter(f"{namespace}g") if group.get("id")]
    assert len(ids) == len(set(ids))
    defined = [path.get("id") for path in root.iter(f"{namespace}path") if path.get("id")]
    assert len(defined) == len(set(defined))
    used = {use.get("{http://www.w3.org/1999/xlink}href", "")[1:] for use in root.iter(f"{namespace}use")}
    assert used <= set(defined)
    lines = [op.text for group in display_list.groups for op in group.ops if type(op).__name__ == "TextLineOp"]
    labels = [group.get("aria-label") for group in root.iter(f"{namespace}g") if group.get("aria-label") is not None]
    assert len(labels) <= len(lines)  # a line of spaces or unknown glyphs draws nothing
    assert all(label in lines for label in labels)


@st.composite
def multilingual_documents(draw: st.DrawFn) -> dict:
    """A random document whose every text has hostile variants in the other languages too."""
    data = draw(documents())
    data["settings"]["title"] = {"text": _loadable(data["settings"].get("title", {}).get("text", ""))}
    source = data["settings"]["source_language"]
    others = [code for code in ("de", "ar", "ja") if code != source]

    def translate(node: object) -> None:
        if isinstance(node, dict):
            if set(node) == {"text"} and isinstance(node["text"], str):
                node["text"] = _loadable(node["text"])
                node["variants"] = {code: {"text": draw(LOADABLE_TEXT), "source": node["text"]} for code in others}
                return
            for value in node.values():
                translate(value)
        elif isinstance(node, list):
            for value in node:
                translate(value)

    translate(data)
    data["settings"]["languages"] = [source, *others]
    return data


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(multilingual_documents())
def test_random_documents_in_every_language_give_one_valid_svg_and_a_pdf_page_each(data: dict) -> None:
    document = from_data(data)
    languages = document.settings.languages
    result = to_multilingual_svg(document, languages)
    root = ET.fromstring(result.svg.encode("utf-8"))
    ids = [group.get("id") for group in root.iter("{http://www.w3.org/2000/svg}g") if group.get("id")]
    assert len(ids) == len(set(ids))
    for switch in root.iter("{http://www.w3.org/2000/svg}switch"):
        assert switch[-1].get("systemLanguage") is None
        assert all(set(child.get("systemLanguage", "").split(",")) <= set(languages) for child in switch[:-1])
    pdf = to_pdf(list(result.display_lists.values()), padding=4)
    assert pdf.startswith(b"%PDF-") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(multilingual_documents())
def test_random_documents_in_every_language_as_outlines_give_one_valid_svg(data: dict) -> None:
    """The multi-language writer with ``text_as_paths`` (``--lang all --text-as-paths``) on hostile
    text: well-formed, no ``<text>``, every ``<use>`` pointing at a glyph defined once, each switched
    line's words in its aria-label."""
    document = from_data(data)
    result = to_multilingual_svg(document, document.settings.languages, text_as_paths=True)
    root = ET.fromstring(result.svg.encode("utf-8"))
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.find(f".//{namespace}text") is None
    defined = [path.get("id") for path in root.iter(f"{namespace}path") if path.get("id")]
    assert len(defined) == len(set(defined))
    used = {use.get("{http://www.w3.org/1999/xlink}href", "")[1:] for use in root.iter(f"{namespace}use")}
    assert used <= set(defined)
    lines = {
        op.text
        for display_list in result.display_lists.values()
        for group in display_list.groups
        for op in group.ops
        if type(op).__name__ == "TextLineOp"
    }
    labels = {group.get("aria-label") for group in root.iter(f"{namespace}g") if group.get("aria-label") is not None}
    assert labels <= lines
