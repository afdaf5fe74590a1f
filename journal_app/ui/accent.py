"""Each section's colour (a pack's ``accent``), as the window shows it on a light or dark theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from journal_app.packs.model import Section


def dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark theme's (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_color(section: Section | None, palette: QPalette) -> QColor:
    """The section's colour, readable on ``palette``'s background.

    Packs give colours dark enough for white paper; on a dark theme they are lightened until
    they read on the dark window. Without a colour, the theme's own highlight.
    """
    if section is None or section.accent is None:
        return palette.color(QPalette.ColorRole.Highlight)
    color = QColor(section.accent)
    if dark(palette):
        while color.lightness() < 150:
            color = color.lighter(125)
    return color


def accent_icon(color: QColor, edge: int = 12) -> QIcon:
    """A small filled circle in ``color``: a section's mark in the contents."""
    pixmap = QPixmap(edge * 2, edge * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(2, 2, edge - 4, edge - 4))
    painter.end()
    return QIcon(pixmap)


class AccentRule(QWidget):
    """A thin bar of the section's colour, across the top of its pages."""

    def __init__(self, color: QColor, height: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(100, self.height())

    def paintEvent(self, _event: object) -> None:  # noqa: D102 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.color)
        painter.end()


class IntroPanel(QWidget):
    """A section's or group's introduction, set apart as in print: tinted, with a bar of colour.

    The tint is the section's colour, faint over the window's background; the bar stands on
    the side the text starts from (the right in a right-to-left interface). The text keeps the
    page's font, so View ▸ Larger text reaches it.
    """

    BAR = 4
    TINT_ALPHA = 22  # of 255: a wash, so that any text colour still reads on it

    def __init__(self, color: QColor, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("introPanel")
        self.color = color
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(content)
        self._place_margins()

    def _place_margins(self) -> None:
        """Room for the bar on the side the text starts from, in either direction."""
        start, end = self.BAR + 14, 14
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        self._layout.setContentsMargins(start, 10, end, 10)

    def changeEvent(self, event: QEvent) -> None:  # noqa: D102 - Qt override
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_margins()
        super().changeEvent(event)

    def paintEvent(self, _event: object) -> None:  # noqa: D102 - Qt override
        painter = QPainter(self)
        tint = QColor(self.color)
        tint.setAlpha(self.TINT_ALPHA)
        painter.fillRect(self.rect(), tint)
        bar = QRect(0, 0, self.BAR, self.height())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            bar.moveRight(self.width() - 1)
        painter.fillRect(bar, self.color)
        painter.end()
