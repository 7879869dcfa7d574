"""The characters a document's text lines will hold, by style, read from the document alone.

An SVG export embeds font subsets of exactly the characters its text lines use, and subsetting
takes 0.2-0.6 s a face (fontTools; a handwriting font's alternates are the slow part). The lines
are known only once every element is laid out, but their characters nearly always are the
characters of the elements' texts: a line is a piece of its text, broken at spaces. So the
streamed writer hands this forecast to a forked child that subsets while the layout runs
(``forked.ahead``), and checks it against the lines at the end: a wrong forecast (a right-to-left
paragraph gains isolating controls, a new element kind) only costs the time it would have taken.

Each element kind's texts and weights here mirror its layout in ``layout_elements``; the tests
compare the forecast with the laid-out lines for every kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from editor.model.document import AnyElement
from editor.model.elements import Arrow, Box, Frame, Legend, TextElement, TextRole
from editor.model.style import Style, TextDirection
from editor.render import bidi
from editor.render.font_embedding import Characters, TextKey, text_key, without_space
from editor.render.layout_context import BOLD, REGULAR, LayoutContext, weight
from editor.render.text import clean_text

_BOLD_ROLES = (TextRole.TITLE, TextRole.HEADING, TextRole.CALLOUT)


def _texts(ctx: LayoutContext, element: AnyElement, style: Style) -> list[tuple[str, int]]:
    """(text, weight) of every text the element's layout draws, as ``layout_elements`` draws them
    (a legend's numbers are laid out left to right: their digits are all they hold)."""
    if isinstance(element, Box):
        return [(ctx.text(element.name), weight(style, BOLD)), (ctx.text(element.role), weight(style, REGULAR))]
    if isinstance(element, Arrow):
        return [(ctx.text(element.label), weight(style, BOLD))]
    if isinstance(element, TextElement):
        return [(ctx.text(element.text), weight(style, BOLD if element.role in _BOLD_ROLES else REGULAR))]
    if isinstance(element, Frame):
        return [(ctx.text(element.title), weight(style, BOLD))]
    if isinstance(element, Legend):
        entries = [(ctx.text(entry.text), weight(style, REGULAR)) for entry in element.entries]
        digits = [(str(number), BOLD) for number in range(element.start, element.start + len(element.entries))]
        return [(ctx.text(element.title), weight(style, BOLD)), *entries, *digits]
    return []  # images: no text


def forecast_characters(ctx: LayoutContext, elements: Sequence[AnyElement]) -> Characters:
    """The characters ``font_embedding.line_characters`` will find in the layout of ``elements``, foretold."""
    # texts by style and by the direction their paragraphs fall back to: most documents then
    # take one look at all their texts at once (no right-to-left letter: nothing is isolated)
    texts: dict[tuple[TextKey, bool, bool], list[str]] = defaultdict(list)
    families_of: dict[int, tuple[str, ...]] = {}
    for element in elements:
        style = ctx.style(element)
        families = families_of.get(id(style))
        if families is None:  # ctx keeps each resolved style: its id stands for it during this loop
            families = families_of[id(style)] = ctx.families(style)
        rtl, per_paragraph = ctx.rtl, ctx.per_paragraph
        if style.text_direction is not None and style.text_direction is not TextDirection.AUTO:  # as layout._group
            rtl, per_paragraph = style.text_direction is TextDirection.RTL, False
        for text, text_weight in _texts(ctx, element, style):
            texts[text_key(families, text_weight), rtl, per_paragraph].append(text)
    shown: dict[TextKey, list[str]] = defaultdict(list)
    for (key, rtl, per_paragraph), found in texts.items():
        # cleaned as layout_block cleans (controls out, tabs as spaces; "\n" joins, and is space)
        joined = clean_text("\n".join(found))
        if rtl or (per_paragraph and any(bidi.is_rtl_letter(char) for char in set(joined))):
            joined = "\n".join(_isolated(text, rtl, per_paragraph) for text in joined.split("\n"))
        shown[key].append(joined)
    return without_space(shown)


def _isolated(paragraph: str, rtl: bool, per_paragraph: bool) -> str:
    """The paragraph as ``text._measured`` lays it out: in a right-to-left paragraph, its
    left-to-right runs isolated (LRI...PDI)."""
    return (
        bidi.isolate_ltr_runs(paragraph)
        if (bidi.paragraph_is_rtl(paragraph, rtl) if per_paragraph else rtl)
        else paragraph
    )
