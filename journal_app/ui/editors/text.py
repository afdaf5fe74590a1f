"""Editor of ``text`` prompts: one free answer, or one field per item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from journal_app.packs.model import TextPrompt
from journal_app.store.answers import AnswerValue, ItemsValue, TextValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t
from journal_app.ui.widgets import GrowingTextEdit


class TextEditor(PromptEditor):
    """A comfortable multi-line editor; numbered or labelled fields when the prompt has items."""

    def __init__(self, prompt: TextPrompt, parent: QWidget | None = None) -> None:
        super().__init__(prompt, parent)
        self.text_prompt = prompt
        self.fields: list[GrowingTextEdit] = []
        layout: QVBoxLayout | QGridLayout
        if not prompt.items:
            layout = QVBoxLayout(self)
            field = GrowingTextEdit(min_lines=4)
            field.setAccessibleName(self.tr("Your answer"))
            self.fields.append(field)
            layout.addWidget(field)
        else:
            layout = QGridLayout(self)
            layout.setColumnStretch(1, 1)
            for index, item in enumerate(prompt.items):
                if item.label is None:
                    label = QLabel(self.tr("{0}.").format(index + 1))
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    field = GrowingTextEdit(min_lines=1)
                    field.setAccessibleName(self.tr("Item {0}").format(index + 1))
                    layout.addWidget(label, index, 0)
                    layout.addWidget(field, index, 1)
                else:
                    label = QLabel(t(item.label))
                    label.setWordWrap(True)
                    field = GrowingTextEdit(min_lines=2)
                    field.setAccessibleName(t(item.label))
                    layout.addWidget(label, 2 * index, 0, 1, 2)
                    layout.addWidget(field, 2 * index + 1, 0, 1, 2)
                label.setBuddy(field)
                self.fields.append(field)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in self.fields:
            field.textChanged.connect(self._on_edited)

    def value(self) -> AnswerValue:
        """The text, or the items' texts."""
        if not self.text_prompt.items:
            return TextValue(self.fields[0].text())
        return ItemsValue(tuple(field.text() for field in self.fields))

    def set_value(self, value: AnswerValue | None) -> None:
        """Show a stored text (an answer of another shape is shown as far as it fits)."""
        if isinstance(value, TextValue):
            texts = [value.text]
        elif isinstance(value, ItemsValue):
            texts = list(value.items)
        else:
            texts = []
        if len(self.fields) == 1 and len(texts) > 1:
            texts = ["\n".join(t for t in texts if t)]  # items shown in a single answer
        with self.loading():
            for index, field in enumerate(self.fields):
                field.setPlainText(texts[index] if index < len(texts) else "")

    def first_focus_widget(self) -> QWidget:
        """The first field."""
        return self.fields[0]
