"""Work done while the person reads: small steps, one per turn of the event loop, app-wide.

Thumbnails of each picture prompt and the pages built ahead each had a zero-interval timer of
their own, and Qt runs every due timer in the same turn: three thumbnails and a slice of
cards back to back made a pause of 45 ms that a key press had to wait out. Taken from one
queue, one step per turn, every pause is one step long.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

Step = Callable[[], bool]
"""A step of work; it returns whether it has more to do (it is then called again later)."""


class IdleWork(QObject):
    """Calls queued steps one per turn of the event loop, in turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[QObject, Step]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def add(self, owner: QObject, step: Step) -> None:
        """Call ``step`` in a later turn, and again while it returns True.

        Never once ``owner`` is deleted; a step already waiting is not queued twice.
        """
        if not any(o is owner and s == step for o, s in self._queue):
            self._queue.append((owner, step))
        if not self._timer.isActive():
            self._timer.start()

    @property
    def waiting(self) -> int:
        """How many steps are queued."""
        return len(self._queue)

    def _run_one(self) -> None:
        try:
            while self._queue:
                owner, step = self._queue.popleft()
                if not shiboken6.isValid(owner):
                    continue
                if step():
                    self._queue.append((owner, step))
                break
        finally:  # a failing step (reported as a bug) does not stop the others
            if self._queue:
                self._timer.start()


_shared: IdleWork | None = None


def idle_work() -> IdleWork:
    """The application's queue of idle work (made on first use, with the application)."""
    global _shared  # noqa: PLW0603 - one queue per application
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = IdleWork(QCoreApplication.instance())
    return _shared
