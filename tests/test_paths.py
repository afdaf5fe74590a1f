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


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen (PyInstaller-style) program in a folder of its own, JOURNAL_APP_HOME unset."""
    folder = tmp_path / "usb-stick" / "Reflection Journal"
    folder.mkdir(parents=True)
    (folder / "journal-app").write_bytes(b"")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(folder / "journal-app"))
    monkeypatch.delenv("JOURNAL_APP_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # so the user folder is a fresh one
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return folder


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_portable_marker_keeps_data_beside_the_program(frozen_app: Path, marker: str) -> None:
    (frozen_app / marker).write_text("", encoding="utf-8")
    assert paths.data_dir() == frozen_app / "data"


def test_without_marker_a_frozen_app_uses_the_user_folder(frozen_app: Path) -> None:
    assert paths.portable_data_dir() is None
    assert paths.data_dir() == Path(platformdirs.user_data_dir("journal-app", appauthor=False))


def test_a_folder_named_portable_is_not_a_marker(frozen_app: Path) -> None:
    (frozen_app / "portable").mkdir()
    assert paths.portable_data_dir() is None


def test_option_and_environment_beat_portable_mode(
    frozen_app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_app / "portable").write_text("", encoding="utf-8")
    assert paths.data_dir(tmp_path / "chosen") == tmp_path / "chosen"
    monkeypatch.setenv("JOURNAL_APP_HOME", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"


def test_macos_bundle_looks_next_to_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    macos = tmp_path / "stick" / "Reflection Journal.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(macos / "journal-app"))
    monkeypatch.delenv("JOURNAL_APP_HOME")
    (tmp_path / "stick" / "portable").write_text("", encoding="utf-8")
    assert paths.data_dir() == tmp_path / "stick" / "data"


def test_a_virtual_environment_of_its_own_can_be_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr("sys.argv", [str(bin_dir / "journal-app")])
    monkeypatch.setattr("sys.prefix", str(tmp_path / "venv"))
    monkeypatch.setattr("sys.base_prefix", "/usr")
    monkeypatch.delenv("JOURNAL_APP_HOME")
    assert paths.data_dir() == bin_dir / "data"


@pytest.mark.parametrize("in_a_venv", [False, True])
def test_a_shared_bin_folder_is_never_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_a_venv: bool
) -> None:
    # ~/.local/bin (pip --user) or /usr/local/bin: many programs, and maybe a stray "portable".
    shared = tmp_path / "home" / ".local" / "bin"
    shared.mkdir(parents=True)
    (shared / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr("sys.argv", [str(shared / "journal-app")])
    monkeypatch.setattr("sys.prefix", str(tmp_path / "venv" if in_a_venv else "/usr"))
    monkeypatch.setattr("sys.base_prefix", "/usr")
    monkeypatch.delenv("JOURNAL_APP_HOME")
    assert paths.portable_data_dir() is None


def test_portable_journal_is_written_beside_the_program(frozen_app: Path) -> None:
    from journal_app.packs.loader import load_pack
    from journal_app.resources import DEFAULT_PACK_ID, bundled_pack
    from journal_app.store.repository import Repository

    (frozen_app / "portable").write_text("", encoding="utf-8")
    with Repository.open(paths.data_dir(), snapshot_on_open=False) as repository:
        repository.create_journal("Amina", load_pack(bundled_pack(DEFAULT_PACK_ID)))
    assert (frozen_app / "data" / "journal.sqlite3").is_file()
    assert not Path(platformdirs.user_data_dir("journal-app", appauthor=False)).exists()
