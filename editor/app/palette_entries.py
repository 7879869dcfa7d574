"""What the Shapes palette offers: box presets, box outlines, text and layout elements, and
found icons, each a :class:`PaletteEntry`; and the search that filters them.

Labels are interface strings (context ``Shapes``), so a German user starts from "Datenbank"
and finds the cylinder by typing "Zylinder" as well as "cylinder". Icons have English names
only: a query in the interface language reaches them through the palette's own translated
labels ("Datenbank" finds the Database preset, whose English name then finds icons).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from editor.app.icon_catalog import search_icons
from editor.canvas.shape_drop import ShapeSpec
from editor.commands import QT_TRANSLATE_NOOP
from editor.model import BoxShape
from editor.render.icons import glyph

# The Qt Linguist context of the palette's names, roles and headings.
CONTEXT = "Shapes"
# At most this many icons answer a search (the grid stays quick to build and to scan).
ICON_RESULTS = 48
# Queries shorter than this search the palette's own entries only (one letter matches most icons).
ICON_QUERY_MIN = 2


@dataclass(frozen=True, slots=True)
class PaletteEntry:
    """One palette cell. ``label`` is its translatable name; a box preset also starts with it as the
    box's name (``names_box``), ``role`` as its role line and ``box_icon`` as its icon."""

    key: str
    kind: str
    icon: str
    label: str
    role: str = ""
    box_icon: str | None = None
    names_box: bool = False
    outline: BoxShape | None = None

    def shape(self) -> ShapeSpec:
        """What to create, with the starting texts in the current interface language."""
        if self.kind != "box":
            return ShapeSpec(self.kind)
        name = translated(self.label) if self.names_box else ""
        return ShapeSpec("box", self.box_icon, name, translated(self.role) if self.role else "", self.outline)

    def matches(self, query: str) -> bool:
        """Whether ``query`` (already case-folded) occurs in the label, translated or in English."""
        return query in translated(self.label).casefold() or query in self.label.casefold()


def _preset(key: str, icon: str, label: str, role: str) -> PaletteEntry:
    return PaletteEntry(key, "box", icon, label, role, box_icon=icon, names_box=True)


BOX_ENTRIES: tuple[PaletteEntry, ...] = (
    _preset(
        "box.service",
        "mdi6.application-cog",
        QT_TRANSLATE_NOOP("Shapes", "Service"),
        QT_TRANSLATE_NOOP("Shapes", "Handles requests"),
    ),
    _preset(
        "box.database",
        "mdi6.database",
        QT_TRANSLATE_NOOP("Shapes", "Database"),
        QT_TRANSLATE_NOOP("Shapes", "Stores records"),
    ),
    _preset(
        "box.cache",
        "mdi6.lightning-bolt",
        QT_TRANSLATE_NOOP("Shapes", "Cache"),
        QT_TRANSLATE_NOOP("Shapes", "Keeps hot data in memory"),
    ),
    _preset(
        "box.queue",
        "mdi6.tray-full",
        QT_TRANSLATE_NOOP("Shapes", "Queue"),
        QT_TRANSLATE_NOOP("Shapes", "Buffers messages"),
    ),
    _preset(
        "box.worker",
        "mdi6.cogs",
        QT_TRANSLATE_NOOP("Shapes", "Worker"),
        QT_TRANSLATE_NOOP("Shapes", "Runs background jobs"),
    ),
    _preset(
        "box.client",
        "mdi6.laptop",
        QT_TRANSLATE_NOOP("Shapes", "Client"),
        QT_TRANSLATE_NOOP("Shapes", "Browser or app"),
    ),
    PaletteEntry("box.plain", "box", "mdi6.square-rounded-outline", QT_TRANSLATE_NOOP("Shapes", "Box")),
)
ELEMENT_ENTRIES: tuple[PaletteEntry, ...] = (
    PaletteEntry("title", "title", "mdi6.format-title", QT_TRANSLATE_NOOP("Shapes", "Title")),
    PaletteEntry("heading", "heading", "mdi6.format-header-2", QT_TRANSLATE_NOOP("Shapes", "Heading")),
    PaletteEntry("caption", "caption", "mdi6.format-text", QT_TRANSLATE_NOOP("Shapes", "Caption")),
    PaletteEntry("callout", "callout", "mdi6.message-text-outline", QT_TRANSLATE_NOOP("Shapes", "Callout")),
    PaletteEntry("note", "note", "mdi6.note-text-outline", QT_TRANSLATE_NOOP("Shapes", "Note")),
    PaletteEntry("legend", "legend", "mdi6.format-list-numbered", QT_TRANSLATE_NOOP("Shapes", "Legend")),
    PaletteEntry("frame", "frame", "mdi6.select", QT_TRANSLATE_NOOP("Shapes", "Frame")),
)
OUTLINE_LABELS: dict[BoxShape, str] = {
    BoxShape.RECTANGLE: QT_TRANSLATE_NOOP("Shapes", "Rectangle"),
    BoxShape.ELLIPSE: QT_TRANSLATE_NOOP("Shapes", "Ellipse"),
    BoxShape.DIAMOND: QT_TRANSLATE_NOOP("Shapes", "Diamond"),
    BoxShape.CYLINDER: QT_TRANSLATE_NOOP("Shapes", "Cylinder"),
    BoxShape.DOCUMENT: QT_TRANSLATE_NOOP("Shapes", "Document"),
    BoxShape.CLOUD: QT_TRANSLATE_NOOP("Shapes", "Cloud"),
    BoxShape.ACTOR: QT_TRANSLATE_NOOP("Shapes", "Actor"),
    BoxShape.HEXAGON: QT_TRANSLATE_NOOP("Shapes", "Hexagon"),
    BoxShape.PARALLELOGRAM: QT_TRANSLATE_NOOP("Shapes", "Parallelogram"),
    BoxShape.STADIUM: QT_TRANSLATE_NOOP("Shapes", "Stadium"),
    BoxShape.NOTE: QT_TRANSLATE_NOOP("Shapes", "Sticky note"),
}
#: Every outline as an empty box (its cell shows the outline itself, drawn by the dock).
OUTLINE_ENTRIES: tuple[PaletteEntry, ...] = tuple(
    PaletteEntry(f"outline.{shape.value}", "box", "", label, outline=None if shape is BoxShape.RECTANGLE else shape)
    for shape, label in OUTLINE_LABELS.items()
)
ENTRIES_BY_KEY: dict[str, PaletteEntry] = {
    entry.key: entry for entry in (*BOX_ENTRIES, *OUTLINE_ENTRIES, *ELEMENT_ENTRIES)
}


def icon_entry(name: str) -> PaletteEntry:
    """A found icon as a palette cell: an empty box carrying it (its label is the bare name)."""
    return PaletteEntry(f"icon.{name}", "box", name, name.partition(".")[2], box_icon=name)


def icon_entries(query: str, matched: list[PaletteEntry]) -> list[PaletteEntry]:
    """Icons for ``query`` (case-folded): by the query itself (icon names and keywords are
    English), then by the English label of each palette entry it matched in the interface
    language ("zylinder" -> Cylinder, "wolke" -> Cloud)."""
    if len(query) < ICON_QUERY_MIN:
        return []
    found: dict[str, None] = dict.fromkeys(search_icons(query, ICON_RESULTS))
    for entry in matched:
        english = entry.label.casefold()
        if query not in english:
            found.update(dict.fromkeys(search_icons(english, ICON_RESULTS)))
    # only icons the renderer can draw (the catalogue lists some the installed fonts lack, e.g. fa6r)
    drawable = [name for name in found if glyph(name) is not None]
    return [icon_entry(name) for name in drawable[:ICON_RESULTS]]


def translated(text: str) -> str:
    """``text`` in the interface language (the palette's context)."""
    return QCoreApplication.translate(CONTEXT, text)
