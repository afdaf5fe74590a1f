"""Where data lives: --data-dir, then JOURNAL_APP_HOME, then the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from journal_app import paths


def test_option_beats_environment(tmp_path: Path, data_home: Path) -> None:
    assert paths.data_dir(tmp_path / "chosen") == tmp_path / "chosen"


def test_environment_is_used_without_option(data_home: Path) -> None:
    assert paths.data_dir() == data_home
    assert paths.data_dir("") == data_home


def test_user_data_folder_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_APP_HOME")
    assert paths.data_dir() == Path(platformdirs.user_data_dir("journal-app", appauthor=False))


def test_relative_and_home_paths_are_resolved(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.data_dir("data") == tmp_path / "data"
    assert paths.data_dir("~/journals") == tmp_path / "journals"
