"""Composition root of the window: data folder -> pack -> QApplication -> MainWindow."""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSocketNotifier,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journal_app import APP_NAME, __version__, files, language, qt_health, resources
from journal_app.packs.library import PackLibrary
from journal_app.packs.loader import PackError, load_pack
from journal_app.packs.model import Pack
from journal_app.store import cipher
from journal_app.store.errors import StoreError, WrongPassphrase
from journal_app.store.records import Journal
from journal_app.ui.crash import CrashReporter
from journal_app.ui.fonts import add_bundled_fonts
from journal_app.ui.main_window import MainWindow
from journal_app.ui.passphrase import Asker, ask_to_open
from journal_app.ui.widgets import plain

if TYPE_CHECKING:
    from journal_app.store.repository import Repository

DESKTOP_ID = "org.reflectionjournal.JournalApp"
"""The desktop entry's name (``resources/linux``): taskbars match the window to it."""


def run(data_dir: Path, pack_path: Path | None = None) -> int:
    """Open the window on a pack (default: the bundled iDiaspora Journal).

    Returns:
        The exit status.
    """
    if qt_health.guard():
        print(
            "journal-app: "
            + QCoreApplication.translate(
                "app",
                "PySide6 {0} has a known bug that crashes long sessions; the app works around "
                "it. Install PySide6 {1} to be rid of it.",
            ).format(qt_health.PYSIDE6_VERSION, qt_health.TESTED_PYSIDE6),
            file=sys.stderr,
        )
    # Picture folders of exports a kill stopped earlier (their process is gone).
    for prefix in ("journal-export-", "journal-compile-"):
        files.clear_leftovers(Path(tempfile.gettempdir()), prefix)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationDisplayName("Reflection Journal")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName(DESKTOP_ID)
    qt_app.setWindowIcon(app_icon())
    add_bundled_fonts(qt_app)  # every script shows, even without system fonts for it
    settings = language.settings_file(data_dir)
    choice = language.saved_choice(settings)
    language.install(language.resolve(choice))
    qt_app.setLayoutDirection(language.layout_direction(choice))

    # From here on a SIGTERM (a logout, ``kill``) never ends the process on the spot: the window
    # closes as if the person had closed it, saving everything, as soon as the event loop runs
    # (before there is a window, whatever dialog is up closes and the start stops cleanly).
    shown: list[MainWindow] = []
    stop_on_terminate = _close_on_terminate(lambda: shown[-1] if shown else None)
    try:
        return _open_and_run(qt_app, data_dir, pack_path, settings, shown)
    finally:
        stop_on_terminate()


def _open_and_run(
    qt_app: QApplication,
    data_dir: Path,
    pack_path: Path | None,
    settings: QSettings,
    shown: list[MainWindow],
) -> int:
    path = pack_path or resources.bundled_pack(resources.DEFAULT_PACK_ID)
    library = PackLibrary(data_dir, extra=[path] if pack_path else [])
    try:
        pack = load_pack(path, cache_dir=data_dir / "cache")
    except PackError as error:
        details = "\n".join(str(p) for p in error.problems[:20])
        return _fail(
            QCoreApplication.translate("app", "This prompt pack cannot be opened:\n{0}").format(
                details
            )
        )

    # The window's frame is painted first; the database layer (SQLAlchemy: a third of a second
    # to import) loads beside it, then the journal opens in the same window.
    window = MainWindow.frame(pack, settings, library=library)
    shown.append(window)
    opener = _Opener(window, data_dir, library, pack_given=pack_path is not None)
    window.painted.connect(opener.start)
    reporter = CrashReporter(
        data_dir / "logs", save_pending=lambda: shown[-1].save_all(), window=lambda: shown[-1]
    )
    reporter.install()

    def follow(successor: MainWindow) -> None:  # a language change makes a new window
        shown.append(successor)
        successor.replaced.connect(follow)

    window.replaced.connect(follow)
    try:
        window.show()
        # Ask for the keyboard focus: without a window manager (a kiosk, a virtual screen) the
        # window would get keys but not be active, and its shortcuts (Ctrl+Q, Ctrl+F) would not
        # work. A window manager decides as it likes.
        window.raise_()
        window.activateWindow()
        status = qt_app.exec()
        opener.wait()
        # Let the window go now, not at interpreter exit (it matters when run() is called
        # again in the same process, as the tests do).
        shown[-1].deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return opener.status or status
    finally:
        reporter.uninstall()
        shown.clear()
        opener.close()


class _Opener(QObject):
    """Opens the journal in the window once its frame is painted.

    The database layer is imported and the database opened (locked, checked, migrated) on a
    thread, so the window stays responsive meanwhile; the journal is then shown on the
    window's thread.
    """

    _loaded = Signal()

    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        library: PackLibrary,
        *,
        pack_given: bool,
        ask_passphrase: Asker = ask_to_open,
    ) -> None:
        super().__init__()
        self._window, self.data_dir = window, data_dir
        self.ask_passphrase = ask_passphrase
        self.key = cipher.PLAIN
        self._started = False
        self.library, self.pack_given = library, pack_given
        self.status = 0
        self.repository: Repository | None = None
        self._error: StoreError | None = None
        self._bug: BaseException | None = None
        self._loader: threading.Thread | None = None
        self._snapshot: threading.Thread | None = None
        self._loaded.connect(self._open)

    def start(self, error: str = "") -> None:
        """Start loading (once: the window's first paint calls it).

        Journals protected by a passphrase ask for it first (again, with ``error``, after a
        wrong one: as often as the person likes, no limit and no delay).
        """
        if self._started and not error:
            return
        self._started = True
        if cipher.is_protected(self.data_dir):
            # Not within the first paint, which calls this: a dialog's own event loop there
            # would paint inside a paint. Right after it.
            QTimer.singleShot(0, lambda: self._ask(error))
            return
        self._load_in_background()

    def _ask(self, error: str) -> None:
        passphrase = self.ask_passphrase(self._window, self.data_dir, error)
        if passphrase is None:  # "Quit"
            self._window.close()
            return
        self.key = cipher.Key.for_folder(self.data_dir, passphrase)
        self._load_in_background()

    def _load_in_background(self) -> None:
        self._error = None
        self._loader = threading.Thread(target=self._load, name="open-journal", daemon=True)
        self._loader.start()

    def _load(self) -> None:
        try:
            from journal_app.store.repository import Repository

            # Lock the data folder, check and migrate the database (the snapshot comes after).
            self.repository = Repository.open(self.data_dir, snapshot_on_open=False, key=self.key)
        except StoreError as error:
            self._error = error
        except BaseException as error:  # noqa: BLE001 - a bug: raised again on the window's thread
            self._bug = error
        self._loaded.emit()

    def _open(self) -> None:
        window = self._window
        if not window.isVisible():  # closed while loading (a SIGTERM, say)
            return
        try:
            if self._bug is not None:  # e.g. a broken installation: said, not a dead window
                raise StoreError(f"{type(self._bug).__name__}: {self._bug}")
            if isinstance(self._error, WrongPassphrase):
                self.start(str(self._error))  # asked again, the window still waiting
                return
            if self._error is not None:
                raise self._error
            assert self.repository is not None
            journal, pack = _journal_to_open(
                self.repository,
                window.pack,
                window.settings,
                self.library,
                pack_given=self.pack_given,
            )
            window.attach(self.repository, journal, pack)
        except StoreError as error:
            self.status = _fail(
                QCoreApplication.translate("app", "Your journal cannot be opened.\n\n{0}").format(
                    error
                ),
                window,
            )
            window.close()
            return
        # The "open" snapshot runs beside the window, so a large journal does not delay it.
        self._snapshot = threading.Thread(
            target=_snapshot, args=(self.repository,), name="snapshot", daemon=True
        )
        self._snapshot.start()

    def wait(self) -> None:
        """Wait for the threads (the import, the snapshot) to end."""
        if self._loader is not None:
            self._loader.join(timeout=60)
        if self._snapshot is not None:
            self._snapshot.join(timeout=60)

    def close(self) -> None:
        """Close the database, if it was opened."""
        if self.repository is not None:
            self.repository.close()


def _journal_to_open(
    repository: Repository,
    pack: Pack,
    settings: QSettings,
    library: PackLibrary,
    *,
    pack_given: bool,
) -> tuple[Journal, Pack]:
    """The journal to show first, and its pack.

    The journal used last, whatever its pack (a bundled one or one the person opened), if that
    pack is still here; with ``--pack``, the journal used last on that pack. Else the most
    recent journal of ``pack``, else a new one.
    """
    journals = repository.journals()
    last = str(settings.value("last_journal_id") or "")
    previous = next((j for j in journals if str(j.id) == last), None)
    if previous is not None:
        if previous.pack_id == pack.id:
            return previous, pack
        if not pack_given:
            its_pack = library.get(previous.pack_id)
            if its_pack is not None:
                return previous, its_pack
    mine = [j for j in journals if j.pack_id == pack.id]
    if mine:
        return mine[0], pack
    name = repository.unused_name(QCoreApplication.translate("app", "My journal"))
    return repository.create_journal(name, pack), pack


def _snapshot(repository: Repository) -> None:
    with contextlib.suppress(StoreError):  # the journal is fine; the next start tries again
        repository.take_snapshot("open")


def app_icon() -> QIcon:
    """The app's icon: the PNG sizes where they exist (crisp when small), then the SVG."""
    icons = resources.resources_dir() / "icons"
    icon = QIcon()
    for png in sorted((icons / "hicolor").glob(f"*/apps/{DESKTOP_ID}.png")):
        icon.addFile(str(png))
    icon.addFile(str(icons / "journal-app.svg"))
    return icon


def _close_on_terminate(window: Callable[[], MainWindow | None]) -> Callable[[], None]:
    """On SIGTERM (a logout, ``kill``, a shutdown), close the window as if the user had.

    Closing saves every answer; Python's default would end the process on the spot. Qt's event
    loop does not run Python code until an event comes, so the signal writes a byte to a socket
    that Qt watches (the documented ``set_wakeup_fd`` pattern).

    Returns:
        A function that restores the previous handling.
    """
    if not hasattr(signal, "SIGTERM") or threading.current_thread() is not threading.main_thread():
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_wakeup() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        shown = window()
        if shown is not None and shown.has_journal:
            shown.close()
        else:  # still starting: the frame, an error dialog over it
            QApplication.closeAllWindows()

    notifier.activated.connect(on_wakeup)

    def restore() -> None:
        notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, previous)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()

    return restore


def _fail(message: str, parent: QWidget | None = None) -> int:
    print(f"journal-app: {message.splitlines()[0]}", file=sys.stderr)
    QMessageBox.critical(
        parent, QCoreApplication.translate("app", "Reflection Journal"), plain(message)
    )
    return 1
