"""Protecting the journals with a passphrase from the window, and the passphrase at start.

The window's real actions and dialog (its own checks); only the dialog's ``exec`` is replaced,
by a person typing into its fields and pressing its button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from journal_app.app import _Opener
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store import backups, cipher
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository
from journal_app.ui.main_window import MainWindow
from journal_app.ui.passphrase import PassphraseDialog, Purpose

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
SECRET = "Candid words about the ministry"


@pytest.fixture
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, pack: Pack) -> Iterator[MainWindow]:
    repo = Repository.open(tmp_path / "data", snapshot_on_open=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    repo.close()


def in_clear(data_dir: Path) -> list[str]:
    return [
        p.name for p in data_dir.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()
    ]


def typed(fields: dict[str, str], seen: list[PassphraseDialog]) -> Callable[..., int]:
    """A person at the dialog: types into its fields and presses its OK button, once.

    A refused passphrase leaves the dialog open with its error shown; the person then cancels.
    """

    def exec_(dialog: PassphraseDialog) -> int:
        seen.append(dialog)
        edits = {
            "current": dialog.current_edit,
            "new": dialog.new_edit,
            "again": dialog.again_edit,
        }
        for name, text in fields.items():
            edits[name].setText(text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return int(dialog.result())

    return exec_


def finished(qtbot: QtBot, task: object) -> str:
    """Wait for a background task of the window; its outcome ("done", "failed"…)."""
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:  # type: ignore[attr-defined]
        pass
    return str(outcome.args[0])


def save(window: MainWindow, pack: Pack, text: str) -> None:
    free = pack.prompt("free")
    assert free is not None
    window.session.save(free, TextValue(text), None)  # type: ignore[arg-type]


def test_protect_change_and_remove_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = window.repository.database.data_dir
    save(window, pack, SECRET)
    window.repository.take_snapshot()
    assert window.set_passphrase_action.isVisible() or not window.isVisible()
    assert not window.change_passphrase_action.isVisible()
    seen: list[PassphraseDialog] = []

    # Two different passphrases: refused in the dialog, nothing done.
    monkeypatch.setattr(PassphraseDialog, "exec", typed({"new": "one", "again": "two"}, seen))
    assert window.set_passphrase() is None
    assert "not the same" in seen[-1].error.text()
    assert not cipher.is_protected(data_dir)

    monkeypatch.setattr(
        PassphraseDialog, "exec", typed({"new": "our phrase", "again": "our phrase"}, seen)
    )
    assert finished(qtbot, window.set_passphrase()) == "done"
    assert "cannot be recovered" in " ".join(
        label.text() for label in seen[-1].findChildren(type(seen[-1].error))
    )
    assert cipher.is_protected(data_dir)
    assert in_clear(data_dir) == []
    assert window.change_passphrase_action.isVisible() == window.isVisible()
    window.show_home()
    assert "encrypted with your passphrase" in window.home.where_label.text()
    save(window, pack, SECRET + " after")  # saving goes on, encrypted
    assert in_clear(data_dir) == []

    # Changing needs the current passphrase, typed again.
    monkeypatch.setattr(
        PassphraseDialog,
        "exec",
        typed({"current": "not it", "new": "new phrase", "again": "new phrase"}, seen),
    )
    assert window.change_passphrase() is None
    assert seen[-1].error.text() == "That is not the current passphrase."
    monkeypatch.setattr(
        PassphraseDialog,
        "exec",
        typed({"current": "our phrase", "new": "new phrase", "again": "new phrase"}, seen),
    )
    assert finished(qtbot, window.change_passphrase()) == "done"
    assert window.repository.database.key.passphrase == "new phrase"
    for snapshot in backups.list_backups(data_dir):
        assert cipher.is_encrypted(snapshot.path)

    monkeypatch.setattr(PassphraseDialog, "exec", typed({"current": "new phrase"}, seen))
    assert finished(qtbot, window.remove_passphrase()) == "done"
    assert not cipher.is_protected(data_dir)
    with Repository.open(data_dir, snapshot_on_open=False, lock=False) as reader:
        free = pack.prompt("free")
        assert free is not None
        value = reader.answers(reader.journals()[0])[free.id].value
        assert value == TextValue(SECRET + " after")


def protected_frame(qtbot: QtBot, tmp_path: Path, pack: Pack) -> tuple[Path, MainWindow]:
    """Journals protected by "start phrase", and the window's frame shown, as at start."""
    data_dir = tmp_path / "data"
    with Repository.open(data_dir, key=cipher.Key("start phrase")) as repo:
        repo.create_journal("Amina", pack)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow.frame(pack, settings)
    qtbot.addWidget(window)
    window.show()
    return data_dir, window


def test_the_passphrase_is_asked_at_start_again_after_a_wrong_one(
    qtbot: QtBot, tmp_path: Path, pack: Pack
) -> None:
    data_dir, window = protected_frame(qtbot, tmp_path, pack)
    answers = iter(["wrong", "start phrase"])
    asked: list[str] = []

    def ask(_parent: object, folder: Path, error: str) -> str | None:
        assert folder == data_dir
        asked.append(error)
        return next(answers)

    opener = _Opener(window, data_dir, _library(data_dir), pack_given=True, ask_passphrase=ask)
    opener.start()
    qtbot.waitUntil(lambda: window.has_journal, timeout=20000)
    try:
        assert asked[0] == ""
        assert asked[1].startswith("That passphrase does not open the journals in")
        assert window.repository.database.key.passphrase == "start phrase"
    finally:
        opener.wait()
        window.close()
        opener.close()


def test_quitting_at_the_passphrase_closes_the_window(
    qtbot: QtBot, tmp_path: Path, pack: Pack
) -> None:
    data_dir, window = protected_frame(qtbot, tmp_path, pack)
    opener = _Opener(
        window, data_dir, _library(data_dir), pack_given=True, ask_passphrase=lambda *a: None
    )
    opener.start()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not window.has_journal


def test_the_dialog_never_shows_a_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    for purpose in Purpose:
        dialog = PassphraseDialog(None, purpose, tmp_path, current="x")
        qtbot.addWidget(dialog)
        for edit in (dialog.current_edit, dialog.new_edit, dialog.again_edit):
            assert edit.echoMode() == edit.EchoMode.Password
        assert dialog.result() == QDialog.DialogCode.Rejected


def _library(data_dir: Path) -> object:
    from journal_app.packs.library import PackLibrary

    return PackLibrary(data_dir)


def test_a_hand_in_locked_from_the_window_is_imported_with_the_workshop_passphrase(
    qtbot: QtBot, window: MainWindow, pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from journal_app.export.handin import is_locked

    save(window, pack, SECRET)
    target = tmp_path / "amina.journal.zip"
    seen: list[PassphraseDialog] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        PassphraseDialog, "exec", typed({"new": "workshop 7", "again": "workshop 7"}, seen)
    )
    assert window.hand_in_locked() == target
    assert seen[-1].purpose is Purpose.LOCK_HANDIN
    assert is_locked(target)
    assert SECRET.encode() not in target.read_bytes()

    # The facilitator imports it: the workshop passphrase is asked, a wrong one is said.
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(PassphraseDialog, "exec", typed({"current": "workshop 8"}, seen))
    task = window.import_handin()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["failed"]
    assert warned == [f"{target}: that workshop passphrase does not open this hand-in."]
    monkeypatch.setattr(PassphraseDialog, "exec", typed({"current": "workshop 7"}, seen))
    task = window.import_handin()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert seen[-1].purpose is Purpose.READ_HANDINS
    assert window.session.journal.name == "Amina (2)"


def test_compile_asks_the_workshop_passphrase_once_for_the_locked_hand_ins(
    qtbot: QtBot, window: MainWindow, pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from journal_app.export.handin import write_handin
    from journal_app.ui.export_dialog import CompileOptionsDialog

    save(window, pack, SECRET)
    journal = window.session.journal
    files = [
        write_handin(window.repository, pack, journal, tmp_path / "a", workshop_passphrase="w7"),
        write_handin(window.repository, pack, journal, tmp_path / "b"),
        write_handin(window.repository, pack, journal, tmp_path / "c", workshop_passphrase="w7"),
    ]
    seen: list[PassphraseDialog] = []

    def options(dialog: CompileOptionsDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        dialog.spreadsheet.setChecked(False)
        return QDialog.DialogCode.Accepted

    word = tmp_path / "outcome.docx"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(word), ""))
    monkeypatch.setattr(CompileOptionsDialog, "exec", options)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(PassphraseDialog, "exec", typed({"current": "w7"}, seen))
    task = window.compile_handins()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert len(seen) == 1  # once, for both locked hand-ins
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Compiled from 3 hand-ins" in text
    assert SECRET in text


def test_importing_into_protected_journals_works_from_the_window(
    qtbot: QtBot, tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import runs on a worker thread: the encrypted connections must serve any thread."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from journal_app.export.handin import write_handin

    other = Repository.open(tmp_path / "other", snapshot_on_open=False)
    journal = other.create_journal("Bo", pack)
    free = pack.prompt("free")
    assert free is not None
    other.save_answer(journal, free, TextValue("from Bo"))
    handin = write_handin(other, pack, journal, tmp_path / "bo")
    other.close()
    repo = Repository.open(tmp_path / "data", snapshot_on_open=False, key=cipher.Key("pw"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
    qtbot.addWidget(window)
    window.show()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(handin), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    try:
        task = window.import_handin()
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
            pass
        assert warned == []
        assert outcome.args == ["done"]
        assert window.session.journal.name == "Bo"
    finally:
        window.close()
        repo.close()


def test_closing_the_window_during_a_change_waits_for_it(
    qtbot: QtBot, tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A logout while the journals are re-encoded: the window waits; the files are whole."""
    repo = Repository.open(tmp_path / "data", snapshot_on_open=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
    qtbot.addWidget(window)
    window.show()
    save(window, pack, SECRET)
    for _ in range(8):
        repo.take_snapshot()
    seen: list[PassphraseDialog] = []
    monkeypatch.setattr(PassphraseDialog, "exec", typed({"new": "pw", "again": "pw"}, seen))
    task = window.set_passphrase()
    assert task is not None
    assert task.running()
    window.close()  # (waits for the re-encoding)
    assert not task.running()
    repo.close()
    data_dir = tmp_path / "data"
    assert cipher.is_protected(data_dir)
    assert in_clear(data_dir) == []
    with Repository.open(data_dir, key=cipher.Key.for_folder(data_dir, "pw")) as reopened:
        free = pack.prompt("free")
        assert free is not None
        assert reopened.answers(reopened.journals()[0])[free.id].value == TextValue(SECRET)


def test_a_name_typed_for_the_cover_is_not_kept_in_the_clear_once_protected(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The settings file is not encrypted: a protected folder keeps no typed author there."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from journal_app.ui.export_dialog import ExportOptionsDialog

    prefilled: list[str] = []

    def options(dialog: ExportOptionsDialog) -> int:
        prefilled.append(dialog.author.text())
        dialog.author.setText("Amina Diallo")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", options)
    target = str(tmp_path / "out.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    close = QMessageBox.StandardButton.Close
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: close)  # "ready"
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: close)
    settings_file = tmp_path / "settings.ini"

    def export() -> None:
        assert finished(qtbot, window.export_pdf()) == "done"
        window.settings.sync()  # type: ignore[union-attr]

    export()
    assert "Amina Diallo" in settings_file.read_text(encoding="utf-8")  # remembered, plain
    seen: list[PassphraseDialog] = []
    monkeypatch.setattr(
        PassphraseDialog, "exec", typed({"new": "our phrase", "again": "our phrase"}, seen)
    )
    assert finished(qtbot, window.set_passphrase()) == "done"
    assert "Amina Diallo" not in settings_file.read_text(encoding="utf-8")  # forgotten
    export()
    assert "Amina Diallo" not in settings_file.read_text(encoding="utf-8")  # never kept
    assert prefilled == ["Amina", "Amina"]  # the journal's own name is offered instead


def test_names_kept_before_the_journals_were_protected_elsewhere_go_at_start(
    qtbot: QtBot, tmp_path: Path, pack: Pack
) -> None:
    """Protected from the command line: the next start forgets the names in the settings."""
    from journal_app.ui.passphrase import AUTHOR_SETTINGS

    data_dir, window = protected_frame(qtbot, tmp_path, pack)
    settings = window.settings
    assert settings is not None
    settings.setValue(f"{AUTHOR_SETTINGS}/1-20261130T090000000000", "Amina Diallo")
    settings.sync()
    assert "Amina Diallo" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    opener = _Opener(
        window,
        data_dir,
        _library(data_dir),
        pack_given=True,
        ask_passphrase=lambda *a: "start phrase",
    )
    opener.start()
    qtbot.waitUntil(lambda: window.has_journal, timeout=20000)
    try:
        assert "Amina Diallo" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
        assert not window.set_passphrase_action.isVisible()  # the menu says what is so
    finally:
        opener.wait()
        window.close()
        opener.close()
