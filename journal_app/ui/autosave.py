"""Autosave: a change marks its prompt dirty, a short timer saves, and close saves the rest.

Like qutebrowser's SaveManager. Saving never runs on a keystroke: the typing path only restarts a
timer. A failed save keeps the prompt dirty (its text stays in the editor), says so, and retries.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.store.errors import StoreError


class Autosave(QObject):
    """Saves dirty prompts through ``save(prompt_id)``, which raises ``StoreError`` on failure."""

    state_changed = Signal(str, str)
    """``("saving" | "saved" | "failed", message)``; the window shows it."""

    DELAY_MS = 700
    RETRY_MS = 5000

    def __init__(self, save: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty: dict[str, None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.last_error: str | None = None

    @property
    def dirty(self) -> tuple[str, ...]:
        """Prompts with changes not yet saved."""
        return tuple(self._dirty)

    def mark_dirty(self, prompt_id: str) -> None:
        """Note a change and (re)start the short delay before saving."""
        self._dirty[prompt_id] = None
        self._timer.start(self.DELAY_MS)
        if self.last_error is None:
            self.state_changed.emit("saving", "")

    def flush(self) -> bool:
        """Save everything dirty now; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty:
            return True
        for prompt_id in list(self._dirty):
            try:
                self._save(prompt_id)
            except StoreError as error:
                self.last_error = str(error)
                self.state_changed.emit("failed", self.last_error)
                self._timer.start(self.RETRY_MS)
                return False
            del self._dirty[prompt_id]
        self.last_error = None
        self.state_changed.emit("saved", "")
        return True

    def discard(self) -> None:
        """Forget pending changes (only after they were saved elsewhere, or on switching away)."""
        self._timer.stop()
        self._dirty.clear()
