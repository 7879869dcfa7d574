"""Group, Ungroup, paste with groups and Paste Style, on plain documents with no Qt.

Each step undoes to the same bytes it started from (``editor.model.dumps``) and redoes to the
same bytes it first made.
"""

from __future__ import annotations

import pytest

from editor.commands import Command, CommandError, Group, Paste, PasteStyle, Ungroup
from editor.commands.groups import group_members, selection_unit, whole_units
from editor.model import Box, Document, Rect, Style, dumps, plain
from editor.model.style import Dash


def box(element_id: str, x: float, groups: list[str] | None = None) -> Box:
    return Box(id=element_id, rect=Rect(x=x, y=0, width=100, height=60), name=plain(element_id), groups=groups)


def applied(document: Document, command: Command) -> str:
    """Apply, check undo and redo byte for byte, and return the document after the step."""
    before = dumps(document)
    command.apply(document)
    after = dumps(document)
    command.revert(document)
    assert dumps(document) == before
    command.apply(document)
    assert dumps(document) == after
    return after


def groups(document: Document) -> dict[str, list[str] | None]:
    return {element.id: element.groups for element in document.elements}


def test_group_gives_every_member_one_new_group_and_a_click_picks_them_all() -> None:
    document = Document(elements=[box("a", 0), box("b", 200), box("c", 400)])
    applied(document, Group(["a", "b"]))
    assert groups(document) == {"a": ["group-1"], "b": ["group-1"], "c": None}
    assert selection_unit(document, "b") == ["a", "b"]
    assert selection_unit(document, "c") == ["c"]


def test_grouping_groups_nests_and_grouping_inside_an_entered_group_stays_inside_it() -> None:
    document = Document(elements=[box("a", 0, ["g1"]), box("b", 200, ["g1"]), box("c", 400)])
    applied(document, Group(["a", "b", "c"]))
    assert groups(document) == {"a": ["g1", "group-1"], "b": ["g1", "group-1"], "c": ["group-1"]}
    assert selection_unit(document, "a") == ["a", "b", "c"]
    assert selection_unit(document, "a", entered="group-1") == ["a", "b"]
    assert selection_unit(document, "a", entered="g1") == ["a"]
    applied(document, Group(["a", "b", "c"]))  # picked inside group-1, which all share: nested in it
    assert groups(document) == {
        "a": ["g1", "group-2", "group-1"],
        "b": ["g1", "group-2", "group-1"],
        "c": ["group-2", "group-1"],
    }


def test_ungroup_dissolves_only_the_outermost_group_held_whole() -> None:
    document = Document(elements=[box("a", 0, ["in", "out"]), box("b", 200, ["in", "out"]), box("c", 400, ["out"])])
    applied(document, Ungroup(["a", "b", "c"]))
    assert groups(document) == {"a": ["in"], "b": ["in"], "c": None}
    applied(document, Ungroup(["a", "b"]))
    assert groups(document) == {"a": None, "b": None, "c": None}
    with pytest.raises(CommandError):
        Ungroup(["a"]).apply(document)


def test_a_group_needs_two_elements() -> None:
    document = Document(elements=[box("a", 0)])
    with pytest.raises(CommandError):
        Group(["a"]).apply(document)


def test_a_rubber_band_keeps_only_whole_groups() -> None:
    document = Document(elements=[box("a", 0, ["g"]), box("b", 200, ["g"]), box("c", 400)])
    assert whole_units(document, ["a", "c"]) == ["c"]
    assert whole_units(document, ["a", "b", "c"]) == ["a", "b", "c"]


def test_pasted_groups_get_fresh_ids_and_a_group_of_one_is_dropped() -> None:
    document = Document(elements=[box("a", 0, ["g"]), box("b", 200, ["g"]), box("c", 400, ["g"])])
    applied(document, Paste(document, [document.element("a"), document.element("b")], 20, 20))
    pasted = [element for element in document.elements if element.id not in {"a", "b", "c"}]
    assert [element.groups for element in pasted] == [["group-1"], ["group-1"]]
    assert group_members(document, "g") == ["a", "b", "c"]
    applied(document, Paste(document, [document.element("c")], 20, 20))
    assert document.elements[-1].groups is None


def test_paste_style_copies_every_field_but_the_sketch_seed() -> None:
    document = Document(elements=[box("a", 0), box("b", 200)])
    document.element("b").style = Style(seed=7, fill="#ff0000", sketch=True)
    source = Style(palette="note", dash=Dash.DOTTED, seed=99)
    applied(document, PasteStyle(["a", "b"], source))
    assert document.element("a").style == Style(palette="note", dash=Dash.DOTTED)
    assert document.element("b").style == Style(palette="note", dash=Dash.DOTTED, seed=7)
