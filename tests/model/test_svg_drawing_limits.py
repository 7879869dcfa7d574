"""The SVG check's measure of what is drawn once ``#references`` are followed, against a plain
expansion of the same tree: hypothesis builds small trees of groups whose ids and references
(``href="#x"`` and ``fill="url(#x)"``) point anywhere, forward, backward, at themselves or at
nothing, and the check must accept exactly those whose expansion stays within the limits (here
made small, so the expansion stays cheap to compute the slow way)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import svg_check
from tests.model import image_samples as samples

LIMIT_ELEMENTS = 40
LIMIT_DEPTH = 7
NAMES = ("a", "b", "c", "d", "z")  # "z" is never given as an id: a reference to nothing


@dataclass
class Node:
    element_id: str | None = None
    refs: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)


class Refused(Exception):
    pass


def _tree(parents: list[int], ids: list[str | None], refs: list[list[str]]) -> Node:
    """Node 0 is the <svg>; node i > 0 hangs under ``parents[i - 1] % i``."""
    nodes = [Node()] + [Node(ids[index], refs[index]) for index in range(len(parents))]
    for index, parent in enumerate(parents, start=1):
        nodes[parent % index].children.append(nodes[index])
    return nodes[0]


def _xml(node: Node) -> str:
    attributes = "" if node.element_id is None else f' id="{node.element_id}"'
    if node.refs:
        attributes += f' href="#{node.refs[0]}"'
    if len(node.refs) > 1:
        attributes += f' fill="url(#{node.refs[1]})"'
    return f"<g{attributes}>" + "".join(_xml(child) for child in node.children) + "</g>"


def _first_ids(node: Node, found: dict[str, Node]) -> dict[str, Node]:
    """Ids in document order; the first of a repeated id wins, as in the check."""
    if node.element_id is not None:
        found.setdefault(node.element_id, node)
    for child in node.children:
        _first_ids(child, found)
    return found


def _expand(node: Node, ids: dict[str, Node], following: tuple[str, ...]) -> tuple[int, int]:
    """(elements, levels) drawn from ``node`` with every reference copied in, the slow way."""
    drawn, levels = 1, 1
    for child in node.children:
        child_drawn, child_levels = _expand(child, ids, following)
        drawn, levels = drawn + child_drawn, max(levels, 1 + child_levels)
    for target in node.refs[:2]:
        if target not in ids:
            continue
        if target in following:
            raise Refused("cycle")
        target_drawn, target_levels = _expand(ids[target], ids, (*following, target))
        drawn, levels = drawn + target_drawn, max(levels, 1 + target_levels)
    if drawn > LIMIT_ELEMENTS or levels > LIMIT_DEPTH:
        raise Refused("too much")
    return drawn, levels


@settings(max_examples=300, deadline=None)
@given(
    parents=st.lists(st.integers(0, 100), min_size=1, max_size=9),
    ids=st.lists(st.sampled_from((*NAMES[:4], None)), min_size=9, max_size=9),
    refs=st.lists(st.lists(st.sampled_from(NAMES), max_size=2), min_size=9, max_size=9),
)
def test_the_check_accepts_exactly_what_expands_within_the_limits(
    parents: list[int], ids: list[str | None], refs: list[list[str]]
) -> None:
    root = _tree(parents, ids, refs)
    raw = samples.svg("".join(_xml(child) for child in root.children))
    try:
        expected = _expand(root, _first_ids(root, {}), ())
    except Refused:
        expected = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(svg_check, "MAX_SVG_ELEMENTS", LIMIT_ELEMENTS)
        patch.setattr(svg_check, "MAX_SVG_DEPTH", LIMIT_DEPTH)
        try:
            svg_check.check_svg(raw)
            tree = svg_check._Checker()  # the measure itself, to compare its numbers
        except ValueError as error:
            assert expected is None, (raw, expected, str(error))
            return
        assert expected is not None, raw
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = tree.start
    parser.EndElementHandler = tree.end
    parser.Parse(raw, True)
    assert tree.tree.measure() == expected


def test_fills_naming_one_gradient_do_not_count_its_stops_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """60 rectangles filled with one three-stop gradient draw 60 elements, not 240; a pattern's
    content is drawn for each shape it fills, so 60 fills of a three-shape pattern are refused."""
    monkeypatch.setattr(svg_check, "MAX_SVG_ELEMENTS", 100)
    fills = '<rect width="1" height="1" fill="url(#paint)"/>' * 60
    gradient = '<linearGradient id="paint"><stop offset="0"/><stop offset="0.5"/><stop offset="1"/></linearGradient>'
    assert svg_check.check_svg(samples.svg(f"<defs>{gradient}</defs>{fills}")) == (40, 40)
    pattern = '<pattern id="paint" width="2" height="2"><rect width="1" height="1"/><circle r="1"/></pattern>'
    with pytest.raises(ValueError, match="draws more than 100 elements"):
        svg_check.check_svg(samples.svg(f"<defs>{pattern}</defs>{fills}"))
