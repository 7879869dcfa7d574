"""The rules that tie a document's elements together: unique ids, arrows bound to present
elements that are not arrows, frames holding present elements other than themselves.

They live apart from :class:`~editor.model.document.Document` because a big file's element list
can be validated in pieces (:mod:`editor.model.pieces`, one piece per process): each piece gives
its :class:`ReferenceFacts`, the facts are joined, and the one :meth:`ReferenceFacts.check` the
whole document runs decides, with the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from editor.model.elements import Arrow, Box, Frame, Image, Legend, TextElement

#: (position, id, bound ends, members): an arrow and the element each of its bound ends names
#: (``("source", "api")``), or a frame and the elements it gathers; the other part stays empty
Links = tuple[int, str, tuple[tuple[str, str], ...], list[str]]


@dataclass
class ReferenceFacts:
    """What the rules need of a run of elements: every id in order, the arrows' ids, and the links
    of arrows and frames in file order. Positions count from the run's first element."""

    ids: list[str] = field(default_factory=list)
    arrows: set[str] = field(default_factory=set)
    links: list[Links] = field(default_factory=list)

    @classmethod
    def of(cls, elements: Sequence[Box | Arrow | TextElement | Legend | Frame | Image]) -> ReferenceFacts:
        """One pass over the elements, for the whole document's validator and for each piece."""
        ids = [element.id for element in elements]
        links: list[Links] = []
        arrows: set[str] = set()
        for position, element in enumerate(elements):
            if type(element) is Arrow:
                arrows.add(element.id)
                source, target = element.source.element, element.target.element  # None: a free end
                if source is not None and target is not None:
                    links.append((position, element.id, (("source", source), ("target", target)), []))
                elif source is not None or target is not None:
                    end = ("source", source) if source is not None else ("target", target or "")
                    links.append((position, element.id, (end,), []))
            elif type(element) is Frame and element.members:
                links.append((position, element.id, (), element.members))
        return cls(ids, arrows, links)

    def extend(self, later: ReferenceFacts) -> None:
        """Adds the facts of the elements after these."""
        shift = len(self.ids)
        self.ids += later.ids
        self.arrows |= later.arrows
        self.links += [
            (position + shift, element_id, ends, members) for position, element_id, ends, members in later.links
        ]

    def check(self) -> None:
        """Raises ValueError naming the first broken rule, as ``elements[N] (id "x")...: why``.

        One pass builds the ids (a dict comprehension); the slow loop only runs to name a duplicate.
        """
        ids = self.ids
        seen = {element_id: position for position, element_id in enumerate(ids)}
        if len(seen) != len(ids):
            first: dict[str, int] = {}
            for position, element_id in enumerate(ids):
                if element_id in first:
                    earlier = first[element_id]
                    raise ValueError(
                        f'elements[{position}]: duplicate id "{element_id}" (first used by elements[{earlier}])'
                    )
                first[element_id] = position
        arrows = self.arrows
        for position, element_id, ends, members in self.links:
            for end, bound in ends:
                if bound not in seen:
                    raise ValueError(
                        f'elements[{position}] (id "{element_id}").{end}.element: bound to missing element "{bound}"'
                    )
                if bound in arrows:
                    raise ValueError(
                        f'elements[{position}] (id "{element_id}").{end}.element: '
                        f'"{bound}" is an arrow; arrows bind to boxes, text, legends, frames or images'
                    )
            for member_position, member in enumerate(members):
                if member not in seen:
                    raise ValueError(
                        f'elements[{position}] (id "{element_id}").members[{member_position}]: '
                        f'unknown element "{member}"'
                    )
                if member == element_id:
                    raise ValueError(f'elements[{position}] (id "{element_id}").members: a frame cannot contain itself')
