"""The window: navigation, autosave through the UI, search, journals, text size, error dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_scripts import WHEN_OPEN
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from seen import as_seen

from journal_app import app
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import ChecklistValue, ItemsValue, TextValue
from journal_app.store.repository import Repository
from journal_app.store.session import Status
from journal_app.ui.editors.checklist import ChecklistEditor
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.icons import status_icon
from journal_app.ui.main_window import MainWindow
from journal_app.ui.page import GroupPage

DATA = Path(__file__).parent.parent / "data"
MINIMAL = DATA / "minimal-pack.json"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error dialogs the app shows (instead of blocking on them)."""
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: texts.append(as_seen(text))
    )
    return texts


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


def open_window(qtbot: QtBot, repo: Repository, pack: Pack, data_dir: Path) -> MainWindow:
    journals = [j for j in repo.journals() if j.pack_id == pack.id]
    journal = journals[0] if journals else repo.create_journal("Amina", pack)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(pack, repo, journal, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keyboard shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, pack: Pack, data_dir: Path) -> MainWindow:
    return open_window(qtbot, repo, pack, data_dir)


def type_text(widget: object, text: str) -> None:
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def text_editor(window: MainWindow, prompt_id: str) -> TextEditor:
    editor = window.card(prompt_id).editor
    assert isinstance(editor, TextEditor)
    return editor


# ----------------------------------------------------------------------------- navigation


def test_navigator_shows_pages_sections_groups_and_marked_prompts(window: MainWindow) -> None:
    nav = window.navigator
    assert nav.topLevelItemCount() == 4
    assert nav.topLevelItem(0).text(0) == "Home"
    assert nav.topLevelItem(1).text(0) == "Welcome"
    first, second = nav.topLevelItem(2), nav.topLevelItem(3)
    assert (first.text(0), first.text(1)) == ("Section 1: First", "0/5")
    assert first.child(0).text(0) == "Say something."  # the status is an icon, not a glyph
    assert first.child(0).icon(0).cacheKey() == status_icon(Status.EMPTY).cacheKey()
    assert second.child(0).text(0) == "Tables and more"
    assert second.child(0).child(4).text(0) == "A fact."
    assert second.child(0).child(4).icon(0).isNull()  # a note has no mark
    assert window.progress.text() == "0 answered · 0 skipped · 9 open"
    assert window.windowTitle() == "Amina — Test pack — Reflection Journal"


def test_selecting_a_prompt_shows_its_page_scrolled_with_the_cursor_in_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigator.setCurrentItem(window.navigator.topLevelItem(3).child(0).child(3))  # "gaps"
    page = window.pages.currentWidget()
    assert isinstance(page, GroupPage)
    assert set(page.cards) == {"fixed", "blank", "photo", "gaps", "fact"}
    qtbot.waitUntil(lambda: page.cards["gaps"].editor.isAncestorOf(QApplication.focusWidget()))
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    # In plain words on the page; the editors' reason is on Help ▸ About this edition.
    assert "Item 4 of the printed journal could not be recovered." in texts
    assert "not in the source" not in texts


def test_section_page_has_its_introduction(window: MainWindow) -> None:
    window.navigator.setCurrentItem(window.navigator.topLevelItem(2))
    page = window.pages.currentWidget()
    assert isinstance(page, GroupPage)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Section 1: First" in texts
    assert "Para two." in texts


# ----------------------------------------------------------------------------- saving


def test_typing_is_saved_after_a_pause_and_marked(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack
) -> None:
    editor = text_editor(window, "free")
    editor.fields[0].setFocus()
    type_text(editor.fields[0], "Línea — سطر")
    assert window.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: window.save_state.text() == "Saved", timeout=5000)
    journal = repo.journals()[0]
    assert repo.answers(journal)["free"].value == TextValue("Línea — سطر")
    item = window._prompt_items["free"]
    assert item.icon(0).cacheKey() == status_icon(Status.ANSWERED).cacheKey()
    assert item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "answered"
    assert window.progress.text() == "1 answered · 0 skipped · 8 open"


def test_close_saves_what_the_timer_has_not_yet(
    qtbot: QtBot, repo: Repository, pack: Pack, data_dir: Path
) -> None:
    window = open_window(qtbot, repo, pack, data_dir)
    editor = window.card("pick").editor
    assert isinstance(editor, ChecklistEditor)
    editor.boxes["blue"].setChecked(True)
    assert window.autosave.dirty == ("pick",)
    window.close()  # before the autosave delay
    journal = repo.journals()[0]
    assert repo.answers(journal)["pick"].value == ChecklistValue(("blue",), False, "")

    again = open_window(qtbot, repo, pack, data_dir)  # reopens at the last place
    reopened = again.card("pick").editor
    assert isinstance(reopened, ChecklistEditor)
    assert reopened.boxes["blue"].isChecked()
    assert again._current_prompt == "pick"


# A failed save (a real full disk): tests/ui/test_real_use.py


def test_skip_on_purpose_is_saved_and_marked(
    qtbot: QtBot, window: MainWindow, repo: Repository
) -> None:
    card = window.card("five")
    assert card.skip_action is not None
    card.skip_action.trigger()
    assert repo.answers(repo.journals()[0])["five"].skipped
    item = window._prompt_items["five"]
    assert item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "skipped for now"
    assert item.icon(0).cacheKey() == status_icon(Status.SKIPPED).cacheKey()
    # Skipped is not done: it is counted apart from the answered prompts.
    assert window.progress.text() == "0 answered · 1 skipped · 8 open"


# ----------------------------------------------------------------------------- search


def test_search_finds_prompts_and_answers(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack
) -> None:
    gaps = pack.prompt("gaps")
    assert gaps is not None
    window.session.save(pack.prompt("free"), TextValue("We met at the bakery"), None)  # type: ignore[arg-type]
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.isVisible()
    window.search.setText("BAKERY")
    assert window.find_next()
    assert window._current_prompt == "free"
    assert window.search_result.text() == "1 of 1"
    window.search.setText("blue")  # an option of a checklist
    assert window.find_next()
    assert window._current_prompt == "pick"
    window.search.setText("nothing like this")
    assert not window.find_next()
    assert window.search_result.text() == "Not found"


# ----------------------------------------------------------------------------- journals


def test_new_switch_rename_delete_journals(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    text_editor(window, "free").set_value(TextValue("Amina's answer"))
    window.session.save(pack.prompt("free"), TextValue("Amina's answer"), None)  # type: ignore[arg-type]
    amina = window.session.journal

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bruno", True))
    with qtbot.waitSignal(window.journal_switched):
        window.new_journal()
    assert window.session.journal.name == "Bruno"
    assert text_editor(window, "free").value() == TextValue("")
    assert window.windowTitle().startswith("Bruno — ")

    assert window.switch_journal(amina.id)
    assert text_editor(window, "free").value() == TextValue("Amina's answer")

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Amina K.", True))
    window.rename_journal()
    assert repo.journal(amina.id).name == "Amina K."

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_journal()
    assert len(repo.journals()) == 2  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_journal()
    assert [j.name for j in repo.journals()] == ["Bruno"]
    assert window.session.journal.name == "Bruno"


def test_a_duplicate_journal_name_is_explained(
    window: MainWindow, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(as_seen(str(a[2]))))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Amina", True))
    window.new_journal()
    assert warned == ["A journal named 'Amina' already exists."]
    assert len(repo.journals()) == 1


# ----------------------------------------------------------------------------- view


def test_text_size_changes_and_is_remembered(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack, data_dir: Path
) -> None:
    normal = window.content.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    larger = window.content.font().pointSizeF()
    assert larger > normal
    window.close()
    again = open_window(qtbot, repo, pack, data_dir)
    assert again.content.font().pointSizeF() == larger
    QTest.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.content.font().pointSizeF() == normal


def test_attribution_is_always_visible(window: MainWindow) -> None:
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "Test pack · © Test 2026 · CC0" in labels


# ----------------------------------------------------------------------------- start-up


RUN_AND_REPORT = (
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
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    print("windows:", ";".join(w.session.journal.name + "/" + w.pack.id for w in windows), flush=True)
    for w in windows:
        w.close()
    QApplication.quit()

qt = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: when_open(look_then_quit))
sys.exit(app.run(data_dir=Path(sys.argv[1]), pack_path=Path(sys.argv[2])))
"""
)


def test_run_opens_the_window_on_a_new_journal(data_dir: Path) -> None:
    # In a process of its own: after its event loop has run, Qt no longer activates windows.
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_REPORT, str(data_dir), str(MINIMAL)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "windows: My journal/test-pack" in result.stdout
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        assert [j.name for j in repo.journals()] == ["My journal"]


def test_broken_pack_is_a_dialog_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, shown: list[str], capsys: pytest.CaptureFixture[str]
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


def test_a_caption_being_typed_is_saved_when_switching_journal(
    qtbot: QtBot, window: MainWindow, repo: Repository, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from PIL import Image

    from journal_app.packs.model import ImagePrompt
    from journal_app.ui.editors.image import ImageEditor

    photo = pack.prompt("photo")
    assert isinstance(photo, ImagePrompt)
    picture = io.BytesIO()
    Image.new("RGB", (50, 40), "red").save(picture, format="PNG")
    window.session.add_image(photo, picture.getvalue())
    editor = window.card("photo").editor
    assert isinstance(editor, ImageEditor)
    editor.set_value(None)  # reload: the picture is shown and selected
    editor.thumbnails.setCurrentRow(0)
    editor.caption_edit.setFocus()
    qtbot.keyClicks(editor.caption_edit, "Market day")
    amina = window.session.journal
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bruno", True))
    window.new_journal()  # well before the caption's own delay
    assert [i.caption for i in repo.images(amina)] == ["Market day"]


def test_private_answers_stay_out_of_the_hand_in_and_import_makes_a_new_journal(
    qtbot: QtBot,
    window: MainWindow,
    repo: Repository,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    window.session.save(pack.prompt("free"), TextValue("for the group"), None)  # type: ignore[arg-type]
    window.session.save(pack.prompt("five"), ItemsValue(("mine", "", "", "", "")), None)  # type: ignore[arg-type]
    card = window.card("five")
    assert card.private_action is not None
    card.private_action.trigger()
    assert repo.answers(window.session.journal)["five"].private

    target = tmp_path / "amina.journal.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.hand_in() == target
    with zipfile.ZipFile(target) as archive:
        answers = archive.read("answers.json")
    assert b"for the group" in answers
    assert b"mine" not in answers

    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: shown.append(as_seen(str(a[2])))
    )
    task = window.import_handin()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass  # imported in the background
    assert outcome.args == ["done"]
    assert shown == ["Imported “Amina (2)” (answers: 1, pictures: 0)."]
    assert window.session.journal.name == "Amina (2)"
    assert text_editor(window, "free").value() == TextValue("for the group")
    assert sorted(j.name for j in repo.journals()) == ["Amina", "Amina (2)"]


def test_open_a_prompt_pack_and_switch_between_journals_of_two_packs(
    qtbot: QtBot,
    window: MainWindow,
    repo: Repository,
    pack: Pack,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    bundled = Path(__file__).parent.parent.parent / "prompts" / "virtual-exchange.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundled), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Workshop 1", True))
    amina = window.session.journal
    assert window.open_pack()
    assert window.pack.id == "virtual-exchange"
    assert window.session.journal.name == "Workshop 1"
    assert window.windowTitle().startswith("Workshop 1 — Virtual exchange")
    assert window.switch_journal(amina.id)  # back to the other pack's journal
    assert window.pack.id == "test-pack"

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "id": "x"}', encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(as_seen(str(a[2]))))
    assert not window.open_pack()
    assert warned[0].startswith("This prompt pack cannot be opened:")
    assert f"{broken}:1: /" in warned[0]


def test_the_journal_language_can_be_switched_without_touching_answers(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    import html

    from journal_app.ui import packtext

    multilingual = load_pack(
        Path(__file__).parent.parent.parent / "prompts" / "virtual-exchange.json"
    )
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        window = open_window(qtbot, repo, multilingual, data_dir)
        prompt = next(
            p
            for p in multilingual.prompts()
            if p.kind.value == "text" and not getattr(p, "items", ())
        )
        window.session.save(prompt, TextValue("my answer, in English"), None)
        assert window.set_pack_language("fr")
        assert packtext.language() == "fr"
        card = window.card(prompt.id)
        assert prompt.text.get("fr") in html.unescape(card.text_label.text()).replace("<br>", "\n")
        assert card.editor.value() == TextValue("my answer, in English")
        section = window.navigator.topLevelItem(1 + len(multilingual.front_matter))
        assert multilingual.sections[0].title.get("fr") in section.text(0)
        window.close()
        again = open_window(qtbot, repo, multilingual, data_dir)  # the choice is remembered
        assert packtext.language() == "fr"
        again.set_pack_language("en")
        again.close()
