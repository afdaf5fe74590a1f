"""Start-up: the window's frame is painted before the database layer and exports are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal_app import resources
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Journal, Repository
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.main_window import OPENING_AHEAD, MainWindow
from journal_app.ui.page import GroupPage

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"

FIRST_PAINT_THEN_OPEN = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from journal_app import app
from journal_app.ui.main_window import MainWindow

class Spy(QObject):
    seen = None
    def eventFilter(self, obj, event):
        if (
            self.seen is None
            and event.type() == QEvent.Type.Paint
            and isinstance(getattr(obj, "window", lambda: None)(), QMainWindow)
        ):
            self.seen = sorted(m for m in ("sqlalchemy", "reportlab") if m in sys.modules)
            print("loaded at first paint:", ",".join(self.seen) or "nothing", flush=True)
            QTimer.singleShot(0, wait_for_journal)
        return False

def wait_for_journal():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if not window.has_journal:
        QTimer.singleShot(10, wait_for_journal)
        return
    print("opened:", window.session.journal.name, flush=True)
    print("menus:", window.menuBar().isEnabled(), flush=True)
    window.close()

qt = QApplication(sys.argv[:1])
spy = Spy()
qt.installEventFilter(spy)
sys.exit(app.run(data_dir=Path(sys.argv[1]), pack_path=Path(sys.argv[2])))
"""


def test_the_frame_is_painted_before_the_database_layer_loads(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_THEN_OPEN, str(data_dir), str(MINIMAL)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "loaded at first paint: nothing" in result.stdout  # no SQLAlchemy, no ReportLab
    assert "opened: My journal" in result.stdout  # then the journal opens in the same window
    assert "menus: True" in result.stdout
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        assert [j.name for j in repo.journals()] == ["My journal"]


def test_the_window_modules_do_not_import_the_database_layer() -> None:
    code = (
        "import sys, journal_app.app, journal_app.ui.main_window;"
        "print(sorted(m for m in ('sqlalchemy', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def type_keys(target: QWidget, text: str) -> None:
    """Key presses and releases carrying ``text``, one character each, as a keyboard sends."""
    for character in text:
        key = Qt.Key(ord(character.upper())) if character.isascii() else Qt.Key.Key_unknown
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, target, key, character, Qt.KeyboardModifier.NoModifier)


def opening_frame(
    qtbot: QtBot, repo: Repository, pack: Pack, settings: QSettings
) -> tuple[MainWindow, Journal]:
    """The window's frame, shown and active, with a journal last left at the "free" answer."""
    journal = repo.create_journal("Amina", pack)
    repo.set_last_prompt(journal.id, "free")
    window = MainWindow.frame(pack, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, repo.journal(journal.id)


def test_keys_typed_while_the_journal_opens_reach_the_answer_in_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = load_pack(MINIMAL)
    free = pack.prompt("free")
    assert free is not None
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        window, journal = opening_frame(qtbot, repo, pack, settings)
        repo.save_answer(journal, free, TextValue("Day one."))
        target = QApplication.focusWidget() or window
        # Typed before the journal is there: the end of the answer, words, and a letter the
        # navigator would otherwise jump to.
        QTest.keyClick(target, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_keys(target, " Then more, Привіт مرحبا.")
        assert not window.has_journal
        assert window.navigator.topLevelItemCount() == 0  # nothing was there to take them

        window.attach(repo, journal)
        editor = window.card("free").editor
        assert isinstance(editor, TextEditor)
        assert editor.fields[0].toPlainText() == "Day one. Then more, Привіт مرحبا."
        assert editor.fields[0].hasFocus()
        # From now on keys go straight to the answer.
        QTest.keyClicks(editor.fields[0], "!")
        assert editor.fields[0].toPlainText() == "Day one. Then more, Привіт مرحبا.!"
        window.close()
        assert repo.answers(journal)["free"].value == TextValue(
            "Day one. Then more, Привіт مرحبا.!"
        )


def test_a_quit_typed_while_the_journal_opens_quits_after_saving(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = load_pack(MINIMAL)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        window, journal = opening_frame(qtbot, repo, pack, settings)
        target = QApplication.focusWidget() or window
        QTest.keyClicks(target, "short")
        QTest.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(target, " never typed")  # after the quit: nowhere to go
        assert window.isVisible()  # no shortcut fired before the journal was there

        window.attach(repo, journal)
        assert not window.isVisible()  # the quit came, after the words before it
        assert repo.answers(journal)["free"].value == TextValue("short")


def test_an_input_method_commit_while_the_journal_opens_is_kept_in_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = load_pack(MINIMAL)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        window, journal = opening_frame(qtbot, repo, pack, settings)
        target = window.focusWidget() or window
        type_keys(target, "caf")
        commit = QInputMethodEvent()
        commit.setCommitString("é")  # a dead key's letter
        QApplication.sendEvent(target, commit)
        type_keys(target, " ok")
        window.attach(repo, journal)
        editor = window.card("free").editor
        assert isinstance(editor, TextEditor)
        assert editor.fields[0].toPlainText() == "café ok"
        window.close()


def test_a_journal_opens_with_a_screenful_of_its_page_and_the_rest_comes_while_idle(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    group = pack.sections[0].groups[0]
    place = group.prompts[2].id
    assert len(group.prompts) > 3 + OPENING_AHEAD  # a page longer than what opens at once
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        repo.set_last_prompt(journal.id, place)
        window = MainWindow(pack, repo, repo.journal(journal.id), settings)
        qtbot.addWidget(window)
        window.show()
        page = window.pages.currentWidget()
        assert isinstance(page, GroupPage)
        assert list(page.cards) == [p.id for p in group.prompts[: 3 + OPENING_AHEAD]]
        assert window.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole) == (
            "prompt",
            place,
        )
        qtbot.waitUntil(lambda: page.complete, timeout=10_000)  # built while idle, its page first
        assert list(page.cards) == [p.id for p in group.prompts]  # in the printed order
        window.close()
