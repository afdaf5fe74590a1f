"""One prompt on the page: its number, wording, hint, editor, timer, and a quiet "…" menu."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal_app.packs.model import AnswerablePrompt, AnyPrompt, NotePrompt
from journal_app.store.answers import Answer
from journal_app.ui.editors import ImageGateway, PromptEditor, create_editor
from journal_app.ui.icons import info_icon
from journal_app.ui.packtext import t
from journal_app.ui.timer import TimerWidget
from journal_app.ui.widgets import plain_label, rich_label

HIGHLIGHT = "#ffe066"
"""The colour behind search matches (dark text on it reads well in light and dark themes)."""


def marked(text: str, query: str) -> str:
    """``text`` escaped as HTML, with each case-insensitive match of ``query`` highlighted."""
    if not query:
        return html.escape(text)
    parts = re.split(f"({re.escape(query)})", text, flags=re.IGNORECASE)
    return "".join(
        f'<span style="background-color: {HIGHLIGHT}; color: black;">{html.escape(part)}</span>'
        if index % 2
        else html.escape(part)
        for index, part in enumerate(parts)
    )


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
            # A fact box: set apart by its background (the palette's, so in any theme).
            self.setObjectName("noteCard")
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            layout.setContentsMargins(16, 12, 16, 12)

        self.text_label = rich_label("")
        self.text_label.setObjectName(
            "noteText" if isinstance(prompt, NotePrompt) else "promptText"
        )
        self._show_heading("")
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.text_label, 1)
        layout.addLayout(top)

        self.info_button: QToolButton | None = None
        if prompt.reconstructed:
            # Plain words on the card; the editors' note is on Help ▸ About this edition.
            self.info_button = self._tool_button(
                self.tr(
                    "Some words of this prompt were damaged in the source of the printed journal"
                    " and were filled in for this app: they are not the journal's own words."
                    " Help ▸ About this edition tells more."
                ),
                self.tr("About the wording of this prompt"),
            )
            self.info_button.setObjectName("reconstructedMark")
            self.info_button.setIcon(info_icon())
            self.info_button.clicked.connect(self._on_info_button_clicked)
            top.addWidget(self.info_button, 0, Qt.AlignmentFlag.AlignTop)

        self.skip_action: QAction | None = None
        self.private_action: QAction | None = None
        self.menu_button: QToolButton | None = None
        self.state_label: QLabel | None = None
        if prompt.answerable:
            menu = QMenu(self)
            self.skip_action = menu.addAction(self.tr("Skip for now"))
            self.skip_action.setCheckable(True)
            self.skip_action.setToolTip(
                self.tr("Leave this prompt out on purpose; it counts as skipped, not done.")
            )
            self.skip_action.toggled.connect(self._on_skip_action_toggled)
            self.private_action = menu.addAction(self.tr("Private: keep out of hand-ins"))
            self.private_action.setCheckable(True)
            self.private_action.setToolTip(
                self.tr("This answer stays on this computer: it is never put in a hand-in file.")
            )
            self.private_action.toggled.connect(self._on_private_action_toggled)
            menu.setToolTipsVisible(True)
            self.menu_button = self._tool_button(
                self.tr("More: skip this prompt, or keep its answer private"),
                self.tr("More choices for this prompt"),
            )
            self.menu_button.setText("…")
            self.menu_button.setMenu(menu)
            self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.menu_button.setObjectName("cardMenu")
            top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
            self.state_label = plain_label()
            self.state_label.setObjectName("cardState")
            self.state_label.hide()
            layout.addWidget(self.state_label)

        self.hint_label: QLabel | None = None
        if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
            self.hint_label = rich_label(f"<i>{html.escape(t(prompt.hint))}</i>")
            self.hint_label.setObjectName("promptHint")
            layout.addWidget(self.hint_label)

        self.timer: TimerWidget | None = None
        if isinstance(prompt, AnswerablePrompt) and prompt.timer_minutes:
            self.timer = TimerWidget(prompt.timer_minutes)
            self.timer.time_spent_changed.connect(self._on_timer_time_spent_changed)
            layout.addWidget(self.timer)

        self.editor: PromptEditor = create_editor(prompt, images)
        self.editor.answer_changed.connect(self._on_editor_answer_changed)
        layout.addWidget(self.editor)
        self.setAccessibleName(t(prompt.text)[:80])

    def _tool_button(self, tooltip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setToolTip(tooltip)
        button.setAccessibleName(name)
        button.setAccessibleDescription(tooltip)
        button.setIconSize(QSize(16, 16))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _on_info_button_clicked(self) -> None:
        # For the keyboard and touch: the explanation a mouse gets by hovering.
        button = self.info_button
        if button is not None:
            QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), button.toolTip())

    def _show_heading(self, query: str) -> None:
        heading = marked(t(self.prompt.text), query).replace("\n", "<br>")
        if self.prompt.answerable:
            heading = f'<span style="font-weight: 600;">{heading}</span>'
        if self.prompt.number:
            heading = f"<b>{html.escape(self.prompt.number)}.</b>&nbsp; {heading}"
        if isinstance(self.prompt, NotePrompt) and self.prompt.title is not None:
            heading = f"<b>{html.escape(t(self.prompt.title))}</b><br>{heading}"
        self.text_label.setText(heading)

    def highlight(self, query: str) -> None:
        """Mark every match of ``query`` in the prompt's wording and its answer ("": none)."""
        self._show_heading(query)
        for field in self.editor.findChildren(QTextEdit):
            selections: list[QTextEdit.ExtraSelection] = []
            if query:
                form = QTextCharFormat()
                form.setBackground(QColor(HIGHLIGHT))
                form.setForeground(QColor("black"))
                document = field.document()
                found = document.find(query)
                while not found.isNull():
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = QTextCursor(found)
                    selection.format = form
                    selections.append(selection)
                    found = document.find(query, found)
            field.setExtraSelections(selections)
        for line in self.editor.findChildren(QLineEdit):
            palette = line.palette()
            hit = bool(query) and query.casefold() in line.text().casefold()
            palette.setColor(
                QPalette.ColorRole.Base,
                QColor(HIGHLIGHT) if hit else self.palette().color(QPalette.ColorRole.Base),
            )
            line.setPalette(palette)

    def load(self, answer: Answer | None) -> None:
        """Show a stored answer (or nothing) without emitting changes."""
        self.editor.set_value(None if answer is None else answer.value)
        if self.timer is not None:
            self.timer.set_spent(None if answer is None else answer.time_spent_seconds)
        for action, on in (
            (self.skip_action, bool(answer and answer.skipped)),
            (self.private_action, bool(answer and answer.private)),
        ):
            if action is not None:
                action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(False)
        self._show_state()

    def _show_state(self) -> None:
        """Show "Skipped for now · Private" under the wording when either is chosen."""
        if self.state_label is None:
            return
        parts = []
        if self.skip_action is not None and self.skip_action.isChecked():
            parts.append(self.tr("Skipped for now"))
        if self.private_action is not None and self.private_action.isChecked():
            parts.append(self.tr("Private: not in hand-ins"))
        self.state_label.setText(" · ".join(parts))
        self.state_label.setVisible(bool(parts))
        if self.menu_button is not None:
            self.menu_button.setAccessibleDescription(self.state_label.text())

    def time_spent(self) -> int | None:
        """Seconds recorded by the timer (None without a timer or before it ran)."""
        if self.timer is None:
            return None
        return self.timer.spent() or None

    def _on_editor_answer_changed(self) -> None:
        self.answer_changed.emit(self.prompt.id)

    def _on_timer_time_spent_changed(self, _seconds: int) -> None:
        self.time_recorded.emit(self.prompt.id)

    def _on_skip_action_toggled(self, checked: bool) -> None:
        self._show_state()
        self.skipped_changed.emit(self.prompt.id, checked)

    def _on_private_action_toggled(self, checked: bool) -> None:
        self._show_state()
        self.private_changed.emit(self.prompt.id, checked)
