"""Side docks follow the layout direction: Qt mirrors widgets and menus, but not QMainWindow's dock areas.

In a right-to-left interface (Arabic) the docks that sit on the right in English belong on the
left. ``follow_layout_direction`` moves them whenever the window's direction changes, keeping
tab groups, their order, which tab is raised and the widths. The window's saved state is always
written in the left-to-right arrangement, so a restart in either direction restores it correctly.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar
from typing_extensions import override

Area = Qt.DockWidgetArea
DockSizes = dict[QDockWidget, QSize]
#: How long after a switch the sizes are set again, once Qt has laid the moved docks out.
SETTLE_MS = 50
_OPPOSITE = {Area.LeftDockWidgetArea: Area.RightDockWidgetArea, Area.RightDockWidgetArea: Area.LeftDockWidgetArea}


def _tab_groups(window: QMainWindow, area: Area) -> list[list[QDockWidget]]:
    """The docked widgets of ``area``, top to bottom, each group led by the tab the user sees."""
    docks = [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.parent() is window and not dock.isFloating() and window.dockWidgetArea(dock) == area
    ]
    docks.sort(key=lambda dock: (dock.visibleRegion().isEmpty(), dock.geometry().y()))
    groups: list[list[QDockWidget]] = []
    for dock in docks:
        group = next((group for group in groups if dock in window.tabifiedDockWidgets(group[0])), None)
        if group is None:
            groups.append([dock])
        else:
            group.append(dock)
    return groups


def _in_tab_order(window: QMainWindow, group: list[QDockWidget]) -> list[QDockWidget]:
    """``group`` in the order of its tabs (the tab bar shows the docks' titles)."""
    titles = [dock.windowTitle() for dock in group]
    for bar in window.findChildren(QTabBar):
        shown = [bar.tabText(index) for index in range(bar.count())]
        if len(group) > 1 and sorted(shown) == sorted(titles):
            return sorted(group, key=lambda dock: shown.index(dock.windowTitle()))
    return group


def mirror_side_docks(window: QMainWindow, known: Mapping[QDockWidget, QSize] | None = None) -> DockSizes:
    """Move every left dock to the right and every right dock to the left, keeping each side's size.

    ``known`` gives sizes to use instead of the docks' current ones (those a switch set that Qt has
    not laid out yet); returns the sizes set, per leading dock, to set again once Qt has.
    """
    known = known or {}

    def size_of(dock: QDockWidget) -> QSize:
        return known.get(dock, dock.size())

    before = {area: _tab_groups(window, area) for area in _OPPOSITE}
    # Measured before anything moves: docks moved into the other side squeeze the docks still there.
    measured = {
        area: (
            max((size_of(group[0]).width() for group in groups), default=0),
            [size_of(g[0]).height() for g in groups],
        )
        for area, groups in before.items()
    }
    sizes: DockSizes = {}
    for area, groups in before.items():
        target = _OPPOSITE[area]
        width, heights = measured[area]
        for group, height in zip(groups, heights, strict=True):
            raised, hidden, tabs = group[0], [dock for dock in group if dock.isHidden()], _in_tab_order(window, group)
            for dock in tabs:  # Qt tabifies only docks already in the target area
                window.addDockWidget(target, dock, Qt.Orientation.Vertical)
            for other in tabs[1:]:
                window.tabifyDockWidget(tabs[0], other)
            for dock in hidden:
                dock.hide()
            raised.raise_()
            if width:
                sizes[tabs[0]] = QSize(width, height)
    apply_sizes(window, sizes)  # once every dock has moved: a side resized earlier loses its width
    return sizes


def apply_sizes(window: QMainWindow, sizes: DockSizes) -> None:
    leaders = list(sizes)
    window.resizeDocks(leaders, [sizes[dock].width() for dock in leaders], Qt.Orientation.Horizontal)
    window.resizeDocks(leaders, [sizes[dock].height() for dock in leaders], Qt.Orientation.Vertical)


class _DockDirection(QObject):
    """Remembers which direction the docks are arranged for and keeps it equal to the window's."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.arranged_for = Qt.LayoutDirection.LeftToRight
        #: Sizes the last switch set, until Qt has laid the moved docks out and they are set again.
        self.pending_sizes: DockSizes | None = None
        # Order and raised tabs are read from the laid-out docks: a window not shown yet waits for its Show.
        self.laid_out = window.isVisible()
        window.installEventFilter(self)
        self.follow()

    def arrange_for(self, direction: Qt.LayoutDirection) -> None:
        if direction != self.arranged_for:
            # A switch right after another measures what that one meant, not what Qt has not laid out yet.
            self.pending_sizes = mirror_side_docks(self.window, self.pending_sizes)
            self.arranged_for = direction
            QTimer.singleShot(SETTLE_MS, self, self.settle)  # Qt may lay them out again (a switch from a menu)

    def settle(self) -> None:
        if self.pending_sizes is not None:
            sizes, self.pending_sizes = self.pending_sizes, None
            apply_sizes(self.window, sizes)

    def follow(self) -> None:
        if self.laid_out:
            self.arrange_for(self.window.layoutDirection())

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.laid_out:
            self.laid_out = True
            self.follow()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.follow()
        elif event.type() == QEvent.Type.Close:
            # The window saves its state in its own closeEvent, after this: save it left-to-right.
            self.arrange_for(Qt.LayoutDirection.LeftToRight)
            QTimer.singleShot(0, self, self.follow)  # the close may be cancelled ("Cancel" in Save?)
        return False


def follow_layout_direction(window: QMainWindow) -> None:
    """Call once the window's docks and saved state are in place (its state is left-to-right)."""
    _DockDirection(window)
