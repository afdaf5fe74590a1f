"""On a shared computer the journal is its owner's alone; what they export follows their umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app import files
from journal_app.export.handin import write_handin
from journal_app.export.pdf import export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def test_a_new_data_folder_and_its_files_are_private(
    tmp_path: Path, pack: Pack, umask: None
) -> None:
    data = tmp_path / "data"
    with Repository.open(data) as repo:
        journal = repo.create_journal("Amina", pack)
        prompt = pack.prompt("free")
        assert prompt is not None
        repo.save_answer(journal, prompt, TextValue("candid words"))
        repo.take_snapshot("manual")
        assert mode(data) == 0o700
        database = data / "journal.sqlite3"
        for file in [database, *database.parent.glob("journal.sqlite3-*")]:
            assert mode(file) == 0o600, file
    assert mode(data / "backups") == 0o700
    snapshots = list((data / "backups").glob("journal-*.sqlite3"))
    assert snapshots
    assert all(mode(s) == 0o600 for s in snapshots)


def test_an_older_open_data_folder_is_made_private(tmp_path: Path, pack: Pack, umask: None) -> None:
    data = tmp_path / "data"
    with Repository.open(data, snapshot_on_open=False) as repo:
        repo.create_journal("Amina", pack)
    os.chmod(data, 0o755)
    os.chmod(data / "journal.sqlite3", 0o644)
    with Repository.open(data, snapshot_on_open=False):
        assert mode(data) == 0o700
        assert mode(data / "journal.sqlite3") == 0o600


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600)])
def test_exported_files_follow_the_umask(
    tmp_path: Path, pack: Pack, mask: int, expected: int
) -> None:
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        previous = os.umask(mask)
        try:
            assert files.umask() == mask
            pdf = export_pdf(pack, gather(repo, journal), tmp_path / "out.pdf").path
            handin = write_handin(repo, pack, journal, tmp_path / "amina")
        finally:
            os.umask(previous)
    assert mode(pdf) == expected
    assert mode(handin) == expected
