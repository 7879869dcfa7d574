"""Mermaid flowchart source read into plain data: nodes, edges, subgraphs and style statements.

A small hand-written scanner rather than a grammar library: the syntax is line-oriented with a few
tokens that need care (an id that ends where a link begins, labels inside links, strings spanning
lines), and a scanner can say exactly which line is wrong. Nothing here decodes label text or
builds a document; ``mermaid_document`` does that from the ``Flowchart`` this returns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from editor.importers.mermaid_syntax import (
    CLASS_SUFFIX,
    EDGE_ID,
    LABELED_END,
    LABELED_START,
    LINKS,
    PIPE_LABEL,
    SHAPES,
    closing_quote,
    id_end,
    parse_attributes,
)

DIRECTIONS = {"TB": "TB", "TD": "TB", "BT": "BT", "LR": "LR", "RL": "RL"}
_HEADER = re.compile(r"(flowchart-elk|flowchart|graph)(?:[ \t]+(TB|TD|BT|RL|LR))?[ \t]*;?[ \t]*(?=\n|$)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_TITLE = re.compile(r"^title:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_COMMENT = re.compile(r"^[ \t]*%%.*$", re.MULTILINE)
_SUBGRAPH = re.compile(r"subgraph\b[ \t]*([^\n;]*)")
_SUBGRAPH_TITLE = re.compile(r'([^\s\["]+)[ \t]*\[(.*)\]$')
_END = re.compile(r"end[ \t]*(?=;|\n|$)")
_DIRECTION = re.compile(r"direction[ \t]+(TB|TD|BT|RL|LR)\b")
_KEYWORD_LINE = re.compile(r"(classDef|class|style|linkStyle|click|accTitle|accDescr)\b[ \t]*([^\n]*)")

LOST_CONFIG = "front-matter and %%{init}%% settings (theme, look, layout engine) ignored"
LOST_CLICK = "click actions (links, callbacks, tooltips) dropped: documents have no interactions"
LOST_ACCESSIBILITY = "accessibility titles and descriptions dropped"


class MermaidSyntaxError(ValueError):
    """One located problem: ``line`` counts from 1 in the text handed to ``parse``."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Node:
    id: str
    line: int
    label: str | None = None
    shape: str = "rect"
    icon: str | None = None
    classes: list[str] = field(default_factory=list)
    #: True once the node was given a label or shape (an id used only in edges may be a subgraph)
    defined: bool = False


@dataclass
class Edge:
    source: str
    target: str
    kind: str
    line: int
    label: str | None = None
    start: str | None = None
    end: str | None = None
    edge_id: str | None = None


@dataclass
class Subgraph:
    id: str
    title: str
    line: int
    direction: str | None = None
    mentioned: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


@dataclass
class Flowchart:
    direction: str
    title: str | None = None
    #: ``look: handDrawn`` in the front matter: the sketched whiteboard theme suits it
    hand_drawn: bool = False
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    #: in the order they closed (innermost first), as Mermaid assigns members
    subgraphs: dict[str, Subgraph] = field(default_factory=dict)
    class_defs: dict[str, str] = field(default_factory=dict)
    node_styles: list[tuple[str, str]] = field(default_factory=list)
    link_styles: list[tuple[str, str]] = field(default_factory=list)
    losses: Counter[str] = field(default_factory=Counter)


class _Scanner:
    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.pos = 0
        self.first_line = first_line

    def line(self, position: int | None = None) -> int:
        return self.first_line + self.text.count("\n", 0, self.pos if position is None else position)

    def fail(self, message: str, position: int | None = None) -> MermaidSyntaxError:
        return MermaidSyntaxError(self.line(position), message)

    def skip_blank(self, newlines: bool) -> None:
        chars = " \t\r\n;" if newlines else " \t\r"
        while self.pos < len(self.text) and self.text[self.pos] in chars:
            self.pos += 1

    def match(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        found = pattern.match(self.text, self.pos)
        if found:
            self.pos = found.end()
        return found

    def rest_of_line(self) -> str:
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end
        value = self.text[self.pos : end]
        self.pos = end
        return value


def _strip_preamble(text: str) -> tuple[str, str | None, bool]:
    """The text with front matter and comments blanked (line numbers kept), the front-matter title,
    and whether any configuration was there."""
    title = None
    configured = False
    front = _FRONT_MATTER.match(text)
    if front:
        found = _TITLE.search(front.group(1))
        if found:
            title = found.group(1).strip().strip("\"'") or None
        configured = bool(re.search(r"^config:", front.group(1), re.MULTILINE))
        text = "\n" * front.group(0).count("\n") + text[front.end() :]
    if re.search(r"^[ \t]*%%\{", text, re.MULTILINE):
        configured = True
    return _COMMENT.sub("", text), title, configured


def parse(text: str, first_line: int = 1) -> Flowchart:
    """Parse one flowchart; raises ``MermaidSyntaxError`` at the first line it cannot read."""
    body, title, configured = _strip_preamble(text.replace("\r\n", "\n"))
    scanner = _Scanner(body, first_line)
    scanner.skip_blank(newlines=True)
    header = scanner.match(_HEADER)
    if header is None:
        word = scanner.rest_of_line().strip()[:40] or "nothing"
        raise scanner.fail(f"not a Mermaid flowchart: expected 'flowchart' or 'graph', found {word!r}")
    chart = Flowchart(DIRECTIONS[header.group(2) or "TB"], title, hand_drawn="look: handDrawn" in text)
    if configured:
        chart.losses[LOST_CONFIG] += 1
    _Statements(scanner, chart).run()
    return chart


class _Statements:
    """Reads statements one after another, tracking the open subgraphs."""

    def __init__(self, scanner: _Scanner, chart: Flowchart) -> None:
        self.s = scanner
        self.chart = chart
        self.open: list[Subgraph] = []
        self.claimed: set[str] = set()
        self.anonymous = 0

    def run(self) -> None:
        s = self.s
        while True:
            s.skip_blank(newlines=True)
            if s.pos >= len(s.text):
                break
            self.statement()
        if self.open:
            raise s.fail(f"subgraph {self.open[-1].title!r} opened on line {self.open[-1].line} is never closed")

    def statement(self) -> None:
        s = self.s
        start = s.pos
        if found := s.match(_SUBGRAPH):
            self.open_subgraph(found.group(1).strip(), s.line(start))
        elif s.match(_END):
            self.close_subgraph(start)
        elif found := s.match(_DIRECTION):
            if self.open:
                self.open[-1].direction = DIRECTIONS[found.group(1)]
            else:
                self.chart.direction = DIRECTIONS[found.group(1)]
        elif found := s.match(_KEYWORD_LINE):
            self.keyword(found.group(1), found.group(2).strip().rstrip(";").strip(), start)
        else:
            self.chain()
            s.skip_blank(newlines=False)
            if s.pos < len(s.text) and s.text[s.pos] not in "\n;":
                raise s.fail(f"unexpected {s.rest_of_line().strip()[:40]!r}")

    # --- subgraphs -------------------------------------------------------------------------
    def open_subgraph(self, spec: str, line: int) -> None:
        titled = _SUBGRAPH_TITLE.match(spec)
        if titled:
            graph_id, title = titled.group(1), titled.group(2).strip()
        elif spec.startswith('"') or " " in spec or not spec:
            self.anonymous += 1
            graph_id, title = f"subGraph{self.anonymous}", spec
        else:
            graph_id, title = spec, spec
        self.open.append(Subgraph(graph_id, title, line))

    def close_subgraph(self, position: int) -> None:
        if not self.open:
            raise self.s.fail("'end' without an open subgraph", position)
        graph = self.open.pop()
        for mentioned in dict.fromkeys(graph.mentioned):
            if mentioned in self.chart.subgraphs and mentioned != graph.id:
                if mentioned not in self.claimed:
                    graph.children.append(mentioned)
                    self.claimed.add(mentioned)
            elif mentioned not in self.claimed:
                graph.members.append(mentioned)
                self.claimed.add(mentioned)
        for child in self.chart.subgraphs.values():
            if child.id not in self.claimed and child.line > graph.line:
                graph.children.append(child.id)
                self.claimed.add(child.id)
        self.chart.subgraphs[graph.id] = graph

    # --- style and other keyword statements -------------------------------------------------
    def keyword(self, word: str, rest: str, position: int) -> None:
        chart = self.chart
        if word in ("classDef", "class", "style", "linkStyle"):
            parts = rest.split(None, 1)
            if len(parts) < 2:
                raise self.s.fail(f"{word} needs a name and a value", position)
            target, value = parts[0], parts[1]
            if word == "classDef":
                for name in target.split(","):
                    chart.class_defs[name] = value
            elif word == "class":
                for node_id in target.split(","):
                    self.node(node_id, self.s.line(position)).classes.append(value.strip())
            elif word == "style":
                chart.node_styles.append((target, value))
            else:
                chart.link_styles.append((target, value))
        elif word == "click":
            chart.losses[LOST_CLICK] += 1
        else:
            chart.losses[LOST_ACCESSIBILITY] += 1

    # --- nodes and links -----------------------------------------------------------------
    def node(self, node_id: str, line: int) -> Node:
        found = self.chart.nodes.get(node_id)
        if found is None:
            found = self.chart.nodes[node_id] = Node(node_id, line)
        for graph in self.open:
            graph.mentioned.append(node_id)
        return found

    def chain(self) -> None:
        s = self.s
        group = self.node_group()
        while True:
            s.skip_blank(newlines=False)
            link = self.link()
            if link is None:
                return
            kind, label, start, end, edge_id = link
            s.skip_blank(newlines=False)
            following = self.node_group()
            for source in group:
                for target in following:
                    self.chart.edges.append(Edge(source, target, kind, s.line(), label, start, end, edge_id))
            group = following

    def node_group(self) -> list[str]:
        s = self.s
        group = [self.node_statement()]
        while True:
            save = s.pos
            s.skip_blank(newlines=False)
            if s.pos < len(s.text) and s.text[s.pos] == "&":
                s.pos += 1
                s.skip_blank(newlines=False)
                group.append(self.node_statement())
            else:
                s.pos = save
                return group

    def node_statement(self) -> str:
        s = self.s
        start = s.pos
        end = id_end(s.text, start)
        if end == start:
            raise s.fail(f"expected a node id, found {s.rest_of_line().strip()[:40]!r}", start)
        node_id = s.text[start:end]
        s.pos = end
        node = self.node(node_id, s.line(start))
        if s.text.startswith("@{", s.pos):
            close = self.closing(s.pos + 2, "}")
            attributes = parse_attributes(s.text[s.pos + 2 : close]).values
            s.pos = close + 1
            node.defined = True
            if "label" in attributes:
                node.label = attributes["label"]
            if "shape" in attributes:
                node.shape = "@" + attributes["shape"].lower()
            if "icon" in attributes:
                node.icon = attributes["icon"]
        else:
            self.shape(node)
        while found := s.match(CLASS_SUFFIX):
            node.classes.append(found.group(1))
        return node_id

    def closing(self, position: int, closer: str) -> int:
        """The index of ``closer`` after ``position``, skipping quoted strings."""
        text = self.s.text
        while position < len(text):
            if text[position] == '"':
                quote = closing_quote(text, position)
                if quote < 0:
                    raise self.s.fail("a quoted string is never closed", position)
                position = quote + 1
                continue
            if text.startswith(closer, position):
                return position
            position += 1
        raise self.s.fail(f"{closer!r} expected but the text ends first", self.s.pos)

    def shape(self, node: Node) -> None:
        s = self.s
        for opener, closers in SHAPES:
            if not s.text.startswith(opener, s.pos):
                continue
            begin = s.pos + len(opener)
            inner = begin
            while inner < len(s.text) and s.text[inner] in " \t":
                inner += 1
            if inner < len(s.text) and s.text[inner] == '"':
                quote = closing_quote(s.text, inner)
                if quote < 0:
                    raise s.fail("a quoted label is never closed", inner)
                search_from = quote + 1
            else:
                search_from = begin
            best: tuple[int, str, str] | None = None
            for closer, shape in closers:
                found = s.text.find(closer, search_from)
                newline = s.text.find("\n", search_from)
                quoted = search_from != begin
                if found >= 0 and (quoted or newline < 0 or found < newline) and (best is None or found < best[0]):
                    best = (found, closer, shape)
            if best is None:
                raise s.fail(f"the label opened by {opener!r} is never closed with {closers[0][0]!r}", s.pos)
            node.label = s.text[begin : best[0]]
            node.shape = best[2]
            node.defined = True
            s.pos = best[0] + len(best[1])
            return

    def link(self) -> tuple[str, str | None, str | None, str | None, str | None] | None:
        """(kind, label, start marker, end marker, edge id) of the link at the cursor, or None."""
        s = self.s
        save = s.pos
        edge_id = None
        if found := s.match(EDGE_ID):
            edge_id = found.group(1)
        for kind, pattern in LINKS:
            found = s.match(pattern)
            if found:
                groups = found.groupdict()
                label = None
                if piped := s.match(PIPE_LABEL):
                    label = piped.group(1)
                return kind, label, groups.get("s"), groups.get("e"), edge_id
        found = s.match(LABELED_START)
        if found:
            kind, closing = LABELED_END[found.group("k")]
            text_start = s.pos
            newline = s.text.find("\n", text_start)
            limit = len(s.text) if newline < 0 else newline
            end = closing.search(s.text, text_start, limit)
            if end is None:
                raise s.fail(f"the link label after {found.group(0)!r} has no closing arrow")
            s.pos = end.end()
            return kind, s.text[text_start : end.start()], found.group("s"), end.group("e"), edge_id
        s.pos = save
        return None
