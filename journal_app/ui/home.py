"""The journal's home page: whose journal it is, how far it has come, and where to go next."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.packs.model import AnyPrompt, Section
from journal_app.store import cipher
from journal_app.store.session import JournalSession, Progress
from journal_app.ui.accent import accent_color
from journal_app.ui.packtext import short_title, t
from journal_app.ui.widgets import plain, plain_label, reading_column, rich_label


class HomePage(QScrollArea):
    """Title, journal name, progress per section, "Continue" and "Start Section N"."""

    go_to_prompt = Signal(str)
    """The person chose a prompt to go to (its id)."""

    rename_requested = Signal()
    """The person wants to rename the journal."""

    def __init__(self, session: JournalSession, data_dir: Path, parent: QWidget | None = None):
        """Make the page; ``refresh`` fills it in."""
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.setAccessibleName(self.tr("Home"))
        body, layout = reading_column(self, "home", 820, top=32)
        layout.setSpacing(10)

        pack = session.pack
        heading = f"<h1>{html.escape(t(pack.title))}</h1>"
        if pack.subtitle is not None:
            heading += f"<p>{html.escape(t(pack.subtitle))}</p>"
        self.title_label = rich_label(heading)
        layout.addWidget(self.title_label)

        name_row = QHBoxLayout()
        self.name_label = rich_label("")  # the name escaped: sized relative to the text size
        self.name_label.setObjectName("homeJournalName")
        self.name_label.setAccessibleName(self.tr("Journal name"))
        rename = QPushButton(self.tr("Rename…"))
        rename.setAutoDefault(False)
        rename.clicked.connect(self.rename_requested)
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(rename)
        layout.addLayout(name_row)

        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.continue_button.setMinimumHeight(self.continue_button.sizeHint().height() + 10)
        self.continue_hint = plain_label()
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.continue_hint)

        layout.addSpacing(12)
        self.sections_grid = QGridLayout()
        self.sections_grid.setHorizontalSpacing(16)
        self.sections_grid.setVerticalSpacing(10)
        self.sections_grid.setColumnStretch(0, 1)
        layout.addLayout(self.sections_grid)
        self._section_rows: list[tuple[Section, QLabel, QProgressBar, QLabel, QPushButton]] = []
        for row, section in enumerate(pack.sections):
            title = t(section.title)
            if section.number:
                title = self.tr("Section {0}: {1}").format(section.number, title)
            title_label = plain_label(title)
            title_font = title_label.font()
            title_font.setBold(True)
            title_label.setFont(title_font)
            accent = accent_color(section, self.palette())
            title_palette = title_label.palette()
            title_palette.setColor(QPalette.ColorRole.WindowText, accent)
            title_label.setPalette(title_palette)
            bar = QProgressBar()
            bar_palette = bar.palette()
            bar_palette.setColor(QPalette.ColorRole.Highlight, accent)
            bar.setPalette(bar_palette)
            bar.setTextVisible(False)
            bar.setMaximumHeight(8)
            bar.setAccessibleName(title)
            counts = plain_label()
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=section: self._on_section_clicked(s))
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(title_label)
            cell.addWidget(bar)
            cell.addWidget(counts)
            self.sections_grid.addLayout(cell, row, 0)
            self.sections_grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self._section_rows.append((section, title_label, bar, counts, button))

        layout.addSpacing(16)
        self.where_label = plain_label()
        self.where_label.setObjectName("whereKept")
        layout.addWidget(self.where_label)
        credits = pack.attribution
        self.credits_label = plain_label(f"{credits.copyright} · {credits.licence}")
        layout.addWidget(self.credits_label)
        layout.addStretch(1)
        self.setWidget(body)
        self._continue_to: str | None = None
        self.refresh(None)

    def refresh(self, last_prompt: AnyPrompt | None) -> None:
        """Show the current name and progress; "Continue" goes to ``last_prompt`` if given."""
        session = self.session
        name = html.escape(self.tr("Journal: {0}").format(session.journal.name))
        self.name_label.setText(
            f'<span style="font-size: x-large; font-weight: 600;">{name}</span>'
        )
        total = Progress()
        for section, _title, bar, counts, button in self._section_rows:
            progress = session.progress(section.prompts())
            total = total + progress
            bar.setRange(0, max(1, progress.total))
            bar.setValue(progress.answered + progress.skipped)
            counts.setText(self.counts_text(progress))
            number = section.number
            if progress.open == progress.total:
                text = self.tr("Start Section {0}").format(number) if number else self.tr("Start")
            elif progress.open:
                text = (
                    self.tr("Continue Section {0}").format(number)
                    if number
                    else self.tr("Continue")
                )
            else:
                text = (
                    self.tr("Look through Section {0}").format(number)
                    if number
                    else self.tr("Look through")
                )
            button.setText(text)
            button.setToolTip(plain(t(section.title)))
            button.setAccessibleName(self.tr("{0}: {1}").format(text, t(section.title)))
        if last_prompt is not None:
            self._continue_to = last_prompt.id
            self.continue_button.setText(self.tr("Continue where you left off"))
            self.continue_hint.setText(self.tr("You were at: {0}").format(short_title(last_prompt)))
        else:
            first = session.next_open() or next(
                (p for p in session.pack.prompts() if p.answerable), None
            )
            self._continue_to = first.id if first is not None else None
            self.continue_button.setText(
                self.tr("Start the journal") if total.answered == 0 else self.tr("Continue")
            )
            self.continue_hint.setText(
                self.tr("Your answers are saved as you type; come back to any prompt at any time.")
            )
        self.continue_button.setEnabled(self._continue_to is not None)
        if cipher.is_protected(self.data_dir):
            where = self.tr(
                "Your answers are kept on this computer only, in {0}, encrypted with your"
                " passphrase. Nothing is sent anywhere."
            )
        else:
            where = self.tr(
                "Your answers are kept on this computer only, in {0}. Nothing is sent anywhere."
            )
        self.where_label.setText(where.format(self.data_dir))

    def counts_text(self, progress: Progress) -> str:
        """Counts such as "12 answered · 2 skipped · 26 open"."""
        return self.tr("{0} answered · {1} skipped · {2} open").format(
            progress.answered, progress.skipped, progress.open
        )

    def _on_continue_clicked(self) -> None:
        if self._continue_to is not None:
            self.go_to_prompt.emit(self._continue_to)

    def _on_section_clicked(self, section: Section) -> None:
        target = self.session.next_open(section) or next(iter(section.prompts()), None)
        if target is not None:
            self.go_to_prompt.emit(target.id)
