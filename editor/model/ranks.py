"""Ranks along arrows: where each element falls in the flow its arrows describe.

Used where a drawing needs layers before any layout engine has run: the Mermaid import's first grid,
and the automatic layout's choice of which member of a frame an arrow to or from the frame stands for.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.model.elements import Arrow


def arrow_ranks(boxes: Sequence[str], arrows: Sequence[Arrow]) -> dict[str, int]:
    """How far along the arrows between ``boxes`` (any element ids) each one lies: the longest path
    from the sources, with the arrows that close a cycle (found by a depth-first walk in reading
    order) left out. Arrows with an end elsewhere, or free, do not count."""
    following: dict[str, list[str]] = {box: [] for box in boxes}
    for arrow in arrows:
        if arrow.source.element in following and arrow.target.element in following:
            following[arrow.source.element].append(arrow.target.element)
    state: dict[str, int] = {}
    forward: dict[str, list[str]] = {box: [] for box in boxes}
    for root in boxes:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(following[root]))]
        while stack:
            current, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[current] = 2
                stack.pop()
            elif child not in state:
                forward[current].append(child)
                state[child] = 1
                stack.append((child, iter(following[child])))
            elif state[child] == 2:
                forward[current].append(child)
    incoming = dict.fromkeys(boxes, 0)
    for targets in forward.values():
        for target in targets:
            incoming[target] += 1
    rank = dict.fromkeys(boxes, 0)
    ready = [box for box in boxes if incoming[box] == 0]
    while ready:
        current = ready.pop()
        for target in forward[current]:
            rank[target] = max(rank[target], rank[current] + 1)
            incoming[target] -= 1
            if incoming[target] == 0:
                ready.append(target)
    return rank
