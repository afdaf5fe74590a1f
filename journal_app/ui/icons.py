"""Small icons drawn with QPainter: they look the same with any font (no glyph may be missing)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from journal_app.store.session import Status

ANSWERED_COLOUR = "#2e7d32"
SKIPPED_COLOUR = "#8d6e00"
OPEN_COLOUR = "#6b6b6b"


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on high-DPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(2.0)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


SELECTED_COLOUR = "#ffffff"  # on the selection's highlight, where grey would not show


def _status_pixmap(status: Status, size: int, line: str) -> QPixmap:
    pixmap, painter = _canvas(size)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    if status is Status.ANSWERED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ANSWERED_COLOUR))
        painter.drawEllipse(box)
        tick = QPainterPath(QPointF(size * 0.28, size * 0.52))
        tick.lineTo(QPointF(size * 0.44, size * 0.68))
        tick.lineTo(QPointF(size * 0.73, size * 0.35))
        pen = QPen(QColor("white"), size / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif status is Status.SKIPPED:
        pen = QPen(QColor(line), size / 9)
        painter.setPen(pen)
        painter.drawEllipse(box)
        pen.setWidthF(size / 7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(size * 0.32, size / 2), QPointF(size * 0.68, size / 2))
    else:
        painter.setPen(QPen(QColor(line), size / 10))
        painter.drawEllipse(box)
    painter.end()
    return pixmap


@cache
def status_icon(status: Status, size: int = 16) -> QIcon:
    """A filled circle with a tick (answered), a circle with a dash (skipped), a ring (open).

    On a selected line the ring and the dash are white, so that they show on the highlight;
    the tick keeps its colours.
    """
    line = SKIPPED_COLOUR if status is Status.SKIPPED else OPEN_COLOUR
    icon = QIcon(_status_pixmap(status, size, line))
    if status is not Status.ANSWERED:
        line = SELECTED_COLOUR
    # A selected-mode pixmap of its own also keeps the style from tinting the mark.
    icon.addPixmap(_status_pixmap(status, size, line), QIcon.Mode.Selected)
    return icon


def _home_pixmap(size: int, line: str) -> QPixmap:
    pixmap, painter = _canvas(size)
    pen = QPen(QColor(line), size / 9)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    roof = QPainterPath(QPointF(size * 0.12, size * 0.5))
    roof.lineTo(QPointF(size * 0.5, size * 0.15))
    roof.lineTo(QPointF(size * 0.88, size * 0.5))
    painter.drawPath(roof)
    painter.drawRect(QRectF(size * 0.25, size * 0.45, size * 0.5, size * 0.42))
    painter.end()
    return pixmap


@cache
def home_icon(size: int = 16) -> QIcon:
    """A house: the journal's home page (white on a selected line)."""
    icon = QIcon(_home_pixmap(size, OPEN_COLOUR))
    icon.addPixmap(_home_pixmap(size, SELECTED_COLOUR), QIcon.Mode.Selected)
    return icon


@cache
def info_icon(size: int = 14) -> QIcon:
    """A small "i" in a circle: more about this, in the tooltip."""
    pixmap, painter = _canvas(size)
    painter.setPen(QPen(QColor(OPEN_COLOUR), size / 10))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(OPEN_COLOUR))
    painter.drawEllipse(QPointF(size / 2, size * 0.3), size / 14, size / 14)
    painter.drawRoundedRect(QRectF(size * 0.44, size * 0.44, size * 0.12, size * 0.34), 1, 1)
    painter.end()
    return QIcon(pixmap)


@cache
def timer_icon(size: int = 16) -> QIcon:
    """A stopwatch: a ring, its button on top and a hand (the ⏱ glyph is missing from fonts)."""
    pixmap, painter = _canvas(size)
    pen = QPen(QColor(OPEN_COLOUR), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(size / 2, size / 2 + 1.5)
    radius = size / 2 - 2.5
    painter.drawEllipse(centre, radius, radius)
    painter.drawLine(QPointF(size / 2, 1.2), QPointF(size / 2, centre.y() - radius))
    painter.drawLine(QPointF(size / 2 - 2, 1.2), QPointF(size / 2 + 2, 1.2))
    painter.drawLine(centre, QPointF(centre.x() + radius * 0.55, centre.y() - radius * 0.55))
    painter.end()
    return QIcon(pixmap)
