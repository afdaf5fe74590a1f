"""A page of the journal: a section's or group's introduction and its prompts, scrolling."""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget

from journal_app.packs.model import Group, LocalText, Section
from journal_app.ui.accent import AccentRule, IntroPanel, accent_color
from journal_app.ui.card import PromptCard
from journal_app.ui.editors import ImageGateway
from journal_app.ui.icons import info_icon
from journal_app.ui.packtext import t
from journal_app.ui.widgets import GrowingTextEdit, plain_label, reading_column, rich_label


def paragraphs(text: LocalText | None) -> str:
    """Paragraphs (separated by blank lines) as HTML."""
    if text is None:
        return ""
    return "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>"
        for p in t(text).split("\n\n")
        if p.strip()
    )


class GroupPage(QScrollArea):
    """All prompts of one group, like a page of the printed journal.

    The cards can be made a few at a time (``build_some``), so that the window builds its
    pages while idle without ever holding up typing; ``finish`` makes the rest at once.
    """

    def __init__(
        self,
        section: Section,
        group: Group,
        images: ImageGateway,
        *,
        first_of_section: bool,
        parent: QWidget | None = None,
        on_card: Callable[[PromptCard], None] | None = None,
        lazy: bool = False,
    ) -> None:
        """Make the page's heading (and, unless ``lazy``, all its cards).

        Args:
            section: the section the group belongs to.
            group: the prompts of the page.
            images: where picture editors find their pictures.
            first_of_section: show the section's title and introduction above the group's.
            parent: the widget that holds the page.
            on_card: called with each card as it is made (the window loads its answer).
            lazy: make no card yet; ``build_some`` and ``finish`` make them.
        """
        super().__init__(parent)
        self.group = group
        self._images = images
        self._on_card = on_card
        body, layout = reading_column(self, "page", 900, top=24)  # a comfortable reading width
        layout.setSpacing(14)  # room between prompts, as on the printed page
        # The section's colour: a rule atop each of its pages, and its title.
        accent = accent_color(section, self.palette())
        layout.addWidget(AccentRule(accent))

        if first_of_section:
            title = t(section.title)
            if section.number:
                title = self.tr("Section {0}: {1}").format(section.number, title)
            layout.addWidget(
                rich_label(f'<h1 style="color: {accent.name()};">{html.escape(title)}</h1>')
            )
            if section.intro is not None:  # a lead, a step larger than the prompts
                lead = rich_label(
                    f'<div style="font-size: large;">{paragraphs(section.intro)}</div>'
                )
                layout.addWidget(IntroPanel(accent, lead))
        if group.title is not None:
            layout.addWidget(
                rich_label(
                    f'<h2 style="color: {accent.name()};">{html.escape(t(group.title))}</h2>'
                )
            )
        if group.intro is not None:
            layout.addWidget(IntroPanel(accent, rich_label(paragraphs(group.intro))))

        self.cards: dict[str, PromptCard] = {}
        self._unbuilt = list(group.prompts)
        self._insert_at = layout.count()
        # Where the printed journal has an item the source lost, a line says so: at the end of
        # the page until the card after its number is made, then in its place.
        self._missing_in_place: list[tuple[int, QWidget]] = []
        for missing in group.missing:
            note = self._missing_note(missing.number)
            layout.addWidget(note)
            if missing.number is not None and missing.number.isdigit():
                self._missing_in_place.append((int(missing.number), note))
        self._missing_in_place.sort(key=lambda placed: placed[0])  # item 4 before item 5
        layout.addStretch(1)
        self.body = body
        self.body_layout = layout
        self.setWidget(body)
        if not lazy:
            self.finish()

    def _missing_note(self, number: str | None) -> QWidget:
        """A quiet line where the printed journal has an item the source lost."""
        if number:
            text = self.tr("Item {0} of the printed journal could not be recovered.").format(number)
        else:
            text = self.tr("An item of the printed journal could not be recovered.")
        explanation = self.tr(
            "The source of the printed journal is damaged here. Rather than guess its words,"
            " the app leaves the item out. Help ▸ About this edition tells more."
        )
        row = QWidget()
        row.setObjectName("missingItem")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 4, 0, 4)
        icon = QLabel()
        icon.setPixmap(info_icon().pixmap(14, 14))
        label = plain_label(text)
        label.setWordWrap(True)
        for widget in (row, icon, label):
            widget.setToolTip(explanation)
        row.setAccessibleName(text)
        row.setAccessibleDescription(explanation)
        line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label, 1)
        return row

    @property
    def complete(self) -> bool:
        """Whether every card of the page has been made."""
        return not self._unbuilt

    def build_some(self, seconds: float) -> bool:
        """Make cards for about ``seconds`` (at least one); True when the page is complete."""
        deadline = time.perf_counter() + seconds
        while self._unbuilt:
            self._build_card()
            if time.perf_counter() >= deadline:
                break
        return self.complete

    def finish(self) -> None:
        """Make every card not made yet."""
        while self._unbuilt:
            self._build_card()

    def _build_card(self) -> None:
        prompt = self._unbuilt.pop(0)
        if prompt.number is not None and prompt.number.isdigit():
            for number, note in list(self._missing_in_place):
                if number < int(prompt.number):
                    self.body_layout.removeWidget(note)
                    self.body_layout.insertWidget(self._insert_at, note)
                    self._insert_at += 1
                    self._missing_in_place.remove((number, note))
        card = PromptCard(prompt, self._images)
        self.cards[prompt.id] = card
        self.body_layout.insertWidget(self._insert_at, card)
        self._insert_at += 1
        for field in card.findChildren(GrowingTextEdit):
            field.cursor_rect_changed.connect(
                lambda rect, f=field: self._on_field_cursor_moved(f, rect)
            )
        if self._on_card is not None:
            self._on_card(card)

    def show_prompt(self, prompt_id: str, *, focus: bool = True, ahead: int | None = None) -> None:
        """Scroll to a prompt's card and put the cursor in its editor.

        Args:
            prompt_id: the prompt.
            focus: put the cursor in its editor.
            ahead: make only the cards up to the prompt's and this many after it (a screenful;
                ``build_some`` makes the rest later); None: every card of the page.
        """
        if ahead is None or prompt_id not in {p.id for p in self.group.prompts}:
            self.finish()
        else:
            while prompt_id not in self.cards:
                self._build_card()
            for _ in range(min(ahead, len(self._unbuilt))):
                self._build_card()
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
