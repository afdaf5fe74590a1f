"""The window skeleton: it opens on a pack, shows its structure, and reports what it cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journal_app import app
from journal_app.packs.loader import load_pack
from journal_app.store.repository import Repository
from journal_app.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data"
MINIMAL = DATA / "minimal-pack.json"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error dialogs the app shows (instead of blocking on them)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: texts.append(text))
    return texts


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    widget = MainWindow(load_pack(MINIMAL), tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_navigator_mirrors_the_pack(window: MainWindow) -> None:
    nav = window.navigator
    assert nav.topLevelItemCount() == 3
    assert nav.topLevelItem(0).text(0) == "Welcome"  # front matter comes first
    first, second = nav.topLevelItem(1), nav.topLevelItem(2)
    assert first.text(0) == "Section 1: First"
    assert first.childCount() == 5  # untitled group: its prompts sit under the section
    assert second.text(0) == "Second"
    assert second.child(0).text(0) == "Tables and more"
    assert second.child(0).childCount() == 5
    assert window.windowTitle() == "Test pack — Reflection Journal"


def test_selecting_a_prompt_shows_it_with_its_hint(window: MainWindow) -> None:
    text = window.reader.toPlainText()  # the first page is shown at start
    assert "Second paragraph." in text
    assert "A note." in text
    window.navigator.setCurrentItem(window.navigator.topLevelItem(1))
    assert "Para two." in window.reader.toPlainText()
    window.navigator.setCurrentItem(window.navigator.topLevelItem(1).child(0))
    text = window.reader.toPlainText()
    assert "Say something." in text
    assert "Anything." in text


def test_run_opens_the_window_and_creates_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    seen: list[MainWindow] = []

    def look_then_quit() -> None:
        seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        QApplication.quit()

    QTimer.singleShot(0, look_then_quit)
    assert app.run(data_dir=data, pack_path=MINIMAL) == 0
    assert data.is_dir()
    assert [w.pack.id for w in seen] == ["test-pack"]


def test_broken_pack_is_a_dialog_not_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    shown: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 2}', encoding="utf-8")
    assert app.run(data_dir=tmp_path / "data", pack_path=broken) == 1
    assert "This prompt pack cannot be opened" in shown[0]
    assert f"{broken}:1: /format: this app reads pack format 1" in shown[0]
    assert capsys.readouterr().err.startswith("journal-app: This prompt pack cannot be opened")


def test_unusable_data_folder_is_reported(qtbot: QtBot, tmp_path: Path, shown: list[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert app.run(data_dir=blocker / "data", pack_path=MINIMAL) == 1
    assert shown[0].startswith("Your journal cannot be opened.")
    assert f"Cannot create the data folder {blocker / 'data'}" in shown[0]


def test_second_copy_is_told_the_journal_is_open(
    qtbot: QtBot, tmp_path: Path, shown: list[str]
) -> None:
    data = tmp_path / "data"
    with Repository.open(data):
        assert app.run(data_dir=data, pack_path=MINIMAL) == 1
    assert "is already open in another copy of Reflection Journal" in shown[0]


def test_damaged_database_is_a_dialog(qtbot: QtBot, tmp_path: Path, shown: list[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").write_bytes(b"not a database" * 100)
    assert app.run(data_dir=data, pack_path=MINIMAL) == 1
    assert f"The journal database {data / 'journal.sqlite3'} cannot be read" in shown[0]
