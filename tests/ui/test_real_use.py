"""Real use of the window: timers, bugs, jobs, a full disk, reopening, compiling.

Timers keep their time, bugs are reported, jobs always end, a full disk loses nothing, the last
journal reopens whatever its pack, and compile uses the pack of the hand-ins.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app_scripts import WHEN_OPEN
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from journal_app import language, resources
from journal_app.export.handin import write_handin
from journal_app.packs.library import PackLibrary
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository
from journal_app.ui import timer as timer_module
from journal_app.ui.crash import CrashReporter
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.export_dialog import CompileOptionsDialog, _BackgroundTask
from journal_app.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data"
MINIMAL = DATA / "minimal-pack.json"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    repository = Repository.open(data_dir, snapshot_on_open=False)
    yield repository
    repository.close()


def open_window(
    qtbot: QtBot, repo: Repository, pack: Pack, data_dir: Path, **kwargs: object
) -> MainWindow:
    journals = [j for j in repo.journals() if j.pack_id == pack.id]
    journal = journals[0] if journals else repo.create_journal("Amina", pack)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack, repo, journal, settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, pack: Pack, data_dir: Path) -> MainWindow:
    return open_window(qtbot, repo, pack, data_dir)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The timers' clock, moved by the test (no real waits)."""
    now = [1000.0]
    monkeypatch.setattr(timer_module, "CLOCK", lambda: now[0])
    return now


def type_text(widget: object, typed: str) -> None:
    for char in typed:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def stored_time(repo: Repository, journal_name: str, prompt_id: str) -> int | None:
    journal = next(j for j in repo.journals() if j.name == journal_name)
    answer = repo.answers(journal).get(prompt_id)
    return None if answer is None else answer.time_spent_seconds


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the message boxes built and shown with ``exec`` (the crash and refusal ones)."""
    texts: list[str] = []

    def record(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return texts


@pytest.fixture
def reporter(window: MainWindow, data_dir: Path) -> Iterator[CrashReporter]:
    crash = CrashReporter(data_dir / "logs", save_pending=window.save_all, window=lambda: window)
    crash.install()
    yield crash
    crash.uninstall()


# ----------------------------------------------------------------------------- timers


def test_a_running_timer_saves_its_time_every_15_seconds(
    qtbot: QtBot, window: MainWindow, repo: Repository, clock: list[float]
) -> None:
    card = window.card("free")
    assert card.timer is not None
    qtbot.mouseClick(card.timer.start_button, Qt.MouseButton.LeftButton)
    assert card.timer.running
    clock[0] += 14
    card.timer.tick()
    assert window.autosave.dirty == ()  # less than 15 s: nothing to record yet
    clock[0] += 2
    card.timer.tick()
    assert window.autosave.dirty == ("free",)
    qtbot.waitUntil(lambda: window.save_state.text() == "Saved", timeout=5000)
    assert stored_time(repo, "Amina", "free") == 16
    assert card.timer.running  # recording does not stop the countdown
    clock[0] += 15
    card.timer.tick()
    assert window.save_all()
    assert stored_time(repo, "Amina", "free") == 31


def test_switching_journal_keeps_the_time_of_a_running_timer(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack, clock: list[float]
) -> None:
    card = window.card("free")
    assert card.timer is not None
    card.timer.start()
    clock[0] += 120  # two minutes, with no edit, pause or tick in between
    other = repo.create_journal("Bekele", pack)
    assert window.switch_journal(other.id)
    assert stored_time(repo, "Amina", "free") == 120


def test_moving_to_another_prompt_and_closing_save_the_timer(
    qtbot: QtBot, window: MainWindow, repo: Repository, clock: list[float]
) -> None:
    card = window.card("free")
    assert card.timer is not None
    card.timer.start()
    clock[0] += 40
    window.go_to_prompt("pick")
    assert stored_time(repo, "Amina", "free") == 40
    assert card.timer.running
    clock[0] += 7
    window.close()
    assert stored_time(repo, "Amina", "free") == 47
    assert repo.journal(window.session.journal.id).last_prompt_id == "pick"


# ----------------------------------------------------------------------------- a full disk


def test_a_real_full_disk_keeps_the_text_and_close_saves_it_once_there_is_room(
    qtbot: QtBot, window: MainWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.card("labelled").editor
    assert isinstance(editor, TextEditor)
    with repo.database.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
        # SQLite's own "database or disk is full" once the file would need another page.
        connection.execute(text(f"PRAGMA max_page_count = {pages}"))
        connection.commit()
    field = editor.fields[0]
    field.setFocus()
    field.setPlainText("A long pasted report line.\n" * 8000)  # more pages than are left
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, "pasted and typed")
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Not saved"), timeout=5000)
    assert "full" in window.save_state.text()
    assert field.toPlainText().endswith("pasted and typed")
    assert "labelled" in window.autosave.dirty

    refused: list[str] = []

    def keep_open(*args: object) -> QMessageBox.StandardButton:
        refused.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", keep_open)
    window.close()
    assert window.isVisible()  # the person chose to keep the window: nothing lost
    assert "could not be saved" in refused[0]

    with repo.database.engine.connect() as connection:  # room again
        connection.execute(text("PRAGMA max_page_count = 1073741823"))
        connection.commit()
    window.close()
    assert not window.isVisible()
    stored = repo.answers(repo.journals()[0])["labelled"].value
    assert stored.items[0].endswith("pasted and typed")  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- bugs


def test_a_bug_in_a_slot_saves_everything_writes_a_log_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    repo: Repository,
    reporter: CrashReporter,
    dialogs: list[str],
    data_dir: Path,
) -> None:
    editor = window.card("labelled").editor
    assert isinstance(editor, TextEditor)
    type_text(editor.fields[0], "typed just before the bug")
    assert window.autosave.dirty == ("labelled",)

    def buggy() -> None:
        raise KeyError(editor.fields[0].toPlainText())  # a message may quote an answer

    with qtbot.waitSignal(reporter.reported, timeout=5000) as report:
        QTimer.singleShot(0, buggy)
    log = Path(report.args[0])
    assert log.parent == data_dir / "logs"
    if os.name == "posix":  # names the person's files: for the owner's eyes only
        assert log.stat().st_mode & 0o777 == 0o600
        assert (data_dir / "logs").stat().st_mode & 0o777 == 0o700
    written = log.read_text(encoding="utf-8")
    assert "builtins.KeyError (message left out)" in written
    assert "in buggy" in written  # where it happened
    assert "typed just before the bug" not in written  # never an answer's text
    stored = repo.answers(repo.journals()[0])["labelled"].value
    assert stored.items[0] == "typed just before the bug"  # type: ignore[union-attr]
    assert "this is a bug" in dialogs[0]
    assert "Your answers have been saved" in dialogs[0]
    assert str(log) in dialogs[0]
    assert window.isVisible()  # the window goes on

    # The same bug again (a timer's, say): logged, but no second dialog.
    with qtbot.waitSignal(reporter.reported, timeout=5000):
        QTimer.singleShot(0, buggy)
    assert len(dialogs) == 1
    assert len(list((data_dir / "logs").iterdir())) == 2


def test_a_bug_when_saving_fails_says_the_answers_are_not_saved(
    qtbot: QtBot,
    window: MainWindow,
    repo: Repository,
    reporter: CrashReporter,
    dialogs: list[str],
) -> None:
    editor = window.card("labelled").editor
    assert isinstance(editor, TextEditor)
    with repo.database.engine.connect() as connection:
        connection.execute(text("PRAGMA query_only = 1"))  # every save fails, for real
        connection.commit()
    type_text(editor.fields[0], "not yet saved")

    def buggy() -> None:
        raise RuntimeError("boom")

    with qtbot.waitSignal(reporter.reported, timeout=5000):
        QTimer.singleShot(0, buggy)
    assert "Some answers could not be saved" in dialogs[0]
    assert "Your answers have been saved" not in dialogs[0]
    with repo.database.engine.connect() as connection:
        connection.execute(text("PRAGMA query_only = 0"))
        connection.commit()
    assert window.save_all()


def test_a_bug_in_another_thread_reaches_the_window(
    qtbot: QtBot, reporter: CrashReporter, dialogs: list[str], data_dir: Path
) -> None:
    def buggy() -> None:
        raise ValueError("from a thread")

    with qtbot.waitSignal(reporter.reported, timeout=5000) as report:
        worker = threading.Thread(target=buggy, name="snapshot")
        worker.start()
        worker.join()
    assert "builtins.ValueError" in Path(report.args[0]).read_text(encoding="utf-8")
    assert "thread snapshot" in Path(report.args[0]).read_text(encoding="utf-8")
    assert len(dialogs) == 1


def test_a_job_with_a_bug_ends_frees_itself_and_leaves_the_window_usable(
    qtbot: QtBot, window: MainWindow, reporter: CrashReporter, dialogs: list[str]
) -> None:
    def buggy(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> None:
        progress(0.5)
        raise KeyError("unexpected")

    task = _BackgroundTask(window)
    window._export = task
    task.finished.connect(window._on_export_finished)
    with (
        qtbot.waitSignal(reporter.reported, timeout=10000) as report,
        qtbot.waitSignal(task.finished, timeout=10000) as outcome,
    ):
        task.run_in_background("Working…", buggy)
    assert outcome.args == ["bug"]
    assert "builtins.KeyError" in Path(report.args[0]).read_text(encoding="utf-8")
    assert task.worker is None
    assert task.worker_thread is None
    assert window._export is None  # a new export may start
    assert window.statusBar().currentMessage() == "Stopped by a bug; your answers are safe."


# ----------------------------------------------------------------------------- compile


def _handin_of(tmp_path: Path, pack: Pack, name: str) -> Path:
    with Repository.open(tmp_path / f"participant-{name}", snapshot_on_open=False) as theirs:
        journal = theirs.create_journal(name, pack)
        prompt = pack.prompt("free")
        assert prompt is not None
        theirs.save_answer(journal, prompt, TextValue(f"An idea from {name}"))
        return write_handin(theirs, pack, journal, tmp_path / name)


def test_compile_uses_the_pack_of_the_hand_ins_and_names_the_output_after_it(
    qtbot: QtBot,
    repo: Repository,
    data_dir: Path,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = PackLibrary(data_dir)
    library.add(MINIMAL)
    idiaspora = load_pack(resources.bundled_pack(resources.DEFAULT_PACK_ID))
    window = open_window(qtbot, repo, idiaspora, data_dir, library=library)
    handins = [_handin_of(tmp_path, pack, "Amina"), _handin_of(tmp_path, pack, "Bekele")]
    suggested: list[str] = []
    target = tmp_path / "outcome.pdf"

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: (list(map(str, handins)), "")
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(CompileOptionsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Close
    )
    task = window.compile_handins()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert Path(suggested[0]).name == "Test pack - outcome.pdf"
    assert target.is_file()
    assert window._export is None


@pytest.mark.parametrize("problem", ["unknown pack", "not a zip", "two packs"])
def test_compile_checks_the_files_before_asking_anything(
    qtbot: QtBot,
    repo: Repository,
    data_dir: Path,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
    problem: str,
) -> None:
    idiaspora = load_pack(resources.bundled_pack(resources.DEFAULT_PACK_ID))
    window = open_window(qtbot, repo, idiaspora, data_dir)  # no library: test-pack is unknown
    files = [_handin_of(tmp_path, pack, "Amina")]
    if problem == "not a zip":
        files = [tmp_path / "broken.journal.zip"]
        files[0].write_text("not a zip", encoding="utf-8")
    elif problem == "two packs":
        window._opened_packs[pack.id] = pack
        with Repository.open(tmp_path / "other", snapshot_on_open=False) as theirs:
            journal = theirs.create_journal("Chen", idiaspora)
            files.append(write_handin(theirs, idiaspora, journal, tmp_path / "chen"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: (list(map(str, files)), "")
    )
    task = window.compile_handins()  # no question, no save dialog: they would fail the test
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["failed"]
    expected = {
        "unknown pack": "“test-pack”, which this app does not have",
        "not a zip": "broken.journal.zip: not a hand-in",
        "two packs": "Compile the hand-ins of one pack at a time",
    }[problem]
    assert len(dialogs) == 1
    assert expected in dialogs[0]
    assert window._export is None


# ----------------------------------------------------------------------------- start-up

REPORT = (
    """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app import app
from journal_app.ui.main_window import MainWindow

"""
    + WHEN_OPEN
    + """

def look_then_quit():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            print("shown:", w.session.journal.name, w.pack.id, w._current_prompt,
                  w.journal_name.text(), flush=True)
            w.close()
    QApplication.quit()

qt = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: when_open(look_then_quit))
sys.exit(app.run(data_dir=Path(sys.argv[1])))
"""
)


def test_the_last_journal_reopens_whatever_its_pack(data_dir: Path, pack: Pack) -> None:
    library = PackLibrary(data_dir)
    library.add(MINIMAL)  # as File ▸ Open prompt pack… does
    with Repository.open(data_dir, snapshot_on_open=False) as repository:
        idiaspora = load_pack(resources.bundled_pack(resources.DEFAULT_PACK_ID))
        repository.create_journal("Bekele", idiaspora)
        amina = repository.create_journal("Amina", pack)
        repository.set_last_prompt(amina.id, "pick")
        repository.create_journal("Chen", idiaspora)  # the most recent, not the last used
    settings = language.settings_file(data_dir)
    settings.setValue("last_journal_id", amina.id)
    settings.sync()
    result = subprocess.run(
        [sys.executable, "-c", REPORT, str(data_dir)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "shown: Amina test-pack pick Amina" in result.stdout


def test_the_journal_name_is_always_in_view(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack
) -> None:
    assert window.journal_name.text() == "Amina"
    assert window.journal_name.isVisible()
    assert window.journal_name.textFormat() == Qt.TextFormat.PlainText
    other = repo.create_journal("<b>Bekele</b>", pack)
    window.switch_journal(other.id)
    assert window.journal_name.text() == "<b>Bekele</b>"
    assert "&lt;b&gt;Bekele" in window.journal_name.toolTip()
    assert QApplication.activeModalWidget() is None


def test_closing_while_compile_asks_its_question_starts_nothing_more(
    qtbot: QtBot,
    repo: Repository,
    data_dir: Path,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A logout (SIGTERM) while the compile's options are open: the window closes; the
    # compile must not go on to a file dialog and a thread that outlives the window.
    window = open_window(qtbot, repo, pack, data_dir)
    handins = [_handin_of(tmp_path, pack, "Amina")]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: (list(map(str, handins)), "")
    )

    def logout_meanwhile(dialog: object) -> int:
        window.close()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompileOptionsDialog, "exec", logout_meanwhile)
    task = window.compile_handins()  # getSaveFileName is not answered: reaching it fails
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["cancelled"]
    assert not window.isVisible()
    assert task.worker_thread is None


def test_import_runs_in_the_background_with_the_hand_ins_own_pack(
    qtbot: QtBot,
    repo: Repository,
    data_dir: Path,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    library = PackLibrary(data_dir)
    library.add(MINIMAL)
    idiaspora = load_pack(resources.bundled_pack(resources.DEFAULT_PACK_ID))
    window = open_window(qtbot, repo, idiaspora, data_dir, library=library)
    handin = _handin_of(tmp_path, pack, "Bekele")  # a test-pack hand-in, the window on another
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(handin), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[2])))
    task = window.import_handin()
    assert task is not None
    assert task.running() or task.worker_thread is not None  # not done on the UI thread
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert window.session.journal.name == "Bekele"
    assert window.pack.id == pack.id
    assert window._export is None
    assert dialogs == []

    broken = tmp_path / "broken.journal.zip"
    broken.write_text("not a zip", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    task = window.import_handin()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["failed"]
    assert "broken.journal.zip: not a hand-in" in dialogs[0]


def test_cancel_stops_an_import_between_two_pictures(
    qtbot: QtBot,
    repo: Repository,
    data_dir: Path,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[str],
) -> None:
    """Cancel is heard while the pictures are decoded, not only before; nothing is imported."""
    import io

    from PIL import Image

    from journal_app.store import images as pictures

    with Repository.open(tmp_path / "participant", snapshot_on_open=False) as theirs:
        journal = theirs.create_journal("Chidi", pack)
        photo = pack.prompt("photo")
        assert photo is not None
        for colour in ("red", "green", "blue"):
            out = io.BytesIO()
            Image.new("RGB", (64, 48), colour).save(out, format="PNG")
            theirs.add_image(journal, photo, out.getvalue())
        handin = write_handin(theirs, pack, journal, tmp_path / "Chidi")
    window = open_window(qtbot, repo, pack, data_dir)
    before = [j.name for j in repo.journals()]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(handin), ""))
    decoded: list[str] = []
    real_normalize = pictures.normalize

    def normalize_then_cancel(*args: object, **kwargs: object) -> pictures.NormalizedImage:
        result = real_normalize(*args, **kwargs)  # type: ignore[arg-type]
        decoded.append(str(kwargs.get("name")))
        assert task.worker is not None
        task.worker.stop.set()  # as the progress dialog's Cancel does, now, mid-import
        return result

    monkeypatch.setattr(pictures, "normalize", normalize_then_cancel)
    task = window.import_handin()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["cancelled"]
    assert decoded == ["images/1.png"]  # the second and third were never decoded
    assert [j.name for j in repo.journals()] == before
    assert dialogs == []
