"""Keys typed while the window opens its journal: held back, then given to it in order.

The window is painted before the journal is open in it (the database layer loads beside it),
and people start typing as soon as they see it. Until the journal is there, every key for the
window is kept (no shortcut fires, the navigator does not jump to a letter); then the keys go,
in the order they were typed, to where the cursor is: the answer the person was in, through
Qt's own path for keys, so that a shortcut typed meanwhile (Ctrl+End, Ctrl+Q) still works.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_KEY_EVENTS = (
    QEvent.Type.ShortcutOverride,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.InputMethod,
)


class TypeAhead(QObject):
    """Holds the keys typed in ``window`` from now until ``release``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # (press, key, modifiers, text, auto-repeat); an input method's text has key -1.
        self._keys: list[tuple[bool, int, Qt.KeyboardModifier, str, bool]] = []
        self._holding = True
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    @property
    def held(self) -> int:
        """How many key presses and releases are waiting."""
        return len(self._keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if (
            event.type() not in _KEY_EVENTS
            or not isinstance(watched, QWidget)
            or watched.window() is not self._window
        ):
            return False
        if isinstance(event, QInputMethodEvent):  # a dead key's letter, a word an IME composed
            if event.commitString():
                self._keys.append(
                    (True, -1, Qt.KeyboardModifier.NoModifier, event.commitString(), False)
                )
            return True
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut yet: the key then comes as a key press, kept below
            return True
        self._keys.append(
            (
                event.type() == QEvent.Type.KeyPress,
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
            )
        )
        return True

    def stop(self) -> None:
        """Stop holding keys (those held wait for ``release``)."""
        if self._holding:
            self._holding = False
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]

    def release(self) -> None:
        """Stop holding keys, and give those held to the widget with the keyboard focus."""
        self.stop()
        keys, self._keys = self._keys, []
        if not keys:
            return
        # QTest's key path is Qt's own: shortcut first, then the focused widget.
        from PySide6.QtTest import QTest

        for press, key, modifiers, text, repeat in keys:
            if not self._window.isVisible():  # a Ctrl+Q among them closed the window
                return
            target = self._window.focusWidget() or self._window
            if key == -1:
                commit = QInputMethodEvent()
                commit.setCommitString(text)
                QApplication.sendEvent(target, commit)
            else:
                QTest.simulateEvent(target, press, key, modifiers, text, repeat)
