"""The SVG writer: clean SVG 1.1 straight from the display list (no QSvgGenerator).

One ``<g id>`` per element, real ``<text>`` per line, explicit font stacks, no external
references; optionally the fonts used, subset, inline. What nearly every element shares
(the font stack, ``xml:lang``, direction, round line caps and joins, no default fill) is said
once on the root ``<svg>``, where SVG's inheritance hands it down; each element writes only
what differs. A 10,000-box export is mostly coordinates, so the hot loop formats a whole
path with one C-level ``%``; whole numbers in attributes lose their ``.0``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any, cast

from PySide6.QtCore import QRectF

from editor.model.io import paused_gc
from editor.render.display_list import DisplayList, DrawOp, ElementGroup, IconOp, ImageOp, PathOp, TextLineOp
from editor.render.fonts import css_family_list
from editor.render.forked import later
from editor.render.icons import EM, glyph
from editor.render.painter import GRID_WIDTH, grid_lines
from editor.render.sketch import Outline
from editor.render.svg_format import color_attrs, coordinate, formatted_path, number, rect_start
from editor.render.svg_glyphs import GlyphDefinitions, glyph_runs
from editor.render.svg_names import MARKUP_ESCAPES, description, escape, line_joint

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]")
#: inherited from the root: every stroke in the display list has round caps and joins (as
#: QPainter draws them), and a shape without a fill colour is not filled
_SHARED = ' fill="none" stroke-linecap="round" stroke-linejoin="round"'


@lru_cache(maxsize=1024)
def _paint(
    fill: str | None, stroke: str | None, stroke_width: float, dash: tuple[float, ...], opacity: float
) -> tuple[str, bool]:
    """The paint attributes of a path, and whether paths painted alike may share one ``<path>``.

    A document uses a handful of combinations, so each is built once. Sharing is safe for opaque,
    unfilled strokes (an arrow's shaft and head): one stroke of both subpaths is the same picture
    as two strokes, where a fill (winding) or transparency (overlaps counted once) could differ.
    """
    attrs = [color_attrs("fill", fill)]
    if stroke:
        attrs.append(color_attrs("stroke", stroke))
        attrs.append(f' stroke-width="{number(stroke_width)}"')
        if dash:
            attrs.append(f' stroke-dasharray="{",".join(number(value) for value in dash)}"')
    if opacity < 1:
        attrs.append(f' opacity="{number(opacity)}"')
    written = "".join(attrs)
    return written + "/>", bool(stroke) and not fill and "opacity" not in written


@lru_cache(maxsize=1024)
def _text_attrs(  # noqa: PLR0917
    families: tuple[str, ...],
    size: float,
    weight: int,
    color: str,
    opacity: float,
    direction: str,
    language: str,
    defaults: tuple[tuple[str, ...], str, str],
) -> str:
    """Every attribute of a ``<text>`` but its position and what it inherits, built once per text style."""
    inherited_families, inherited_direction, _language = defaults
    attrs = f' font-size="{number(size)}" fill="{color[:7]}"'
    if weight >= 600:
        attrs += ' font-weight="bold"'
    if len(color) == 9:
        attrs += f' fill-opacity="{number(int(color[7:9], 16) / 255)}"'
    if opacity < 1:
        attrs += f' opacity="{number(opacity)}"'
    if families != inherited_families:
        attrs += f' font-family="{escape(css_family_list(families))}"'
    if direction != inherited_direction:
        # Pinned at the left edge Qt measured: viewers measure text a little differently, and a
        # fixed pen origin keeps their rendering on top of ours (centred anchors drift by half the gap).
        attrs += ' direction="rtl" text-anchor="end"' if direction == "rtl" else ' direction="ltr" text-anchor="start"'
    if direction == "rtl":
        attrs += ' unicode-bidi="embed"'  # not inherited
    # on every line, not only where it differs from the root: screen readers and the browser's
    # font choice read it per text, and a line copied out of the SVG keeps its language
    attrs += f' lang="{escape(language)}"'
    return attrs + ">"


@lru_cache(maxsize=1024)
def _outline_attrs(color: str, opacity: float, language: str) -> str:
    """The paint and language of a line written as glyph outlines (its ``<g>`` after the placement)."""
    attrs = color_attrs("fill", color)
    if opacity < 1:
        attrs += f' opacity="{number(opacity)}"'
    return attrs + f' lang="{escape(language)}"'


def _icon_id(name: str) -> str:
    return "icon-" + _ID_UNSAFE.sub("_", name)


@lru_cache(maxsize=1024)
def _use(name: str, color: str, opacity: float) -> tuple[str, str] | None:
    """What a ``<use>`` of this glyph says before and after its placement (None: no such icon)."""
    if glyph(name) is None:
        return None
    faded = f' opacity="{number(opacity)}"' if opacity < 1 else ""
    return f'<use xlink:href="#{_icon_id(name)}" transform="translate(', f'" fill="{color[:7]}"{faded}/>'


def _icon(op: IconOp, used: dict[str, str]) -> str:
    """A ``<use>`` of the glyph, defined once in ``<defs>`` however many boxes show it."""
    parts = _use(op.name, op.color, op.opacity)
    if parts is None:
        return ""
    if op.name not in used:
        used[op.name] = glyph(op.name).svg_d  # type: ignore[union-attr]
    x, y, size, _ = cast(tuple[float, float, float, float], op.rect.getRect())  # one Qt call, not three
    place = ("%.2f %.2f) scale(%.5f)" % (x, y, size / EM)).replace(".00 ", " ").replace(".00)", ")")  # noqa: UP031
    return parts[0] + place + parts[1]


def _image(op: ImageOp) -> str:
    rect = op.rect
    opacity = f' opacity="{number(op.opacity)}"' if op.opacity < 1 else ""
    return (
        f'<image x="{number(rect.x())}" y="{number(rect.y())}" width="{number(rect.width())}" '
        f'height="{number(rect.height())}" '
        f'preserveAspectRatio="none" xlink:href="data:{op.mime};base64,{op.data}"{opacity}/>'
    )


def _inherited_text(display_list: DisplayList) -> tuple[tuple[str, ...], str, str]:
    """(font stack, direction, language) the root states for every ``<text>``: the first line's stack
    (the theme's, for nearly every document), the document's direction and language."""
    families: tuple[str, ...] = ()
    for group in display_list.groups:
        for op in group.ops:
            if type(op) is TextLineOp:
                families = op.families
                break
        if families:
            break
    return families, display_list.direction, display_list.language


def _groups(
    groups: list[ElementGroup],
    defaults: tuple[tuple[str, ...], str, str],
    icons: dict[str, str],
    labels: dict[str, str],
    glyphs: GlyphDefinitions | None,
) -> list[str]:
    """Every element's ``<g id>`` as strings, in paint order: the loop of big exports, kept flat
    (one string per shape, no helper call where a C-level format does the work).

    Each group starts with a ``<title>``, its words (escaped) or else its id; ``labels`` gets the
    words of every element that has some. Lines in one style are one text broken by the layout
    (joined by a space); a change of style starts another (a name, then its role: joined by ". ",
    which a screen reader pauses at). With ``glyphs``, text is written as outlines.
    """
    out: list[str] = []
    append = out.append
    paint, text_attrs, escapes, unsafe_id = _paint, _text_attrs, MARKUP_ESCAPES, _ID_UNSAFE
    for group in groups:
        start = len(out)
        shared = ""  # the attributes of the <path> just written, when the next may join it
        element_id = unsafe_id.sub("_", group.element_id)
        append(f'<g id="{element_id}">')
        words: list[str] = []
        style = ""
        ops: list[Any] = group.ops
        for op in ops:
            kind = type(op)
            if kind is PathOp:
                attrs, shareable = paint(op.fill, op.stroke, op.stroke_width, op.dash, op.opacity)
                if op.rect is not None:
                    append(rect_start(op.rect) + attrs)
                    shared = ""
                    continue
                commands = op.commands
                if type(commands) is Outline:
                    d = commands.svg_d
                    if d is None:
                        d = commands.svg_d = formatted_path(commands)
                else:
                    d = formatted_path(commands)
                if shareable and attrs is shared:  # the same stroke goes on: one more subpath
                    out[-1] = f'{out[-1][: -len(attrs) - 1]}{d}"{attrs}'
                else:
                    append(f'<path d="{d}"{attrs}')
                    shared = attrs if shareable else ""
                continue
            shared = ""
            if kind is TextLineOp:
                text = op.text
                # layout_block already removed control characters: only markup needs escaping here
                if "&" in text or "<" in text or ">" in text or '"' in text:
                    text = text.translate(escapes)
                attrs = text_attrs(
                    op.families, op.size, op.weight, op.color, op.opacity, op.direction, op.language, defaults
                )
                if words:  # the same cached attributes: the same style (see the docstring)
                    words.append(line_joint(words[-1], text) if attrs is style else ". ")
                style = attrs
                words.append(text)
                x, y = op.x, op.y
                if glyphs is not None:
                    if runs := glyph_runs(op, glyphs):
                        place = f"{coordinate(x)} {coordinate(y)}"
                        outline_paint = _outline_attrs(op.color, op.opacity, op.language)
                        append(f'<g transform="translate({place})"{outline_paint} aria-label="{text}">{runs}</g>')
                    continue
                # textLength: each line as long as Qt measured it. Viewers lay glyphs out their own way
                # (Chromium rounds every advance to a whole pixel): without it a line drifts, by 2 %
                # of the pixels in the clean theme, and with a fallback font runs past its box.
                length = ("%.1f" % (op.advance or op.width)).removesuffix(".0")  # whole numbers whole
                if type(x) is int and type(y) is int:  # placed on whole pixels, as layout does
                    append(f'<text x="{x}" y="{y}" textLength="{length}"{attrs}{text}</text>')
                else:
                    append(f'<text x="{coordinate(x)}" y="{coordinate(y)}" textLength="{length}"{attrs}{text}</text>')
            elif kind is IconOp:
                if icon := _icon(op, icons):
                    append(icon)
            else:
                append(_image(op))
        if len(out) == start + 1:
            out.pop()  # nothing drawn: no empty group
        else:
            label = "".join(words)
            if label:
                labels[group.element_id] = label
            out[start] += f"<title>{label or element_id}</title>"
            append("</g>\n")
    return out


def groups_markup(
    groups: list[ElementGroup],
    defaults: tuple[tuple[str, ...], str, str],
    icons: dict[str, str],
    labels: dict[str, str],
) -> list[str]:
    """The ``<g id>`` of each group as :func:`to_svg` writes them (for a body written in slices)."""
    return _groups(groups, defaults, icons, labels, None)


def svg_id(element_id: str) -> str:
    """An element id as its ``<g id>`` says it (characters outside XML names replaced)."""
    return _ID_UNSAFE.sub("_", element_id)


def ops_markup(
    ops: list[DrawOp],
    defaults: tuple[tuple[str, ...], str, str],
    icons: dict[str, str],
    glyphs: GlyphDefinitions | None = None,
) -> str:
    """One element's ops as SVG without its ``<g id>``: the multi-language writer calls it per language
    (with ``glyphs``, its text as outlines defined there)."""
    return "".join(_groups([ElementGroup("", 0, QRectF(), ops)], defaults, icons, {}, glyphs)[1:-1])


#: writes the body (every element) given the root's inherited (font stack, direction, language), the
#: icon glyphs used so far and, for text as outlines, the glyph definitions to use (else None);
#: :func:`to_svg` writes the document around it
BodyWriter = Callable[[tuple[tuple[str, ...], str, str], dict[str, str], GlyphDefinitions | None], list[str]]


def export_area(display_list: DisplayList, padding: float) -> QRectF:
    """The document area an export shows: the content's bounds plus padding, on whole pixels."""
    bounds = display_list.bounds.adjusted(-padding, -padding, padding, padding)
    left, top = math.floor(bounds.left()), math.floor(bounds.top())
    right, bottom = math.ceil(bounds.right()), math.ceil(bounds.bottom())
    return QRectF(left, top, max(right - left, 1), max(bottom - top, 1))


def to_svg(
    display_list: DisplayList,
    *,
    embed_fonts: bool = False,
    text_as_paths: bool = False,
    document_json: str | None = None,
    padding: float = 24.0,
    transparent: bool = False,
    grid: bool = True,
    body: BodyWriter | None = None,
    titles: Sequence[tuple[str, str, str]] = (),
    labels: Mapping[str, str] | None = None,
    font_css: Callable[[], str] | None = None,
    metadata: str | None = None,
) -> str:
    """The display list as an SVG document (width and height in px at 96 dpi, with a viewBox).

    ``embed_fonts``: subsets of the fonts used, inline (WOFF2; the exports' default, off here so
    callers that only look at the structure skip the subsetting). ``text_as_paths``: glyph outlines
    instead of ``<text>`` (no font needed to read it; fonts are then not embedded).
    ``document_json``: the document, carried in ``<metadata>`` so the SVG opens again for editing.
    ``body`` replaces the elements' groups (the multi-language SVG writes its ``<switch>``es there);
    ``titles`` then gives (language, title, escaped description) per language, the fallback's first;
    or ``labels`` the escaped words of each element the body wrote, for the one-language ``<desc>``.
    ``font_css`` gives the @font-face rules when the caller has them under way already (the streamed
    writer subsets while it lays out); ``embed_fonts`` then does nothing more. ``metadata`` is the
    ``<metadata>`` block made already from the document's JSON (``svg_metadata``: the streamed
    writer packs it on another core), in place of ``document_json``.
    """
    area = export_area(display_list, padding)
    x, y, w, h = (number(area.x()), number(area.y()), number(area.width()), number(area.height()))
    defaults = _inherited_text(display_list)
    families, direction, language = defaults
    inherited = _SHARED
    if families and not text_as_paths:
        inherited += f' font-family="{escape(css_family_list(families))}"'
    if direction == "rtl":
        inherited += ' direction="rtl" text-anchor="end"'
    icons: dict[str, str] = {}
    words: dict[str, str] = dict(labels or {})
    glyphs = GlyphDefinitions() if text_as_paths else None
    if font_css is None and embed_fonts and not text_as_paths:
        from editor.render.font_embedding import font_face_css

        # subset in a forked child (when it is safe) while the body is written here
        font_css = later(font_face_css, display_list)
    with paused_gc():
        written = (
            body(defaults, icons, glyphs)
            if body is not None
            else _groups(display_list.groups, defaults, icons, words, glyphs)
        )
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{w}" height="{h}" viewBox="{x} {y} {w} {h}" role="img" xml:lang="{escape(language)}" '
        f'lang="{escape(language)}"{inherited}>\n',
    ]
    if titles:
        parts += [f'<title lang="{escape(code)}">{escape(title)}</title>\n' for code, title, _ in titles]
        parts += [f'<desc lang="{escape(code)}">{desc}</desc>\n' for code, _, desc in titles]
    else:
        parts += [
            f"<title>{escape(display_list.title)}</title>\n",
            f"<desc>{description(display_list, words)}</desc>\n",
        ]
    if metadata is None and document_json is not None:
        from editor.model.io import svg_metadata

        metadata = svg_metadata(document_json)
    if metadata is not None:
        parts.append(metadata)
    if font_css is not None:
        css = font_css()
        if css:
            parts.append(f"<defs><style>{css}</style></defs>\n")
    if not transparent:
        parts.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{display_list.background[:7]}"/>\n')
    if grid:
        lines = grid_lines(display_list.grid, area)
        if lines:
            d = "".join(f"M{number(x1)} {number(y1)}L{number(x2)} {number(y2)}" for x1, y1, x2, y2 in lines)
            parts.append(
                f'<path d="{d}" stroke="{display_list.grid.color[:7]}" stroke-width="{number(GRID_WIDTH)}" '
                'stroke-linecap="butt"/>\n'
            )
    if icons:
        parts.append("<defs>" + "".join(f'<path id="{_icon_id(name)}" d="{d}"/>' for name, d in icons.items()))
        parts.append("</defs>\n")
    if glyphs is not None:
        parts.append(glyphs.svg())
    parts.extend(written)
    parts.append("</svg>\n")
    return "".join(parts)
