"""draw.io placement rules met on files nobody here wrote (the corpus's Jenkins-on-Kubernetes
diagram): vertices pinned inside their container by a relative geometry and an offset, labels
drawn beside an icon, and a stray word in a style that is no shape."""

from __future__ import annotations

import pytest

from editor.importers.drawio import import_drawio
from editor.model import Box, Image, TextAlign, TextElement, TextFit
from tests.importers.corpus import corpus_root

PNG_PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
PAGE = f"""<mxfile><diagram name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="panel" value="" style="rounded=1;strokeColor=#dddddd;" vertex="1" parent="1">
  <mxGeometry x="100" y="200" width="400" height="100" as="geometry"/>
</mxCell>
<mxCell id="step" value="6 Perform rolling update" style="strokeColor=none;fillColor=none;html=1;"
  vertex="1" parent="panel">
  <mxGeometry width="200" height="30" relative="1" as="geometry"><mxPoint x="40" y="30" as="offset"/></mxGeometry>
</mxCell>
<mxCell id="corner" value="Bottom right" style="text;html=1;" vertex="1" parent="panel">
  <mxGeometry x="1" y="1" width="80" height="20" relative="1" as="geometry">
    <mxPoint x="-80" y="-20" as="offset"/>
  </mxGeometry>
</mxCell>
<mxCell id="icon" value="Frontend&lt;br&gt;ReplicationController"
  style="html=1;shape=image;labelPosition=right;verticalLabelPosition=middle;align=left;spacingLeft=20;image=data:image/png,{PNG_PIXEL};"
  vertex="1" parent="1">
  <mxGeometry x="600" y="200" width="26" height="30" as="geometry"/>
</mxCell>
<mxCell id="lane" value="Developers" style="fillColor=#F6F6F6;fontColor=#717171;9E9E9E;verticalAlign=top;"
  vertex="1" parent="1">
  <mxGeometry x="0" y="400" width="110" height="200" as="geometry"/>
</mxCell>
<mxCell id="gateway" value="Gateway" style="shape=mxgraph.mscae.enterprise.gateway;verticalLabelPosition=top;"
  vertex="1" parent="1">
  <mxGeometry x="800" y="500" width="50" height="50" as="geometry"/>
</mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def _imported() -> tuple[dict[str, object], list[str]]:
    result = import_drawio(PAGE.encode(), "page.drawio")[0]
    by_text = {}
    for element in result.document.elements:
        text = getattr(element, "name", None) or getattr(element, "text", None)
        by_text[text.text if text is not None else element.id] = element
    return by_text, result.report.lines()


def test_a_relative_vertex_sits_at_its_fraction_of_the_parent_plus_its_offset() -> None:
    elements, _ = _imported()
    step, corner = elements["6 Perform rolling update"], elements["Bottom right"]
    assert (step.rect.x, step.rect.y) == (140, 230)  # the panel's corner + (40, 30); it used to sit on the corner
    assert (corner.rect.x, corner.rect.y) == (100 + 400 - 80, 200 + 100 - 20)


def test_a_label_beside_an_icon_is_drawn_beside_it_not_under_it() -> None:
    elements, _ = _imported()
    caption = elements["Frontend\nReplicationController"]
    icon = next(element for element in elements.values() if isinstance(element, Image))
    assert isinstance(caption, TextElement) and caption.style.text_align is TextAlign.START
    assert caption.rect.x == pytest.approx(icon.rect.right + 22)  # spacingLeft=20, and 2 px
    assert caption.rect.center.y == pytest.approx(icon.rect.center.y)


def test_a_label_over_a_shape_is_drawn_over_it() -> None:
    elements, _ = _imported()
    caption = elements["Gateway"]
    assert isinstance(caption, TextElement)
    assert caption.rect.bottom <= 500 and caption.rect.center.x == pytest.approx(825)


def test_a_stray_word_in_a_style_is_no_shape_kind() -> None:
    elements, report = _imported()
    assert isinstance(elements["Developers"], Box)
    assert not any("9E9E9E" in line for line in report)


JENKINS = corpus_root() / "drawio" / "dev_test_jenkins_in_k8s.xml"


@pytest.mark.skipif(not JENKINS.is_file(), reason=f"the shared corpus is not at {corpus_root()}")
def test_the_corpus_legend_steps_no_longer_pile_up_on_one_corner() -> None:
    result = import_drawio(JENKINS.read_bytes(), JENKINS.name)[0]
    steps = [e for e in result.document.elements if isinstance(e, Box) and e.name.text[:2] in {"1 ", "3 ", "6 "}]
    assert len(steps) == 3 and len({(step.rect.x, step.rect.y) for step in steps}) == 3
    assert not any("9E9E9E" in line for line in result.report.lines())


def test_an_import_is_set_to_shrink_what_our_wider_fonts_would_overflow() -> None:
    document = import_drawio(PAGE.encode(), "page.drawio")[0].document
    assert document.settings.fit is TextFit.SHRINK
