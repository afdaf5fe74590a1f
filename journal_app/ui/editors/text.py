"""Editor of ``text`` prompts: one free answer, or one field per item.

In numbered items Enter goes on to the next item, as in a numbered list, and Shift+Enter starts
a new line inside the item; labelled items and the free answer keep Enter for new lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from journal_app.packs.model import TextPrompt
from journal_app.store.answers import AnswerValue, ItemsValue, TextValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t
from journal_app.ui.widgets import GrowingTextEdit, break_line, composing, plain_label


class TextEditor(PromptEditor):
    """A comfortable multi-line editor; numbered or labelled fields when the prompt has items."""

    def __init__(self, prompt: TextPrompt, parent: QWidget | None = None) -> None:
        super().__init__(prompt, parent)
        self.text_prompt = prompt
        self.fields: list[GrowingTextEdit] = []
        self._numbered: list[GrowingTextEdit] = []
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
                    field.installEventFilter(self)
                    self._numbered.append(field)
                    layout.addWidget(label, index, 0)
                    layout.addWidget(field, index, 1)
                else:
                    label = plain_label(t(item.label))
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            or not isinstance(watched, GrowingTextEdit)
            or watched not in self._numbered
        ):
            return super().eventFilter(watched, event)
        if composing(watched):
            return False  # an input method is composing: the key is its own
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            break_line(watched)
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        # An item per line, as printed: Enter goes on to the next item's field. In the last one
        # it does nothing (a line there would be printed without a number); Shift+Enter breaks
        # the line for a user who wants one.
        position = self.fields.index(watched)
        if position + 1 < len(self.fields):
            following = self.fields[position + 1]
            following.setFocus(Qt.FocusReason.TabFocusReason)
            following.moveCursor(QTextCursor.MoveOperation.End)
        return True

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
