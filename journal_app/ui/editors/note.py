"""A ``note`` (fact box): information in a calm box, no answer."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal_app.packs.model import NotePrompt
from journal_app.store.answers import AnswerValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t


class NoteView(PromptEditor):
    """Shows the note's source under it; the note's own text is shown by the prompt card."""

    def __init__(self, prompt: NotePrompt, parent: QWidget | None = None) -> None:
        super().__init__(prompt, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source: QLabel | None = None
        if prompt.source is not None:
            self.source = QLabel(
                "<small>"
                + self.tr("Source: {0}").format(html.escape(t(prompt.source)))
                + "</small>"
            )
            self.source.setWordWrap(True)
            self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.source)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def value(self) -> AnswerValue | None:
        """A note takes no answer."""
        return None

    def set_value(self, value: AnswerValue | None) -> None:
        """Nothing to show."""
