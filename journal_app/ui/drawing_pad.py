"""A small drawing pad: draw with the mouse, a pen or a finger, and get the drawing as PNG.

The drawing is kept as a list of strokes and painted onto a white ``QImage`` of fixed size
(``CANVAS_SIZE``), shown scaled to fit the window. Keeping the strokes makes undo a replay of all
but the last one, without storing copies of the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

CANVAS_SIZE = QSize(1200, 800)
"""The size of the drawing in pixels, whatever the size of the window."""

PEN_WIDTHS = (3.0, 7.0, 14.0)
ERASER_SCALE = 4.0
"""The eraser is this many times wider than the pen."""

BACKGROUND = QColor("white")


@dataclass
class Stroke:
    """One line drawn without lifting the pen, in canvas coordinates."""

    color: QColor
    width: float
    points: list[QPointF] = field(default_factory=list)


_CLEAR = None
"""A history entry that wipes the canvas (so that clearing can be undone too)."""


def encode_png(image: QImage) -> bytes:
    """A picture as the bytes of a PNG file."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12 wants a str here, though its stubs say bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(array.data())


def _pen(stroke: Stroke) -> QPen:
    return QPen(
        stroke.color,
        stroke.width,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )


def _midpoint(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def _segment(points: list[QPointF], index: int) -> QPainterPath:
    """The part of a stroke's curve that its point ``index`` (≥ 1) adds.

    Successive points are joined by quadratic curves through the midpoints of the segments,
    with the points themselves as control points: a hand-drawn line comes out without corners.
    """
    previous = points[index - 1]
    path = QPainterPath(previous if index == 1 else _midpoint(points[index - 2], previous))
    path.quadTo(previous, _midpoint(previous, points[index]))
    return path


def _tail(points: list[QPointF]) -> QPainterPath:
    """The last half segment of a finished stroke (the curve stops at a midpoint)."""
    path = QPainterPath(_midpoint(points[-2], points[-1]))
    path.lineTo(points[-1])
    return path


def _whole(points: list[QPointF]) -> QPainterPath:
    """A finished stroke's curve in one path."""
    path = QPainterPath(points[0])
    for index in range(1, len(points)):
        path.quadTo(points[index - 1], _midpoint(points[index - 1], points[index]))
    path.lineTo(points[-1])
    return path


class DrawingCanvas(QWidget):
    """The white sheet the user draws on (the picture itself is ``image``).

    Attributes:
        image: the drawing, ``CANVAS_SIZE`` pixels on a white background.
        pen_color: the colour of the next stroke.
        pen_width: the width of the next stroke, in pixels of ``image``.
        erasing: the next stroke paints the background colour, ``ERASER_SCALE`` times wider.
    """

    changed = Signal()
    """Emitted after a stroke was drawn, undone or cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage(CANVAS_SIZE, QImage.Format.Format_RGB32)
        self.image.fill(BACKGROUND)
        self.pen_color = QColor("black")
        self.pen_width = PEN_WIDTHS[1]
        self.erasing = False
        self._history: list[Stroke | None] = []
        self._stroke: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(CANVAS_SIZE / 4)
        self.setAccessibleName(self.tr("Drawing area"))
        self.setAccessibleDescription(
            self.tr("Draw with the mouse, a pen or a finger. Ctrl+Z undoes the last stroke.")
        )

    def sizeHint(self) -> QSize:  # noqa: D102
        return CANVAS_SIZE * 0.75

    # ------------------------------------------------------------------ drawing state
    def is_blank(self) -> bool:
        """Whether nothing is drawn (nothing since the last clear)."""
        return not self._visible_strokes()

    def can_undo(self) -> bool:
        """Whether there is a stroke (or a clear) to take back."""
        return bool(self._history)

    def undo(self) -> None:
        """Take back the last stroke (or the last clear)."""
        if self._stroke is not None or not self._history:
            return
        self._history.pop()
        self._repaint_image()
        self.changed.emit()

    def clear(self) -> None:
        """Wipe the sheet (undo brings the drawing back)."""
        if self._stroke is not None or self.is_blank():
            return
        self._history.append(_CLEAR)
        self._repaint_image()
        self.changed.emit()

    def _visible_strokes(self) -> list[Stroke]:
        strokes: list[Stroke] = []
        for entry in self._history:
            if entry is None:  # _CLEAR
                strokes.clear()
            else:
                strokes.append(entry)
        return strokes

    def _repaint_image(self) -> None:
        self.image.fill(BACKGROUND)
        painter = self._painter()
        for stroke in self._visible_strokes():
            painter.setPen(_pen(stroke))
            if len(stroke.points) == 1:
                painter.drawPoint(stroke.points[0])
            else:
                painter.drawPath(_whole(stroke.points))
        painter.end()
        self.update()

    def _painter(self) -> QPainter:
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return painter

    # ------------------------------------------------------------------ geometry
    def _target(self) -> QRectF:
        """Where the sheet is shown: as large as fits, centred, keeping its proportions."""
        size = CANVAS_SIZE.toSizeF().scaled(
            self.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio
        )
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(QPointF(left, top), size)

    def _to_canvas(self, position: QPointF) -> QPointF:
        target = self._target()
        scale = CANVAS_SIZE.width() / target.width() if target.width() > 0 else 1.0
        return (position - target.topLeft()) * scale

    # ------------------------------------------------------------------ events
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self._target()
        painter.drawImage(target, self.image)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if event.button() != Qt.MouseButton.LeftButton or self._stroke is not None:
            event.ignore()
            return
        width = self.pen_width * ERASER_SCALE if self.erasing else self.pen_width
        color = BACKGROUND if self.erasing else self.pen_color
        self._stroke = Stroke(QColor(color), width, [self._to_canvas(event.position())])
        self._paint_part(None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._stroke is None:
            event.ignore()
            return
        point = self._to_canvas(event.position())
        points = self._stroke.points
        if point != points[-1]:
            points.append(point)
            self._paint_part(_segment(points, len(points) - 1))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._stroke is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        stroke, self._stroke = self._stroke, None
        if len(stroke.points) > 1:
            self._paint_part(_tail(stroke.points), stroke)
        self._history.append(stroke)
        self.changed.emit()
        event.accept()

    def _paint_part(self, path: QPainterPath | None, stroke: Stroke | None = None) -> None:
        """Paint a new part of a stroke as it is drawn (None: its first point)."""
        stroke = stroke or self._stroke
        assert stroke is not None
        painter = self._painter()
        painter.setPen(_pen(stroke))
        if path is None:
            painter.drawPoint(stroke.points[0])
        else:
            painter.drawPath(path)
        painter.end()
        self.update()


def _swatch(color: QColor, diameter: float, device_ratio: float) -> QIcon:
    """A round colour sample (or a dot of the pen's size) for a tool button."""
    size = 24
    pixmap = QPixmap(QSize(size, size) * device_ratio)
    pixmap.setDevicePixelRatio(device_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 110), 1))
    painter.setBrush(color)
    painter.drawEllipse(QPointF(size / 2, size / 2), diameter / 2, diameter / 2)
    painter.end()
    return QIcon(pixmap)


class DrawingPad(QDialog):
    """A dialog to make a drawing; after ``exec()`` is accepted, ``png_bytes()`` holds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drawing"))
        self.canvas = DrawingCanvas(self)
        ratio = self.devicePixelRatioF()

        tools = QHBoxLayout()
        self._colors = QButtonGroup(self)
        colours = (
            (self.tr("Black"), QColor("black")),
            (self.tr("Blue"), QColor("#1f5fbf")),
            (self.tr("Red"), QColor("#c0262d")),
            (self.tr("Green"), QColor("#23803a")),
        )
        self.color_buttons: list[QToolButton] = []
        for index, (name, color) in enumerate(colours):
            button = self._tool_button(name, _swatch(color, 16, ratio))
            button.setProperty("penColor", color)
            self._colors.addButton(button, index)
            self.color_buttons.append(button)
            tools.addWidget(button)
        self.eraser_button = self._tool_button(self.tr("Eraser"), _swatch(BACKGROUND, 18, ratio))
        self.eraser_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._colors.addButton(self.eraser_button, len(colours))
        tools.addWidget(self.eraser_button)
        self.color_buttons[0].setChecked(True)
        self._colors.idClicked.connect(self._on_colors_clicked)

        tools.addSpacing(16)
        self._widths = QButtonGroup(self)
        self.width_buttons: list[QToolButton] = []
        names = (self.tr("Thin pen"), self.tr("Medium pen"), self.tr("Thick pen"))
        for index, name in enumerate(names):
            button = self._tool_button(name, _swatch(QColor("black"), 4 + 4 * index, ratio))
            self._widths.addButton(button, index)
            self.width_buttons.append(button)
            tools.addWidget(button)
        self.width_buttons[1].setChecked(True)
        self._widths.idClicked.connect(self._on_widths_clicked)

        tools.addSpacing(16)
        self.undo_button = self._tool_button(self.tr("Undo"), None, checkable=False)
        self.undo_button.setToolTip(self.tr("Undo the last stroke (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = self._tool_button(self.tr("Clear"), None, checkable=False)
        self.clear_button.setToolTip(self.tr("Clear the sheet (Ctrl+Z brings it back)"))
        self.clear_button.clicked.connect(self.canvas.clear)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_shortcut.activated.connect(self.canvas.undo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add drawing"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.buttons)
        self.canvas.changed.connect(self._on_canvas_changed)
        self._on_canvas_changed()

    def _tool_button(self, name: str, icon: QIcon | None, *, checkable: bool = True) -> QToolButton:
        button = QToolButton(self)
        button.setText(name)
        button.setAccessibleName(name)
        if icon is not None:
            button.setIcon(icon)
            button.setToolTip(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setCheckable(checkable)
        button.setAutoRaise(True)
        return button

    def png_bytes(self) -> bytes:
        """The drawing as a PNG file."""
        return encode_png(self.canvas.image)

    def reject(self) -> None:
        """Close without adding the drawing; asks first when something is drawn."""
        if not self.canvas.is_blank():
            answer = QMessageBox.question(
                self,
                self.tr("Discard the drawing?"),
                self.tr("The drawing has not been added. Close the pad and discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _on_colors_clicked(self, button_id: int) -> None:
        button = self._colors.button(button_id)
        self.canvas.erasing = button is self.eraser_button
        if not self.canvas.erasing:
            self.canvas.pen_color = QColor(button.property("penColor"))

    def _on_widths_clicked(self, button_id: int) -> None:
        self.canvas.pen_width = PEN_WIDTHS[button_id]

    def _on_canvas_changed(self) -> None:
        blank = self.canvas.is_blank()
        self.ok_button.setEnabled(not blank)
        self.clear_button.setEnabled(not blank)
        self.undo_button.setEnabled(self.canvas.can_undo())
