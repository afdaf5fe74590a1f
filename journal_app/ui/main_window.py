"""The journal window: a navigator on the left, pages of prompts on the right, saved as you type."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Self

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app import language
from journal_app.export.handin import SUFFIX, HandInError, ImportReport, write_handin
from journal_app.packs.library import PackLibrary
from journal_app.packs.loader import PackError
from journal_app.packs.model import AnyPrompt, Pack, Page
from journal_app.store import cipher
from journal_app.store.errors import StoreError
from journal_app.store.records import Journal
from journal_app.store.session import JournalSession, Progress, Status, delete_journal
from journal_app.ui import packtext
from journal_app.ui.accent import accent_color, accent_icon
from journal_app.ui.autosave import Autosave
from journal_app.ui.card import PromptCard
from journal_app.ui.editors.image import ImageEditor
from journal_app.ui.home import HomePage
from journal_app.ui.icons import home_icon, status_icon
from journal_app.ui.idle import idle_work
from journal_app.ui.packtext import short_title, t
from journal_app.ui.page import GroupPage, paragraphs
from journal_app.ui.passphrase import AUTHOR_SETTINGS, PassphraseDialog, Purpose, ask_workshop
from journal_app.ui.typeahead import TypeAhead
from journal_app.ui.widgets import documents_dir, plain, plain_label

if TYPE_CHECKING:  # the export modules (and ReportLab) load when first used, not at start
    from journal_app.store.repository import Repository  # and the database layer after the frame
    from journal_app.ui.export_dialog import (
        ChangePassphrase,
        CompileHandIns,
        ImportHandIn,
        PdfExport,
    )

_KEY = Qt.ItemDataRole.UserRole
TEXT_STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
PREBUILD_SLICE = 0.008
"""Seconds of card-making per turn of the event loop (Qt lays them out after)."""
OPENING_AHEAD = 4
"""Cards made below the prompt a journal opens at (a screenful; the rest come while idle)."""


def language_name(tag: str) -> str:
    """A language's own name: "English", "español", "العربية" (a region only if the tag has one).

    Qt names a bare tag after its most common region ("American English", "español de España").
    """
    locale = QLocale(tag)
    if locale.language() == QLocale.Language.C:
        return tag
    name = locale.nativeLanguageName() or tag
    if "-" in tag or "_" in tag:
        return name
    if locale.language() == QLocale.Language.English:
        return "English"
    territory = locale.nativeTerritoryName()
    for joiner in (" de ", " do ", " da ", " "):
        if territory and name.endswith(joiner + territory):
            return name[: -len(joiner + territory)]
    return name


def fitting_size(available: QSize) -> QSize:
    """The window's first size: 1200 × 800, but never more than 90% of the screen's free area."""
    return QSize(min(1200, int(available.width() * 0.9)), min(800, int(available.height() * 0.9)))


def _int_setting(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(str(settings.value(key, default)))
    except ValueError:
        return default


class MainWindow(QMainWindow):
    """The window on one journal of the repository."""

    journal_switched = Signal(int)
    """Another journal (its id) is now shown."""

    replaced = Signal(object)
    """This window handed over to a new one (the ``MainWindow`` given) and is closing."""

    painted = Signal()
    """The window was painted for the first time (start-up opens the journal after it)."""

    repository: Repository
    session: JournalSession
    _typeahead: TypeAhead | None

    def __init__(
        self,
        pack: Pack,
        repository: Repository,
        journal: Journal,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        library: PackLibrary | None = None,
    ) -> None:
        self._build(pack, settings, parent, library)
        self.attach(repository, journal)

    @classmethod
    def frame(cls, pack: Pack, settings: QSettings, *, library: PackLibrary | None = None) -> Self:
        """The window without a journal yet, shown while the database layer loads.

        Its menus, navigator and pages are there; ``attach`` then opens the journal in it.
        """
        window = cls.__new__(cls)
        window._build(pack, settings, None, library)
        window._typeahead = TypeAhead(window)  # what is typed meanwhile goes to the journal
        return window

    def attach(self, repository: Repository, journal: Journal, pack: Pack | None = None) -> None:
        """Open ``journal`` (of ``pack``, default the window's) from ``repository``."""
        self.repository = repository
        self._attached = True
        self.menuBar().setEnabled(True)
        self._show_passphrase_actions()
        self._forget_names_in_the_clear()
        if pack is not None and pack is not self.pack:
            self._choose_pack_language(pack)  # the last journal is on another pack
        typeahead, self._typeahead = self._typeahead, None
        if typeahead is not None:
            # No key can come while the journal opens (no event is handled meanwhile), and the
            # filter would see every event of the cards being made.
            typeahead.stop()
        try:
            self._open_journal(journal, pack)
        finally:  # whatever happens, the keys held reach the window
            if typeahead is not None:
                typeahead.release()

    @property
    def has_journal(self) -> bool:
        """Whether a journal is open (the frame shown at start-up has none yet)."""
        return self._attached

    def _choose_pack_language(self, pack: Pack) -> None:
        """The language chosen in View ▸ Journal language, else the person's best for ``pack``."""
        chosen = str(self.settings.value("pack_language", "") or "")
        packtext.set_language(chosen or packtext.best_language(pack, QLocale().uiLanguages()))

    def _build(
        self,
        pack: Pack,
        settings: QSettings,
        parent: QWidget | None,
        library: PackLibrary | None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.library = library
        self._opened_packs: dict[str, Pack] = {pack.id: pack}  # also those not in the library
        self.settings = settings
        self._choose_pack_language(pack)
        self._attached = False
        self._typeahead = None
        self.autosave = Autosave(self._save_prompt, self)
        self.autosave.state_changed.connect(self._on_autosave_state_changed)
        self.resize(fitting_size(self.screen().availableGeometry().size()))

        self.navigator = QTreeWidget()
        self.navigator.setHeaderHidden(True)
        self.navigator.setColumnCount(2)  # the title, and the progress of sections
        self.navigator.header().setStretchLastSection(False)
        self.navigator.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.navigator.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.navigator.setAccessibleName(self.tr("Journal contents"))
        self.navigator.setMinimumWidth(260)
        self.navigator.currentItemChanged.connect(self._on_navigator_current_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in prompts and answers (Enter: next match)"))
        self.search.setAccessibleName(self.tr("Find"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search_result = plain_label()
        search_bar = QWidget()
        search_row = QHBoxLayout(search_bar)
        search_row.setContentsMargins(8, 4, 8, 4)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_result)
        search_bar.hide()
        self.search_bar = search_bar

        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Journal pages"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(search_bar)
        right_layout.addWidget(self.pages, 1)
        self.content = right

        # The journal's name, always in view: on a shared laptop nobody writes in another's.
        self.journal_name = QLabel()
        self.journal_name.setObjectName("journalName")
        self.journal_name.setTextFormat(Qt.TextFormat.PlainText)
        self.journal_name.setWordWrap(True)
        self.journal_name.setAccessibleName(self.tr("Journal"))
        self.journal_name.setContentsMargins(6, 6, 6, 6)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.journal_name)
        left_layout.addWidget(self.navigator, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 870])
        self.setCentralWidget(splitter)

        self.save_state = plain_label()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.progress = QLabel()
        self.statusBar().addWidget(self.save_state, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.credits = plain_label()
        self.statusBar().addPermanentWidget(self.credits)

        self._page_index: dict[str, int] = {}
        self._cards: dict[str, PromptCard] = {}
        self._prompt_items: dict[str, QTreeWidgetItem] = {}
        self._section_items: dict[str, QTreeWidgetItem] = {}
        self._current_prompt: str | None = None
        self._export: PdfExport | CompileHandIns | ImportHandIn | ChangePassphrase | None = None
        self._unbuilt: list[str] = []
        self._painted = False
        self._prebuild_waiting = False
        self._marked: PromptCard | None = None
        self._closed = False
        self._text_step = _int_setting(settings, "text_step", TEXT_STEPS.index(1.0))
        self._build_menus()
        self.menuBar().setEnabled(False)  # until a journal is open (``attach``)
        self._apply_text_size()
        QApplication.instance().focusChanged.connect(self._on_app_focus_changed)  # type: ignore[union-attr]
        self._show_credits()
        opening = plain_label(self.tr("Opening your journal…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(opening)

    # ------------------------------------------------------------------ building

    def _build_menus(self) -> None:
        journal_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            journal_menu, self.tr("&New journal…"), self.new_journal, QKeySequence.StandardKey.New
        )
        self._action(
            journal_menu,
            self.tr("&Open prompt pack…"),
            self.open_pack,
            QKeySequence.StandardKey.Open,
        )
        self.switch_menu = journal_menu.addMenu(self.tr("&Switch to"))
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        self._action(journal_menu, self.tr("&Rename journal…"), self.rename_journal)
        self._action(journal_menu, self.tr("&Delete journal…"), self.delete_journal)
        journal_menu.addSeparator()
        # Only the ones that apply are shown (see _show_passphrase_actions).
        self.set_passphrase_action = self._action(
            journal_menu, self.tr("Protect with a &passphrase…"), self.set_passphrase
        )
        self.change_passphrase_action = self._action(
            journal_menu, self.tr("Change the passphrase…"), self.change_passphrase
        )
        self.remove_passphrase_action = self._action(
            journal_menu, self.tr("Remove the passphrase…"), self.remove_passphrase
        )
        journal_menu.aboutToShow.connect(self._show_passphrase_actions)
        self._show_passphrase_actions()
        journal_menu.addSeparator()
        self._action(journal_menu, self.tr("&Export PDF…"), self.export_pdf, QKeySequence("Ctrl+E"))
        self._action(journal_menu, self.tr("Export &Word document…"), self.export_word)
        self._action(journal_menu, self.tr("&Hand in…"), self.hand_in)
        self._action(
            journal_menu,
            self.tr("Hand in, &locked with a workshop passphrase…"),
            self.hand_in_locked,
        )
        self._action(journal_menu, self.tr("&Import a hand-in…"), self.import_handin)
        self._action(journal_menu, self.tr("&Compile hand-ins…"), self.compile_handins)
        journal_menu.addSeparator()
        # Ctrl+Q everywhere: the platform's Quit key is empty on Windows (and offscreen).
        self._action(journal_menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Find…"), self.start_search, QKeySequence.StandardKey.Find)
        self._action(
            edit_menu, self.tr("Find &next"), self.find_next, QKeySequence.StandardKey.FindNext
        )
        close_search = QAction(self)
        close_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close_search.triggered.connect(self._on_escape_triggered)
        self.addAction(close_search)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Home"), self.show_home, QKeySequence("Alt+Home"))
        view_menu.addSeparator()
        larger = self._action(view_menu, self.tr("&Larger text"), lambda: self.change_text_size(1))
        larger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self._action(
            view_menu,
            self.tr("&Smaller text"),
            lambda: self.change_text_size(-1),
            QKeySequence.StandardKey.ZoomOut,
        )
        self._action(
            view_menu,
            self.tr("&Normal text size"),
            lambda: self.change_text_size(0),
            QKeySequence("Ctrl+0"),
        )

        self.language_menu = view_menu.addMenu(self.tr("Journal &language"))
        self.language_menu.aboutToShow.connect(self._fill_language_menu)
        self.interface_menu = view_menu.addMenu(self.tr("&Interface language"))
        self.interface_menu.aboutToShow.connect(self._fill_interface_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About this journal"), self._on_about_triggered)
        self._action(help_menu, self.tr("About this &edition"), self.show_edition_notes)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_navigator(self) -> None:
        # The navigator lists the journal's own texts: it reads in their direction, whatever the
        # interface's (an English journal on an Arabic desktop, an Arabic pack on an English one).
        shown = QLocale(packtext.shown_language(self.pack))
        self.navigator.setLayoutDirection(shown.textDirection())
        self.navigator.blockSignals(True)
        self.navigator.clear()
        self._prompt_items.clear()
        self._section_items.clear()
        home = QTreeWidgetItem([self.tr("Home")])
        home.setIcon(0, home_icon())
        home.setData(0, _KEY, ("home", ""))
        home.setToolTip(0, self.tr("This journal's progress, and where to go next"))
        self.navigator.addTopLevelItem(home)
        self._home_item = home
        for page in self.pack.front_matter:
            item = QTreeWidgetItem([t(page.title)])
            item.setData(0, _KEY, ("page", page.id))
            self.navigator.addTopLevelItem(item)
        for section in self.pack.sections:
            section_item = QTreeWidgetItem()
            section_item.setData(0, _KEY, ("section", section.id))
            section_item.setIcon(0, accent_icon(accent_color(section, self.navigator.palette())))
            self.navigator.addTopLevelItem(section_item)
            self._section_items[section.id] = section_item
            for group in section.groups:
                parent = section_item
                if group.title is not None:
                    parent = QTreeWidgetItem(section_item, [t(group.title)])
                    parent.setData(0, _KEY, ("group", group.id))
                    parent.setToolTip(0, plain(t(group.title)))
                for prompt in group.prompts:
                    item = QTreeWidgetItem(parent)
                    item.setData(0, _KEY, ("prompt", prompt.id))
                    item.setToolTip(0, plain(t(prompt.text)))
                    self._prompt_items[prompt.id] = item
                    self._mark(prompt)
            section_item.setExpanded(True)
        self.navigator.blockSignals(False)
        self._update_progress()

    def _mark(self, prompt: AnyPrompt) -> None:
        """A prompt's line in the navigator: its short title and an icon for where it stands."""
        item = self._prompt_items.get(prompt.id)
        if item is None:
            return
        text = short_title(prompt)
        if prompt.number:
            text = f"{prompt.number}. {text}"
        item.setText(0, text)
        if prompt.answerable:
            status = self.session.status(prompt)
            item.setIcon(0, status_icon(status))
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self._status_name(status))

    def _status_name(self, status: Status) -> str:
        return {
            Status.ANSWERED: self.tr("answered"),
            Status.SKIPPED: self.tr("skipped for now"),
            Status.EMPTY: self.tr("not answered yet"),
        }[status]

    def _update_progress(self) -> None:
        total = Progress()
        for section, progress in self.session.section_progress():
            total = total + progress
            title = t(section.title)
            if section.number:
                title = self.tr("Section {0}: {1}").format(section.number, title)
            item = self._section_items[section.id]
            item.setText(0, title)
            item.setToolTip(0, plain(title))
            item.setText(1, f"{progress.answered}/{progress.total}")
            item.setToolTip(1, self._counts_text(progress))
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, self._counts_text(progress))
        self.progress.setText(self._counts_text(total))

    def _counts_text(self, progress: Progress) -> str:
        return self.tr("{0} answered · {1} skipped · {2} open").format(
            progress.answered, progress.skipped, progress.open
        )

    # ------------------------------------------------------------------ journals

    def _open_journal(self, journal: Journal, pack: Pack | None = None) -> None:
        if pack is not None and pack is not self.pack:
            self.pack = pack
            self._opened_packs[pack.id] = pack
        self._show_credits()
        self.session = JournalSession(self.repository, self.pack, journal)
        self._show_journal_name()
        while (widget := self.pages.widget(0)) is not None:
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._page_index.clear()
        self._cards.clear()
        self._marked = None
        self._current_prompt = None
        self.home = HomePage(self.session, self.repository.database.data_dir, parent=self.pages)
        self.home.go_to_prompt.connect(self.go_to_prompt)
        self.home.rename_requested.connect(self.rename_journal)
        self._page_index["home"] = self.pages.addWidget(self.home)
        self._fill_navigator()
        self.settings.setValue("last_journal_id", journal.id)
        # The first time, the home page; later, the place the person left.
        place = journal.last_prompt_id
        groups = [g for s in self.pack.sections for g in s.groups]
        if place is not None and place in self._prompt_items:
            # Its page at once down to a screenful below it: the window answers keys sooner.
            self.go_to_prompt(place, complete=False)
            groups.sort(key=lambda g: place not in {p.id for p in g.prompts})  # its page first
        else:
            self.navigator.setCurrentItem(self._home_item)
        self.save_state.setText(self.tr("All answers are saved on this computer."))
        self.journal_switched.emit(journal.id)
        # Build the other pages (and the rest of this one) while the user reads, a few cards
        # per turn of the event loop, so that moving on later is instant; only once the window
        # has been painted (timers queued now would run before the first paint and delay it).
        self._unbuilt = [g.id for g in groups]
        self._prebuild_waiting = True
        if self._painted:
            self._start_prebuild()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
        if self._prebuild_waiting:
            self._start_prebuild()

    def _start_prebuild(self) -> None:
        self._prebuild_waiting = False
        idle_work().add(self, self._prebuild)

    def _prebuild(self) -> bool:
        """Make a few more cards of the pages not built yet (about 8 ms); whether more remain."""
        if self._unbuilt:
            page = self._page_for_group(self._unbuilt[0], complete=False)
            if page.build_some(PREBUILD_SLICE):
                self._unbuilt.pop(0)
        return bool(self._unbuilt)

    def switch_journal(self, journal_id: int) -> bool:
        """Show another journal after saving this one; False if saving failed."""
        if not self.save_all(stop_timers=True):
            return False
        self.session.remember_place(self._current_prompt)
        journal = self.repository.journal(journal_id)
        pack = self.pack if journal.pack_id == self.pack.id else self._pack_for(journal.pack_id)
        if pack is None:
            self._show_error(
                self.tr(
                    "The prompt pack “{0}” of this journal is not available; open it first."
                ).format(journal.pack_id)
            )
            return False
        self._open_journal(journal, pack)
        return True

    def _show_credits(self) -> None:
        """The pack's attribution, always visible (shortened if long; in full as a tooltip)."""
        credits = self.pack.attribution
        full = f"{t(self.pack.title)} · {credits.copyright} · {credits.licence}"
        self.credits.setText(full if len(full) <= 90 else full[:89].rstrip() + "…")
        self.credits.setToolTip(plain(full))

    def _known_packs(self) -> dict[str, Pack]:
        """Every pack this window can use, by id: the library's, then those opened here."""
        known = {} if self.library is None else {i: p for i, (p, _) in self.library.packs().items()}
        return {**known, **self._opened_packs}

    def _pack_for(self, pack_id: str) -> Pack | None:
        if pack_id in self._opened_packs:  # the window's own pack is always among them
            return self._opened_packs[pack_id]
        return self.library.get(pack_id) if self.library is not None else None

    def open_pack(self) -> bool:
        """File ▸ Open prompt pack…: check a pack file, keep a copy, start a journal on it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open prompt pack"),
            str(documents_dir()),
            self.tr("Prompt packs (*.json)"),
        )
        if not path:
            return False
        library = self.library or PackLibrary(self.repository.database.data_dir)
        self.library = library
        try:
            pack = library.add(Path(path))
        except PackError as error:
            details = "\n".join(str(p) for p in error.problems[:20])
            self._show_error(self.tr("This prompt pack cannot be opened:\n{0}").format(details))
            return False
        except OSError as error:
            self._show_error(
                self.tr("Could not keep a copy of the pack: {0}").format(error.strerror)
            )
            return False
        name, ok = QInputDialog.getText(
            self,
            self.tr("New journal"),
            plain(self.tr("Name of the new journal on “{0}”:").format(t(pack.title))),
        )
        if not ok or not name.strip():
            return False
        try:
            journal = self.repository.create_journal(name, pack)
        except StoreError as error:
            self._show_error(str(error))
            return False
        if not self.save_all(stop_timers=True):
            return False
        self.session.remember_place(self._current_prompt)
        self._open_journal(journal, pack)
        return True

    def new_journal(self) -> None:
        """Ask for a name and start a new journal on the same pack."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("New journal"),
            self.tr("Name of the new journal (e.g. the participant's name):"),
        )
        if not ok or not name.strip():
            return
        try:
            journal = self.repository.create_journal(name, self.pack)
        except StoreError as error:
            self._show_error(str(error))
            return
        self.switch_journal(journal.id)

    def rename_journal(self) -> None:
        """Ask for a new name for this journal."""
        name, ok = QInputDialog.getText(
            self, self.tr("Rename journal"), self.tr("New name:"), text=self.session.journal.name
        )
        if not ok or not name.strip():
            return
        try:
            journal = self.repository.rename_journal(self.session.journal.id, name)
        except StoreError as error:
            self._show_error(str(error))
            return
        self.session.journal = journal
        self._show_journal_name()
        if self.pages.currentWidget() is self.home:
            self.show_home()

    def _show_journal_name(self) -> None:
        """The journal's name in the title bar and above the navigator."""
        name = self.session.journal.name
        self.setWindowTitle(
            self.tr("{0} — {1} — Reflection Journal").format(name, t(self.pack.title))
        )
        self.journal_name.setText(name)
        self.journal_name.setToolTip(
            plain(
                self.tr("You are writing in the journal “{0}” ({1}).").format(
                    name, t(self.pack.title)
                )
            )
        )

    # ------------------------------------------------------------------ passphrase

    def _show_passphrase_actions(self) -> None:
        """Set when the journals are not protected; change and remove when they are."""
        repository = getattr(self, "repository", None)
        protected = repository is not None and repository.database.key.protected
        self.set_passphrase_action.setVisible(not protected and cipher.AVAILABLE)
        self.change_passphrase_action.setVisible(protected)
        self.remove_passphrase_action.setVisible(protected)

    def _forget_names_in_the_clear(self) -> None:
        """Protected journals: no name typed for an export cover stays in the settings file.

        That file is not encrypted: a protected folder keeps none (see ``PdfExport``), nor
        those typed before (at start, and once the journals are protected).
        """
        if self.repository.database.key.encrypts and self.settings is not None:
            self.settings.remove(AUTHOR_SETTINGS)
            self.settings.sync()

    def set_passphrase(self) -> ChangePassphrase | None:
        """File ▸ Protect with a passphrase…: encrypt the journals and their backups."""
        return self._passphrase(Purpose.SET)

    def change_passphrase(self) -> ChangePassphrase | None:
        """File ▸ Change the passphrase: the journals and their backups under a new one."""
        return self._passphrase(Purpose.CHANGE)

    def remove_passphrase(self) -> ChangePassphrase | None:
        """File ▸ Remove the passphrase…: the journals and their backups in the clear again."""
        return self._passphrase(Purpose.REMOVE)

    def _passphrase(self, purpose: Purpose) -> ChangePassphrase | None:
        """Ask, save what is pending, then re-encode every file beside the window.

        Returns the task (it says ``finished``), or None if nothing was started.
        """
        if self._export is not None and self._export.running():
            self._show_error(self.tr("Wait for the export or import to finish, then try again."))
            return None
        database = self.repository.database
        dialog = PassphraseDialog(self, purpose, database.data_dir, current=database.key.passphrase)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if not self.save_all(stop_timers=True):  # (nothing may save while files are swapped)
            self._show_error(
                self.tr("Your latest answers could not be saved, so nothing was changed.")
            )
            return None
        from journal_app.ui.export_dialog import ChangePassphrase  # noqa: PLC0415

        done = {
            Purpose.SET: self.tr(
                "Your journals and their backups are now encrypted. The passphrase will be asked"
                " each time the app starts."
            ),
            Purpose.CHANGE: self.tr("The passphrase is changed."),
            Purpose.REMOVE: self.tr("Your journals and their backups are no longer encrypted."),
        }
        new = dialog.passphrase() if purpose is not Purpose.REMOVE else None
        task = ChangePassphrase(self, self.repository, new, done[purpose])
        task.finished.connect(self._on_passphrase_changed)
        task.start()
        self._export = task
        return task

    def _on_passphrase_changed(self, _outcome: str) -> None:
        self._show_passphrase_actions()
        self._forget_names_in_the_clear()
        if self.pages.currentWidget() is self.home:
            self.show_home()
        self._forget_task()

    def delete_journal(self) -> None:
        """Delete this journal after confirmation (a backup is taken first)."""
        journal = self.session.journal
        answer = QMessageBox.question(
            self,
            self.tr("Delete journal"),
            plain(
                self.tr(
                    "Delete the journal “{0}” with all its answers and pictures?\n\n"
                    "A backup is kept: 'journal-app backups' lists it."
                ).format(journal.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save_all(stop_timers=True)  # the backup taken before deleting has the latest words
        self.autosave.discard()
        try:
            nxt = delete_journal(self.repository, journal, self.pack, self.tr("My journal"))
        except StoreError as error:
            self._show_error(str(error))
            return
        self._open_journal(nxt)

    def export_pdf(self, *, word: bool = False) -> PdfExport | None:
        """File ▸ Export PDF…: everything is saved first, then exported in the background."""
        if not self.save_all():
            self._show_error(self.tr("Export stopped: your latest changes could not be saved."))
            return None
        from journal_app.ui.export_dialog import PdfExport, WordExport  # noqa: PLC0415 - loads ReportLab

        kind = WordExport if word else PdfExport
        export = kind(
            self, self.pack, self.repository, self.session.journal, settings=self.settings
        )
        export.finished.connect(self._on_export_finished)
        if not export.start():
            export.deleteLater()
            return None
        self._export = export
        return export

    def export_word(self) -> PdfExport | None:
        """File ▸ Export Word document…: as Export PDF…, a .docx to edit."""
        return self.export_pdf(word=True)

    def hand_in_locked(self) -> Path | None:
        """File ▸ Hand in, locked with a workshop passphrase…: only the workshop can read it."""
        return self.hand_in(locked=True)

    def hand_in(self, *, locked: bool = False) -> Path | None:
        """File ▸ Hand in…: write this journal's hand-in file (private answers stay out)."""
        if not self.save_all():
            self._show_error(self.tr("Hand-in stopped: your latest changes could not be saved."))
            return None
        journal = self.session.journal
        suggested = str(documents_dir() / f"{journal.name}{SUFFIX}")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Hand in"), suggested, self.tr("Hand-ins (*.journal.zip)")
        )
        if not path:
            return None
        workshop = None
        if locked:
            workshop = ask_workshop(self, Purpose.LOCK_HANDIN, Path(path))
            if workshop is None:
                return None
        try:
            written = write_handin(
                self.repository, self.pack, journal, Path(path), workshop_passphrase=workshop
            )
        except HandInError as error:
            self._show_error(str(error))
            return None
        self.statusBar().showMessage(self.tr("Hand-in written: {0}").format(written), 8000)
        return written

    def import_handin(self) -> ImportHandIn | None:
        """File ▸ Import a hand-in…: a new journal from a participant's file (never a merge).

        The import runs in the background (a hand-in may hold many pictures to decode); it uses
        the hand-in's own pack, as the command line does.
        """
        if self._export is not None and self._export.running():
            self._show_error(self.tr("Wait for the export to finish, then import."))
            return None
        if not self.save_all():
            return None
        from journal_app.ui.export_dialog import ImportHandIn  # noqa: PLC0415 - loads ReportLab

        task = ImportHandIn(self, self.repository, self._known_packs)
        task.imported.connect(self._on_handin_imported)
        task.finished.connect(self._on_import_finished)
        if not task.start():
            task.deleteLater()
            return None
        self._export = task
        return task

    def _on_handin_imported(self, report: ImportReport) -> None:
        message = self.tr("Imported “{0}” (answers: {1}, pictures: {2}).").format(
            report.journal.name, report.answers, report.images
        )
        if report.not_in_pack:
            message += "\n\n" + self.tr(
                "Answers to prompts this version of the journal does not have were left in the"
                " file: {0}"
            ).format(", ".join(report.not_in_pack))
        QMessageBox.information(self, self.tr("Import a hand-in"), plain(message))
        self.switch_journal(report.journal.id)

    def _on_import_finished(self, outcome: str) -> None:
        self._forget_task()
        self._show_outcome(
            outcome,
            failed=self.tr("The hand-in could not be imported."),
            cancelled=self.tr("Import cancelled; nothing was added."),
        )

    def compile_handins(self) -> CompileHandIns | None:
        """File ▸ Compile hand-ins…: one outcome document from participants' hand-ins."""
        from journal_app.ui.export_dialog import CompileHandIns  # noqa: PLC0415 - loads ReportLab

        task = CompileHandIns(self, self._pack_for, self.pack)
        task.finished.connect(self._on_compile_finished)
        if not task.start():
            task.deleteLater()
            return None
        self._export = task
        return task

    def _on_export_finished(self, outcome: str) -> None:
        self._forget_task()
        self._show_outcome(
            outcome,
            failed=self.tr("The PDF could not be exported."),
            cancelled=self.tr("Export cancelled; nothing was written."),
        )

    def _on_compile_finished(self, outcome: str) -> None:
        self._forget_task()
        self._show_outcome(
            outcome,
            failed=self.tr("The hand-ins could not be compiled."),
            cancelled=self.tr("Compile cancelled; nothing was written."),
        )

    def _forget_task(self) -> None:
        task = self.sender()
        if task is self._export:
            self._export = None
        if isinstance(task, QObject):
            task.deleteLater()

    def _show_outcome(self, outcome: str, *, failed: str, cancelled: str) -> None:
        """A background task's outcome in the status bar ("done", "failed", "cancelled", "bug")."""
        messages = {
            "done": self.tr("Done."),
            "failed": failed,
            "cancelled": cancelled,
            "bug": self.tr("Stopped by a bug; your answers are safe."),
        }
        self.statusBar().showMessage(messages.get(outcome, ""), 8000)

    def _fill_switch_menu(self) -> None:
        self.switch_menu.clear()
        for journal in self.repository.journals():
            action = self.switch_menu.addAction(journal.name)
            action.setCheckable(True)
            action.setChecked(journal.id == self.session.journal.id)
            if journal.pack_id != self.pack.id and self._pack_for(journal.pack_id) is None:
                action.setEnabled(False)
                action.setText(self.tr("{0} (its prompt pack is missing)").format(journal.name))
            action.triggered.connect(lambda _=False, jid=journal.id: self.switch_journal(jid))

    # ------------------------------------------------------------------ navigation

    def _page_for_group(self, group_id: str, *, complete: bool = True) -> GroupPage:
        """The page of a group, made if needed (with all its cards, unless ``complete`` is off)."""
        key = f"group:{group_id}"
        if key not in self._page_index:
            for section in self.pack.sections:
                for number, group in enumerate(section.groups):
                    if group.id == group_id:
                        # Created inside the stack: a page without a parent would be a
                        # top-level window for a moment and take the focus away.
                        page = GroupPage(
                            section,
                            group,
                            self.session,
                            first_of_section=number == 0,
                            parent=self.pages,
                            on_card=self._adopt_card,
                            lazy=True,
                        )
                        self._page_index[key] = self.pages.addWidget(page)
        widget = self.pages.widget(self._page_index[key])
        assert isinstance(widget, GroupPage)
        if complete:
            widget.finish()
        return widget

    def _adopt_card(self, card: PromptCard) -> None:
        """A card just made: show its stored answer and listen to it."""
        self._cards[card.prompt.id] = card
        card.load(self.session.answers.get(card.prompt.id))
        card.answer_changed.connect(self._on_card_answer_changed)
        card.time_recorded.connect(self.autosave.mark_dirty)
        card.skipped_changed.connect(self._on_card_skipped_changed)
        card.private_changed.connect(self._on_card_private_changed)

    def _page_for_front_matter(self, page: Page) -> QWidget:
        key = f"page:{page.id}"
        if key not in self._page_index:
            reader = QTextBrowser()
            notes = "".join(f"<p><small>{html.escape(t(f))}</small></p>" for f in page.footnotes)
            reader.setHtml(f"<h1>{html.escape(t(page.title))}</h1>{paragraphs(page.body)}{notes}")
            reader.setAccessibleName(t(page.title))
            self._page_index[key] = self.pages.addWidget(reader)
        widget = self.pages.widget(self._page_index[key])
        assert widget is not None
        return widget

    def _on_navigator_current_changed(
        self, current: QTreeWidgetItem | None, _previous: object
    ) -> None:
        if current is None:
            return
        kind, key = current.data(0, _KEY)
        if kind == "home":
            self.show_home()
            return
        if kind == "page":
            page = next(p for p in self.pack.front_matter if p.id == key)
            self.pages.setCurrentWidget(self._page_for_front_matter(page))
            return
        if kind == "section":
            section = next(s for s in self.pack.sections if s.id == key)
            group_page = self._page_for_group(section.groups[0].id)
            self.pages.setCurrentWidget(group_page)
            group_page.verticalScrollBar().setValue(0)
            return
        if kind == "group":
            group_page = self._page_for_group(key)
            self.pages.setCurrentWidget(group_page)
            group_page.verticalScrollBar().setValue(0)
            return
        self.go_to_prompt(key)

    def show_home(self) -> None:
        """The journal's home page, brought up to date."""
        self.save_all()  # what was typed a moment ago counts
        last = self._current_prompt or self.session.journal.last_prompt_id
        self.home.refresh(self.pack.prompt(last) if last else None)
        self.pages.setCurrentWidget(self.home)
        if self.navigator.currentItem() is not self._home_item:
            self.navigator.blockSignals(True)
            self.navigator.setCurrentItem(self._home_item)
            self.navigator.blockSignals(False)

    def go_to_prompt(self, prompt_id: str, *, focus: bool = True, complete: bool = True) -> None:
        """Show the page of a prompt, scrolled to it, with the cursor in its editor.

        Unless ``complete``, only the cards up to a screenful below it are made at once.
        """
        if prompt_id != self._current_prompt and any(
            c.timer is not None and c.timer.running for c in self._cards.values()
        ):
            self._record_timers()  # a running timer keeps running; its time so far is saved
            self.autosave.flush()
        for section in self.pack.sections:
            for group in section.groups:
                if any(p.id == prompt_id for p in group.prompts):
                    page = self._page_for_group(group.id, complete=complete)
                    self.pages.setCurrentWidget(page)
                    page.show_prompt(
                        prompt_id, focus=focus, ahead=None if complete else OPENING_AHEAD
                    )
                    self._current_prompt = prompt_id
                    item = self._prompt_items.get(prompt_id)
                    if item is not None and self.navigator.currentItem() is not item:
                        self.navigator.blockSignals(True)
                        self.navigator.setCurrentItem(item)
                        self.navigator.blockSignals(False)
                    return

    def card(self, prompt_id: str) -> PromptCard:
        """The card of a prompt, shown (its page is built if needed)."""
        self.go_to_prompt(prompt_id, focus=False)
        return self._cards[prompt_id]

    # ------------------------------------------------------------------ saving

    def save_all(self, *, stop_timers: bool = False) -> bool:
        """Save everything pending now (answers, picture captions); False if something failed.

        Args:
            stop_timers: pause running timers first (the journal or the window is going away).
        """
        self._record_timers(pause=stop_timers)
        for card in self._cards.values():
            if isinstance(card.editor, ImageEditor):
                card.editor.flush()
        return self.autosave.flush()

    def _record_timers(self, *, pause: bool = False) -> None:
        """Mark the time of running timers for saving (and pause them, if asked)."""
        for prompt_id, card in self._cards.items():
            if card.timer is not None and card.timer.running:
                if pause:
                    card.timer.pause()  # records its time: time_recorded marks it dirty
                else:
                    self.autosave.mark_dirty(prompt_id)

    def _on_card_answer_changed(self, prompt_id: str) -> None:
        self._current_prompt = prompt_id
        self.autosave.mark_dirty(prompt_id)

    def _save_prompt(self, prompt_id: str) -> None:
        prompt = self.pack.prompt(prompt_id)
        card = self._cards.get(prompt_id)
        if prompt is None or card is None:
            return
        self.session.save(prompt, card.editor.value(), card.time_spent())
        self._mark(prompt)
        self._update_progress()

    def _on_card_skipped_changed(self, prompt_id: str, skipped: bool) -> None:
        prompt = self.pack.prompt(prompt_id)
        if prompt is None:
            return
        try:
            self.session.set_skipped(prompt, skipped)
        except StoreError as error:
            self._on_autosave_state_changed("failed", str(error))
            return
        self._mark(prompt)
        self._update_progress()

    def _on_card_private_changed(self, prompt_id: str, private: bool) -> None:
        prompt = self.pack.prompt(prompt_id)
        if prompt is None:
            return
        try:
            self.session.set_private(prompt, private)
        except StoreError as error:
            self._on_autosave_state_changed("failed", str(error))

    def _on_autosave_state_changed(self, state: str, message: str) -> None:
        if state == "saving":
            self.save_state.setText(self.tr("Saving…"))
            self.save_state.setStyleSheet("")
        elif state == "saved":
            self.save_state.setText(self.tr("Saved"))
            self.save_state.setStyleSheet("")
        else:
            self.save_state.setText(
                self.tr(
                    "Not saved — your text is still here and saving will be retried. {0}"
                ).format(message)
            )
            self.save_state.setStyleSheet("color: #b00020; font-weight: bold;")

    def _on_app_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self.autosave.dirty and old is not None and self.isAncestorOf(old):
            self.autosave.flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: D102 - Qt override
        if not self.save_all(stop_timers=True):
            answer = QMessageBox.warning(
                self,
                self.tr("Answers not saved"),
                plain(
                    self.tr(
                        "Some answers could not be saved:\n{0}\n\nIf you close now, the changes"
                        " not saved are lost. Close anyway?"
                    ).format(self.autosave.last_error or "")
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        if self._export is not None:
            # Closing for sure (a logout, SIGTERM, during an export, say): the export only
            # reads; stop it cleanly so its thread is not destroyed while running, and so that
            # a task between two steps (compile asking a question) starts nothing more.
            self._export.stop_and_wait()
        if self._attached:
            with contextlib.suppress(StoreError):  # the place is a convenience; answers matter
                self.session.remember_place(self._current_prompt)
        self.settings.setValue("text_step", self._text_step)
        self.settings.sync()
        self._unbuilt.clear()  # no more building of pages
        if not self._closed:  # a second close (of a window already closed) must not fail
            QApplication.instance().focusChanged.disconnect(self._on_app_focus_changed)  # type: ignore[union-attr]
        self._closed = True
        super().closeEvent(event)

    # ------------------------------------------------------------------ search

    def start_search(self) -> None:
        """Show the search field (Ctrl+F)."""
        self.search_bar.show()
        self.search.setFocus()
        self.search.selectAll()

    def _on_escape_triggered(self) -> None:
        if self.search_bar.isVisible():
            self.search_bar.hide()
            self.search_result.clear()
            self._clear_marks()

    def _clear_marks(self) -> None:
        """Take the search marks off the card that has them."""
        if self._marked is not None:
            self._marked.highlight("")
            self._marked = None

    def find_next(self) -> bool:
        """Go to the next prompt whose words or answer (any part) contain the search text."""
        query = self.search.text().strip()
        if not query:
            return False
        if not self.search_bar.isVisible():
            self.search_bar.show()
        self.save_all()  # answers and picture descriptions typed a moment ago are searched too
        self._clear_marks()
        prompt, number, count = self.session.find(query, t, after=self._current_prompt)
        if prompt is None:
            self.search_result.setText(self.tr("Not found"))
            return False
        self.go_to_prompt(prompt.id, focus=False)
        self._marked = self._cards[prompt.id]
        self._marked.highlight(query)
        self.search_result.setText(self.tr("{0} of {1}").format(number, count))
        return True

    # ------------------------------------------------------------------ text size, about, errors

    def change_text_size(self, step: int) -> None:
        """Larger (+1), smaller (-1) or normal (0) text; remembered."""
        normal = TEXT_STEPS.index(1.0)
        self._text_step = (
            normal if step == 0 else min(len(TEXT_STEPS) - 1, max(0, self._text_step + step))
        )
        self.settings.setValue("text_step", self._text_step)
        self._apply_text_size()

    def _apply_text_size(self) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_STEPS[self._text_step])
        self.content.setFont(font)
        self.navigator.setFont(font)
        font.setBold(True)
        self.journal_name.setFont(font)

    def _fill_language_menu(self) -> None:
        self.language_menu.clear()
        current = packtext.language() or self.pack.language
        for tag in self.pack.languages:
            action = self.language_menu.addAction(language_name(tag))
            action.setToolTip(tag)
            action.setCheckable(True)
            action.setChecked(tag == current)
            action.triggered.connect(lambda _=False, lang=tag: self.set_pack_language(lang))

    def set_pack_language(self, language: str) -> bool:
        """Show the journal's own texts in another of its languages (answers are untouched)."""
        if not self.save_all(stop_timers=True):
            return False
        packtext.set_language(language)
        self.settings.setValue("pack_language", language)
        self.session.remember_place(self._current_prompt)
        self._open_journal(self.repository.journal(self.session.journal.id))
        return True

    def _fill_interface_menu(self) -> None:
        self.interface_menu.clear()
        chosen = language.saved_choice(self.settings)
        system = language.LANGUAGES[language.system_language()]
        entries = [("", self.tr("Same as the system ({0})").format(system))]
        entries += list(language.LANGUAGES.items())
        for code, name in entries:
            action = self.interface_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.set_interface_language(c))

    def set_interface_language(self, choice: str) -> MainWindow | None:
        """Show the interface in another language (``""``: the system's); remembered.

        Everything is saved, then a new window in the new language takes this one's place, on
        the same journal and prompt: every text of the window is made again, as at start-up.

        Returns:
            The new window (this one if the texts stay the same), or ``None`` if saving failed
            (nothing changed then).
        """
        direction = language.layout_direction(choice)
        if (
            language.resolve(choice) == language.current()
            and direction == QApplication.layoutDirection()
        ):
            language.save_choice(self.settings, choice)  # same texts: nothing to rebuild
            return self
        if self._export is not None and self._export.running():
            self._show_error(self.tr("Wait for the export to finish, then change the language."))
            return None
        if not self.save_all(stop_timers=True):  # a running timer records its time
            self._show_error(self.tr("Your latest changes could not be saved; try again."))
            return None
        before = (language.saved_choice(self.settings), language.current())
        before_direction = QApplication.layoutDirection()
        language.save_choice(self.settings, choice)
        language.install(language.resolve(choice))
        QApplication.setLayoutDirection(direction)
        try:
            self.session.remember_place(self._current_prompt)
            successor = MainWindow(
                self.pack,
                self.repository,
                self.repository.journal(self.session.journal.id),
                self.settings,
                library=self.library,
            )
        except StoreError as error:  # stay as we were, in the language we were in
            language.save_choice(self.settings, before[0])
            language.install(before[1])
            QApplication.setLayoutDirection(before_direction)
            self._show_error(str(error))
            return None
        successor._opened_packs.update(self._opened_packs)
        successor.restoreGeometry(self.saveGeometry())
        successor.setWindowIcon(self.windowIcon())
        self.replaced.emit(successor)
        successor.show()
        self.close()
        # Nothing of this window may act any more (a timer's end would save its old texts).
        self.autosave.discard()
        self.deleteLater()
        return successor

    def show_edition_notes(self) -> QTextBrowser:
        """Help ▸ About this edition: what was reconstructed or left out, and why."""
        key = "edition"
        if key not in self._page_index:
            reader = QTextBrowser()
            reader.setAccessibleName(self.tr("About this edition"))  # also the page's title
            title = self.tr("About this edition")
            parts = [f"<h1>{html.escape(title)}</h1>"]
            if self.pack.reconstruction_notes is not None:
                parts.append(paragraphs(self.pack.reconstruction_notes))
            rebuilt = self.pack.reconstructed_prompts()
            if rebuilt:
                heading = self.tr("Wording filled in")
                parts.append(f"<h2>{html.escape(heading)}</h2><ul>")
                for prompt in rebuilt:
                    parts.append(
                        f"<li><b>{html.escape(short_title(prompt))}</b>: "
                        f"{html.escape(prompt.reconstructed or '')}</li>"
                    )
                parts.append("</ul>")
            missing = [
                (section, group, item)
                for section in self.pack.sections
                for group in section.groups
                for item in group.missing
            ]
            if missing:
                heading = self.tr("Items left out")
                parts.append(f"<h2>{html.escape(heading)}</h2><ul>")
                for section, group, item in missing:
                    where = t(group.title if group.title is not None else section.title)
                    number = self.tr("item {0}").format(item.number) if item.number else ""
                    parts.append(
                        f"<li><b>{html.escape(where)}</b> {html.escape(number)}: "
                        f"{html.escape(item.reason)}</li>"
                    )
                parts.append("</ul>")
            if len(parts) == 1:
                parts.append(
                    "<p>" + html.escape(self.tr("This journal's wording is complete.")) + "</p>"
                )
            reader.setHtml("".join(parts))
            self._page_index[key] = self.pages.addWidget(reader)
        widget = self.pages.widget(self._page_index[key])
        assert isinstance(widget, QTextBrowser)
        self.pages.setCurrentWidget(widget)
        # No line of the navigator stands for this page: a click on any of them leaves it.
        self.navigator.blockSignals(True)
        self.navigator.setCurrentIndex(QModelIndex())
        self.navigator.blockSignals(False)
        return widget

    def _on_about_triggered(self) -> None:
        credits = self.pack.attribution
        parts = [f"<h3>{html.escape(t(self.pack.title))}</h3>"]
        if self.pack.subtitle:
            parts.append(f"<p>{html.escape(t(self.pack.subtitle))}</p>")
        parts.append(f"<p>{html.escape(credits.copyright)} — {html.escape(credits.licence)}</p>")
        if credits.citation:
            parts.append(f"<p><small>{html.escape(t(credits.citation))}</small></p>")
        if credits.adaptation:
            parts.append(f"<p><small>{html.escape(t(credits.adaptation))}</small></p>")
        QMessageBox.about(self, self.tr("About this journal"), "".join(parts))

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Reflection Journal"), plain(message))
