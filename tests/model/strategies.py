"""Hypothesis strategies for valid documents (shared by model, render and command tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from editor.model import (
    Arrow,
    Box,
    Document,
    Endpoint,
    Frame,
    Legend,
    LegendEntry,
    LocalizedText,
    Rect,
    Settings,
    Style,
    TextElement,
    Variant,
)
from editor.model.text import Origin

LANGUAGES = ["en", "de", "ja", "ar", "pt-BR", "zh-Hans"]

coordinates = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
sizes = st.floats(min_value=1, max_value=800, allow_nan=False, allow_infinity=False)
#: Characters the text rule (editor.model.text.TEXT_PATTERN) refuses at load; tests/model/test_text_rule.py covers them.
REFUSED_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))
hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=REFUSED_CHARACTERS),
    max_size=40,
)
friendly_text = st.text(alphabet="abc XYZ<&>'\"]]>ÄöüßЖ日本語العربية\u200f\n", max_size=30)
texts = st.one_of(friendly_text, hostile_text)


@st.composite
def localized(draw: st.DrawFn) -> LocalizedText:
    source = draw(texts)
    variants = {}
    for language in draw(st.lists(st.sampled_from(LANGUAGES[1:]), unique=True, max_size=2)):
        variants[language] = Variant(
            text=draw(texts),
            source=draw(st.sampled_from([source, source + " (old)"])),
            origin=draw(st.sampled_from(list(Origin))),
        )
    return LocalizedText(text=source, variants=variants)


rects = st.builds(Rect, x=coordinates, y=coordinates, width=sizes, height=sizes)
styles = st.builds(
    Style,
    palette=st.sampled_from([None, "read-path", "write-path", "note"]),
    fill=st.sampled_from([None, "#ffffff", "#12ab34cc"]),
    stroke_width=st.one_of(st.none(), st.floats(min_value=0, max_value=10)),
    sketch=st.one_of(st.none(), st.booleans()),
    seed=st.one_of(st.none(), st.integers(min_value=0, max_value=2**31 - 1)),
)


@st.composite
def documents(draw: st.DrawFn, max_elements: int = 8) -> Document:
    count = draw(st.integers(min_value=0, max_value=max_elements))
    elements: list[object] = []
    for number in range(count):
        kind = draw(st.sampled_from(["box", "text", "legend"]))
        common = {"id": f"{kind}-{number}", "z": draw(st.integers(-5, 5)), "style": draw(styles), "rect": draw(rects)}
        if kind == "box":
            elements.append(
                Box(
                    **common,
                    icon=draw(st.sampled_from([None, "mdi6.database"])),
                    name=draw(localized()),
                    role=draw(localized()),
                )
            )
        elif kind == "text":
            elements.append(TextElement(**common, text=draw(localized())))
        else:
            entries = [LegendEntry(text=draw(localized())) for _ in range(draw(st.integers(0, 3)))]
            elements.append(Legend(**common, title=draw(localized()), entries=entries))
    placed = [element.id for element in elements]  # type: ignore[attr-defined]
    if placed:
        for number in range(draw(st.integers(0, 4))):
            source, target = draw(st.sampled_from(placed)), draw(st.sampled_from(placed))
            elements.append(
                Arrow(
                    id=f"arrow-{number}",
                    source=Endpoint(element=source),
                    target=Endpoint(element=target),
                    label=draw(localized()),
                )
            )
        members = draw(st.lists(st.sampled_from(placed), unique=True, max_size=3))
        elements.append(Frame(id="frame", rect=draw(rects), title=draw(localized()), members=members))
    languages = ["en", *draw(st.lists(st.sampled_from(LANGUAGES[1:]), unique=True, max_size=3))]
    settings = Settings(
        title=draw(localized()), languages=languages, theme=draw(st.sampled_from(["whiteboard", "clean"]))
    )
    return Document(settings=settings, elements=elements)
