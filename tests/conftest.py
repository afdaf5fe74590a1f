"""Shared fixtures: no test ever touches the real user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt aborts without a display; tests always run offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point JOURNAL_APP_HOME at a fresh folder for every test."""
    home = tmp_path / "journal-home"
    monkeypatch.setenv("JOURNAL_APP_HOME", str(home))
    monkeypatch.delenv("JOURNAL_APP_DEBUG", raising=False)
    return home
