"""Editor of ``table`` prompts: a grid with printed cells and multi-line answer cells.

The grid behaves like a spreadsheet: typing on a cell starts editing it, F2 or a double-click
edit it too, Tab and Shift+Tab move between the answer cells, Enter moves down and
Shift+Enter (or Alt+Enter, Ctrl+Enter) starts a new line inside the cell.

Never losing a typed character is the rule here, which shapes three choices:

- Qt's "edit a selected cell on a second click" trigger is off. After such a click Qt waits a
  double-click interval before opening the editor, and every key typed meanwhile went to the
  view's keyboard search, which threw it away. Typing on the current cell opens the editor
  at once instead, with the key that opened it.
- An editor opens with its cursor after the cell's text: typing on a filled cell adds to it,
  it never replaces it, and Escape keeps what was typed.
- The editor writes every change into its cell at once, so ``value()``, the row height and
  autosave follow the typing, whether or not the editor is ever closed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QPalette, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.packs.model import TablePrompt
from journal_app.store.answers import AnswerValue, TableValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t
from journal_app.ui.widgets import break_line, composing

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_PRINTED = Qt.ItemFlag.ItemIsEnabled
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NEW_LINE_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
)


class _CellEditor(QTextEdit):
    """The editor of one answer cell: plain text that wraps, as tall as its lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Close to the margins of the cell's painted text, so opening the editor hardly moves it.
        self.document().setDocumentMargin(2)

    def text(self) -> str:
        """The plain text."""
        return self.toPlainText()

    def content_height(self) -> int:
        """The height that shows every line at the editor's width."""
        return int(self.document().size().height()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(super().sizeHint().width(), self.content_height())


class _CellDelegate(QStyledItemDelegate):
    """Opens a ``_CellEditor`` on a cell and keeps the cell's text in step with it."""

    content_resized = Signal()
    """An open editor's text needs another height: the rows must be fitted again."""

    cursor_moved = Signal()
    """The text cursor of an open editor moved (the page keeps it in view)."""

    move_down = Signal()
    """Enter was pressed in an editor: the text is committed and the editor closed."""

    def createEditor(  # noqa: D102 - Qt override
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = _CellEditor(parent)
        editor.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
        # Every change goes into the cell at once.
        editor.textChanged.connect(lambda: self.commitData.emit(editor))
        layout = editor.document().documentLayout()
        layout.documentSizeChanged.connect(lambda *_: self.content_resized.emit())
        editor.cursorPositionChanged.connect(self.cursor_moved)
        return editor

    def setEditorData(  # noqa: D102 - Qt override
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, _CellEditor)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        # The view calls this again each time the cell changes, which is on every key typed in
        # the editor: refilling the editor then would reset its cursor and its undo history.
        if editor.text() == text:
            return
        # Text from the cell needs no commit back to it.
        blocked = editor.blockSignals(True)
        try:
            editor.setPlainText(text)
        finally:
            editor.blockSignals(blocked)
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(  # noqa: D102 - Qt override
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, _CellEditor)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def sizeHint(  # noqa: D102 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QAbstractItemView) and isinstance(index, QModelIndex):
            editor = view.indexWidget(index)
            if isinstance(editor, _CellEditor):
                # The row follows the open editor too, whose last line may still be empty.
                hint.setHeight(max(hint.height(), editor.content_height()))
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if not isinstance(watched, _CellEditor) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
            event.accept()  # Escape belongs to the editor, not to a window shortcut
            return True
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if composing(watched):
            return False  # every key belongs to the input method until it commits
        if key == Qt.Key.Key_Escape:
            # Qt's delegates throw the typing away on Escape; here it is kept.
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Qt leaves Tab to text editors, which would give the focus away and close the
            # editor without opening the next one.
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
            if key == Qt.Key.Key_Backtab:
                hint = QAbstractItemDelegate.EndEditHint.EditPreviousItem
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, hint)
            return True
        if key in _ENTER_KEYS:
            if event.modifiers() & _NEW_LINE_MODIFIERS:
                break_line(watched)
            else:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                self.move_down.emit()
            return True
        return super().eventFilter(watched, event)


def _is_typing(event: QKeyEvent) -> bool:
    """A key that types a character (Shift, and AltGr, which Windows reports as Ctrl+Alt, too)."""
    modifiers = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return (
        (not modifiers or modifiers == altgr) and bool(event.text()) and event.text().isprintable()
    )


class _AnswerGrid(QTableWidget):
    """A table that edits like a spreadsheet and moves only between its answer cells."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.cell_delegate = _CellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.cell_delegate.move_down.connect(self.move_down)
        # No SelectedClicked: its delayed start swallowed the keys typed right after a click.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def is_answer_cell(self, row: int, column: int) -> bool:
        """Whether the user fills this cell (it is not printed)."""
        item = self.item(row, column)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEditable)

    def open_editor(self) -> _CellEditor | None:
        """The editor open on the current cell, if any."""
        editor = self.indexWidget(self.currentIndex())
        return editor if isinstance(editor, _CellEditor) else None

    def moveCursor(  # noqa: D102 - Qt override
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if cursorAction == QAbstractItemView.CursorAction.MoveNext:
            step = 1
        elif cursorAction == QAbstractItemView.CursorAction.MovePrevious:
            step = -1
        else:
            return super().moveCursor(cursorAction, modifiers)
        # The next answer cell in reading order, round the end as QTableView does.
        columns = self.columnCount()
        count = self.rowCount() * columns
        current = self.currentIndex()
        if current.isValid():
            position = current.row() * columns + current.column()
        else:
            position = -1 if step > 0 else 0  # the first cell, or the last one
        for _ in range(count):
            position = (position + step) % count
            if self.is_answer_cell(position // columns, position % columns):
                return self.model().index(position // columns, position % columns)
        return current

    def move_down(self) -> None:
        """Make the next answer cell below the current one current (Enter, as spreadsheets do)."""
        current = self.currentIndex()
        if not current.isValid():
            return
        for row in range(current.row() + 1, self.rowCount()):
            if self.is_answer_cell(row, current.column()):
                self.setCurrentCell(row, current.column())
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102 - Qt override
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self.state() != QAbstractItemView.State.EditingState:
            if event.key() in _ENTER_KEYS:
                self.move_down()
                event.accept()
                return
            # Backspace is typing too: it opens the editor, where it removes the last character
            # (and Ctrl+Z brings it back). Qt would ignore it.
            edit = QAbstractItemView.EditTrigger.AnyKeyPressed
            if event.key() == Qt.Key.Key_Backspace and self.edit(self.currentIndex(), edit, event):
                return
        if self._on_a_printed_cell() and _is_typing(event):
            # The words go to the answer cell beside it (or the nearest one), never nowhere.
            target = self._nearest_answer_cell()
            if target is not None:
                self.setCurrentIndex(target)
                if self.edit(target, QAbstractItemView.EditTrigger.AnyKeyPressed, event):
                    return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: D102 - Qt override
        # Text composed with an input method (Chinese, Japanese…) arrives here, not as keys.
        if event.commitString() and self._on_a_printed_cell():
            target = self._nearest_answer_cell()
            if target is not None:
                self.setCurrentIndex(target)
                self.edit(target)
                editor = self.open_editor()
                if editor is not None:
                    QCoreApplication.sendEvent(editor, event)
                    return
        super().inputMethodEvent(event)

    def _on_a_printed_cell(self) -> bool:
        current = self.currentIndex()
        return (
            self.state() != QAbstractItemView.State.EditingState
            and current.isValid()
            and not self.is_answer_cell(current.row(), current.column())
        )

    def _nearest_answer_cell(self) -> QModelIndex | None:
        """The next answer cell in reading order from the current one, else the previous one."""
        current = self.currentIndex()
        columns = self.columnCount()
        here = current.row() * columns + current.column()
        cells = self.rowCount() * columns
        for position in [*range(here + 1, cells), *range(here - 1, -1, -1)]:
            if self.is_answer_cell(position // columns, position % columns):
                return self.model().index(position // columns, position % columns)
        return None

    def keyboardSearch(self, search: str) -> None:  # noqa: D102 - Qt override
        # A key typed where no editor can open (a printed cell) must not move the current cell
        # away from where the user types; there is nothing to search for in an answer grid.
        pass


class TableEditor(PromptEditor):
    """The table as printed; the user types in the cells the pack leaves open."""

    def __init__(self, prompt: TablePrompt, parent: QWidget | None = None) -> None:
        super().__init__(prompt, parent)
        self.table_prompt = prompt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = _AnswerGrid(len(prompt.rows), len(prompt.columns))
        self.grid = grid
        grid.setAccessibleName(self.tr("Table"))
        grid.setAccessibleDescription(
            self.tr(
                "Type in a cell to fill it. Enter moves down, Tab to the next cell, "
                "Shift+Enter starts a new line in the cell."
            )
        )
        grid.setWordWrap(True)
        grid.setTabKeyNavigation(True)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if prompt.has_header:
            grid.setHorizontalHeaderLabels([t(c.title) for c in prompt.columns])
        else:
            grid.horizontalHeader().hide()
        if prompt.numbered:
            grid.setVerticalHeaderLabels([r.id for r in prompt.rows])
        else:
            grid.verticalHeader().hide()
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        printed_background = self.palette().color(QPalette.ColorRole.AlternateBase)
        # Text at the top of its cell, where the editor shows it too (rows grow unevenly).
        alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for r, row in enumerate(prompt.rows):
            for c, column in enumerate(prompt.columns):
                fixed = row.fixed(column.id)
                item = QTableWidgetItem(t(fixed))
                item.setTextAlignment(alignment)
                if fixed is not None:
                    item.setFlags(_PRINTED)
                    item.setBackground(printed_background)
                else:
                    item.setFlags(_EDITABLE)
                    label = t(column.title)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
                grid.setItem(r, c, item)
        grid.itemChanged.connect(self._on_grid_item_changed)
        grid.cell_delegate.content_resized.connect(self._fit_height)
        grid.cell_delegate.cursor_moved.connect(
            lambda: QTimer.singleShot(0, self, self._keep_in_view)
        )
        # Row heights depend on the column widths, which the header settles after layout.
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self, self._fit_height))
        layout.addWidget(grid)
        self._fit_height()

    def _on_grid_item_changed(self, _item: QTableWidgetItem) -> None:
        self._fit_height()
        self._on_edited()

    def _keep_in_view(self) -> None:
        """Scroll the page to the typing position: the table grows instead of scrolling.

        Called once the page has laid out the grown table, as the page does for its text fields.
        """
        editor = self.grid.open_editor()
        if editor is None or not editor.hasFocus():
            return
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        body = area.widget() if area is not None else None
        if area is None or body is None or not body.isAncestorOf(editor):
            return
        rect = editor.cursorRect()
        point = editor.mapTo(body, rect.center())
        area.ensureVisible(point.x(), point.y(), 0, rect.height() + 24)

    def _fit_height(self) -> None:
        """Show every row: the page scrolls, not the table."""
        self.grid.resizeRowsToContents()
        height = self.grid.frameWidth() * 2
        if not self.grid.horizontalHeader().isHidden():
            height += self.grid.horizontalHeader().height()
        for row in range(self.grid.rowCount()):
            height += self.grid.rowHeight(row)
        self.grid.setFixedHeight(height)

    def resizeEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_height()
        if self.grid.open_editor() is not None:
            # The page has made room for the grown table only now.
            QTimer.singleShot(0, self, self._keep_in_view)

    def value(self) -> AnswerValue:
        """The answered cells that have text, the one being typed in included."""
        cells = []
        for r, c in self._answer_positions():
            item = self.grid.item(r, c)
            text = item.text() if item is not None else ""
            editor = self.grid.indexWidget(self.grid.model().index(r, c))
            if isinstance(editor, _CellEditor):
                text = editor.text()  # the same text, unless a commit is still on its way
            if text:
                row = self.table_prompt.rows[r]
                cells.append((row.id, self.table_prompt.columns[c].id, text))
        return TableValue(tuple(cells))

    def set_value(self, value: AnswerValue | None) -> None:
        """Fill the answer cells from a stored table."""
        stored = value if isinstance(value, TableValue) else TableValue()
        with self.loading():
            self.grid.blockSignals(True)
            try:
                for r, c in self._answer_positions():
                    item = self.grid.item(r, c)
                    if item is not None:
                        row = self.table_prompt.rows[r]
                        item.setText(stored.get(row.id, self.table_prompt.columns[c].id))
            finally:
                self.grid.blockSignals(False)
        self._fit_height()

    def _answer_positions(self) -> list[tuple[int, int]]:
        return [
            (r, c)
            for r, row in enumerate(self.table_prompt.rows)
            for c, column in enumerate(self.table_prompt.columns)
            if row.fixed(column.id) is None
        ]

    def first_focus_widget(self) -> QWidget:
        """The grid, with its first answer cell current."""
        positions = self._answer_positions()
        if positions:
            self.grid.setCurrentCell(*positions[0])
        return self.grid
