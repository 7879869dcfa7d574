"""Validating a big document's element list in pieces, for ``diagram-editor validate``.

Checking a file does not need the document afterwards, only its verdict, its settings and its
icon names. Validating the element list a piece at a time keeps memory flat (a 200,000-element
file held 1.1 GB as one document: pydantic's models take about 4 KB an element), and the pieces
can be shared out between processes.

The pieces are cut where :func:`editor.model.io.dumps` writes a line between two elements: a
line that closes an object at four spaces and one that opens the next. A raw line break never
falls inside a JSON string, so such a line is always structure; cut anywhere else (a file laid
out otherwise, a nested list at that indent) a piece's brackets do not balance and pydantic
refuses it. Every piece is validated by the same element models as a whole document, the facts
that tie elements together are checked by the same :class:`~editor.model.references.ReferenceFacts`,
and anything refused here makes the caller load the file whole, which names the problem in the
usual words. So a file is valid in pieces exactly when it is valid whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pydantic import TypeAdapter, ValidationError

from editor.model.document import Document, Settings
from editor.model.elements import Element, icon_uses
from editor.model.io import paused_gc
from editor.model.references import ReferenceFacts

#: where the element list opens and closes, and the line between two elements, as dumps writes them
LIST_OPENS = b'\n  "elements": [\n'
LIST_CLOSES = b"\n  ]"
BETWEEN = b"\n    },\n    {"
#: about 2,000 elements of the generated benchmark documents a piece
PIECE_BYTES = 1 << 20
#: below this a file is validated whole: pieces and a second process only pay off on big files
WORTH_PIECES = 8 * PIECE_BYTES


@dataclass
class PieceFacts:
    """What validating some pieces found: their reference facts and each ``(element id, icon)``."""

    references: ReferenceFacts = field(default_factory=ReferenceFacts)
    icons: list[tuple[str, str]] = field(default_factory=list)

    def extend(self, later: PieceFacts) -> None:
        """Adds the facts of the pieces after these."""
        self.references.extend(later.references)
        self.icons += later.icons


@dataclass(frozen=True)
class Checked:
    """A valid file, as ``validate`` reports it."""

    settings: Settings
    element_count: int
    icons: list[tuple[str, str]]


@dataclass(frozen=True)
class Pieces:
    """A file cut into its envelope (the file with an empty element list) and the places
    (``start, end``) of the pieces of that list, each a run of whole elements."""

    envelope: bytes
    places: list[tuple[int, int]]


def cut(raw: bytes, piece_bytes: int = PIECE_BYTES) -> Pieces | None:
    """Where ``raw`` falls into pieces when it is laid out as dumps writes it, else None.

    Only the places: each process copies out its own pieces as it validates them (copying all
    90 MB of a 200,000-element file up front took a tenth of a second)."""
    opens = raw.find(LIST_OPENS)
    if not raw.startswith(b"{") or opens < 0:
        return None
    start = opens + len(LIST_OPENS)
    end = raw.rfind(LIST_CLOSES)  # the document's last key: scanning 90 MB forward for it took 0.06 s
    if end < start:
        return None
    places: list[tuple[int, int]] = []
    first = start
    while (between := raw.find(BETWEEN, first + piece_bytes, end)) >= 0:
        closed = between + BETWEEN.index(b"}") + 1  # just after the closing brace
        places.append((first, closed))
        first = closed + 1  # after the comma
    places.append((first, end))
    return Pieces(raw[:start] + raw[end:], places)


@cache
def _element_list() -> TypeAdapter[list[Element]]:
    return TypeAdapter(list[Element])


def piece_facts(raw: bytes, places: Sequence[tuple[int, int]]) -> PieceFacts | None:
    """The facts of the pieces of ``raw`` at ``places``, in order, each piece's models dropped before
    the next is read; None when pydantic refuses one."""
    adapter = _element_list()
    facts = PieceFacts()
    view = memoryview(raw)
    with paused_gc():
        for start, end in places:
            try:
                elements = adapter.validate_json(b"".join((b"[", view[start:end], b"]")))
            except ValidationError:
                return None
            facts.extend(PieceFacts(ReferenceFacts.of(elements), icon_uses(elements)))
            del elements
    return facts


def _is_the_element_list(envelope: bytes) -> bool:
    """Whether the list that was cut out is the one pydantic takes as the document's elements, and
    the rest of the file is valid. A file may state a key twice (the last one counts, spelled with
    escapes or not), so this asks pydantic itself: with a non-element in that list's place, the
    only problem must be that very entry."""
    poisoned = envelope.replace(LIST_OPENS + LIST_CLOSES, LIST_OPENS + b"0" + LIST_CLOSES, 1)
    try:
        Document.model_validate_json(poisoned)
    except ValidationError as error:
        return [detail["loc"][:2] for detail in error.errors(include_url=False)] == [("elements", 0)]
    return False


def checked(envelope: bytes, facts: PieceFacts | None) -> Checked | None:
    """The verdict on a file cut by :func:`cut`, given its pieces' facts; None when the file must be
    loaded whole to say what is wrong (or to be sure of what it holds)."""
    if facts is None or not _is_the_element_list(envelope):
        return None
    try:
        document = Document.model_validate_json(envelope)
        facts.references.check()
    except (ValidationError, ValueError):
        return None
    if not {"format", "schema_version"} <= document.model_fields_set:  # a file must state both
        return None
    return Checked(document.settings, len(facts.references.ids), facts.icons)
