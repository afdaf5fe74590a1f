"""A countdown beside prompts that ask the reader to set a timer; it records the time spent."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from journal_app.ui.icons import timer_icon

CLOCK: Callable[[], float] = time.monotonic
"""Seconds of a monotonic clock; the tests put a clock of their own here (no real waits)."""

RECORD_EVERY_S = 15
"""While running, the time spent is recorded (and so saved) at least this often."""


def _clock(seconds: int) -> str:
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class TimerWidget(QWidget):
    """Start, pause and reset a countdown of ``minutes``; a gentle notice when time is up."""

    time_spent_changed = Signal(int)
    """Seconds spent so far: on a pause, a reset, the end, and every ``RECORD_EVERY_S`` while
    running (a crash loses at most that much)."""

    finished = Signal()
    """The countdown reached zero."""

    def __init__(
        self,
        minutes: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.total = minutes * 60
        self._clock = clock
        self._spent_before = 0  # seconds from earlier runs
        self._started_at = 0.0  # the clock when the current run started
        self._recorded = 0  # the seconds last reported by time_spent_changed
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick_timeout)

        self.display = QLabel()
        self.display.setAccessibleName(self.tr("Time left"))
        self.display.setTextFormat(Qt.TextFormat.PlainText)
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.display.setFont(font)
        self.start_button = QPushButton(self.tr("Start timer"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(timer_icon().pixmap(16, 16))
        layout.addWidget(icon)
        layout.addWidget(QLabel(self.tr("%n minutes", "", minutes)))
        layout.addWidget(self.display)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.notice, 1)
        self._show()

    def _now(self) -> float:
        return (self._clock or CLOCK)()

    @property
    def running(self) -> bool:
        """Whether the countdown is going."""
        return self._tick.isActive()

    def spent(self) -> int:
        """Seconds spent with the timer running, at most the timer's length."""
        current = int(self._now() - self._started_at) if self.running else 0
        return min(self.total, self._spent_before + max(0, current))

    def set_spent(self, seconds: int | None) -> None:
        """Show a stored time spent (the timer stays paused)."""
        self._tick.stop()
        self._spent_before = min(self.total, max(0, seconds or 0))
        self._recorded = self._spent_before
        self._show()

    def start(self) -> None:
        """Start or resume."""
        if self.running or self.spent() >= self.total:
            return
        self._started_at = self._now()
        self._tick.start()
        self.notice.clear()
        self._show()

    def pause(self) -> None:
        """Pause and record the time spent."""
        if not self.running:
            return
        self._spent_before = self.spent()
        self._tick.stop()
        self._show()
        self._record(self._spent_before)

    def reset(self) -> None:
        """Back to the full time; the time spent starts again from zero."""
        self._tick.stop()
        self._spent_before = 0
        self.notice.clear()
        self._show()
        self._record(0)

    def _on_start_clicked(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def _on_tick_timeout(self) -> None:
        if self.spent() >= self.total:
            self._spent_before = self.total
            self._tick.stop()
            self.notice.setText(self.tr("Time is up. Finish your thought, there is no hurry."))
            QApplication.alert(self.window(), 0)
            self._show()
            self._record(self.total)
            self.finished.emit()
            return
        self._show()
        spent = self.spent()
        if spent - self._recorded >= RECORD_EVERY_S:
            self._record(spent)

    def tick(self) -> None:
        """Bring the display and the records up to the clock now (as the 250 ms tick does)."""
        if self.running:
            self._on_tick_timeout()

    def _record(self, seconds: int) -> None:
        self._recorded = seconds
        self.time_spent_changed.emit(seconds)

    def _show(self) -> None:
        self.display.setText(_clock(self.total - self.spent()))
        if self.running:
            self.start_button.setText(self.tr("Pause"))
        elif self.spent() >= self.total:
            self.start_button.setText(self.tr("Start timer"))
            self.start_button.setEnabled(False)
        else:
            self.start_button.setEnabled(True)
            self.start_button.setText(
                self.tr("Resume") if self._spent_before else self.tr("Start timer")
            )
