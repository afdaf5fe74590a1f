"""Editor of ``checklist`` prompts: checkboxes in columns, and "Other" with its text."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from journal_app.packs.model import ChecklistPrompt
from journal_app.store.answers import AnswerValue, ChecklistValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t


class ChecklistEditor(PromptEditor):
    """Options laid out row by row in the pack's number of columns, like the printed page."""

    def __init__(self, prompt: ChecklistPrompt, parent: QWidget | None = None) -> None:
        super().__init__(prompt, parent)
        self.checklist = prompt
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        columns = max(1, prompt.columns)
        self.boxes: dict[str, QCheckBox] = {}
        for index, option in enumerate(prompt.options):
            box = QCheckBox(t(option.text))
            box.toggled.connect(self._on_edited)
            self.boxes[option.id] = box
            grid.addWidget(box, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.other_box: QCheckBox | None = None
        self.other_text: QLineEdit | None = None
        if prompt.other is not None:
            row = QHBoxLayout()
            self.other_box = QCheckBox(t(prompt.other))
            self.other_text = QLineEdit()
            self.other_text.setAccessibleName(self.tr("Other: your words"))
            self.other_text.setPlaceholderText(self.tr("Say what else…"))
            self.other_box.toggled.connect(self._on_edited)
            self.other_text.textEdited.connect(self._on_other_text_edited)
            row.addWidget(self.other_box)
            row.addWidget(self.other_text, 1)
            grid.addLayout(row, (len(prompt.options) + columns - 1) // columns, 0, 1, columns)

    def _on_other_text_edited(self, text: str) -> None:
        if self.other_box is not None and text.strip() and not self.other_box.isChecked():
            self.other_box.setChecked(True)  # typing "Other" text means choosing Other
        self._on_edited()

    def value(self) -> AnswerValue:
        """The ticked options in the prompt's order, and the Other choice."""
        checked = tuple(oid for oid, box in self.boxes.items() if box.isChecked())
        return ChecklistValue(
            checked,
            self.other_box.isChecked() if self.other_box else False,
            self.other_text.text() if self.other_text else "",
        )

    def set_value(self, value: AnswerValue | None) -> None:
        """Tick what was stored."""
        stored = value if isinstance(value, ChecklistValue) else ChecklistValue()
        with self.loading():
            for option_id, box in self.boxes.items():
                box.setChecked(option_id in stored.checked)
            if self.other_box is not None and self.other_text is not None:
                self.other_box.setChecked(stored.other_checked)
                self.other_text.setText(stored.other_text)

    def first_focus_widget(self) -> QWidget:
        """The first option."""
        return next(iter(self.boxes.values()), self)
