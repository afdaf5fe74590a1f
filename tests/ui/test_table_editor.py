"""The table editor under real key and mouse events: no typed character is ever lost.

Keys go where a real key goes, to the focused widget (the grid, or the cell editor it opened),
right after the click, without waiting: the way fast typists (and xdotool) type.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QScrollArea,
    QTableWidget,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack, TablePrompt
from journal_app.store.answers import TableValue
from journal_app.ui.editors.table import TableEditor

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def make(qtbot: QtBot, pack: Pack, prompt_id: str) -> TableEditor:
    """A table editor in an active window, its first answer cell current, as the page opens it."""
    prompt = pack.prompt(prompt_id)
    assert isinstance(prompt, TablePrompt)
    editor = TableEditor(prompt)
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.first_focus_widget().setFocus()
    qtbot.waitUntil(lambda: editor.grid.hasFocus())
    return editor


def focused() -> object:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(text: str) -> None:
    """Type like a user, any script: each key to the widget that has the focus at that moment."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, char, NO)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(focused(), key, modifiers)  # type: ignore[call-overload]


def cell_point(grid: QTableWidget, row: int, column: int) -> QPoint:
    return grid.visualRect(grid.model().index(row, column)).center()


def click(grid: QTableWidget, row: int, column: int) -> None:
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, NO, cell_point(grid, row, column))


def double_click(grid: QTableWidget, row: int, column: int) -> None:
    """A double-click as the window system delivers it: press, release, double-click, release."""
    point = cell_point(grid, row, column)
    viewport = grid.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, NO, point)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, NO, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NO, point)


def cell_editor(grid: QTableWidget) -> QTextEdit:
    """The editor open on the current cell (the test fails if there is none)."""
    widget = grid.indexWidget(grid.currentIndex())
    assert isinstance(widget, QTextEdit)
    return widget


def editing(grid: QTableWidget) -> bool:
    return grid.state() == QAbstractItemView.State.EditingState


@pytest.mark.parametrize(
    "cell",
    [(0, 0), (1, 1)],
    ids=["the current cell (selected)", "another cell"],
)
def test_click_and_type_at_once_keeps_every_character(
    qtbot: QtBot, pack: Pack, cell: tuple[int, int]
) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    assert (grid.currentRow(), grid.currentColumn()) == (0, 0)
    click(grid, *cell)
    type_keys("Youth unemployment")  # no pause after the click
    row_id, column_id = str(cell[0] + 1), "ab"[cell[1]]
    assert editor.value() == TableValue(((row_id, column_id, "Youth unemployment"),))
    assert cell_editor(grid).toPlainText() == "Youth unemployment"
    press(Qt.Key.Key_Tab)
    assert grid.item(*cell).text() == "Youth unemployment"


@pytest.mark.parametrize("already_current", [False, True])
def test_typing_on_a_filled_cell_adds_to_its_end(
    qtbot: QtBot, pack: Pack, already_current: bool
) -> None:
    editor = make(qtbot, pack, "fixed")
    editor.set_value(TableValue((("national", "role", "Fund"),)))
    grid = editor.grid
    if already_current:
        grid.setCurrentCell(1, 1)
    click(grid, 1, 1)
    type_keys(" and plan")
    assert cell_editor(grid).toPlainText() == "Fund and plan"
    assert editor.value() == TableValue((("national", "role", "Fund and plan"),))


def test_escape_keeps_what_was_typed(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    grid = editor.grid
    click(grid, 0, 1)
    type_keys("Listen")
    assert editing(grid)
    press(Qt.Key.Key_Escape)
    assert not editing(grid)
    assert grid.item(0, 1).text() == "Listen"
    assert editor.value() == TableValue((("local", "role", "Listen"),))


def test_escape_is_the_editors_even_with_a_window_shortcut(qtbot: QtBot, pack: Pack) -> None:
    prompt = pack.prompt("fixed")
    assert isinstance(prompt, TablePrompt)
    window = QMainWindow()
    qtbot.addWidget(window)
    escape = QAction(window)
    escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))  # as the main window's "close search"
    window.addAction(escape)
    editor = TableEditor(prompt)
    window.setCentralWidget(editor)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    editor.first_focus_widget().setFocus()
    qtbot.waitUntil(lambda: editor.grid.hasFocus())
    type_keys("Listen")
    with qtbot.assertNotEmitted(escape.triggered):
        press(Qt.Key.Key_Escape)
    assert not editing(editor.grid)
    assert editor.value() == TableValue((("local", "role", "Listen"),))


def test_undo_inside_the_cell_editor(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    editor.set_value(TableValue((("local", "role", "Keep"),)))
    grid = editor.grid
    type_keys(" this")
    assert editor.value() == TableValue((("local", "role", "Keep this"),))
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell_editor(grid).toPlainText() == "Keep"
    assert editor.value() == TableValue((("local", "role", "Keep"),))
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell_editor(grid).toPlainText() == "Keep"  # the stored text is not undone away


def test_backspace_on_a_filled_cell_removes_its_last_character(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    editor.set_value(TableValue((("local", "role", "Listen!"),)))
    press(Qt.Key.Key_Backspace)
    assert editor.value() == TableValue((("local", "role", "Listen"),))
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == TableValue((("local", "role", "Listen!"),))


def test_f2_edits_with_the_cursor_at_the_end(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    editor.set_value(TableValue((("local", "role", "Two\nlines"),)))
    grid = editor.grid
    press(Qt.Key.Key_F2)
    assert editing(grid)
    cell = cell_editor(grid)
    assert cell.textCursor().position() == len("Two\nlines")
    type_keys("!")
    assert editor.value() == TableValue((("local", "role", "Two\nlines!"),))


def test_double_click_edits_with_the_cursor_at_the_end(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    editor.set_value(TableValue((("national", "role", "Fund"),)))
    grid = editor.grid
    double_click(grid, 1, 1)
    assert editing(grid)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)
    cell = cell_editor(grid)
    assert cell.textCursor().position() == len("Fund")
    assert not cell.textCursor().hasSelection()
    type_keys("ed")
    assert editor.value() == TableValue((("national", "role", "Funded"),))


def test_tab_and_shift_tab_move_between_answer_cells_while_editing(
    qtbot: QtBot, pack: Pack
) -> None:
    editor = make(qtbot, pack, "fixed")  # column 0 is printed
    grid = editor.grid
    click(grid, 0, 1)
    type_keys("a")
    press(Qt.Key.Key_Tab)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)  # not (1, 0), the printed label
    assert editing(grid)
    type_keys("b")
    press(Qt.Key.Key_Backtab, SHIFT)
    assert (grid.currentRow(), grid.currentColumn()) == (0, 1)
    assert cell_editor(grid).textCursor().position() == 1
    type_keys("c")
    press(Qt.Key.Key_Tab)
    assert editor.value() == TableValue((("local", "role", "ac"), ("national", "role", "b")))
    assert [grid.item(r, 1).text() for r in range(2)] == ["ac", "b"]


def test_enter_moves_down_and_shift_enter_starts_a_line(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    type_keys("one")
    press(Qt.Key.Key_Return, SHIFT)
    type_keys("more")
    press(Qt.Key.Key_Return)
    assert not editing(grid)
    assert (grid.currentRow(), grid.currentColumn()) == (1, 0)
    type_keys("two")
    press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    press(Qt.Key.Key_Return)  # not editing: moves down as well
    assert (grid.currentRow(), grid.currentColumn()) == (2, 0)
    press(Qt.Key.Key_Return)  # the last row: stays
    assert (grid.currentRow(), grid.currentColumn()) == (2, 0)
    assert editor.value() == TableValue((("1", "a", "one\nmore"), ("2", "a", "two")))


def test_rows_grow_with_their_lines_while_typing(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    one_line = grid.rowHeight(1)
    table_height = grid.height()
    click(grid, 1, 1)
    type_keys("one")
    press(Qt.Key.Key_Return, SHIFT)
    type_keys("two")
    press(Qt.Key.Key_Return, SHIFT)
    type_keys("three")
    cell = cell_editor(grid)
    assert cell.toPlainText() == "one\ntwo\nthree"
    line = cell.fontMetrics().lineSpacing()
    assert grid.rowHeight(1) >= 3 * line
    assert grid.rowHeight(1) > one_line + line
    assert cell.height() >= cell.document().size().height()  # every line of the editor shows
    assert grid.height() >= table_height + 2 * line  # the table grows, it does not scroll
    press(Qt.Key.Key_Escape)
    assert grid.rowHeight(1) >= 3 * line  # and the cell still shows them once committed
    assert grid.rowHeight(0) == one_line


def test_stored_lines_are_all_shown(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "fixed")
    grid = editor.grid
    one_line = grid.rowHeight(0)
    editor.set_value(TableValue((("national", "role", "Fund\nand\nplan"),)))
    assert grid.rowHeight(1) >= 3 * grid.fontMetrics().lineSpacing()
    assert grid.rowHeight(1) > one_line


def test_value_includes_the_cell_being_typed(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    click(grid, 2, 1)
    type_keys("not yet committed")
    assert editing(grid)  # the editor is still open, as when the window is closed now
    assert editor.value() == TableValue((("3", "b", "not yet committed"),))


def test_answer_changed_is_emitted_while_typing(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    changes: list[str] = []
    editor.answer_changed.connect(lambda: changes.append(grid.item(0, 0).text()))
    type_keys("a")
    assert editing(grid)
    type_keys("bc")
    assert editing(grid)
    assert changes == ["a", "ab", "abc"]


def test_other_scripts_survive(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    click(grid, 0, 1)
    type_keys("تعمل الجاليات")
    press(Qt.Key.Key_Tab)
    type_keys("我的侨民")
    press(Qt.Key.Key_Escape)
    assert editor.value() == TableValue((("1", "b", "تعمل الجاليات"), ("2", "a", "我的侨民")))


def test_cells_and_their_editors_keep_their_accessible_names(qtbot: QtBot, pack: Pack) -> None:
    editor = make(qtbot, pack, "blank")
    grid = editor.grid
    assert grid.item(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "B"
    click(grid, 0, 1)
    type_keys("x")
    assert cell_editor(grid).accessibleName() == "B"


def test_the_page_scrolls_to_the_lines_typed_in_a_growing_cell(qtbot: QtBot, pack: Pack) -> None:
    prompt = pack.prompt("blank")
    assert isinstance(prompt, TablePrompt)
    page = QScrollArea()  # as the window's pages: the table grows, the page scrolls
    qtbot.addWidget(page)
    page.setWidgetResizable(True)
    editor = TableEditor(prompt)
    page.setWidget(editor)
    page.resize(500, 160)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    editor.grid.setFocus()
    editor.grid.setCurrentCell(2, 0)
    qtbot.waitUntil(lambda: editor.grid.hasFocus())
    type_keys("line")
    for _ in range(8):
        press(Qt.Key.Key_Return, SHIFT)
        type_keys("line")
    cell = cell_editor(editor.grid)

    def cursor_shown() -> bool:
        rect = cell.cursorRect()
        top = cell.mapTo(page.viewport(), rect.topLeft()).y()
        return top >= 0 and top + rect.height() <= page.viewport().height()

    qtbot.waitUntil(cursor_shown)
    assert page.verticalScrollBar().value() > 0


def test_typing_on_a_printed_cell_goes_to_the_answer_cell_beside_it(
    qtbot: QtBot, pack: Pack
) -> None:
    editor = make(qtbot, pack, "fixed")  # column 0 is printed: "Local", "National"
    grid = editor.grid
    click(grid, 1, 0)  # the printed "National"
    type_keys("Fund")
    assert editor.value() == TableValue((("national", "role", "Fund"),))
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)


def test_altgr_and_input_method_text_on_a_printed_cell_reach_an_answer_cell(
    qtbot: QtBot, pack: Pack
) -> None:
    from PySide6.QtGui import QInputMethodEvent

    editor = make(qtbot, pack, "fixed")
    grid = editor.grid
    click(grid, 1, 0)  # the printed "National"
    # AltGr, as Windows reports it (Ctrl+Alt), typing "ą".
    QTest.sendKeyEvent(
        QTest.KeyAction.Click,
        focused(),
        Qt.Key.Key_unknown,
        "ą",
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    press(Qt.Key.Key_Escape)
    click(grid, 0, 0)  # the printed "Local"
    composed = QInputMethodEvent()
    composed.setCommitString("日本")
    QApplication.sendEvent(grid, composed)
    press(Qt.Key.Key_Escape)
    assert editor.value() == TableValue((("local", "role", "日本"), ("national", "role", "ą")))
