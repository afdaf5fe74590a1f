"""Composition root of the window: data folder -> pack -> QApplication -> MainWindow."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app import APP_NAME, __version__, resources
from journal_app.packs.loader import PackError, load_pack
from journal_app.store.errors import StoreError
from journal_app.store.repository import Repository
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
        pack = load_pack(path)
    except PackError as error:
        details = "\n".join(str(p) for p in error.problems[:20])
        return _fail(_tr("This prompt pack cannot be opened:\n{0}").format(details))

    try:
        # Lock the data folder, check and migrate the database, take the "open" snapshot.
        repository = Repository.open(data_dir)
    except StoreError as error:
        return _fail(_tr("Your journal cannot be opened.\n\n{0}").format(error))

    try:
        window = MainWindow(pack, data_dir)
        window.show()
        return qt_app.exec()
    finally:
        repository.close()


def _fail(message: str) -> int:
    print(f"journal-app: {message.splitlines()[0]}", file=sys.stderr)
    QMessageBox.critical(None, _tr("Reflection Journal"), message)
    return 1
