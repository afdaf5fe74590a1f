"""A page of the journal: a section's or group's introduction and its prompts, scrolling."""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from journal_app.packs.model import Group, LocalText, Section
from journal_app.ui.card import PromptCard
from journal_app.ui.editors import ImageGateway
from journal_app.ui.packtext import t
from journal_app.ui.widgets import GrowingTextEdit, rich_label


def paragraphs(text: LocalText | None) -> str:
    """Paragraphs (separated by blank lines) as HTML."""
    if text is None:
        return ""
    return "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>"
        for p in t(text).split("\n\n")
        if p.strip()
    )


PAGE_STYLE = """
QLabel#promptText { font-weight: 600; margin-top: 4px; }
QFrame#noteCard { background: palette(alternate-base); border: 1px solid palette(mid);
                  border-radius: 6px; }
"""
"""No font sizes here: they would defeat View ▸ Larger text. No grey text: it must stay legible.
The page keeps the window's colour, so answer fields (the base colour) stand out in light and dark
themes alike."""


class GroupPage(QScrollArea):
    """All prompts of one group, like a page of the printed journal."""

    def __init__(
        self,
        section: Section,
        group: Group,
        images: ImageGateway,
        *,
        first_of_section: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        # A comfortable reading width, centred.
        body.setStyleSheet(PAGE_STYLE)
        outer = QHBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column.setMaximumWidth(900)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(40, 24, 40, 40)
        layout.setSpacing(6)

        if first_of_section:
            title = t(section.title)
            if section.number:
                title = self.tr("Section {0}: {1}").format(section.number, title)
            layout.addWidget(
                rich_label(f"<h1>{html.escape(title)}</h1>{paragraphs(section.intro)}")
            )
        if group.title is not None or group.intro is not None:
            heading = f"<h2>{html.escape(t(group.title))}</h2>" if group.title else ""
            layout.addWidget(rich_label(heading + paragraphs(group.intro)))

        self.cards: dict[str, PromptCard] = {}
        for prompt in group.prompts:
            card = PromptCard(prompt, images)
            self.cards[prompt.id] = card
            layout.addWidget(card)
            for field in card.findChildren(GrowingTextEdit):
                field.cursor_rect_changed.connect(
                    lambda rect, f=field: self._on_field_cursor_moved(f, rect)
                )
        for missing in group.missing:
            if missing.number:
                text = self.tr("Item {0} of the printed journal is missing from its text: {1}")
                text = text.format(missing.number, missing.reason)
            else:
                text = self.tr("An item of the printed journal is missing from its text: {0}")
                text = text.format(missing.reason)
            note = rich_label("<small><i>" + html.escape(text) + "</i></small>")
            layout.addWidget(note)
        layout.addStretch(1)
        self.body = body
        self.body_layout = layout
        self.setWidget(body)

    def show_prompt(self, prompt_id: str, *, focus: bool = True) -> None:
        """Scroll to a prompt's card and put the cursor in its editor."""
        card = self.cards.get(prompt_id)
        if card is None:
            return
        self.body_layout.activate()
        first = next(iter(self.cards)) == prompt_id
        top = 0 if first else card.mapTo(self.body, card.rect().topLeft()).y() - 12
        self.verticalScrollBar().setValue(max(0, top))
        if focus:
            card.editor.first_focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_field_cursor_moved(self, field: GrowingTextEdit, rect: QRect) -> None:
        # Keep the typing position in view: the fields grow instead of scrolling themselves.
        if not field.hasFocus():
            return
        point = field.mapTo(self.body, rect.center())
        self.ensureVisible(point.x(), point.y(), 0, rect.height() + 24)
