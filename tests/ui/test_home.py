"""The window as a journal: home page, text size for everything, search marks, edition notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import ItemsValue, TextValue
from journal_app.store.repository import Repository
from journal_app.ui.card import HIGHLIGHT
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.main_window import MainWindow, fitting_size, language_name

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


def open_window(qtbot: QtBot, repo: Repository, pack: Pack) -> MainWindow:
    journals = repo.journals()
    journal = journals[0] if journals else repo.create_journal("Amina", pack)
    settings_path = repo.database.data_dir / "settings.ini"
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(pack, repo, journal, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_journal_opens_on_its_home_page(qtbot: QtBot, repo: Repository, pack: Pack) -> None:
    window = open_window(qtbot, repo, pack)
    home = window.home
    assert window.pages.currentWidget() is home
    assert "Test pack" in home.title_label.text()
    assert "Amina" in home.name_label.text()
    assert window.journal_name.text() == "Amina"
    assert home.continue_button.text() == "Start the journal"
    buttons = [row[4].text() for row in home._section_rows]
    assert buttons == ["Start Section 1", "Start"]  # the second section has no number
    assert str(repo.database.data_dir) in home.where_label.text()
    home.continue_button.click()
    assert window._current_prompt == "free"
    assert window.pages.currentWidget() is not home

    window.session.save(pack.prompt("free"), TextValue("yes"), None)  # type: ignore[arg-type]
    window.show_home()
    assert home.continue_button.text() == "Continue where you left off"
    assert home._section_rows[0][3].text() == "1 answered · 0 skipped · 4 open"
    assert home._section_rows[0][4].text() == "Continue Section 1"
    home._section_rows[1][4].click()  # "Start" the second section: its first open prompt
    assert window._current_prompt == "fixed"


def test_the_next_start_opens_where_the_person_left(
    qtbot: QtBot, repo: Repository, pack: Pack
) -> None:
    first = open_window(qtbot, repo, pack)
    first.go_to_prompt("gaps")
    first.close()
    again = open_window(qtbot, repo, pack)
    assert again._current_prompt == "gaps"
    assert again.pages.currentWidget() is not again.home


def test_larger_text_reaches_prompts_answers_and_navigator(
    qtbot: QtBot, repo: Repository, pack: Pack
) -> None:
    window = open_window(qtbot, repo, pack)
    card = window.card("free")
    editor = card.editor
    assert isinstance(editor, TextEditor)

    def sizes() -> list[float]:
        widgets = [card.text_label, editor.fields[0], window.navigator, window.journal_name]
        return [w.font().pointSizeF() for w in widgets]

    before = sizes()
    window.change_text_size(2)
    after = sizes()
    assert all(a > b * 1.25 for a, b in zip(after, before, strict=True)), (before, after)
    assert window.settings.value("text_step") is not None  # remembered
    window.change_text_size(0)
    assert sizes() == before


def test_search_marks_the_match_on_the_page(qtbot: QtBot, repo: Repository, pack: Pack) -> None:
    window = open_window(qtbot, repo, pack)
    window.session.save(
        pack.prompt("free"),  # type: ignore[arg-type]
        TextValue("We cooked jollof rice, then more Jollof."),
        None,
    )
    window.card("free").load(window.session.answers["free"])
    window.start_search()
    window.search.setText("jollof")
    assert window.find_next()
    assert window.search_result.text() == "1 of 1"
    editor = window.card("free").editor
    assert isinstance(editor, TextEditor)
    marks = editor.fields[0].extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["jollof", "Jollof"]
    assert marks[0].format.background().color().name() == HIGHLIGHT


def test_about_this_edition_explains_what_the_cards_only_mark(
    qtbot: QtBot, repo: Repository, pack: Pack
) -> None:
    window = open_window(qtbot, repo, pack)
    card = window.card("fact")
    assert card.info_button is not None  # a quiet marker, the editors' note is not on the card
    labels = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "first word supplied" not in labels
    page = window.show_edition_notes()
    assert isinstance(page, QTextBrowser)
    text = page.toPlainText()
    assert "first word supplied" in text
    assert "not in the source" in text


def test_the_window_fits_small_screens_and_names_languages_plainly() -> None:
    assert fitting_size(QSize(1366, 768)) == QSize(1200, 691)
    assert fitting_size(QSize(2560, 1440)) == QSize(1200, 800)
    assert [language_name(tag) for tag in ("en", "es", "fr", "es-MX")] == [
        "English",
        "español",
        "français",
        "español de México",
    ]


def test_search_marks_go_when_the_search_closes(qtbot: QtBot, repo: Repository, pack: Pack) -> None:
    window = open_window(qtbot, repo, pack)
    window.session.save(pack.prompt("free"), TextValue("jollof"), None)  # type: ignore[arg-type]
    window.session.save(
        pack.prompt("five"),  # type: ignore[arg-type]
        ItemsValue(("more jollof", "", "", "", "")),
        None,
    )
    for prompt_id in ("free", "five"):
        window.card(prompt_id).load(window.session.answers[prompt_id])
    window.start_search()
    window.search.setText("jollof")

    def marks(prompt_id: str) -> int:
        editor = window.card(prompt_id).editor
        assert isinstance(editor, TextEditor)
        return len(editor.fields[0].extraSelections())

    assert window.find_next()
    assert window.find_next()  # the next match: the first one's marks go
    assert (marks("free"), marks("five")) == (0, 1)
    window._on_escape_triggered()
    assert (marks("free"), marks("five")) == (0, 0)


def test_the_edition_page_leaves_the_navigator_free(
    qtbot: QtBot, repo: Repository, pack: Pack
) -> None:
    window = open_window(qtbot, repo, pack)
    window.show_edition_notes()
    window.navigator.setCurrentItem(window._home_item)  # a click on Home, selected before
    assert window.pages.currentWidget() is window.home


def test_a_very_thin_picture_still_gets_a_thumbnail(qtbot: QtBot) -> None:
    import io

    from PIL import Image

    from journal_app.ui.editors.image import decode_thumbnail

    out = io.BytesIO()
    Image.new("RGB", (2000, 3), "red").save(out, format="PNG")
    thumbnail = decode_thumbnail(out.getvalue(), 160)
    assert not thumbnail.isNull()
    assert thumbnail.width() == 160
