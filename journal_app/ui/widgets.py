"""Small widgets shared by the editors."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


class GrowingTextEdit(QTextEdit):
    """A plain-text editor that grows with its content instead of scrolling inside the page.

    Undo/redo, right-to-left paragraphs (chosen per paragraph from its text) and the platform's
    input methods come from ``QTextEdit``; rich text is refused, so pasting keeps only the text.
    """

    cursor_rect_changed = Signal(QRect)
    """The text cursor moved; the rectangle is in this widget's coordinates (for scrolling)."""

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = max(1, min_lines)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self._update_height)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self._update_height()

    def text(self) -> str:
        """The plain text."""
        return self.toPlainText()

    def _content_height(self) -> int:
        line = self.fontMetrics().lineSpacing()
        document_height = int(self.document().size().height())
        margins = self.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        return (
            max(document_height, self._min_lines * line + chrome) + margins.top() + margins.bottom()
        )

    def _update_height(self, *_: object) -> None:
        height = self._content_height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.document().setTextWidth(self.viewport().width())
        self._update_height()

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(super().sizeHint().width(), self._content_height())

    def changeEvent(self, event: object) -> None:  # noqa: D102 - Qt override (font size changes)
        super().changeEvent(event)  # type: ignore[arg-type]
        self._update_height()

    def _on_cursor_moved(self) -> None:
        self.cursor_rect_changed.emit(self.cursorRect())


def composing(editor: QTextEdit) -> bool:
    """Whether an input method is composing text in ``editor`` (its keys are not ours)."""
    layout = editor.textCursor().block().layout()
    return layout is not None and bool(layout.preeditAreaText())


def break_line(editor: QTextEdit) -> None:
    """A new line at the cursor, for Shift+Enter where Enter moves on.

    A paragraph, not Qt's line separator: the text reads the same once saved and reloaded.
    """
    editor.textCursor().insertText("\n")
    editor.ensureCursorVisible()


def plain(text: str) -> str:
    """``text`` (which may hold a pack's, a hand-in's or a person's words) shown as written.

    For the places where Qt guesses between plain and rich text and offers no switch (message
    boxes' static functions, input dialogs' labels, tooltips): escaped, and marked as rich text
    so that the escapes show as the characters they stand for. Line breaks are kept.
    """
    if not text:
        return ""
    return '<p style="white-space: pre-wrap;">' + html.escape(text, quote=False) + "</p>"


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as written, never as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich_label(rich: str) -> QLabel:
    """A wrapping, selectable label of (escaped) rich text, as prompts and introductions use."""
    label = QLabel(rich)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def reading_column(
    scroll: QScrollArea, name: str, width: int, top: int
) -> tuple[QWidget, QVBoxLayout]:
    """Make ``scroll`` a frameless page whose content is a column of ``width`` at most, centred.

    No style sheet: Qt would fix the fonts of everything under it, and View ▸ Larger text could
    not reach the page. Returns the page's body (for ``setWidget`` once filled) and the column's
    layout.
    """
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    body.setObjectName(name)
    outer = QHBoxLayout(body)
    outer.setContentsMargins(0, 0, 0, 0)
    column = QWidget()
    column.setMaximumWidth(width)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(40, top, 40, 40)
    return body, layout


def existing_folder(location: QStandardPaths.StandardLocation) -> Path:
    """A standard folder (Documents, Pictures) if it exists, else the home folder.

    A file dialog given a folder that does not exist shows its name as the file name.
    """
    found = QStandardPaths.writableLocation(location)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def documents_dir() -> Path:
    """Where to suggest saving files the user makes (PDFs, hand-ins): Documents, else home."""
    return existing_folder(QStandardPaths.StandardLocation.DocumentsLocation)
