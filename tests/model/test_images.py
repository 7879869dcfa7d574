"""The image rule: formats, sizes from headers before decoding, SVG without references or scripts,
and one located line per refused image. Plain Python: no Qt is imported here."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import DocumentError, loads
from editor.model.images import MAX_IMAGE_SIDE, PIXEL_BUDGET, check_image_bytes
from editor.model.svg_check import MAX_SVG_DEPTH, MAX_SVG_ELEMENTS
from tests.model import image_samples as samples

SMALL_PNG = samples.png(4, 3)


def _fits(width: float, height: float) -> bool:
    return 1 <= width <= MAX_IMAGE_SIDE and 1 <= height <= MAX_IMAGE_SIDE and width * height <= PIXEL_BUDGET


@pytest.mark.parametrize(
    ("raw", "mime", "size"),
    [
        (SMALL_PNG, "image/png", (4, 3)),
        (samples.gif(5, 4), "image/gif", (5, 4)),
        (samples.jpeg_header(640, 480), "image/jpeg", (640, 480)),
        (samples.webp_header(9, 8), "image/webp", (9, 8)),
        (samples.svg(), "image/svg+xml", (40, 40)),
        (samples.svg(size='width="2in" height="10mm"'), "image/svg+xml", (192, pytest.approx(37.795, abs=1e-3))),
        (samples.svg(size='width="100%" viewBox="0 0 300 200"'), "image/svg+xml", (300, 200)),
    ],
)
def test_accepted_formats_report_their_size(raw: bytes, mime: str, size: tuple[float, float]) -> None:
    assert check_image_bytes(raw, mime) == size


REFUSED_SVG = {
    "absolute path": ('<image href="/etc/passwd" width="9" height="9"/>', "refers to '/etc/passwd'"),
    "file URL": ('<image xlink:href="file:///etc/hosts"/>', "refers to 'file:///etc/hosts'"),
    "parent path": ('<image xlink:href="../secret.png"/>', "refers to '../secret.png'"),
    "network": ('<image href="https://example.com/x.png"/>', "refers to 'https://example.com/x.png'"),
    "use another file": ('<use href="other.svg#shape"/>', "refers to 'other.svg#shape'"),
    "nested svg data": ('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>', "refers to 'data:image/svg+xml"),
    "css url in style": ('<rect style="fill:url(/tmp/p.svg#g)"/>', "refers to url('/tmp/p.svg#g')"),
    "css url attribute": ("<rect fill=\"URL( 'x.svg#g' )\"/>", "refers to url('x.svg#g')"),
    "style import": ('<style>@import "https://example.com/a.css";</style>', "@import"),
    "style url": ("<style>rect { fill: url(https://example.com/p.svg#p) }</style>", "only url(#fragment)"),
    "css escape": ("<style>rect { fill: u\\72l(x) }</style>", "CSS escape"),
    "style in pieces": ("<style>rect { fill: u&#114;l(/x.svg#p) }</style>", "refers to url('/x.svg#p')"),
    "script": ("<script>alert(1)</script>", "<script>"),
    "event handler": ('<rect onclick="alert(1)"/>', "event handler"),
    "foreign object": ("<foreignObject><p>hi</p></foreignObject>", "<foreignObject>"),
    "animated href": ('<a><set attributeName="xlink:href" to="file:///etc/passwd"/></a>', "animates xlink:href"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_SVG))
def test_svg_with_references_or_scripts_is_refused(case: str) -> None:
    inner, expected = REFUSED_SVG[case]
    with pytest.raises(ValueError, match=r"^SVG ") as refused:
        check_image_bytes(samples.svg(inner), "image/svg+xml")
    assert expected in str(refused.value)


def _use_fan_out(levels: int) -> str:
    """Ten ``<use>`` of the level below, ``levels`` times: 10^levels rectangles in ~200 bytes a level."""
    parts = ['<defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        parts.append(f'<g id="l{level}">' + f'<use href="#l{level - 1}"/>' * 10 + "</g>")
    return "".join(parts) + f'</defs><use href="#l{levels}"/>'


def _use_chain(links: int) -> str:
    """Each group uses the next: ``links`` levels drawn, though the file nests only three deep."""
    chain = "".join(f'<g id="c{index}"><use href="#c{index + 1}"/></g>' for index in range(links))
    return f'<defs>{chain}<rect id="c{links}" width="4" height="4"/></defs><use href="#c0"/>'


def _nested(groups: int) -> str:
    return "<g>" * groups + '<rect width="4" height="4"/>' + "</g>" * groups


def _embedded_pngs(count: int, side: int) -> str:
    """``count`` different ``side`` x ``side`` PNGs (each within the budget) as data URLs."""
    return "".join(
        f'<image href="data:image/png;base64,{base64.b64encode(samples.png_header(side, side + index)).decode()}"/>'
        for index in range(count)
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', "DOCTYPE"),
        (b'<?xml-stylesheet href="http://example.com/s.css"?><svg/>', "processing instruction"),
        (b"<html/>", "does not start with an <svg>"),
        (b"<svg", "not well-formed"),
        (samples.svg(size='width="20000" height="20000"'), "20000 x 20000 px, over the 16384 px limit"),
        (samples.svg(size='viewBox="0 0 100000 100000"'), "100000 x 100000 px"),
        (samples.svg(size='width="9000" height="9000"'), "megapixel budget"),
        (samples.svg(size='width="1e999"'), "not a finite length"),
        (samples.svg("<g/>" * (MAX_SVG_ELEMENTS + 1)), f"more than {MAX_SVG_ELEMENTS} elements"),
        (samples.svg(_use_fan_out(5)), f"draws more than {MAX_SVG_ELEMENTS} elements once its #references"),
        (samples.svg(_use_fan_out(9)), f"draws more than {MAX_SVG_ELEMENTS} elements once its #references"),
        (samples.svg(_nested(MAX_SVG_DEPTH - 1)), f"nests more than {MAX_SVG_DEPTH} levels deep"),
        (samples.svg(_use_chain(20)), f"nests more than {MAX_SVG_DEPTH} levels deep"),
        (samples.svg(_use_chain(5000)), f"nests more than {MAX_SVG_DEPTH} levels deep"),
        (samples.svg('<g id="a"><g><use href="#a"/></g></g>'), "reference #a leads back to itself"),
        (samples.svg('<rect fill="url(#p)"/><pattern id="p"><rect fill="url(#p)"/></pattern>'), "#p leads back"),
        (samples.svg(_embedded_pngs(5, 3000)), "embeds pictures of 45 megapixels in all, over the 40 megapixel"),
    ],
)
def test_svg_structure_and_size_limits(raw: bytes, expected: str) -> None:
    with pytest.raises(ValueError, match="SVG") as refused:
        check_image_bytes(raw, "image/svg+xml")
    assert expected in str(refused.value)


def test_svg_within_the_drawing_limits_is_accepted() -> None:
    """Qt draws 32 levels (the <svg> itself is one) and fans out of modest size; both pass."""
    assert check_image_bytes(samples.svg(_nested(MAX_SVG_DEPTH - 2)), "image/svg+xml") == (40, 40)
    assert check_image_bytes(samples.svg(_use_fan_out(4)), "image/svg+xml") == (40, 40)  # 11,111 drawn
    assert check_image_bytes(samples.svg(_use_chain(14)), "image/svg+xml") == (40, 40)  # 31 levels drawn
    assert check_image_bytes(samples.svg(_embedded_pngs(4, 3000)), "image/svg+xml") == (40, 40)  # 36 MP


def test_svg_may_use_fragments_and_embedded_rasters() -> None:
    embedded = base64.b64encode(SMALL_PNG).decode()
    inner = (
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" style="stroke: url( \'#g\' )"/>'
        f'<image href="data:image/png;base64,{embedded}"/><use xlink:href="#g"/>'
    )
    assert check_image_bytes(samples.svg(inner), "image/svg+xml") == (40, 40)


def test_svg_embedding_a_bomb_is_refused() -> None:
    bomb = base64.b64encode(samples.png_header(30000, 30000)).decode()
    with pytest.raises(ValueError, match="embeds a picture that is refused: PNG image declares 30000 x 30000"):
        check_image_bytes(samples.svg(f'<image href="data:image/png;base64,{bomb}"/>'), "image/svg+xml")


#: A start of scan (one component, spectral band 1-63) and an end-of-band run: a progressive scan
#: that costs the decoder a walk over every block of the image and says nothing.
_EMPTY_SCAN = b"\xff\xda\x00\x08\x01\x01\x00\x01\x3f\x00\xff\x00"


def test_a_jpeg_with_the_scans_encoders_write_is_accepted() -> None:
    assert check_image_bytes(samples.jpeg_header(640, 480) + _EMPTY_SCAN * 100, "image/jpeg") == (640, 480)


@pytest.mark.parametrize(
    ("raw", "mime", "expected"),
    [
        (samples.png_bomb(), "image/png", "PNG image declares 30000 x 30000 px"),
        (samples.gif(100, 100, frame=(20000, 1)), "image/gif", "GIF frame 1 declares 20000 x 1 px"),
        (samples.jpeg_header(8000, 8000), "image/jpeg", "64 megapixels), over the 40 megapixel budget"),
        (samples.webp_header(16385, 2), "image/webp", "16385 x 2 px"),
        (samples.jpeg_header(640, 480) + _EMPTY_SCAN * 101, "image/jpeg", "has 101 scans, over the limit of 100"),
        (b"plain text, not a picture", "image/png", "not a PNG image"),
        (SMALL_PNG, "image/jpeg", "is a PNG image, but mime says image/jpeg"),
        (SMALL_PNG, "image/bmp", "not image/bmp"),
    ],
)
def test_rasters_are_refused_from_their_header(raw: bytes, mime: str, expected: str) -> None:
    with pytest.raises(ValueError) as refused:
        check_image_bytes(raw, mime)
    assert expected in str(refused.value)


def test_each_refused_image_is_one_located_line() -> None:
    text = samples.document_json(samples.image_element(samples.svg('<image href="/etc/passwd"/>'), "image/svg+xml"))
    with pytest.raises(DocumentError) as refused:
        loads(text, source="stranger.diagram.json")
    message = str(refused.value)
    assert message.startswith('stranger.diagram.json: elements[7] (id "logo").data: SVG <image href> refers to')
    assert "\n" not in message


def test_not_base64_is_refused_even_when_the_mime_is_wrong() -> None:
    element = samples.image_element(b"", "image/tiff") | {"data": "!!"}
    with pytest.raises(DocumentError, match=r'elements\[7\] \(id "logo"\)\.mime'):
        loads(samples.document_json(element))


# --- fuzzing: any bytes, any declared size ------------------------------------------------

MIMES = st.sampled_from(["image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"])
VALID = [SMALL_PNG, samples.gif(5, 4), samples.jpeg_header(7, 6), samples.webp_header(9, 8), samples.svg()]


@settings(max_examples=150, deadline=None)
@given(raw=st.one_of(st.binary(max_size=300), st.sampled_from(VALID)), mime=MIMES)
def test_any_bytes_are_accepted_within_limits_or_refused_with_a_sentence(raw: bytes, mime: str) -> None:
    try:
        width, height = check_image_bytes(raw, mime)
    except ValueError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert _fits(width, height)


@settings(max_examples=150, deadline=None)
@given(base=st.sampled_from(VALID), mime=MIMES, position=st.integers(0, 400), value=st.integers(0, 255))
def test_damaged_images_are_accepted_within_limits_or_refused(
    base: bytes, mime: str, position: int, value: int
) -> None:
    raw = bytearray(base)
    raw[position % len(raw)] = value
    try:
        width, height = check_image_bytes(bytes(raw), mime)
    except ValueError:
        return
    assert _fits(width, height)


SIDES = st.integers(min_value=0, max_value=70000)


@settings(max_examples=100, deadline=None)
@given(width=SIDES, height=SIDES, kind=st.sampled_from(["png", "gif", "jpeg", "webp", "svg"]))
def test_declared_sizes_decide_acceptance(width: int, height: int, kind: str) -> None:
    if kind == "png":
        raw, mime = samples.png_header(width, height), "image/png"
    elif kind == "gif":
        raw, mime = samples.gif(min(width, 65535), min(height, 65535)), "image/gif"
        width, height = min(width, 65535), min(height, 65535)
    elif kind == "jpeg":
        raw, mime = samples.jpeg_header(min(width, 65535), max(1, min(height, 65535))), "image/jpeg"
        width, height = min(width, 65535), max(1, min(height, 65535))
    elif kind == "webp":
        width, height = max(width, 1), max(height, 1)
        raw, mime = samples.webp_header(width, height), "image/webp"
    else:
        raw, mime = samples.svg(size=f'width="{width}" height="{height}"'), "image/svg+xml"
    if _fits(width, height):
        assert check_image_bytes(raw, mime) == (width, height)
    else:
        with pytest.raises(ValueError, match="declares"):
            check_image_bytes(raw, mime)
