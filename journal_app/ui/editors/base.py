"""The contract every prompt editor follows.

An editor shows one prompt's answer and lets the user change it. It never touches the store:
it emits ``answer_changed`` after every user edit, and the window's autosave asks it for
``value()`` and saves that. ``set_value`` fills it from a stored answer without emitting.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from journal_app.packs.model import AnyPrompt
from journal_app.store.answers import AnswerValue


class PromptEditor(QWidget):
    """Base class of the editors (one per ``PromptKind``, see ``EDITORS``)."""

    answer_changed = Signal()
    """Emitted after the user changed the answer (never by ``set_value``)."""

    def __init__(self, prompt: AnyPrompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self._loading = False

    def value(self) -> AnswerValue | None:
        """The answer as shown (None: nothing to store as a value, e.g. pictures, notes)."""
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        """Show a stored answer (None: empty) without emitting ``answer_changed``."""
        raise NotImplementedError

    def first_focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus when the prompt is opened."""
        return self

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While filling widgets from a stored value: edits are not the user's."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _on_edited(self, *_: object) -> None:
        """Connect widgets' change signals here."""
        if not self._loading:
            self.answer_changed.emit()
