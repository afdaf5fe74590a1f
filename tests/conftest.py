"""Shared fixtures: no test ever touches the real user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts without a display; tests always run offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system's language: tests run in English whatever the machine's
# locale is (a test that wants another language says so).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point JOURNAL_APP_HOME at a fresh folder for every test."""
    home = tmp_path / "journal-home"
    monkeypatch.setenv("JOURNAL_APP_HOME", str(home))
    monkeypatch.delenv("JOURNAL_APP_DEBUG", raising=False)
    return home


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that switches the interface language leaves English behind for the next one."""
    yield
    from journal_app import i18n, language

    if language.current() != language.SOURCE_LANGUAGE:
        language.install(language.SOURCE_LANGUAGE)
    i18n.install(None)


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test did not expect fails the test instead of waiting forever for a click."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def unexpected(name: str) -> object:
        def fail(*args: object, **kwargs: object) -> object:
            texts = [str(a) for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected dialog {name}: {texts}")

        return fail

    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected(f"QMessageBox.{name}"))
    monkeypatch.setattr(QInputDialog, "getText", unexpected("QInputDialog.getText"))

    def unexpected_box(box: QMessageBox) -> object:
        raise AssertionError(
            f"unexpected dialog QMessageBox.exec: {[box.windowTitle(), box.text()]}"
        )

    monkeypatch.setattr(QMessageBox, "exec", unexpected_box)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected(f"QFileDialog.{name}"))
    # The app's own option dialogs: a test answers them, or fails rather than hangs.
    from journal_app.ui.export_dialog import CompileOptionsDialog, ExportOptionsDialog

    for dialog in (CompileOptionsDialog, ExportOptionsDialog):
        monkeypatch.setattr(dialog, "exec", unexpected(f"{dialog.__name__}.exec"))
