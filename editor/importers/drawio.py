"""draw.io pages as documents: vertices become boxes, free text, frames or images; edges become
arrows bound at both ends with their waypoints and labels. What does not fit is counted by kind.
"""

from __future__ import annotations

from editor.importers.building import DocumentBuilder, drawn_at, endpoint_at, image_data, safe_rect
from editor.importers.drawio_cells import Cell, origins, read_cells
from editor.importers.drawio_file import DrawioPage, read_drawio_pages
from editor.importers.drawio_styles import (
    CONTAINER_KINDS,
    ICONS,
    OUTLINES,
    PLAIN_KINDS,
    ROUND_KINDS,
    TRANSPARENT,
    actor_with_label,
    arrow_head,
    color,
    element_style,
    font_style_bits,
    is_pill,
    label_gap,
    label_side,
    routing,
    shape_kind,
)
from editor.importers.report import PAGES_LEFT, ImportReport, ImportResult, chosen_pages
from editor.model import (
    Arrow,
    Box,
    BoxShape,
    Endpoint,
    Frame,
    Image,
    LocalizedText,
    Point,
    Rect,
    Style,
    TextAlign,
    TextElement,
)
from editor.model.style import ARROW_LABEL_SCALE, BOX_NAME_SCALE, FRAME_TITLE_SCALE

FORMAT = "draw.io"
#: what becomes of a label look our one-look-per-element texts cannot hold (html_look.KINDS)
LOOKS_LOST = {
    "bold": "draw.io labels bold in part imported in one weight",
    "colour": "draw.io labels coloured in part imported in one colour",
    "size": "draw.io labels with several font sizes imported in one size",
    "italic": "draw.io italic labels (or italic parts) imported upright",
    "underline": "draw.io underlined or struck-through labels imported plain",
}
UNBOUND = "draw.io edges with an end neither on a shape nor at a point left out"


def _endpoint(element_id: str, style: dict[str, str], end: str, size: tuple[float, float]) -> Endpoint:
    """The side an edge leaves or enters by (``exitX``/``entryY``, fractions of the shape)."""
    prefix = "exit" if end == "source" else "entry"
    try:
        return endpoint_at(element_id, float(style[f"{prefix}X"]), float(style[f"{prefix}Y"]), size)
    except (KeyError, ValueError):
        return Endpoint(element=element_id)


class _PageImport:
    def __init__(self, page: DrawioPage, report: ImportReport, variables: dict[str, str]) -> None:
        self.cells = read_cells(page.model, variables)
        self.by_id = {cell.id: cell for cell in self.cells}
        self.origin = origins(self.cells)
        self.builder = DocumentBuilder(report)
        self.report = report
        self.parents_of_vertices = {cell.parent for cell in self.cells if cell.vertex}
        self.labels: dict[str, list[Cell]] = {}
        self.captions: dict[str, str] = {}
        self.math = page.model.get("math") == "1"

    def is_layer(self, cell: Cell) -> bool:
        return not cell.vertex and not cell.edge

    def run(self) -> None:
        for cell in self.cells:
            parent = self.by_id.get(cell.parent or "")
            if cell.vertex and parent is not None and parent.edge:
                self.labels.setdefault(parent.id, []).append(cell)
        edge_labels = {label.id for labels in self.labels.values() for label in labels}
        for cell in self.cells:
            if cell.vertex and cell.id not in edge_labels:
                self.vertex(cell)
                self.notes(cell)
        for cell in self.cells:
            if cell.edge:
                self.edge(cell)
                self.notes(cell)
        self.fill_frames()

    def notes(self, cell: Cell) -> None:
        """What a cell carries besides its look: locking (kept), links, tooltips, maths (counted)."""
        if not cell.visible:
            self.report.lose("hidden draw.io cells imported visible (elements cannot be hidden)")
        if cell.link:
            self.report.lose("draw.io links on shapes left out (elements have no links)")
        if cell.tooltip:
            self.report.lose("draw.io tooltips left out")
        if self.math and any(mark in cell.label for mark in ("$$", "`", "\\(")):
            self.report.lose("draw.io maths labels (LaTeX, AsciiMath) imported as their source text")
        our_id = self.builder.known(cell.id)
        if cell.style.get("locked") == "1" and our_id in self.builder.placed:
            for element in self.builder.elements:
                if element.id == our_id:
                    element.locked = True

    # --- vertices -----------------------------------------------------------------------
    def size(self, cell_id: str | None) -> tuple[float, float]:
        cell = self.by_id.get(cell_id or "")
        return (1.0, 1.0) if cell is None else (cell.number("width", 1.0), cell.number("height", 1.0))

    def rect(self, cell: Cell) -> tuple[float, float, float, float]:
        x, y = self.origin.get(cell.id, (0.0, 0.0))
        return x, y, cell.number("width", 1.0), cell.number("height", 1.0)

    def styled(self, cell: Cell, style: Style) -> Style:
        """``style`` with what the label's markup says of all its text (bold, colour, size); the
        looks that do not carry over (italic, underline, formatting of part of the text) are counted."""
        bits = font_style_bits(cell.style)
        lost = {"italic"} if bits & 2 else set()
        lost |= {"underline"} if bits & 12 else set()
        look = cell.look
        if look is not None:
            lost |= look.lost
            overrides = Style(bold=look.bold, text_color=look.colour, font_size=look.size)
            style = style.merged(overrides) if cell.label else style
        for kind in sorted(lost):
            self.report.lose(LOOKS_LOST[kind])
        return style

    def vertex(self, cell: Cell) -> None:
        kind = shape_kind(cell.style)
        x, y, width, height = self.rect(cell)
        style = self.styled(cell, element_style(cell.style, width=width, height=height))
        if cell.style.get("rotation") not in (None, "0"):
            self.report.lose("rotated draw.io shapes imported unrotated")
        our_id = self.builder.id_for(cell.id)
        rect = safe_rect(x, y, width, height)
        text = self.builder.text(cell.label, cell.translations)
        if kind in CONTAINER_KINDS or cell.style.get("container") == "1" or cell.id in self.parents_of_vertices:
            if kind == "group":
                style = style.merged(Style(fill=TRANSPARENT, stroke=TRANSPARENT))
            elif kind not in CONTAINER_KINDS and kind not in PLAIN_KINDS:  # a lifeline, an ellipse holding shapes
                self.report.lose(f'draw.io shapes of kind "{kind}" that hold others imported as frames')
            loss = "draw.io containers we could not hold left out"
            self.builder.build_shape(
                Frame, loss, id=our_id, rect=rect, title=text, style=drawn_at(style, FRAME_TITLE_SCALE)
            )
        elif kind in {"text", "edgeLabel"}:
            self.builder.build(
                TextElement, "draw.io texts we could not hold left out", id=our_id, rect=rect, text=text, style=style
            )
        elif kind == "image":
            self.image(cell, our_id, rect=rect, text=text, style=style)
        else:
            self.box(cell, kind, our_id, rect=rect, text=text, style=style)

    def box(self, cell: Cell, kind: str, our_id: str, *, rect: Rect, text: LocalizedText, style: Style) -> None:
        if kind == "mxgraph.aws4.resourceIcon" and "resIcon" in cell.style:
            kind = cell.style["resIcon"]
        outline = OUTLINES.get(kind) or (BoxShape.STADIUM if kind in PLAIN_KINDS and is_pill(cell.style) else None)
        icon = None if outline is not None else ICONS.get(kind)
        if kind in ROUND_KINDS:  # a fully rounded box: a circle when square, a pill otherwise
            style = style.merged(Style(corner_radius=min(rect.width, rect.height, 2000) / 2))
            self.report.lose(f'draw.io shapes of kind "{kind}" imported as fully rounded boxes')
        elif kind == "doubleEllipse":
            self.report.lose('draw.io shapes of kind "doubleEllipse" imported as single ellipses')
        elif outline is None and icon is None and kind not in PLAIN_KINDS:
            self.report.lose(f'draw.io shapes of kind "{kind}" imported as plain boxes')
        outside = label_side(cell.style) if text.text else ""
        if outside == "bottom" and outline is BoxShape.ACTOR:  # our actor holds its label under the figure
            rect = actor_with_label(rect)
            outside = ""
        name = LocalizedText() if outside else text
        loss = "draw.io shapes we could not hold left out"
        if (
            self.builder.build_shape(
                Box,
                loss,
                id=our_id,
                rect=rect,
                shape=outline,
                name=name,
                icon=icon,
                style=drawn_at(style, BOX_NAME_SCALE),
            )
            and outside
        ):
            self.caption(cell, rect, text, style)

    def caption(self, cell: Cell, rect: Rect, text: LocalizedText, style: Style) -> None:
        """A label draw.io draws outside its shape (icons, images) as free text there, in the frame
        too: under or over the shape, or beside it for ``labelPosition=right|left`` (a service icon
        with its name to the right, as in Google Cloud and Azure diagrams)."""
        lines = text.text.count("\n") + 1
        size = style.font_size or 11.0
        height = lines * size * 1.4 + 4
        side = label_side(cell.style)
        if side in ("right", "left"):
            gap = label_gap(cell.style, side)
            width = max(120.0, max(len(line) for line in text.text.split("\n")) * size * 0.6 + 8)
            x = rect.right + gap if side == "right" else rect.x - gap - width
            place = safe_rect(x, rect.center.y - height / 2, width, height)
            align = TextAlign.START if side == "right" else TextAlign.END
        else:
            width = max(rect.width, 120.0)
            y = rect.y - 2 - height if side == "top" else rect.bottom + 2
            place = safe_rect(rect.center.x - width / 2, y, width, height)
            align = None
        caption_style = Style(font_size=size, text_color=style.text_color, text_align=align)
        caption_id = self.builder.id_for(cell.id + "-caption")
        self.captions[cell.id] = caption_id
        self.builder.build(
            TextElement, "draw.io captions left out", id=caption_id, rect=place, text=text, style=caption_style
        )

    def image(self, cell: Cell, our_id: str, *, rect: Rect, text: LocalizedText, style: Style) -> None:
        decoded = image_data(cell.style.get("image", ""))
        if not isinstance(decoded, str):
            mime, data = decoded
            loss = "draw.io images the model refused imported as plain boxes"
            if self.builder.build(Image, loss, id=our_id, rect=rect, mime=mime, data=data):
                self.report.shapes.found += 1
                self.report.shapes.arrived += 1
                if text.text:
                    self.caption(cell, rect, text, style)
                return
        elif decoded == "linked by URL":
            self.report.lose("draw.io images linked by URL imported as plain boxes (we embed images, never link them)")
        else:
            self.report.lose(f"draw.io images {decoded} imported as plain boxes")
        loss = "draw.io shapes we could not hold left out"
        self.builder.build_shape(Box, loss, id=our_id, rect=rect, name=text, style=drawn_at(style, BOX_NAME_SCALE))

    # --- edges --------------------------------------------------------------------------
    def bound(self, cell_id: str | None) -> str | None:
        if cell_id is None or cell_id not in self.by_id or self.by_id[cell_id].edge:
            return None
        our_id = self.builder.known(cell_id)
        return our_id if our_id is not None and our_id in self.builder.placed else None

    def edge(self, cell: Cell) -> None:
        self.report.edges.found += 1
        labels = [cell] if cell.label else []
        labels += [label for label in self.labels.get(cell.id, []) if label.label]
        text = "\n".join(label.label for label in labels)
        translations: dict[str, str] = {}
        for label in labels:
            for language, value in label.translations.items():
                translations[language] = "\n".join(filter(None, [translations.get(language, ""), value]))
        if len(labels) > 1:
            self.report.lose("draw.io edges with several labels imported with them joined into one")
        dx, dy = self.origin.get(cell.parent or "", (0.0, 0.0))
        points = [(x + dx, y + dy) for x, y in cell.points()]
        source, target = self.end(cell, "source", (dx, dy)), self.end(cell, "target", (dx, dy))
        if source is None or target is None:
            self.report.lose(UNBOUND)
            if text:
                self.loose_label(cell, text, translations, points, (dx, dy))
            return
        head_start, strange_start = arrow_head(cell.style, "start")
        head_end, strange_end = arrow_head(cell.style, "end")
        for strange in filter(None, (strange_start, strange_end)):
            self.report.lose(f'draw.io arrowheads of kind "{strange}" imported as plain arrowheads')
        position = (max(-1.0, min(1.0, (labels[0] if labels else cell).number("x"))) + 1) / 2
        style = self.styled(labels[0] if labels else cell, element_style(cell.style, width=1, height=1, edge=True))
        style = drawn_at(style, ARROW_LABEL_SCALE)
        arrow = self.builder.build(
            Arrow,
            "draw.io edges the model refused left out",
            id=self.builder.id_for(cell.id),
            source=source,
            target=target,
            waypoints=[Point(x=x, y=y) for x, y in points],
            routing=routing(cell.style),
            label=self.builder.text(text, translations),
            label_position=position,
            head_start=head_start,
            head_end=head_end,
            style=style,
        )
        if arrow is not None:
            self.report.edges.arrived += 1

    def end(self, cell: Cell, which: str, offset: tuple[float, float]) -> Endpoint | None:
        """An edge's end: bound to the shape it is attached to, else free at its ``sourcePoint`` or
        ``targetPoint`` (an edge drawn loose on the canvas); None when it has neither."""
        terminal = cell.source if which == "source" else cell.target
        bound = self.bound(terminal)
        if bound is not None:
            height = self.lifeline_height(cell, which, offset)
            if height is not None:
                return endpoint_at(bound, *height, self.size(terminal))
            return _endpoint(bound, cell.style, which, self.size(terminal))
        point = cell.terminal_point(which)
        if point is None:
            return None
        return Endpoint(point=Point(x=point[0] + offset[0], y=point[1] + offset[1]))

    def lifeline_height(self, cell: Cell, which: str, offset: tuple[float, float]) -> tuple[float, float] | None:
        """Where an edge meets a sequence diagram's lifeline it is not pinned to: draw.io draws it
        level with the edge's neighbouring point (a waypoint, the other end's pinned or loose point,
        else its own last position), on the side facing it. Fractions of the lifeline's box."""
        terminal = self.by_id[(cell.source if which == "source" else cell.target) or ""]
        prefix = "exit" if which == "source" else "entry"
        lifeline = "lifeline" in terminal.style.get("shape", "").lower() + terminal.style.get("perimeter", "").lower()
        if not lifeline or f"{prefix}X" in cell.style:
            return None
        points = [(x + offset[0], y + offset[1]) for x, y in cell.points()]
        other = "target" if which == "source" else "source"
        near = points[0 if which == "source" else -1] if points else self.pinned(cell, other, offset)
        own = cell.terminal_point(which)
        near = near or (None if own is None else (own[0] + offset[0], own[1] + offset[1]))
        if near is None:
            return None
        x, y, width, height = self.rect(terminal)
        return (0.0 if near[0] < x + width / 2 else 1.0), min(max((near[1] - y) / max(height, 1.0), 0.0), 1.0)

    def pinned(self, cell: Cell, which: str, offset: tuple[float, float]) -> tuple[float, float] | None:
        """The page point of an edge's end when draw.io fixes it: pinned on its shape, or loose."""
        terminal = self.by_id.get((cell.source if which == "source" else cell.target) or "")
        prefix = "exit" if which == "source" else "entry"
        if terminal is not None and terminal.vertex:
            try:
                fx, fy = float(cell.style[f"{prefix}X"]), float(cell.style[f"{prefix}Y"])
            except (KeyError, ValueError):
                return None
            x, y, width, height = self.rect(terminal)
            return x + fx * width, y + fy * height
        point = cell.terminal_point(which)
        return None if point is None else (point[0] + offset[0], point[1] + offset[1])

    def loose_label(
        self,
        cell: Cell,
        text: str,
        translations: dict[str, str],
        points: list[tuple[float, float]],
        offset: tuple[float, float],
    ) -> None:
        """Keeps the label of an edge we cannot draw as free text where the edge ran."""
        ends = [cell.terminal_point("source"), cell.terminal_point("target")]
        known = [(x + offset[0], y + offset[1]) for x, y in filter(None, ends)] + points
        for end in (cell.source, cell.target):
            if end in self.origin:
                known.append(self.origin[end])
        x = sum(p[0] for p in known) / len(known) if known else 0.0
        y = sum(p[1] for p in known) / len(known) if known else 0.0
        self.report.lose("labels of left-out draw.io edges kept as free text")
        self.builder.build(
            TextElement,
            "draw.io edge labels left out",
            id=self.builder.id_for(cell.id),
            rect=safe_rect(x - 60, y - 10, 120, 20),
            text=self.builder.text(text, translations),
        )

    def fill_frames(self) -> None:
        """Each frame lists the elements drawn inside it in draw.io."""
        frames = {element.id: element for element in self.builder.elements if isinstance(element, Frame)}
        for cell in self.cells:
            parent_id = self.builder.known(cell.parent or "")
            child_id = self.builder.known(cell.id)
            if (
                parent_id in frames
                and child_id is not None
                and child_id in self.builder.placed
                and child_id != parent_id
            ):
                frames[parent_id].members.append(child_id)
                if cell.id in self.captions and self.captions[cell.id] in self.builder.placed:
                    frames[parent_id].members.append(self.captions[cell.id])


def import_drawio(
    data: bytes, source: str, *, page: int | None = None, all_pages: bool = False, language: str | None = None
) -> list[ImportResult]:
    """The chosen page (1-based), every page, or the first page of a draw.io file as documents."""
    pages = read_drawio_pages(data, source)
    chosen = chosen_pages(pages, source, page, all_pages)
    results = []
    for item in chosen:
        report = ImportReport(source=source, format=FORMAT, page=item.name if len(pages) > 1 else None)
        if len(chosen) == 1 and len(pages) > 1 and page is None:
            report.lose(PAGES_LEFT.format(kind="draw.io pages"), len(pages) - 1)
        variables = {"page": item.name, "pagenumber": str(pages.index(item) + 1), "pagecount": str(len(pages))}
        importer = _PageImport(item, report, variables)
        importer.run()
        background = color(item.model.get("background"))
        background = None if background == TRANSPARENT else background
        results.append(ImportResult(importer.builder.document(language, background), report))
    return results
