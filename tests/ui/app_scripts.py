"""Pieces of the scripts the window's tests run as the real app, in a process of its own."""

from __future__ import annotations

WHEN_OPEN = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app.ui.main_window import MainWindow

def when_open(then):
    # The window paints its frame first and opens the journal in it right after.
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if shown and all(w.has_journal for w in shown if w.isVisible()) and any(
        w.isVisible() for w in shown
    ):
        then()
    else:
        QTimer.singleShot(20, lambda: when_open(then))
"""
"""``when_open(then)``: call ``then`` once the app's window shows its journal."""
