"""One prompt on the page: its number, wording, hint, editor, timer and "skip" choice."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal_app.packs.model import AnswerablePrompt, AnyPrompt, NotePrompt
from journal_app.store.answers import Answer
from journal_app.ui.editors import ImageGateway, PromptEditor, create_editor
from journal_app.ui.packtext import t
from journal_app.ui.timer import TimerWidget
from journal_app.ui.widgets import plain, rich_label


class PromptCard(QFrame):
    """A prompt with its editor. Emits what changed; the window saves it."""

    answer_changed = Signal(str)
    """The user changed the answer to this prompt (its id)."""

    time_recorded = Signal(str)
    """The timer recorded the time spent on this prompt (its id): save it."""

    skipped_changed = Signal(str, bool)
    """The user marked the prompt as left out on purpose, or not."""

    private_changed = Signal(str, bool)
    """The user marked the answer as private (kept out of hand-ins), or not."""

    def __init__(
        self, prompt: AnyPrompt, images: ImageGateway, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self.setObjectName("promptCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)

        if isinstance(prompt, NotePrompt):
            self.setObjectName("noteCard")
            self.setFrameShape(QFrame.Shape.StyledPanel)
            layout.setContentsMargins(16, 12, 16, 12)
            if prompt.title is not None:
                layout.addWidget(rich_label(f"<b>{html.escape(t(prompt.title))}</b>"))

        heading = html.escape(t(prompt.text)).replace("\n", "<br>")
        if prompt.number:
            heading = f"<b>{html.escape(prompt.number)}.</b>&nbsp; {heading}"
        self.text_label = rich_label(heading)
        self.text_label.setObjectName(
            "noteText" if isinstance(prompt, NotePrompt) else "promptText"
        )
        layout.addWidget(self.text_label)

        self.hint_label: QLabel | None = None
        if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
            self.hint_label = rich_label(f"<i>{html.escape(t(prompt.hint))}</i>")
            self.hint_label.setObjectName("promptHint")
            layout.addWidget(self.hint_label)
        if prompt.reconstructed:
            marker = rich_label(
                "<small>"
                + html.escape(self.tr("ⓘ Wording reconstructed from a damaged source"))
                + "</small>"
            )
            marker.setToolTip(plain(prompt.reconstructed))
            marker.setObjectName("reconstructedMark")
            layout.addWidget(marker)

        self.timer: TimerWidget | None = None
        if isinstance(prompt, AnswerablePrompt) and prompt.timer_minutes:
            self.timer = TimerWidget(prompt.timer_minutes)
            self.timer.time_spent_changed.connect(self._on_timer_time_spent_changed)
            layout.addWidget(self.timer)

        self.editor: PromptEditor = create_editor(prompt, images)
        self.editor.answer_changed.connect(self._on_editor_answer_changed)
        layout.addWidget(self.editor)

        self.skip_box: QCheckBox | None = None
        self.private_box: QCheckBox | None = None
        if prompt.answerable:
            row = QHBoxLayout()
            row.addStretch(1)
            self.private_box = QCheckBox(self.tr("Private (not in hand-ins)"))
            self.private_box.setToolTip(
                self.tr("This answer stays on this computer: it is never put in a hand-in file.")
            )
            self.private_box.toggled.connect(self._on_private_box_toggled)
            row.addWidget(self.private_box)
            self.skip_box = QCheckBox(self.tr("Skip this prompt for now"))
            self.skip_box.setObjectName("skipBox")
            self.skip_box.setToolTip(self.tr("Marks the prompt as left out on purpose."))
            self.skip_box.toggled.connect(self._on_skip_box_toggled)
            row.addWidget(self.skip_box)
            layout.addLayout(row)
        self.setAccessibleName(t(prompt.text)[:80])

    def load(self, answer: Answer | None) -> None:
        """Show a stored answer (or nothing) without emitting changes."""
        self.editor.set_value(None if answer is None else answer.value)
        if self.timer is not None:
            self.timer.set_spent(None if answer is None else answer.time_spent_seconds)
        for box, on in (
            (self.skip_box, bool(answer and answer.skipped)),
            (self.private_box, bool(answer and answer.private)),
        ):
            if box is not None:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)

    def time_spent(self) -> int | None:
        """Seconds recorded by the timer (None without a timer or before it ran)."""
        if self.timer is None:
            return None
        return self.timer.spent() or None

    def _on_editor_answer_changed(self) -> None:
        self.answer_changed.emit(self.prompt.id)

    def _on_timer_time_spent_changed(self, _seconds: int) -> None:
        self.time_recorded.emit(self.prompt.id)

    def _on_skip_box_toggled(self, checked: bool) -> None:
        self.skipped_changed.emit(self.prompt.id, checked)

    def _on_private_box_toggled(self, checked: bool) -> None:
        self.private_changed.emit(self.prompt.id, checked)
