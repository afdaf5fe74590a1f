"""Editor of ``stems`` prompts: each sentence beginning with its own field to complete."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from journal_app.packs.model import StemsPrompt
from journal_app.store.answers import AnswerValue, StemsValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t
from journal_app.ui.widgets import GrowingTextEdit, plain_label


class StemsEditor(PromptEditor):
    """Sentence beginnings ("Passion drives change by …") that the user completes."""

    def __init__(self, prompt: StemsPrompt, parent: QWidget | None = None) -> None:
        super().__init__(prompt, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, GrowingTextEdit] = {}
        for stem in prompt.stems:
            label = plain_label(f"{t(stem.text)} …")
            label.setWordWrap(True)
            field = GrowingTextEdit(min_lines=2)
            field.setAccessibleName(t(stem.text))
            label.setBuddy(field)
            field.textChanged.connect(self._on_edited)
            layout.addWidget(label)
            layout.addWidget(field)
            self.fields[stem.id] = field

    def value(self) -> AnswerValue:
        """The completions of the stems that have text."""
        return StemsValue(tuple((sid, f.text()) for sid, f in self.fields.items() if f.text()))

    def set_value(self, value: AnswerValue | None) -> None:
        """Show stored completions."""
        stored = value if isinstance(value, StemsValue) else StemsValue()
        with self.loading():
            for stem_id, field in self.fields.items():
                field.setPlainText(stored.get(stem_id))

    def first_focus_widget(self) -> QWidget:
        """The first field."""
        return next(iter(self.fields.values()), self)
