"""What goes to ``dot`` for one layout: a name per element, the frame tree as clusters, a node per
arrow label, and the edges, with the keys to read the answer back.

Two choices keep frames whole. An arrow label's node goes into the innermost frame holding both of
its arrow's ends, so a label never lands outside the frame its arrow lies in (dot keeps other nodes
out of a cluster's box). An arrow from or to a frame is tied, for ranking, to the frame's last member
along the arrows inside it (or its first, for an arrow in): an arrow out of a frame then leads to a
rank after the whole frame, as Mermaid draws it, not beside its first box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from editor.arrange.graphviz import Cluster, GraphInput
from editor.arrange.sizing import box_size, contexts, label_size, title_size
from editor.model import Arrow, Box, Document, arrow_ranks
from editor.model import Frame as FrameElement


def bound_ends(arrow: Arrow) -> tuple[str, str]:
    """The two elements of an arrow that is laid out (only arrows bound at both ends are)."""
    source, target = arrow.source.element, arrow.target.element
    assert source is not None and target is not None, "only arrows bound at both ends are laid out"
    return source, target


@dataclass
class Plan:
    """What goes to dot: names for elements, the frame tree, label slots, and edge keys per arrow."""

    graph: GraphInput
    names: dict[str, str]
    clusters: dict[str, str]
    labels: dict[str, str]
    edges: dict[str, list[str]]


def _frame_tree(frames: list[FrameElement], chosen: set[str]) -> dict[str, str]:
    """Each element's one parent frame (the first frame listing it that would not make a cycle)."""
    parent: dict[str, str] = {}
    for frame in frames:
        for member in frame.members:
            if member == frame.id or member in parent or member not in chosen:
                continue
            ancestor: str | None = frame.id
            while ancestor is not None and ancestor != member:
                ancestor = parent.get(ancestor)
            if ancestor is None:
                parent[member] = frame.id
    return parent


def build_plan(
    document: Document, chosen: set[str], arrows: list[Arrow], rankdir: str, languages: Sequence[str] | None
) -> Plan:
    ctxs = contexts(document, languages)
    frames = [e for e in document.elements if isinstance(e, FrameElement) and e.id in chosen]
    parent = _frame_tree(frames, chosen)
    holders = set(parent.values())
    graph = GraphInput(rankdir)
    names: dict[str, str] = {}
    for element in document.elements:
        if element.id in chosen and not isinstance(element, Arrow) and element.id not in holders:
            names[element.id] = f"n{len(names)}"
            if isinstance(element, Box):
                graph.sizes[names[element.id]] = box_size(element, ctxs)
            else:
                graph.sizes[names[element.id]] = (element.rect.width, element.rect.height)
    keys = {frame.id: f"c{number}" for number, frame in enumerate(f for f in frames if f.id in holders)}
    built = {frame.id: Cluster(keys[frame.id], *title_size(frame, ctxs)) for frame in frames if frame.id in keys}
    for element_id, name in names.items():
        (built[parent[element_id]].nodes if element_id in parent else graph.top_nodes).append(name)
    for frame_id, cluster in built.items():
        (built[parent[frame_id]].clusters if frame_id in parent else graph.clusters).append(cluster)

    def ancestors(element_id: str) -> list[str]:
        found = []
        while element_id in parent:
            element_id = parent[element_id]
            found.append(element_id)
        return found

    def inside(member: str, frame: str) -> bool:
        return frame in ancestors(member)

    order = arrow_ranks(list(names), arrows)
    held: dict[str, list[str]] = {}
    for element_id in names:
        for frame_id in ancestors(element_id):
            held.setdefault(frame_id, []).append(element_id)

    def leaf(element_id: str, last: bool) -> str | None:
        """The node an arrow from (``last``) or to a frame is tied to: its last or first member."""
        if element_id in names:
            return names[element_id]
        members = held.get(element_id)
        if not members:
            return None
        pick = max if last else min
        return names[pick(members, key=lambda member: order[member])]

    sized = {arrow.id: label_size(arrow, ctxs) for arrow in arrows}
    labelled = any(size is not None for size in sized.values())
    plan = Plan(graph, names, {key: frame_id for frame_id, key in keys.items()}, {}, {})
    for arrow in arrows:
        source, target = bound_ends(arrow)
        tail, head = leaf(source, True), leaf(target, False)
        if tail is None or head is None or inside(source, target) or inside(target, source):
            continue
        ltail, lhead = keys.get(source), keys.get(target)
        size = sized[arrow.id]
        key = f"e{len(graph.edges)}"
        if source == target or size is None:
            if source == target and size is not None:
                graph.loop_labels[key] = size
            graph.edges.append((key, tail, head, lhead, ltail, 2 if labelled and source != target else 1))
            plan.edges[arrow.id] = [key]
            continue
        slot = f"l{len(plan.labels)}"
        plan.labels[arrow.id] = slot
        graph.sizes[slot] = size
        around = set(ancestors(target))
        common = next((frame_id for frame_id in ancestors(source) if frame_id in around), None)
        (graph.top_nodes if common is None else built[common].nodes).append(slot)
        graph.edges.append((key, tail, slot, None, ltail, 1))
        graph.edges.append((key + "b", slot, head, lhead, None, 1))
        plan.edges[arrow.id] = [key, key + "b"]
    return plan
