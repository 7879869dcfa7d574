"""One SVG holding every language: each translated text in a ``<switch>`` on ``systemLanguage``.

A browser draws the first child of a ``<switch>`` whose conditions hold, so each element's text
is written once per language (``<g systemLanguage="de">``) with the fallback language last and
unconditional: a reader whose browser asks for German sees German, anyone else the fallback
(the source language when it is exported, else the first language asked for). Each language's
text is laid out on its own, with its own direction, fonts and line breaks, exactly as the
single-language SVG and PNG of that language draw it.

The geometry is shared. So that no language's text runs over its box onto a neighbour, the
geometry is the one every language fits: each element whose text overflows in any of the
languages grows around its centre until it fits in all of them (``editor.render.fit``, the
rule of ``fit: grow``; shrinking text shrinks first) and bound arrows follow; where the grown
box would cover another element, it keeps its size and its text shrinks instead (``fit: shrink``,
in the languages that need it), as docs/make_images.py fits the README's example. An element whose
shapes still differ between languages (an arrow label's backing, sized to its text) is written
whole per language inside the ``<switch>``; otherwise its shapes are written once and only the
text is switched. Languages whose text is the fallback's are left out of the ``<switch>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from editor.model import Arrow, Document, Frame, Rect, TextFit
from editor.render.display_list import DisplayList, DrawOp, ElementGroup, TextLineOp
from editor.render.fit import grown_rects
from editor.render.layout import layout_document
from editor.render.svg import ops_markup, svg_id, to_svg
from editor.render.svg_glyphs import GlyphDefinitions
from editor.render.svg_names import element_label, escape, reading_description

Defaults = tuple[tuple[str, ...], str, str]


@dataclass(slots=True)
class MultilingualSvg:
    """The SVG text, the languages in ``<switch>`` order (fallback last), the elements grown to fit and
    those whose text shrank instead (growing would have covered a neighbour), each language's layout."""

    svg: str
    languages: list[str]
    grown: list[str]
    shrunk: list[str]
    display_lists: dict[str, DisplayList]
    #: the document as the SVG shows it (the one given, when every text fitted already)
    fitted: Document


def fallback_order(document: Document, languages: Sequence[str]) -> list[str]:
    """``languages`` without repeats, the fallback (source language if present, else the first) last."""
    chosen = list(dict.fromkeys(languages))
    fallback = document.settings.source_language if document.settings.source_language in chosen else chosen[0]
    return [code for code in chosen if code != fallback] + [fallback]


def _overlaps(first: Rect, second: Rect) -> bool:
    """Whether two rectangles share more than their edges (1 px of slack for touching borders)."""
    return (
        first.x + 1 < second.right
        and second.x + 1 < first.right
        and first.y + 1 < second.bottom
        and second.y + 1 < first.bottom
    )


def _newly_covered(before: Document, after: Document, element_id: str) -> bool:
    """Whether ``element_id``'s rectangle in ``after`` covers an element it did not cover in ``before``
    (frames are containers, arrows follow their boxes: neither counts)."""
    grown, old = after.element(element_id).rect, before.element(element_id).rect  # type: ignore[union-attr]
    return any(
        _overlaps(grown, other.rect) and not _overlaps(old, other.rect)
        for other in after.elements
        if other.id != element_id and not isinstance(other, (Arrow, Frame))
    )


def fitted_for_languages(document: Document, languages: Sequence[str]) -> tuple[Document, list[str], list[str]]:
    """A copy of ``document`` whose texts fit in every one of ``languages``: (copy, ids grown, ids shrunk).

    An element whose text overflows in any language grows around its centre until it fits in all of
    them; where the grown rectangle would cover a neighbour it keeps its size and its text shrinks
    instead (in the languages that need it). ``document`` itself is never changed; when everything
    already fits it is returned as it is.
    """
    overflowing = {
        overflow.element_id for language in languages for overflow in layout_document(document, language).overflows
    }
    ordered = [element.id for element in document.elements if element.id in overflowing]
    rects = grown_rects(document, ordered, list(languages)) if ordered else {}
    if not rects:
        return document, [], []
    fitted = document.model_copy(deep=True)
    for element_id, rect in rects.items():
        fitted.element(element_id).rect = rect  # type: ignore[union-attr]  # grown_rects skips arrows
    shrunk = [element_id for element_id in rects if _newly_covered(document, fitted, element_id)]
    for element_id in shrunk:
        element = fitted.element(element_id)
        element.rect = document.element(element_id).rect  # type: ignore[union-attr]
        element.style = element.style.model_copy(update={"fit": TextFit.SHRINK})
    return fitted, [element_id for element_id in rects if element_id not in shrunk], shrunk


def _shapes_then_text(ops: list[DrawOp]) -> bool:
    """Whether every text op comes after every other op (so text can move into a switch of its own)."""
    seen_text = False
    for op in ops:
        if type(op) is TextLineOp:
            seen_text = True
        elif seen_text:
            return False
    return True


#: the ``lang`` the SVG writer puts on every text: two languages with the same words differ only there
_TEXT_LANG = re.compile(r' lang="[^"]*"')


def _switch(markups: list[str], languages: list[str], titles: list[str]) -> str:
    """A ``<switch>`` of per-language markup, the fallback (last) unconditional; plain markup when all agree.

    Languages drawn like the fallback are left out; languages drawn alike share one child, whose
    ``xml:lang`` is the first of them (the text inside names its own language where it differs).
    """
    fallback = markups[-1]
    words = _TEXT_LANG.sub("", fallback)
    children: dict[str, list[str]] = {}
    for markup, code, title in zip(markups[:-1], languages[:-1], titles[:-1], strict=True):
        if _TEXT_LANG.sub("", markup) != words:  # every text says its lang: the same words need no child
            children.setdefault(_titled(title, markup), []).append(code)
    fallback = _titled(titles[-1], fallback)
    if not children:
        return fallback
    parts = ["<switch>"]
    for markup, codes in children.items():
        attributes = f'systemLanguage="{escape(",".join(codes))}" xml:lang="{escape(codes[0])}"'
        parts.append(f"<g {attributes}>{markup}</g>" if markup else f"<g {attributes}/>")
    parts.append(f"<g>{fallback}</g></switch>" if fallback else "<g/></switch>")
    return "".join(parts)


def _titled(title: str, markup: str) -> str:
    """``markup`` led by the ``<title>`` a screen reader names its element by, in that language."""
    return f"<title>{title}</title>{markup}" if title else markup


def _element(
    groups: list[ElementGroup],
    languages: list[str],
    defaults: Defaults,
    icons: dict[str, str],
    glyphs: GlyphDefinitions | None,
) -> str:
    """One element in every language: shared shapes once and its text switched, or all of it switched.

    Each language's text is written as if its ``<g>`` said its language, so a text the language
    leaves untranslated is the same markup as the fallback's and needs no ``<switch>`` child.
    With ``glyphs``, every language's text is written as outlines defined there.
    """
    families, direction, _language = defaults
    each = [(families, direction, code) for code in languages]
    titles = [escape(element_label(group)) for group in groups]
    shapes = [[op for op in group.ops if type(op) is not TextLineOp] for group in groups]
    shape_markups = [ops_markup(ops, defaults, icons) for ops in shapes]
    if len(set(shape_markups)) == 1 and all(_shapes_then_text(group.ops) for group in groups):
        texts = [
            ops_markup([op for op in group.ops if type(op) is TextLineOp], own, icons, glyphs)
            for group, own in zip(groups, each, strict=True)
        ]
        return shape_markups[0] + _switch(texts, languages, titles)
    return _switch(
        [ops_markup(group.ops, own, icons, glyphs) for group, own in zip(groups, each, strict=True)],
        languages,
        titles,
    )


def _element_titles(groups: list[ElementGroup], languages: list[str]) -> str:
    """The ``<title>``s that lead an element's ``<g id>``: one per language whose words differ, each
    with its ``lang``, the fallback's first (as the root's); the id where the element has no words.
    The shapes outside the ``<switch>`` are named by these, the switched text by its own."""
    labels = [escape(element_label(group)) for group in groups]
    fallback = labels[-1] or svg_id(groups[-1].element_id)
    titles = [f'<title lang="{escape(languages[-1])}">{fallback}</title>']
    for label, code in zip(labels[:-1], languages[:-1], strict=True):
        if label and label != labels[-1]:
            titles.append(f'<title lang="{escape(code)}">{label}</title>')
    return "".join(titles)


def _merged(display_lists: list[DisplayList]) -> DisplayList:
    """One list for the document around the switches: the fallback's (last) settings, everyone's bounds
    (no language is clipped) and everyone's text (fonts are embedded for every language)."""
    fallback = display_lists[-1]
    bounds = QRectF(fallback.bounds)
    for display_list in display_lists[:-1]:
        bounds = bounds.united(display_list.bounds)
    groups = [group for display_list in reversed(display_lists) for group in display_list.groups]
    return DisplayList(
        bounds=bounds,
        background=fallback.background,
        grid=fallback.grid,
        groups=groups,
        overflows=[overflow for display_list in display_lists for overflow in display_list.overflows],
        language=fallback.language,
        title=fallback.title,
        direction=fallback.direction,
    )


def to_multilingual_svg(
    document: Document,
    languages: Sequence[str],
    *,
    embed_fonts: bool = False,
    text_as_paths: bool = False,
    document_json: str | None = None,
    padding: float = 24.0,
    transparent: bool = False,
    grid: bool = True,
) -> MultilingualSvg:
    """One SVG of ``document`` in every one of ``languages``, the browser choosing by its language.

    ``text_as_paths``: every language's text as glyph outlines (for readers without our fonts; a
    reader such as rsvg-convert picks its language by the same ``systemLanguage``), as ``to_svg``.
    """
    order = fallback_order(document, languages)
    fitted, grown, shrunk = fitted_for_languages(document, order)
    display_lists = [layout_document(fitted, code) for code in order]
    element_count = len(display_lists[-1].groups)

    def body(defaults: Defaults, icons: dict[str, str], glyphs: GlyphDefinitions | None) -> list[str]:
        out = []
        for index in range(element_count):
            groups = [display_list.groups[index] for display_list in display_lists]
            markup = _element(groups, order, defaults, icons, glyphs)
            if markup:
                titles = _element_titles(groups, order)
                out.append(f'<g id="{svg_id(groups[-1].element_id)}">{titles}{markup}</g>\n')
        return out

    # a <title> and <desc> per language, the fallback's first: a reader picks the one in its language
    titles = [
        (display_list.language, display_list.title, reading_description(display_list))
        for display_list in reversed(display_lists)
    ]
    svg = to_svg(
        _merged(display_lists),
        embed_fonts=embed_fonts,
        text_as_paths=text_as_paths,
        document_json=document_json,
        padding=padding,
        transparent=transparent,
        grid=grid,
        body=body,
        titles=titles,
    )
    return MultilingualSvg(svg, order, grown, shrunk, dict(zip(order, display_lists, strict=True)), fitted)
