"""What happens when the app meets a bug: save everything, keep a crash log, tell the person.

``sys.excepthook`` receives every exception nobody caught on the main thread, including those
raised in Qt slots and event handlers (PySide6 reports them there and goes on);
``threading.excepthook`` those of Python threads; background jobs hand theirs over with
:func:`report_bug`. The :class:`CrashReporter` then

1. saves every answer still pending (the window's ``save_all``),
2. writes ``logs/crash-<time>.txt`` in the data folder: the exception types, the code's stack
   and the versions, never an exception's message (a message can quote an answer),
3. shows a dialog saying this is a bug, whether the answers were saved, and naming the log,
   once for each distinct bug (a bug that repeats, in a timer say, does not lock the person
   out with dialogs; at most :data:`MAX_LOGS` logs are written per session),

and the window goes on: nothing is left half-done or waiting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app import __version__, files

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

MAX_LOGS = 20
"""Crash logs written per session at most (a bug in a timer would write one per tick)."""


def sanitized_trace(error: BaseException) -> list[str]:
    """The traceback of ``error`` and its causes, without their messages (a string per line)."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("\nWhile handling that, another exception occurred:\n\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        kind = type(item)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message left out)\n")
    return lines


def _signature(error: BaseException) -> tuple[str, ...]:
    """What makes a bug the same bug: its type and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    return (type(error).__qualname__, *(f"{f.filename}:{f.lineno}" for f in frames[-3:]))


def report_bug(error: BaseException) -> None:
    """Hand an exception that is a bug to whoever handles them (the installed reporter)."""
    sys.excepthook(type(error), error, error.__traceback__)


class CrashReporter(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook`` while the window runs."""

    reported = Signal(str)
    """A bug was handled; the crash log's path (empty if it could not be written)."""

    _from_thread = Signal(object)
    """An exception of another thread, delivered to the main thread (queued)."""

    def __init__(
        self,
        logs_dir: Path,
        save_pending: Callable[[], object],
        window: Callable[[], QWidget | None],
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__()
        self.logs_dir = logs_dir
        self._save_pending = save_pending
        self._window = window
        self._clock = clock
        self._handling = False
        self._previous: tuple[Any, Any] | None = None
        self._told: set[tuple[str, ...]] = set()
        self._logs = 0
        self._logs_lock = threading.Lock()  # threads write logs too
        self._from_thread.connect(self._on_from_thread, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become the handler of uncaught exceptions (until :meth:`uninstall`)."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them (a dialog not yet shown is dropped)."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    # ------------------------------------------------------------------ hooks

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if QThread.currentThread() is not self.thread():
            self._log_and_forward((kind, error, tb))
            return
        self.handle((kind, error, tb))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._log_and_forward((args.exc_type, args.exc_value, args.exc_traceback))

    def _log_and_forward(self, info: ExcInfo) -> None:
        # Not on the main thread: no widgets here. The log is written now (the thread may be
        # the last thing running), the saving and the dialog happen on the main thread.
        log = self.write_log(info)
        self._from_thread.emit((info, log))

    def _on_from_thread(self, payload: tuple[ExcInfo, Path | None]) -> None:
        info, log = payload
        self.handle(info, log=log, logged=True)

    # ------------------------------------------------------------------ handling

    def handle(self, info: ExcInfo, *, log: Path | None = None, logged: bool = False) -> None:
        """Save what is pending, keep a crash log, tell the person (main thread only)."""
        if sys.stderr is not None:  # None in a windowed program on Windows
            sys.stderr.write("".join(sanitized_trace(info[1])))
        if self._handling:  # a bug while handling a bug: the log is all we can safely do
            self.write_log(info)
            return
        self._handling = True
        try:
            saved = False
            with contextlib.suppress(Exception):
                saved = self._save_pending() is not False
            if not logged:
                log = self.write_log(info)
        finally:
            self._handling = False
        signature = _signature(info[1])
        if signature in self._told:  # told once already: the log (if any) is enough
            self.reported.emit(str(log or ""))
            return
        self._told.add(signature)
        # Told from the event loop, not inside whatever raised (a paint, a key press).
        QTimer.singleShot(0, self, lambda: self._tell_and_report(log, saved))

    def _tell_and_report(self, log: Path | None, saved: bool) -> None:
        if self._previous is not None:  # still installed: the window is still there
            self._tell(log, saved)
        self.reported.emit(str(log or ""))

    def write_log(self, info: ExcInfo) -> Path | None:
        """Write the crash log; its path, or None if it failed or enough were written."""
        with self._logs_lock:
            if self._logs >= MAX_LOGS:
                return None
            self._logs += 1
        now = self._clock()
        lines = [
            f"Reflection Journal {__version__} crash report, {now.isoformat(timespec='seconds')}",
            f"Python {platform.python_version()} on {platform.platform()}",
            f"PySide6 {_pyside_version()}, thread {threading.current_thread().name}",
            "",
            *sanitized_trace(info[1]),
        ]
        stamp = now.strftime("%Y%m%d-%H%M%S")
        try:
            files.private_folder(self.logs_dir)
            for attempt in range(100):
                suffix = f"-{attempt}" if attempt else ""
                path = self.logs_dir / f"crash-{stamp}{suffix}.txt"
                try:
                    # 0600: a log names the person's files and folders.
                    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                    with open(descriptor, "w", encoding="utf-8") as file:
                        file.write(
                            "".join(line if line.endswith("\n") else line + "\n" for line in lines)
                        )
                        file.flush()
                        os.fsync(file.fileno())
                except FileExistsError:
                    continue
                return path
        except OSError:
            return None
        return None

    def _tell(self, log: Path | None, saved: bool) -> None:
        if saved:
            text = QCoreApplication.translate(
                "crash",
                "Something went wrong inside Reflection Journal: this is a bug, not something"
                " you did. Your answers have been saved and you can go on working.",
            )
        else:
            text = QCoreApplication.translate(
                "crash",
                "Something went wrong inside Reflection Journal: this is a bug, not something"
                " you did. Some answers could not be saved: keep the window open, copy your"
                " latest text somewhere safe, then try closing the window.",
            )
        if log is not None:
            text += "\n\n" + QCoreApplication.translate(
                "crash", "A report was written to {0}. Please send it to whoever gave you the app."
            ).format(log)
        elif self._logs >= MAX_LOGS:
            text += "\n\n" + QCoreApplication.translate(
                "crash", "Reports of this session are in {0}."
            ).format(self.logs_dir)
        else:
            text += "\n\n" + QCoreApplication.translate(
                "crash", "The report could not be written to the data folder."
            )
        try:
            parent = self._window()
        except Exception:  # noqa: BLE001 - the window may be gone: a dialog of its own then
            parent = None
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("crash", "Reflection Journal: a bug"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()


def _pyside_version() -> str:
    import PySide6  # noqa: PLC0415 - the version only

    return str(PySide6.__version__)
