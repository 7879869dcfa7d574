"""Side docks follow the layout direction: Qt mirrors widgets and menus, but not QMainWindow's dock areas.

In a right-to-left interface (Arabic) the docks that sit on the right in English belong on the
left. ``follow_layout_direction`` moves them whenever the window's direction changes, keeping
tab groups, their order, which tab is raised and the widths. The window's saved state is always
written in the left-to-right arrangement, so a restart in either direction restores it correctly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar
from typing_extensions import override

Area = Qt.DockWidgetArea
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


def mirror_side_docks(window: QMainWindow) -> None:
    """Move every left dock to the right and every right dock to the left."""
    before = {area: _tab_groups(window, area) for area in _OPPOSITE}
    for area, groups in before.items():
        target = _OPPOSITE[area]
        width = max((group[0].width() for group in groups), default=0)
        heights = [group[0].height() for group in groups]
        leaders = []
        for group in groups:
            raised, hidden, tabs = group[0], [dock for dock in group if dock.isHidden()], _in_tab_order(window, group)
            for dock in tabs:  # Qt tabifies only docks already in the target area
                window.addDockWidget(target, dock, Qt.Orientation.Vertical)
            for other in tabs[1:]:
                window.tabifyDockWidget(tabs[0], other)
            for dock in hidden:
                dock.hide()
            raised.raise_()
            leaders.append(tabs[0])
        if leaders and width:
            window.resizeDocks(leaders, [width] * len(leaders), Qt.Orientation.Horizontal)
            window.resizeDocks(leaders, heights, Qt.Orientation.Vertical)


class _DockDirection(QObject):
    """Remembers which direction the docks are arranged for and keeps it equal to the window's."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.arranged_for = Qt.LayoutDirection.LeftToRight
        # Order and raised tabs are read from the laid-out docks: a window not shown yet waits for its Show.
        self.laid_out = window.isVisible()
        window.installEventFilter(self)
        self.follow()

    def arrange_for(self, direction: Qt.LayoutDirection) -> None:
        if direction != self.arranged_for:
            mirror_side_docks(self.window)
            self.arranged_for = direction

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
