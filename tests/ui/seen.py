"""What a person reads in a text Qt shows: rich text (as ``widgets.plain`` makes it) as plain."""

from __future__ import annotations

from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument


def as_seen(text: str) -> str:
    """The characters a Qt widget shows for ``text`` (it guesses rich text as Qt does)."""
    if not GuiQt.mightBeRichText(text):  # type: ignore[attr-defined]
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2028", "\n")
