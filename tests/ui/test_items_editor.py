"""Numbered items under real key events: Enter goes on to the next item, Shift+Enter breaks a line.

Keys go to the focused widget, as a real keyboard's do, so moving the focus is part of the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack, TextPrompt
from journal_app.store.answers import ItemsValue, TextValue
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.widgets import GrowingTextEdit

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def make(qtbot: QtBot, pack: Pack, prompt_id: str) -> TextEditor:
    """A text editor in an active window, the cursor in its first field."""
    prompt = pack.prompt(prompt_id)
    assert isinstance(prompt, TextPrompt)
    editor = TextEditor(prompt)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.first_focus_widget().setFocus()
    qtbot.waitUntil(lambda: editor.fields[0].hasFocus())
    return editor


def focused() -> GrowingTextEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, GrowingTextEdit)
    return widget


def type_keys(text: str) -> None:
    """Type like a user, any script (qtbot.keyClicks aborts on non-ASCII), into the focus."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, char, NO)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(focused(), key, modifiers)  # type: ignore[call-overload]


def test_enter_goes_on_to_the_next_item(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "five")
    editor.set_value(ItemsValue(("", "Second", "", "", "")))
    type_keys("First")
    press(Qt.Key.Key_Return)
    assert focused() is editor.fields[1]
    assert editor.fields[1].textCursor().position() == len("Second")  # at its end
    type_keys(" one")
    press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert focused() is editor.fields[2]
    type_keys("Third")
    assert editor.value() == ItemsValue(("First", "Second one", "Third", "", ""))
    assert [field.document().blockCount() for field in editor.fields] == [1] * 5


def test_shift_enter_breaks_a_line_inside_the_item(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "five")
    type_keys("one")
    press(Qt.Key.Key_Return, SHIFT)
    type_keys("two")
    assert focused() is editor.fields[0]
    assert editor.fields[0].document().blockCount() == 2  # a paragraph, as after a reload
    press(Qt.Key.Key_Return)
    type_keys("next")
    assert editor.value() == ItemsValue(("one\ntwo", "next", "", "", ""))


def test_enter_in_the_last_item_stays_there(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "five")
    for _ in range(4):
        press(Qt.Key.Key_Return)
    assert focused() is editor.fields[4]
    type_keys("last")
    press(Qt.Key.Key_Return)
    type_keys("!")
    assert focused() is editor.fields[4]
    assert editor.value() == ItemsValue(("", "", "", "", "last!"))


def test_undo_after_enter_and_shift_enter(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "five")
    type_keys("one")
    press(Qt.Key.Key_Return, SHIFT)
    type_keys("two")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.fields[0].toPlainText() == "one"  # the typing, then the line break undone
    press(Qt.Key.Key_Return)
    type_keys("x")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == ItemsValue(("one", "", "", "", ""))


def test_answer_changed_follows_the_typing_in_every_item(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "five")
    press(Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.answer_changed, timeout=1000):
        type_keys("b")
    assert editor.value() == ItemsValue(("", "b", "", "", ""))


def test_other_scripts_land_in_their_items(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "five")
    type_keys("تعمل الجاليات كجسور")
    press(Qt.Key.Key_Return)
    type_keys("我的侨民")
    press(Qt.Key.Key_Return, SHIFT)
    type_keys("第二行")
    assert editor.value() == ItemsValue(("تعمل الجاليات كجسور", "我的侨民\n第二行", "", "", ""))


def test_enter_while_an_input_method_composes_is_the_input_methods(
    qtbot: QtBot, pack: Pack
) -> None:
    editor = make(qtbot, pack, "five")
    field = editor.fields[0]
    QApplication.sendEvent(field, QInputMethodEvent("ni", []))  # composing "你"
    press(Qt.Key.Key_Return)
    assert focused() is field  # not moved on to item 2 in the middle of a composition
    commit = QInputMethodEvent()
    commit.setCommitString("你")
    QApplication.sendEvent(field, commit)
    assert "你" in field.toPlainText()


def test_labelled_items_and_the_free_answer_keep_enter_for_new_lines(
    qtbot: QtBot, pack: Pack
) -> None:
    labelled = make(qtbot, pack, "labelled")
    type_keys("because")
    press(Qt.Key.Key_Return)
    type_keys("and more")
    assert focused() is labelled.fields[0]
    assert labelled.value() == ItemsValue(("because\nand more", ""))

    free = make(qtbot, pack, "free")
    type_keys("one")
    press(Qt.Key.Key_Return)
    type_keys("two")
    assert free.value() == TextValue("one\ntwo")
