"""File > New from Template…: pick a bundled starting point from a list of previews.

Each row shows a thumbnail of the template in the interface language (drawn by the render
layer, as an export would be, and kept for the rest of the session), its title and its one-line
description in that language, or in English when the template lacks it. The dialog only
chooses; the window opens the copy (see ``DocumentFiles.new_from_template``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.model.templates import Template, load_templates

# The largest a thumbnail gets (logical pixels); the template's aspect ratio is kept inside it.
THUMBNAIL_SIZE = QSize(260, 146)
# Space around a row's thumbnail and between it and the text (logical pixels).
MARGIN = 8
# The item data role holding a row's description line (its title is the display text).
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
# Rendered thumbnails by (template file, language, device pixel ratio): each is drawn once a session.
_thumbnails: dict[tuple[str, str, float], QImage] = {}


def thumbnail(template: Template, language: str, pixel_ratio: float = 1.0) -> QImage:
    """The template drawn small in ``language`` by the render layer (cached)."""
    key = (str(template.path), language, pixel_ratio)
    cached = _thumbnails.get(key)
    if cached is not None:
        return cached
    from editor.render.layout import layout_document
    from editor.render.png import to_image
    from editor.render.svg import export_area

    display_list = layout_document(template.document, language)
    area = export_area(display_list, padding=24.0)
    scale = min(THUMBNAIL_SIZE.width() / area.width(), THUMBNAIL_SIZE.height() / area.height()) * pixel_ratio
    drawing = to_image(display_list, scale=scale, padding=24.0)
    # centred on a canvas of the full thumbnail size, so every row's text starts at the same place
    image = QImage(THUMBNAIL_SIZE * pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.drawImage((image.width() - drawing.width()) // 2, (image.height() - drawing.height()) // 2, drawing)
    painter.end()
    image.setDevicePixelRatio(pixel_ratio)
    _thumbnails[key] = image
    return image


class TemplateRowDelegate(QStyledItemDelegate):
    """A row: the thumbnail, then the title in bold over the description (mirrored right to left)."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(THUMBNAIL_SIZE.width() * 2, THUMBNAIL_SIZE.height() + 2 * MARGIN)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        rect: QRect = option.rect
        direction = option.direction
        thumb = QRect(rect.x() + MARGIN, rect.y() + MARGIN, THUMBNAIL_SIZE.width(), THUMBNAIL_SIZE.height())
        option.icon.paint(painter, QStyle.visualRect(direction, rect, thumb))
        left = thumb.right() + 2 * MARGIN
        text = QRect(left, rect.y() + MARGIN, rect.right() - MARGIN - left, rect.height() - 2 * MARGIN)
        text = QStyle.visualRect(direction, rect, text)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        painter.save()
        painter.setPen(palette.color(role))
        painter.setFont(title_font)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title_rect = painter.boundingRect(text, align, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.drawText(text, align, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.setFont(option.font)
        below = text.adjusted(0, title_rect.height() + MARGIN // 2, 0, 0)
        painter.drawText(below, align, str(index.data(DESCRIPTION_ROLE) or ""))
        painter.restore()


class TemplateDialog(QDialog):
    """A list of templates with previews; ``chosen()`` is the selected one after ``exec()`` accepts."""

    def __init__(self, language: str, parent: QWidget | None = None, templates: list[Template] | None = None) -> None:
        # read first: a damaged template raises before any widget exists, so no half-built dialog
        # is left behind under the window to receive its language changes
        self.templates = load_templates() if templates is None else templates
        super().__init__(parent)
        self.setObjectName("dialog.templates")
        self.language = language

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("templates.list")
        self.list.setIconSize(THUMBNAIL_SIZE)
        self.list.setItemDelegate(TemplateRowDelegate(self.list))
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("templates.buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self._activated)  # double-click, or Enter on the list

        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.list, 1)
        column.addWidget(self.buttons)
        self._fill()
        self.retranslate()
        self.resize(720, 640)

    def _fill(self) -> None:
        ratio = self.devicePixelRatioF()
        for template in self.templates:
            shown = template.language_for(self.language)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(thumbnail(template, shown, ratio))), "")
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New from Template"))
        self.intro.setText(
            self.tr("Start a new diagram from a ready-made layout, in your language when the template has it.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        for row, template in enumerate(self.templates):
            item = self.list.item(row)
            title, description = template.title(self.language), template.description(self.language)
            item.setText(title)
            item.setData(DESCRIPTION_ROLE, description)
            item.setToolTip(description or title)

    def chosen(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _activated(self, _item: QListWidgetItem) -> None:
        if self.isVisible():  # Enter also reaches the default button: accept once
            self.accept()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
