"""Composition root of the window: data folder -> pack -> QApplication -> MainWindow."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app import APP_NAME, __version__, resources
from journal_app.packs.library import PackLibrary
from journal_app.packs.loader import PackError, load_pack
from journal_app.packs.model import Pack
from journal_app.store.errors import StoreError
from journal_app.store.repository import Journal, Repository
from journal_app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def run(data_dir: Path, pack_path: Path | None = None) -> int:
    """Open the window on a pack (default: the bundled iDiaspora Journal).

    Returns:
        The exit status.
    """
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationDisplayName("Reflection Journal")
    qt_app.setApplicationVersion(__version__)

    path = pack_path or resources.bundled_pack(resources.DEFAULT_PACK_ID)
    try:
        pack = load_pack(path, cache_dir=data_dir / "cache")
    except PackError as error:
        details = "\n".join(str(p) for p in error.problems[:20])
        return _fail(_tr("This prompt pack cannot be opened:\n{0}").format(details))

    try:
        # Lock the data folder, check and migrate the database (the snapshot comes after).
        repository = Repository.open(data_dir, snapshot_on_open=False)
    except StoreError as error:
        return _fail(_tr("Your journal cannot be opened.\n\n{0}").format(error))

    try:
        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        journal = _journal_to_open(repository, pack, settings)
        library = PackLibrary(data_dir, extra=[path] if pack_path else [])
        window = MainWindow(pack, repository, journal, settings, library=library)
        window.setWindowIcon(_icon())
        window.show()
        # The "open" snapshot runs beside the window, so a large journal does not delay it.
        snapshot = threading.Thread(target=_snapshot, args=(repository,), daemon=True)
        snapshot.start()
        status = qt_app.exec()
        snapshot.join(timeout=60)
        # Let the window go now, not at interpreter exit (it matters when run() is called
        # again in the same process, as the tests do).
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return status
    except StoreError as error:
        return _fail(_tr("Your journal cannot be opened.\n\n{0}").format(error))
    finally:
        repository.close()


def _journal_to_open(repository: Repository, pack: Pack, settings: QSettings) -> Journal:
    """The journal used last with this pack, else the most recent one, else a new one."""
    mine = [j for j in repository.journals() if j.pack_id == pack.id]
    last = settings.value("last_journal_id")
    for journal in mine:
        if str(journal.id) == str(last):
            return journal
    if mine:
        return mine[0]
    return repository.create_journal(_tr("My journal"), pack)


def _snapshot(repository: Repository) -> None:
    with contextlib.suppress(StoreError):  # the journal is fine; the next start tries again
        repository.take_snapshot("open")


def _icon() -> QIcon:
    return QIcon(str(resources.resources_dir() / "icons" / "journal-app.svg"))


def _fail(message: str) -> int:
    print(f"journal-app: {message.splitlines()[0]}", file=sys.stderr)
    QMessageBox.critical(None, _tr("Reflection Journal"), message)
    return 1
