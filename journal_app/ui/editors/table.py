"""Editor of ``table`` prompts: a grid with printed cells, multi-line answer cells, Tab to move."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.packs.model import TablePrompt
from journal_app.store.answers import AnswerValue, TableValue
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.packtext import t

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_PRINTED = Qt.ItemFlag.ItemIsEnabled


class _MultiLineDelegate(QStyledItemDelegate):
    """Edits a cell in a plain-text editor: Enter adds a line, Tab moves on."""

    def createEditor(  # noqa: D102 - Qt override
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        return editor

    def setEditorData(  # noqa: D102 - Qt override
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(  # noqa: D102 - Qt override
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)


class _AnswerGrid(QTableWidget):
    """A table whose Tab and Shift+Tab skip the printed (read-only) cells."""

    def moveCursor(  # noqa: D102 - Qt override
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(cursorAction, modifiers)
        if cursorAction not in (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        ):
            return index
        for _ in range(self.rowCount() * self.columnCount()):
            item = self.item(index.row(), index.column())
            if item is None or item.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            self.setCurrentIndex(index)
            index = super().moveCursor(cursorAction, modifiers)
        return index


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
        grid.setItemDelegate(_MultiLineDelegate(grid))
        grid.setWordWrap(True)
        grid.setTabKeyNavigation(True)
        grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
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
        for r, row in enumerate(prompt.rows):
            for c, column in enumerate(prompt.columns):
                fixed = row.fixed(column.id)
                item = QTableWidgetItem(t(fixed))
                if fixed is not None:
                    item.setFlags(_PRINTED)
                    item.setBackground(printed_background)
                else:
                    item.setFlags(_EDITABLE)
                    label = t(column.title)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
                grid.setItem(r, c, item)
        grid.itemChanged.connect(self._on_grid_item_changed)
        # Row heights depend on the column widths, which the header settles after layout.
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self._fit_height))
        layout.addWidget(grid)
        self._fit_height()

    def _on_grid_item_changed(self, _item: QTableWidgetItem) -> None:
        self._fit_height()
        self._on_edited()

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

    def value(self) -> AnswerValue:
        """The answered cells that have text."""
        cells = []
        for r, c in self._answer_positions():
            item = self.grid.item(r, c)
            text = item.text() if item is not None else ""
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
