"""What happens when the app meets a bug: save everything, keep a crash log, tell the person.

``sys.excepthook`` receives every exception nobody caught on the main thread, including those
raised in Qt slots and event handlers (PySide6 reports them there and goes on);
``threading.excepthook`` those of Python threads; background jobs hand theirs over with
:func:`report_bug`. The :class:`CrashReporter` then

1. saves every answer still pending (the window's ``save_all``),
2. writes ``logs/crash-<time>.txt`` in the data folder: the traceback and the versions, never an
   answer's text (only the exception's own message, which names files and prompts),
3. shows a dialog saying this is a bug and naming the log,

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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app import __version__

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


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
        self._from_thread.connect(self._on_from_thread, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become the handler of uncaught exceptions (until :meth:`uninstall`)."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them."""
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
        traceback.print_exception(info[1], file=sys.stderr)
        if self._handling:  # a bug while handling a bug: the log is all we can safely do
            self.write_log(info)
            return
        self._handling = True
        try:
            with contextlib.suppress(Exception):
                self._save_pending()
            if not logged:
                log = self.write_log(info)
            self.reported.emit(str(log or ""))
            self._tell(log)
        finally:
            self._handling = False

    def write_log(self, info: ExcInfo) -> Path | None:
        """Write the crash log; its path, or None if even that failed."""
        now = self._clock()
        lines = [
            f"Reflection Journal {__version__} crash report, {now.isoformat(timespec='seconds')}",
            f"Python {platform.python_version()} on {platform.platform()}",
            f"PySide6 {_pyside_version()}, thread {threading.current_thread().name}",
            "",
            *traceback.format_exception(info[1]),
        ]
        stamp = now.strftime("%Y%m%d-%H%M%S")
        try:
            self.logs_dir.mkdir(parents=True, exist_ok=True)
            for attempt in range(100):
                suffix = f"-{attempt}" if attempt else ""
                path = self.logs_dir / f"crash-{stamp}{suffix}.txt"
                try:
                    with open(path, "x", encoding="utf-8") as file:
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

    def _tell(self, log: Path | None) -> None:
        text = QCoreApplication.translate(
            "crash",
            "Something went wrong inside Reflection Journal: this is a bug, not something you"
            " did. Your answers have been saved and you can go on working.",
        )
        if log is not None:
            text += "\n\n" + QCoreApplication.translate(
                "crash", "A report was written to {0}. Please send it to whoever gave you the app."
            ).format(log)
        else:
            text += "\n\n" + QCoreApplication.translate(
                "crash", "The report could not be written to the data folder."
            )
        box = QMessageBox(self._window())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("crash", "Reflection Journal: a bug"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()


def _pyside_version() -> str:
    import PySide6  # noqa: PLC0415 - the version only

    return str(PySide6.__version__)
