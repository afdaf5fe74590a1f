"""Each editor in both directions: stored value → widget, user edit → value and a change signal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from journal_app.packs.loader import load_pack
from journal_app.packs.model import AnyPrompt, Pack, PromptKind
from journal_app.store.answers import ChecklistValue, ItemsValue, StemsValue, TableValue, TextValue
from journal_app.ui.card import PromptCard
from journal_app.ui.editors import EDITORS, PromptEditor, create_editor
from journal_app.ui.editors.checklist import ChecklistEditor
from journal_app.ui.editors.note import NoteView
from journal_app.ui.editors.stems import StemsEditor
from journal_app.ui.editors.table import TableEditor
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.timer import TimerWidget

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


class NoPictures:
    """An image gateway with no pictures (these tests are about the other editors)."""

    def images(self, prompt_id: str) -> list[object]:
        return []

    def image_bytes(self, image_id: int) -> bytes:
        raise AssertionError("no pictures here")

    def add_image(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("no pictures here")

    def set_caption(self, image_id: int, caption: str) -> None:
        raise AssertionError("no pictures here")

    def remove_image(self, image_id: int) -> None:
        raise AssertionError("no pictures here")

    def reorder_images(self, prompt_id: str, image_ids: list[int]) -> None:
        raise AssertionError("no pictures here")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def prompt(pack: Pack, prompt_id: str) -> AnyPrompt:
    found = pack.prompt(prompt_id)
    assert found is not None
    return found


def make(qtbot: QtBot, pack: Pack, prompt_id: str) -> PromptEditor:
    editor = create_editor(prompt(pack, prompt_id), NoPictures())  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    return editor


def type_text(widget: object, text: str) -> None:
    """Type like a user, any script (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def test_every_kind_has_an_editor(pack: Pack) -> None:
    assert set(EDITORS) == set(PromptKind)
    with pytest.raises(TypeError, match="no editor for prompt kind"):
        create_editor(object(), NoPictures())  # type: ignore[arg-type]


def test_text_editor_both_directions(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "free")
    assert isinstance(editor, TextEditor)
    with qtbot.assertNotEmitted(editor.answer_changed):
        editor.set_value(TextValue("Stored\nanswer"))
    assert editor.fields[0].toPlainText() == "Stored\nanswer"
    editor.fields[0].clear()
    with qtbot.waitSignal(editor.answer_changed):
        type_text(editor.fields[0], "Mi diáspora, 我的")
    assert editor.value() == TextValue("Mi diáspora, 我的")


def test_text_editor_undo_and_growth(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "free")
    assert isinstance(editor, TextEditor)
    field = editor.fields[0]
    field.setFocus()
    height = field.height()
    type_text(field, "one")
    for _ in range(12):
        QTest.keyClick(field, Qt.Key.Key_Return)
        type_text(field, "more")
    qtbot.waitUntil(lambda: field.height() > height)
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() != "one" + "\nmore" * 12  # undo removed the last typing


def test_arabic_answer_reads_right_to_left(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "free")
    assert isinstance(editor, TextEditor)
    editor.set_value(TextValue("تعمل الجاليات كجسور\nEnglish line"))
    document = editor.fields[0].document()
    first, second = document.firstBlock(), document.firstBlock().next()
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    assert second.textDirection() == Qt.LayoutDirection.LeftToRight


def test_numbered_and_labelled_items(qtbot: QtBot, pack: Pack) -> None:
    five = make(qtbot, pack, "five")
    assert isinstance(five, TextEditor)
    assert len(five.fields) == 5
    five.set_value(ItemsValue(("a", "b", "c", "d", "e")))
    assert [f.toPlainText() for f in five.fields] == ["a", "b", "c", "d", "e"]
    five.fields[2].clear()
    type_text(five.fields[2], "C")
    assert five.value() == ItemsValue(("a", "b", "C", "d", "e"))

    labelled = make(qtbot, pack, "labelled")
    assert isinstance(labelled, TextEditor)
    assert [f.accessibleName() for f in labelled.fields] == ["Why?", "How?"]
    labelled.set_value(None)
    assert labelled.value() == ItemsValue(("", ""))


def test_checklist_both_directions(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "pick")
    assert isinstance(editor, ChecklistEditor)
    editor.set_value(ChecklistValue(("blue",), True, "teal"))
    assert [b.isChecked() for b in editor.boxes.values()] == [False, True]
    assert editor.other_box is not None
    assert editor.other_text is not None
    assert editor.other_box.isChecked()
    assert editor.other_text.text() == "teal"
    with qtbot.waitSignal(editor.answer_changed):
        QTest.keyClick(editor.boxes["red"], Qt.Key.Key_Space)  # the keyboard works too
    assert editor.value() == ChecklistValue(("red", "blue"), True, "teal")


def test_typing_other_ticks_other(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "pick")
    assert isinstance(editor, ChecklistEditor)
    assert editor.other_text is not None
    qtbot.keyClicks(editor.other_text, "ochre")
    assert editor.value() == ChecklistValue((), True, "ochre")


def test_checklist_columns_follow_the_pack(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "pick")  # 2 columns: red | blue on one row
    red, blue = editor.findChildren(QCheckBox)[:2]
    assert red.y() == blue.y()
    assert red.x() < blue.x()


def test_table_both_directions_with_printed_cells(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    assert isinstance(editor, TableEditor)
    grid = editor.grid
    assert grid.item(0, 0).text() == "Local"
    assert not grid.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert grid.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    editor.set_value(TableValue((("national", "role", "Fund\nand plan"),)))
    assert grid.item(1, 1).text() == "Fund\nand plan"
    with qtbot.waitSignal(editor.answer_changed):
        grid.item(0, 1).setText("Listen")
    assert editor.value() == TableValue(
        (("local", "role", "Listen"), ("national", "role", "Fund\nand plan"))
    )


def test_table_tab_skips_printed_cells(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    assert isinstance(editor, TableEditor)
    grid = editor.grid
    editor.first_focus_widget().setFocus()
    assert (grid.currentRow(), grid.currentColumn()) == (0, 1)
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)  # not (1, 0), the printed label
    QTest.keyClick(grid, Qt.Key.Key_Backtab)
    assert (grid.currentRow(), grid.currentColumn()) == (0, 1)


def test_blank_numbered_table(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    assert isinstance(editor, TableEditor)
    assert editor.grid.rowCount() == 3
    assert editor.grid.verticalHeaderItem(2).text() == "3"
    assert editor.grid.horizontalHeaderItem(1).text() == "B"
    editor.grid.item(2, 1).setText("last")
    assert editor.value() == TableValue((("3", "b", "last"),))


def test_stems_both_directions(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "gaps")
    assert isinstance(editor, StemsEditor)
    editor.set_value(StemsValue((("is", "contagious"),)))
    assert editor.fields["is"].toPlainText() == "contagious"
    editor.fields["is"].clear()
    with qtbot.waitSignal(editor.answer_changed):
        type_text(editor.fields["is"], "a bridge")
    assert editor.value() == StemsValue((("is", "a bridge"),))


def test_note_takes_no_answer(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fact")
    assert isinstance(editor, NoteView)
    assert editor.value() is None
    assert editor.source is not None
    assert "Somewhere (2024)." in editor.source.text()


def test_card_shows_the_prompt_and_reports_skips(qtbot: QtBot, pack: Pack) -> None:
    card = PromptCard(prompt(pack, "free"), NoPictures())  # type: ignore[arg-type]
    qtbot.addWidget(card)
    assert "Say something." in card.text_label.text()
    assert card.hint_label is not None
    assert "Anything." in card.hint_label.text()
    assert card.timer is not None
    # Skip and Private are in the card's quiet "…" menu, not checkboxes under every prompt.
    assert card.skip_action is not None
    assert card.menu_button is not None
    assert card.skip_action in card.menu_button.menu().actions()
    assert card.state_label is not None
    assert card.state_label.isHidden()
    with qtbot.waitSignal(card.skipped_changed) as blocker:
        card.skip_action.trigger()
    assert blocker.args == ["free", True]
    assert card.state_label.text() == "Skipped for now"  # the state stays visible
    assert not card.state_label.isHidden()


def test_timer_counts_down_and_records_time(qtbot: QtBot) -> None:
    now = [500.0]  # the timer's clock, moved by the test: no real waiting
    timer = TimerWidget(10, clock=lambda: now[0])
    qtbot.addWidget(timer)
    assert timer.display.text() == "10:00"
    timer.set_spent(125)
    assert timer.display.text() == "7:55"
    assert timer.start_button.text() == "Resume"
    timer.start()
    now[0] += 60
    timer.tick()
    assert timer.display.text() == "6:55"
    with qtbot.waitSignal(timer.finished, timeout=1000):
        now[0] += 600  # past the end
        timer.tick()
    assert timer.spent() == 600
    assert "Time is up" in timer.notice.text()
    assert not timer.start_button.isEnabled()
    assert timer.display.text() == "0:00"
    with qtbot.waitSignal(timer.time_spent_changed) as blocker:
        timer.reset()
    assert blocker.args == [0]
    assert timer.display.text() == "10:00"
