"""The token shapes of Mermaid flowchart syntax: links, node brackets and the ``@{ ... }`` form.

Kept apart from the statement parser so the regular expressions that decide where an id ends and a
link begins (``sid-B36-->x`` is the id ``sid-B36`` and a link) live in one place, next to the
table of bracket pairs that name each node shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Complete links: (kind, compiled pattern); the groups ``s`` and ``e`` hold the end markers.
LINKS = (
    ("invisible", re.compile(r"~{3,}")),
    ("normal", re.compile(r"(?P<s>[<ox])?(?:-{2,}(?P<e>>|[ox](?![\w]))|-{3,})")),
    ("thick", re.compile(r"(?P<s>[<ox])?(?:={2,}(?P<e>>|[ox](?![\w]))|={3,})")),
    ("dotted", re.compile(r"(?P<s>[<ox])?-?\.+-(?P<e>>|[ox](?![\w]))?")),
)
#: The opening half of a link whose label sits inside it: ``-- text -->``, ``== text ==>``, ``-. text .->``
LABELED_START = re.compile(r"(?P<s>[<ox])?(?P<k>--|==|-\.)(?![->.=])")
LABELED_END = {
    "--": ("normal", re.compile(r"(?:-{2,}(?P<e>>|[ox](?![\w]))|-{3,})")),
    "==": ("thick", re.compile(r"(?:={2,}(?P<e>>|[ox](?![\w]))|={3,})")),
    "-.": ("dotted", re.compile(r"\.+-(?P<e>>|[ox](?![\w]))?")),
}
EDGE_ID = re.compile(r"([A-Za-z_][\w-]*)@(?=[-=~<ox.])")
CLASS_SUFFIX = re.compile(r":::([\w-]+)")
PIPE_LABEL = re.compile(r"[ \t]*\|([^|\n]*)\|")

#: Characters that end a node id wherever they appear.
ID_STOP = frozenset(' \t\r\n;&|"[](){}<>@,')

#: (opener, ((closer, shape), ...)), longest openers first so ``(((`` wins over ``((`` and ``(``.
SHAPES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("(((", ((")))", "double-circle"),)),
    ("((", (("))", "circle"),)),
    ("([", (("])", "stadium"),)),
    ("[[", (("]]", "subroutine"),)),
    ("[(", ((")]", "cylinder"),)),
    ("[/", (("/]", "lean-right"), ("\\]", "trapezoid"))),
    ("[\\", (("\\]", "lean-left"), ("/]", "inverted-trapezoid"))),
    ("{{", (("}}", "hexagon"),)),
    ("(", ((")", "round"),)),
    ("[", (("]", "rect"),)),
    ("{", (("}", "diamond"),)),
    (">", (("]", "asymmetric"),)),
)

#: ``@{ shape: NAME }`` names (and their aliases) -> the shape names the bracket forms use
SHAPE_ALIASES = {
    "rect": "rect",
    "proc": "rect",
    "process": "rect",
    "rectangle": "rect",
    "rounded": "round",
    "event": "round",
    "stadium": "stadium",
    "pill": "stadium",
    "terminal": "stadium",
    "cyl": "cylinder",
    "cylinder": "cylinder",
    "db": "cylinder",
    "database": "cylinder",
    "circle": "circle",
    "circ": "circle",
    "sm-circ": "circle",
    "dbl-circ": "double-circle",
    "double-circle": "double-circle",
    "diam": "diamond",
    "diamond": "diamond",
    "decision": "diamond",
    "question": "diamond",
    "hex": "hexagon",
    "hexagon": "hexagon",
    "prepare": "hexagon",
    "subproc": "subroutine",
    "subprocess": "subroutine",
    "subroutine": "subroutine",
    "fr-rect": "subroutine",
    "doc": "document",
    "document": "document",
    "cloud": "cloud",
    "lean-r": "lean-right",
    "lean-right": "lean-right",
    "in-out": "lean-right",
    "lean-l": "lean-left",
    "lean-left": "lean-left",
    "out-in": "lean-left",
}
_ATTRIBUTE = re.compile(r"""(\w+)\s*:\s*("[^"]*"|'[^']*'|[^,\n}]*)""")


def link_at(text: str, position: int) -> re.Match[str] | None:
    """A complete or labeled-start link beginning exactly at ``position``, if there is one."""
    for _, pattern in LINKS:
        match = pattern.match(text, position)
        if match:
            return match
    return LABELED_START.match(text, position)


def id_end(text: str, position: int) -> int:
    """Where a node id that starts at ``position`` ends: at a stop character, a class suffix
    (``:::``), a shape bracket, or the first character of a link."""
    end = position
    while end < len(text):
        char = text[end]
        if char in ID_STOP or text.startswith(":::", end):
            break
        if char in "-=.~" and end > position and link_at(text, end):
            break
        end += 1
    return end


@dataclass(frozen=True, slots=True)
class Attributes:
    """The ``@{ key: value, ... }`` form of a node, values unquoted."""

    values: dict[str, str]


def parse_attributes(body: str) -> Attributes:
    values: dict[str, str] = {}
    for key, value in _ATTRIBUTE.findall(body):
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.lower()] = value
    return Attributes(values)


def closing_quote(text: str, position: int) -> int:
    """The index of the ``"`` that closes the string opened at ``position``, or -1."""
    return text.find('"', position + 1)
