"""Mermaid import: every feature of the issue on small fixtures, checked on the built document."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.importers import ImportFormatError
from editor.importers.mermaid import import_mermaid, mermaid_blocks
from editor.model import Arrow, ArrowHead, Box, Dash, Document, Frame, texts_of
from editor.model.style import BOX_NAME_SCALE

FIXTURES = Path(__file__).parent / "fixtures"


def _import(name: str) -> tuple[Document, list[str]]:
    results = import_mermaid((FIXTURES / name).read_text(encoding="utf-8"), name)
    assert len(results) == 1 and results[0].needs_layout
    return results[0].document, results[0].report.lines()


def _boxes(document: Document) -> dict[str, Box]:
    return {element.id: element for element in document.elements if isinstance(element, Box)}


def _arrows(document: Document) -> list[Arrow]:
    return [element for element in document.elements if isinstance(element, Arrow)]


def _all_text(document: Document) -> str:
    texts = [document.settings.title.text]
    texts += [text.text for element in document.elements for _, text in texts_of(element)]
    return "\n".join(texts)


def test_every_shape_becomes_a_box_of_the_matching_outline() -> None:
    document, losses = _import("shapes.mmd")
    boxes = _boxes(document)
    assert len(boxes) == 16
    outlines = {key: box.outline.value for key, box in boxes.items()}
    assert outlines == {
        "rect": "rectangle",
        "round": "rectangle",
        "stadium": "stadium",
        "sub": "rectangle",
        "db": "cylinder",
        "circle": "ellipse",
        "dbl": "ellipse",
        "flag": "rectangle",
        "diamond": "diamond",
        "hex": "hexagon",
        "para": "parallelogram",
        "alt": "parallelogram",
        "trap": "rectangle",
        "inv": "rectangle",
        "new": "cylinder",
        "odd": "rectangle",
    }
    assert boxes["db"].icon is None and boxes["db"].name.text == "Orders DB"  # the outline says database
    assert boxes["round"].style.corner_radius == 14 and boxes["rect"].style.corner_radius == 0
    assert boxes["odd"].name.text == "Stored data"
    joined = "\n".join(losses)
    for kind in ("double-circle", "left-leaning", "trapezoid", "subroutine", "flag", "'bow-rect'"):
        assert kind in joined, kind
    for arrived in ("diamond", "hexagon", ": 1 circle shapes", "right-leaning", "stadium", "cylinder"):
        assert arrived not in joined, arrived
    assert all(line.startswith("shapes.mmd: ") for line in losses)
    assert len({line.split(": ", 1)[1].split(" ", 1)[1] for line in losses}) == len(losses)  # one line per kind


def test_edge_kinds_labels_chains_and_ampersands() -> None:
    document, losses = _import("edges.mmd")
    arrows = {(arrow.source.element, arrow.target.element): arrow for arrow in _arrows(document)}
    assert arrows[("a", "b")].head_end is ArrowHead.ARROW
    assert arrows[("a", "c")].head_end is ArrowHead.NONE
    assert arrows[("a", "d")].style.dash is Dash.DOTTED
    assert arrows[("a", "e")].style.stroke_width == 3.5
    labels = {pair: arrow.label.text for pair, arrow in arrows.items() if arrow.label.text}
    assert labels == {
        ("a", "f"): "inline label",
        ("a", "g"): "piped label",
        ("a", "h"): "thick label",
        ("a", "i"): "dotted label",
    }
    assert arrows[("a", "h")].style.stroke_width == 3.5 and arrows[("a", "i")].style.dash is Dash.DOTTED
    assert arrows[("b", "c")].head_start is ArrowHead.ARROW and arrows[("b", "c")].head_end is ArrowHead.ARROW
    assert arrows[("c", "d")].head_start is ArrowHead.CIRCLE and arrows[("e", "f")].head_end is ArrowHead.CIRCLE
    for pair in [("g", "j"), ("g", "k"), ("h", "j"), ("h", "k"), ("j", "l"), ("k", "l")]:
        assert pair in arrows, pair
    assert any(arrow.id == "edge-e7" for arrow in arrows.values())
    assert ("f", "g") not in arrows
    joined = "\n".join(losses)
    assert "1 invisible links" in joined and "1 cross (x) arrowheads" in joined


def test_subgraphs_become_nested_frames_and_edges_bind_to_them() -> None:
    document, losses = _import("subgraphs.mmd")
    frames = {element.title.text: element for element in document.elements if isinstance(element, Frame)}
    assert set(frames) == {"Outer frame", "Inner one", "inner2", "Quoted title"}
    outer = frames["Outer frame"]
    assert set(outer.members) == {"o1", frames["Inner one"].id, frames["inner2"].id}
    assert frames["Inner one"].members == ["i1", "i2"]
    assert set(frames["Quoted title"].members) == {"q1", "q2"}
    assert frames["Inner one"].z > outer.z and all(frame.z < 0 for frame in frames.values())
    ends = {(arrow.source.element, arrow.target.element) for arrow in _arrows(document)}
    assert ("outside", outer.id) in ends and (frames["Inner one"].id, frames["inner2"].id) in ends
    assert "outer" not in _boxes(document) and "inner1" not in _boxes(document)
    assert not any("direction" in line for line in losses)  # kept for the layout, not lost
    assert frames["Outer frame"].direction == "TB" and frames["Inner one"].direction == "RL"
    assert frames["inner2"].direction is None
    for frame in frames.values():  # the rough grid already keeps members inside their frames
        for member in frame.members:
            rect = document.element(member).rect  # type: ignore[union-attr]
            assert frame.rect.x <= rect.x and rect.right <= frame.rect.right
            assert frame.rect.y <= rect.y and rect.bottom <= frame.rect.bottom


def test_quoted_labels_entities_markdown_and_comments_leave_no_markup() -> None:
    document, losses = _import("text.mmd")
    boxes = _boxes(document)
    assert boxes["A"].name.text == 'A double quote:" and a heart ♥ & more'
    assert (boxes["B"].name.text, boxes["B"].role.text) == ("The cat in", "the hat")
    assert (boxes["C"].name.text, boxes["C"].role.text) == ("Bold first line", "second line")
    assert boxes["D"].name.text == "Car park" and boxes["D"].icon == "fa6s.car"
    assert boxes["E"].name.text == "Unicode ❤ text"
    assert _arrows(document)[-1].label.text == "linked <here>"
    assert document.settings.title.text == "Text handling"
    everything = _all_text(document)
    for markup in ("<b>", "<br", "**", "#quot;", "&amp;", "fa:", "`", "comment", "Z"):
        assert markup not in everything, markup
    joined = "\n".join(losses)
    assert "markdown emphasis" in joined and "HTML formatting tags" in joined
    assert "arrow labels dropped" in joined and "front-matter" in joined


def test_class_definitions_styles_and_link_styles_become_overrides() -> None:
    document, losses = _import("styles.mmd")
    boxes = _boxes(document)
    assert (boxes["A"].style.fill, boxes["A"].style.stroke, boxes["A"].style.stroke_width) == ("#ff9966", "#333333", 4)
    assert boxes["B"].style.fill == "#add8e6" and boxes["B"].style.dash is Dash.DASHED
    assert boxes["B"].style.stroke == "#0000ff"  # classDef default
    assert boxes["B"].style.font_size * BOX_NAME_SCALE == pytest.approx(24)  # font-size:24px, drawn at 24 px
    d = boxes["D"].style
    assert (d.fill, d.stroke, d.text_color, d.dash, d.bold) == ("#ffffff", "#ff6666", "#ffffff", Dash.DOTTED, True)
    assert boxes["A"].style.bold is None  # no font-weight: the box's own default
    arrows = _arrows(document)
    assert (arrows[0].style.stroke, arrows[0].style.stroke_width, arrows[0].style.text_color) == (
        "#ffff33",
        4,
        "#ff0000",
    )
    assert arrows[1].style.dash is Dash.DASHED and arrows[2].style.dash is Dash.DASHED
    assert arrows[1].style.stroke == "#008000"  # linkStyle default, from a later line
    assert arrows[0].style.stroke == "#ffff33"  # a link's own linkStyle wins over the default
    joined = "\n".join(losses)
    assert "bold" not in joined and "'rx'" in joined


def test_language_is_detected_from_the_script() -> None:
    def language(text: str) -> str:
        return import_mermaid(text, "x.mmd")[0].document.settings.source_language

    assert language("graph LR\n A[Hello] --> B[World]") == "en"
    assert language("graph LR\n A -->|こんにちは| B[東京]") == "ja"
    assert language("graph LR\n A[提交申请] --> B[负责人审批 Review]") == "zh"
    assert language("graph LR\n A[Привет] --> B[мир]") == "ru"
    # Latin script: the words decide
    assert language("graph LR\n A[Benutzer prüft die Eingabe] --> B[Datenbank]") == "de"
    assert language("graph LR\n A[Le client envoie la commande] -->|et attend| B[Serveur]") == "fr"
    assert language("graph LR\n A[El usuario envía los datos] --> B[Servidor]") == "es"


def test_markdown_gives_one_result_per_flowchart_block() -> None:
    markdown = (FIXTURES / "notes.md").read_text(encoding="utf-8")
    assert len(mermaid_blocks(markdown)) == 3
    results = import_mermaid(markdown, "notes.md")
    assert [sorted(_boxes(result.document)) for result in results] == [["request", "server"], ["db", "server"]]
    assert "1 Mermaid blocks of other diagram kinds (sequenceDiagram) skipped" in "\n".join(results[0].report.lines())
    with pytest.raises(ImportFormatError, match=r"^empty\.md: no Mermaid flowchart"):
        import_mermaid("# nothing here\n", "empty.md")


def test_undecodable_input_is_one_located_line() -> None:
    with pytest.raises(ImportFormatError) as raised:
        import_mermaid((FIXTURES / "bad.mmd").read_text(encoding="utf-8"), "bad.mmd")
    assert str(raised.value).startswith("bad.mmd: line 4: ") and "\n" not in str(raised.value)
    with pytest.raises(ImportFormatError, match=r"^seq\.mmd: line 1: not a Mermaid flowchart"):
        import_mermaid("sequenceDiagram\n A->>B: hi\n", "seq.mmd")
    with pytest.raises(ImportFormatError, match=r"^doc\.md: line 7: 'end' without an open subgraph"):
        import_mermaid("# t\n\n```mermaid\nflowchart TD\n  A --> B\n\nend\n```\n", "doc.md")


def test_font_awesome_icons_map_to_bundled_fonts_or_are_reported() -> None:
    text = (
        'graph LR\n A[fa:fa-twitter Tweets] --> B[fa:fa-nosuchicon Hello]\n B --> C@{ icon: "fa:user", label: "U" }\n'
    )
    result = import_mermaid(text, "icons.mmd")[0]
    boxes = _boxes(result.document)
    assert (boxes["A"].icon, boxes["B"].icon, boxes["C"].icon) == ("fa6b.twitter", None, "fa6s.user")
    assert boxes["B"].name.text == "Hello"
    assert "icons.mmd: 1 Font Awesome icons the bundled icon fonts lack dropped" in result.report.lines()
