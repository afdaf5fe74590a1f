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


def test_a_folder_of_the_persons_own_keeps_its_permissions(tmp_path: Path, pack: Pack) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    (home / "letters.txt").write_text("mine", encoding="utf-8")
    os.chmod(home, 0o755)
    with Repository.open(home, snapshot_on_open=False):  # --data-dir ~, say
        assert mode(home) == 0o755  # not the app's to change
        assert mode(home / "journal.sqlite3") == 0o600  # the journal itself still is


def test_clear_leftovers_reads_the_pid_from_its_own_place(tmp_path: Path) -> None:
    import subprocess
    import sys

    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        target = "rapid9-notes [draft].pdf"  # digits after 'pid' and glob characters in the name
        running = tmp_path / f".{target}.pid{alive.pid}-abc.partial"
        running.write_text("being written", encoding="utf-8")
        huge = tmp_path / f".{target}.pid99999999999999999999-x.partial"
        huge.write_text("?", encoding="utf-8")
        # A process that has surely ended: this test's own child, waited for.
        gone = subprocess.Popen([sys.executable, "-c", "pass"])
        gone.wait()
        dead = tmp_path / f".{target}.pid{gone.pid}-def.partial"
        dead.write_text("left by a kill", encoding="utf-8")
        other = tmp_path / f".other.pdf.pid{gone.pid}-x.partial"
        other.write_text("another target's", encoding="utf-8")
        assert files.clear_leftovers(tmp_path, f".{target}.") == 1
        assert not dead.exists()
        assert running.exists()
        assert huge.exists()  # a number no process has: left alone, no crash
        assert other.exists()
    finally:
        alive.kill()
        alive.wait()


def test_a_rename_is_made_durable_by_syncing_its_folder_after_it(
    tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rename (the mark, the database re-encrypted, each snapshot) syncs its folder.

    A power cut after a file took its name must not bring the old name back.
    """
    from journal_app.store import cipher

    events: list[tuple[str, int]] = []  # ("fsync", folder) and ("replace", folder), in order
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(handle: int) -> None:
        if stat.S_ISDIR(os.fstat(handle).st_mode):
            events.append(("fsync", os.fstat(handle).st_ino))  # (a folder, by its inode)
        real_fsync(handle)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        real_replace(source, target)
        events.append(("replace", Path(target).parent.stat().st_ino))

    data = tmp_path / "data"
    with Repository.open(data) as repository:
        journal = repository.create_journal("Amina", pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue("Words"))
        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        repository.change_passphrase("a phrase")  # the mark, the database, each snapshot
    assert cipher.is_protected(data)
    replaced = [i for i, (kind, _) in enumerate(events) if kind == "replace"]
    assert len(replaced) >= 3
    for index in replaced:  # each rename followed by a sync of its own folder
        folder = events[index][1]
        assert ("fsync", folder) in events[index + 1 : index + 3], (events[index], events)
