"""draw.io import from the suite's own fixtures: every carrier, and each mapping rule of issue 17."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from editor.importers import ImportFormatError, import_path
from editor.importers.drawio import import_drawio
from editor.importers.html_look import html_look
from editor.importers.label_text import html_to_plain
from editor.importers.language_guess import detect_language
from editor.model import (
    Anchor,
    Arrow,
    ArrowHead,
    Box,
    BoxShape,
    Dash,
    Frame,
    Image,
    Origin,
    Point,
    Routing,
    TextElement,
)
from editor.model.style import BOX_NAME_SCALE

FIXTURES = Path(__file__).parent / "fixtures"
CARRIERS = ["features.drawio", "features-compressed.drawio", "features.drawio.svg", "features.drawio.png"]


@pytest.mark.parametrize("name", [*CARRIERS, "legacy-ztxt.drawio.png"])
def test_every_carrier_gives_the_same_first_page(name: str) -> None:
    result = import_path(FIXTURES / name)[0]
    reference = import_path(FIXTURES / "features.drawio")[0]
    assert result.report.format == "draw.io"
    assert [element.model_dump() for element in result.document.elements] == [
        element.model_dump() for element in reference.document.elements
    ]


def test_pages_one_chosen_or_all() -> None:
    data = (FIXTURES / "features-compressed.drawio").read_bytes()
    assert [r.report.page for r in import_drawio(data, "f", all_pages=True)] == ["Architecture", "Second"]
    second = import_drawio(data, "f", page=2)
    assert [e.name.text for e in second[0].document.elements if isinstance(e, Box)] == ["Page two"]
    first = import_drawio(data, "f")[0]
    assert any("more draw.io pages" in line for line in first.report.lines())
    with pytest.raises(ImportFormatError, match="no page 3"):
        import_drawio(data, "f", page=3)


def _elements(name: str = "features.drawio") -> dict[str, object]:
    return {element.id: element for element in import_path(FIXTURES / name)[0].document.elements}


def test_shapes_styles_icons_and_html_labels() -> None:
    elements = _elements()
    api = elements["api"]
    assert isinstance(api, Box)
    assert api.name.text == "API & Gateway\nsecond line"
    assert (api.style.fill, api.style.stroke, api.style.dash) == ("#fff2cc", "#d6b656", Dash.DASHED)
    assert api.style.font_size * BOX_NAME_SCALE == pytest.approx(14)  # draw.io's 14 px, drawn at 14 px
    assert api.style.corner_radius == pytest.approx(9.0)
    assert api.style.bold is True  # fontStyle=1; a label without it is regular, as draw.io draws it
    assert all(
        element.style.bold is False for key, element in elements.items() if key != "api" and isinstance(element, Box)
    )
    assert (api.rect.x, api.rect.y) == (320, 60)  # inside the swimlane at (300, 20)
    assert isinstance(elements["db"], Box) and elements["db"].shape is BoxShape.CYLINDER and elements["db"].icon is None
    assert elements["task"].locked and not api.locked  # type: ignore[attr-defined]
    assert isinstance(elements["cloud"], Box) and elements["cloud"].shape is BoxShape.CLOUD
    note = elements["note"]
    assert isinstance(note, TextElement)
    assert note.text.text == "Free text © 2024\nnext line"
    assert "<" not in note.text.text and "&" not in note.text.text


def test_containers_and_groups_become_frames() -> None:
    elements = _elements()
    lane, group = elements["lane"], elements["grp"]
    assert isinstance(lane, Frame) and lane.title.text == "Backend"
    assert {"api", "db"} <= set(lane.members)
    assert isinstance(group, Frame) and group.members == ["g1"]


def test_edges_bound_with_waypoints_labels_and_heads() -> None:
    elements = _elements()
    https = elements["e1"]
    assert isinstance(https, Arrow)
    assert (https.source.element, https.target.element) == ("cloud", "api")
    assert https.source.anchor.value == "right"
    assert [(p.x, p.y) for p in https.waypoints] == [(200, 80), (200, 90)]
    assert https.label.text == "HTTPS" and https.routing is Routing.ORTHOGONAL and https.head_end is ArrowHead.TRIANGLE
    assert https.style.stroke == "#ff0000"
    sql = elements["e2"]
    assert isinstance(sql, Arrow) and sql.label.text == "SQL" and sql.label_position == pytest.approx(0.75)


def test_losses_are_counted_one_line_per_kind() -> None:
    report = import_path(FIXTURES / "features.drawio")[0].report
    lines = report.lines()
    assert (
        "features.drawio (page 'Architecture'): 2 draw.io shapes of kind \"mxgraph.bpmn.task\" imported as plain boxes"
        in lines
    )
    assert not any("edges" in line for line in lines)  # the loose edge arrives, free at its targetPoint
    assert any("linked by URL" in line for line in lines)
    assert any("1 draw.io links on shapes left out" in line for line in lines)
    assert any("1 draw.io tooltips left out" in line for line in lines)
    assert any("1 hidden draw.io cells imported visible" in line for line in lines)
    assert report.edges.found == 3 and report.edges.arrived == 3
    assert report.texts.found == report.texts.arrived == 16


def test_an_edge_loose_at_one_end_arrives_free_at_its_target_point_with_its_label() -> None:
    dangling = _elements()["e3"]
    assert isinstance(dangling, Arrow) and dangling.label.text == "dangling"
    assert dangling.source.element == "task"
    assert dangling.target.element is None and dangling.target.point == Point(x=400, y=400)


def test_images_embedded_and_per_language_labels() -> None:
    elements = _elements()
    picture = elements["pic"]
    assert isinstance(picture, Image) and picture.mime.value == "image/png"
    assert isinstance(elements["pic-caption"], TextElement)
    icon, caption = elements["fn"], elements["fn-caption"]  # a label draw.io draws under its shape
    assert (
        isinstance(icon, Box) and icon.name.text == "" and icon.style.fill == "#ed7100" and icon.icon == "mdi6.lambda"
    )
    assert isinstance(caption, TextElement) and caption.text.text == "Lambda" and caption.rect.y > icon.rect.bottom
    assert "fn-caption" in elements["lane"].members
    greet = elements["greet"]
    assert isinstance(greet, Box) and greet.name.text == "Hello world"
    assert greet.name.variants["de"].text == "Hallo world"
    assert greet.name.variants["ja"].origin is Origin.FILE
    document = import_path(FIXTURES / "features.drawio")[0].document
    assert document.settings.languages == ["en", "de", "ja"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<mxfile><diagram name='P'>!!!notbase64", "not well-formed XML"),
        (b"<mxfile><diagram name='P'>////</diagram></mxfile>", "<diagram> 1 ('P'): compressed data is corrupt"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "no embedded draw.io diagram"),
        (b"<!DOCTYPE x [<!ENTITY a 'b'>]><mxfile/>", "entity declarations"),
        (b"<html/>", "not a draw.io file"),
    ],
)
def test_undecodable_files_raise_one_located_line(tmp_path: Path, body: bytes, message: str) -> None:
    path = tmp_path / "broken.drawio"
    path.write_bytes(body)
    with pytest.raises(ImportFormatError, match=re.escape(message)) as raised:
        import_path(path)
    assert str(raised.value).startswith("broken.drawio") and "\n" not in str(raised.value)


def test_html_to_plain() -> None:
    assert html_to_plain("<div>a&nbsp;b</div><div><b>c</b><br>d &lt;e&gt;</div>") == "a b\nc\nd <e>"


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["مرحبا بالعالم"], "ar"),
        (["שלום"], "he"),
        (["こんにちは世界"], "ja"),
        (["数据库"], "zh"),
        (["Привет"], "ru"),
        (["Hello", "数"], "en"),
        (["नमस्ते"], "hi"),
        # Latin script: function words and letters of one language decide; too little evidence is English
        (["Datenbank", "Benutzer prüft die Eingabe"], "de"),
        (["Le serveur envoie la requête au client"], "fr"),
        (["O usuário envia os dados para o servidor"], "pt"),
        (["Il server invia la richiesta al client"], "it"),
        (["De gebruiker stuurt het verzoek naar de server"], "nl"),
        (["Użytkownik wysyła żądanie do serwera"], "pl"),
        (["Start", "Ende"], "en"),
        (["The user sends the data to the server"], "en"),
        (["OS", "IT", "DE", "Lorem ipsum dolor sit amet, qui est et non"], "en"),
    ],
)
def test_language_detection(texts: list[str], language: str) -> None:
    assert detect_language(texts) == language


def test_a_french_drawio_file_records_french(tmp_path: Path) -> None:
    path = tmp_path / "fr.drawio"
    path.write_text(
        '<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        '<mxCell id="a" value="Le client envoie la commande" vertex="1" parent="1">'
        '<mxGeometry x="0" y="0" width="120" height="60" as="geometry"/></mxCell>'
        '<mxCell id="b" value="Vérifier le stock et la facture" vertex="1" parent="1">'
        '<mxGeometry x="200" y="0" width="120" height="60" as="geometry"/></mxCell>'
        "</root></mxGraphModel></diagram></mxfile>",
        encoding="utf-8",
    )
    [result] = import_path(path)
    assert result.document.settings.source_language == "fr"


def test_ends_inside_a_shape_land_on_the_nearest_side_at_their_height() -> None:
    from editor.importers.building import endpoint_at
    from editor.model import Anchor

    lifeline = endpoint_at("life", 0.5, 0.1, (100, 900))  # a sequence diagram's tall lifeline
    assert (lifeline.anchor, lifeline.offset) == (Anchor.LEFT, pytest.approx(-0.4))
    assert endpoint_at("box", 1, 0.25).anchor is Anchor.RIGHT
    assert endpoint_at("box", 0.5, 0.5).anchor is Anchor.CENTER
    assert endpoint_at("box", None, None).anchor is Anchor.AUTO


def test_placeholders_come_from_ancestors_and_the_page(tmp_path: Path) -> None:
    path = tmp_path / "placeholders.drawio"
    cell = '<mxCell vertex="1" parent="{parent}"><mxGeometry x="{x}" y="10" width="80" height="40" as="geometry"/>'
    cell += "</mxCell>"
    path.write_text(
        '<mxfile><diagram name="Network"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        f'<object id="net" label="Subnet %subnet%.x" placeholders="1" subnet="192.168.0">{cell.format(parent="1", x=0)}'
        "</object>"
        f'<object id="pc" label="%subnet%.2" placeholders="1">{cell.format(parent="net", x=10)}</object>'
        f'<object id="pg" label="%page% (%pagenumber% of %pagecount%) %unknown%" placeholders="1">'
        f"{cell.format(parent='1', x=300)}</object>"
        '</root></mxGraphModel></diagram><diagram name="Other"><mxGraphModel><root><mxCell id="0"/>'
        "</root></mxGraphModel></diagram></mxfile>",
        encoding="utf-8",
    )
    [result] = import_path(path, page=1)
    texts = {element.id: element.name.text for element in result.document.elements if isinstance(element, Box)}
    texts |= {element.id: element.title.text for element in result.document.elements if isinstance(element, Frame)}
    assert texts["pc"] == "192.168.0.2"  # draw.io shows the container's value, not "%subnet%.2"
    assert texts["net"] == "Subnet 192.168.0.x"
    assert texts["pg"] == "Network (1 of 2) %unknown%"  # a name found nowhere stays as draw.io shows it


def test_edges_to_a_lifeline_meet_it_level_with_their_other_end(tmp_path: Path) -> None:
    """draw.io draws a message to a lifeline it is not pinned to level with the message's other end
    (or its waypoint); before, every such edge aimed at the lifeline's middle and they converged."""
    geometry = '<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/>'
    cells = [
        '<mxCell id="line" value="API" style="shape=umlLifeline;perimeter=lifelinePerimeter;container=1;"'
        f' vertex="1" parent="1">'
        f"{geometry.format(x=400, y=0, w=100, h=1000)}</mxCell>",
        f'<mxCell id="a" value="A" vertex="1" parent="1">{geometry.format(x=0, y=100, w=120, h=60)}</mxCell>',
        f'<mxCell id="b" value="B" vertex="1" parent="1">{geometry.format(x=0, y=700, w=120, h=60)}</mxCell>',
        '<mxCell id="e1" value="GET" style="exitX=1;exitY=0;" edge="1" parent="1" source="a" target="line">'
        '<mxGeometry relative="1" as="geometry"/></mxCell>',
        '<mxCell id="e2" edge="1" parent="1" source="line" target="b"><mxGeometry relative="1" as="geometry">'
        '<Array as="points"><mxPoint x="300" y="500"/></Array></mxGeometry></mxCell>',
    ]
    path = tmp_path / "sequence.drawio"
    path.write_text(
        '<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        + "".join(cells)
        + "</root></mxGraphModel></diagram></mxfile>",
        encoding="utf-8",
    )
    [result] = import_path(path)
    arrows = {element.id: element for element in result.document.elements if isinstance(element, Arrow)}
    into = arrows["e1"].target  # level with A's top right corner: 100 of 1000 px down the lifeline
    assert into.element == "line" and into.anchor == Anchor.LEFT and into.offset == pytest.approx(0.1 - 0.5)
    out = arrows["e2"].source  # level with the waypoint, 500 px down
    assert out.anchor == Anchor.LEFT and out.offset == pytest.approx(0.0)
    assert isinstance(result.document.element("line"), Frame)  # a container: a frame, and said so
    assert result.report.losses['draw.io shapes of kind "umlLifeline" that hold others imported as frames'] == 1


@pytest.mark.parametrize(
    ("markup", "bold", "colour", "size", "lost"),
    [
        ("<b>Kubernetes API Server</b>", True, None, None, set()),
        (
            '<font color="#000000" style="font-size: 14px;"><i>Find the <b>class</b>.</i><br></font>',
            None,
            "#000000",
            14,
            {"italic", "bold"},
        ),
        (
            '<span style="color: rgb(0, 102, 0);">a</span> and <span style="color: #f00">b</span>',
            None,
            None,
            None,
            {"colour"},
        ),
        ('<div style="font-size: 9pt">small</div><div style="font-size: 9pt">print</div>', None, None, 12, set()),
        ("plain <u>under</u>", None, None, None, {"underline"}),
    ],
)
def test_what_html_markup_says_of_a_labels_look(
    markup: str, bold: bool | None, colour: str | None, size: float | None, lost: set[str]
) -> None:
    look = html_look(markup)
    assert (look.bold, look.colour, look.size, look.lost) == (bold, colour, size, lost)


def test_html_label_looks_become_styles_or_are_reported(tmp_path: Path) -> None:
    """A label's colour in its markup beats the style's fontColor (as draw.io shows it); what one
    style per element cannot hold is one line per kind, not silently dropped."""
    label = html.escape('<font color="#000000" style="font-size: 14px;"><i>Find the <b>class</b>.</i></font>')
    path = tmp_path / "looks.drawio"
    path.write_text(
        '<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        f'<mxCell id="a" value="{label}" style="html=1;fontColor=#007FFF;fontSize=12;" vertex="1" parent="1">'
        '<mxGeometry x="0" y="0" width="200" height="60" as="geometry"/></mxCell>'
        '<mxCell id="b" value="&lt;b&gt;Server&lt;/b&gt;" style="html=1;fontStyle=4" vertex="1" parent="1">'
        '<mxGeometry x="300" y="0" width="200" height="60" as="geometry"/></mxCell>'
        "</root></mxGraphModel></diagram></mxfile>",
        encoding="utf-8",
    )
    [result] = import_path(path)
    a, b = (result.document.element(name) for name in ("a", "b"))
    assert isinstance(a, Box) and isinstance(b, Box) and a.name.text == "Find the class."
    assert (a.style.text_color, a.style.bold) == ("#000000", False)
    assert a.style.font_size * BOX_NAME_SCALE == pytest.approx(14)
    assert b.style.bold is True
    assert result.report.losses == {
        "draw.io italic labels (or italic parts) imported upright": 1,
        "draw.io labels bold in part imported in one weight": 1,
        "draw.io underlined or struck-through labels imported plain": 1,
    }
