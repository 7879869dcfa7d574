"""Graphviz ``dot`` as the layered layout engine: a graph of sized rectangles in, positions out.

Why ``dot``: it is the reference Sugiyama implementation (rank assignment by network simplex,
crossing reduction, coordinate assignment, clusters for frames), it ships with Debian, and its
``-Tjson`` output gives node centres, cluster boxes and edge splines without parsing SVG. Its
output is read here and nowhere else.

The input holds no user text at all: nodes are named ``n0, n1, ...``, every size is a number and
cluster titles are empty fixed-size HTML cells, so no label can break the syntax (ids are quoted
anyway). ``dot`` runs as a subprocess with a timeout; a missing ``dot`` is one clear message.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field

POINTS_PER_INCH = 72.0
DOT_TIMEOUT_SECONDS = 60.0


class LayoutError(RuntimeError):
    """The layout engine is missing, timed out or failed; the message is one line for the user."""


@dataclass
class Cluster:
    key: str
    title_width: float
    title_height: float
    nodes: list[str] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)


@dataclass
class GraphInput:
    """Sizes in pixels (1 px = 1 pt for dot); edges as (key, tail, head, lhead, ltail, minlen)."""

    rankdir: str
    sizes: dict[str, tuple[float, float]] = field(default_factory=dict)
    top_nodes: list[str] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    edges: list[tuple[str, str, str, str | None, str | None, int]] = field(default_factory=list)
    loop_labels: dict[str, tuple[float, float]] = field(default_factory=dict)


@dataclass
class GraphOutput:
    """Centres of nodes and boxes of clusters (y down, origin top-left) and each edge's spline."""

    centers: dict[str, tuple[float, float]]
    cluster_boxes: dict[str, tuple[float, float, float, float]]
    splines: dict[str, list[tuple[float, float]]]


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _fixed_cell(width: float, height: float) -> str:
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0"><TR>'
        f'<TD FIXEDSIZE="TRUE" WIDTH="{max(round(width), 1)}" HEIGHT="{max(round(height), 1)}"></TD>'
        "</TR></TABLE>>"
    )


def _cluster_lines(cluster: Cluster, sizes: dict[str, tuple[float, float]], indent: str) -> list[str]:
    lines = [
        f"{indent}subgraph {_quote('cluster_' + cluster.key)} {{",
        f"{indent}  label={_fixed_cell(cluster.title_width, cluster.title_height)}; labeljust=l; margin=16;",
    ]
    lines += [f"{indent}  {_quote(node)};" for node in cluster.nodes]
    for child in cluster.clusters:
        lines += _cluster_lines(child, sizes, indent + "  ")
    lines.append(f"{indent}}}")
    return lines


def dot_source(graph: GraphInput) -> str:
    """The DOT text for ``graph``: every id quoted, every size a number."""
    big = len(graph.sizes) > 300
    lines = [
        "digraph layout {",
        f"  graph [rankdir={graph.rankdir}, nodesep=0.45, ranksep=0.5, splines=polyline, compound=true,"
        f" newrank=true{', mclimit=0.3, nslimit=0.5, nslimit1=0.5' if big else ''}];",
        '  node [shape=box, fixedsize=true, label="", margin=0];',
        "  edge [arrowhead=none];",
    ]
    for name, (width, height) in graph.sizes.items():
        lines.append(f"  {_quote(name)} [width={width / POINTS_PER_INCH:.4f}, height={height / POINTS_PER_INCH:.4f}];")
    for cluster in graph.clusters:
        lines += _cluster_lines(cluster, graph.sizes, "  ")
    for key, tail, head, lhead, ltail, minlen in graph.edges:
        attributes = [f"id={_quote(key)}", f"minlen={minlen}"]
        if lhead:
            attributes.append(f"lhead={_quote('cluster_' + lhead)}")
        if ltail:
            attributes.append(f"ltail={_quote('cluster_' + ltail)}")
        if key in graph.loop_labels:
            attributes.append(f"label={_fixed_cell(*graph.loop_labels[key])}")
        lines.append(f"  {_quote(tail)} -> {_quote(head)} [{', '.join(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _points(spline: str) -> list[tuple[float, float]]:
    points = []
    for token in spline.split():
        if token.startswith(("e,", "s,")):
            continue
        x, y = token.split(",")[:2]
        points.append((float(x), float(y)))
    return points


def run_dot(graph: GraphInput, timeout: float = DOT_TIMEOUT_SECONDS) -> GraphOutput:
    """Lay ``graph`` out with ``dot -Tjson``."""
    executable = shutil.which("dot")
    if executable is None:
        raise LayoutError(
            "automatic layout needs Graphviz's 'dot', which is not installed (Debian: apt install graphviz)"
        )
    try:
        finished = subprocess.run(
            [executable, "-Tjson"],
            input=dot_source(graph).encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise LayoutError(f"Graphviz 'dot' took longer than {timeout:.0f} s and was stopped") from None
    if finished.returncode != 0:
        detail = finished.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LayoutError(f"Graphviz 'dot' failed: {detail[-1] if detail else f'exit code {finished.returncode}'}")
    data = json.loads(finished.stdout)
    top = float(data["bb"].split(",")[3])
    centers: dict[str, tuple[float, float]] = {}
    boxes: dict[str, tuple[float, float, float, float]] = {}
    names: dict[int, str] = {}
    for item in data.get("objects", []):
        name = item["name"]
        names[item["_gvid"]] = name
        if "bb" in item and name.startswith("cluster_"):
            x0, y0, x1, y1 = (float(value) for value in item["bb"].split(","))
            boxes[name.removeprefix("cluster_")] = (x0, top - y1, x1, top - y0)
        elif "pos" in item:
            x, y = (float(value) for value in item["pos"].split(","))
            centers[name] = (x, top - y)
    splines = {
        edge["id"]: [(x, top - y) for x, y in _points(edge.get("pos", ""))]
        for edge in data.get("edges", [])
        if "id" in edge
    }
    return GraphOutput(centers, boxes, splines)
