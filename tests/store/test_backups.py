"""Automatic snapshots, rotation, listing, and restore (also over a damaged database)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.packs.model import Pack
from journal_app.store import backups, db
from journal_app.store.answers import TextValue
from journal_app.store.errors import BackupError
from journal_app.store.repository import Repository


def write_answer(data_dir: Path, pack: Pack, text: str) -> None:
    free = pack.prompt("free")
    assert free is not None
    with Repository.open(data_dir) as repo:
        journals = repo.journals()
        journal = journals[0] if journals else repo.create_journal("Amina", pack)
        repo.save_answer(journal, free, TextValue(text))


def read_answer(data_dir: Path) -> str:
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        value = repo.answers(repo.journals()[0])["free"].value
    assert isinstance(value, TextValue)
    return value.text


def test_a_new_database_has_no_snapshot_an_existing_one_gets_one_per_open(
    data_dir: Path, pack: Pack
) -> None:
    with Repository.open(data_dir) as repo:
        assert repo.database.opened_backup is None
    with Repository.open(data_dir) as repo:
        snapshot = repo.database.opened_backup
    assert snapshot is not None
    assert snapshot.reason == "open"
    assert [b.path for b in backups.list_backups(data_dir)] == [snapshot.path]
    with contextlib.closing(backups.connect_readonly(snapshot.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_open_snapshots_rotate_keeping_ten(data_dir: Path, pack: Pack) -> None:
    write_answer(data_dir, pack, "first")
    for _ in range(13):
        Repository.open(data_dir).close()
    kept = backups.list_backups(data_dir)
    assert len(kept) == backups.KEEP_PER_REASON
    assert all(b.reason == "open" for b in kept)
    assert kept == sorted(kept, key=lambda b: b.created_at, reverse=True)


def test_restore_brings_back_the_old_state_and_keeps_the_current_one(
    data_dir: Path, pack: Pack
) -> None:
    write_answer(data_dir, pack, "version one")
    write_answer(data_dir, pack, "version two")  # this open snapshotted "version one"
    (one,) = backups.list_backups(data_dir)
    restored, previous = db.restore(data_dir, one.name)
    assert restored.path == one.path
    assert read_answer(data_dir) == "version one"
    # The state before the restore is itself a backup that can be restored.
    db.restore(data_dir, previous.name)
    assert read_answer(data_dir) == "version two"


def test_restore_latest_and_unknown(data_dir: Path, pack: Pack) -> None:
    write_answer(data_dir, pack, "a")
    write_answer(data_dir, pack, "b")
    db.restore(data_dir, "latest")
    assert read_answer(data_dir) == "a"
    with pytest.raises(BackupError, match="No backup named 'nope'"):
        db.restore(data_dir, "nope")


def test_restore_over_a_damaged_database_sets_the_damage_aside(data_dir: Path, pack: Pack) -> None:
    write_answer(data_dir, pack, "good")
    write_answer(data_dir, pack, "newer")
    path = data_dir / "journal.sqlite3"
    damaged = b"\x00garbage" * 5000
    path.write_bytes(damaged)
    db.restore(data_dir, "latest")
    assert read_answer(data_dir) == "good"
    aside = list(backups.backup_dir(data_dir).glob("damaged-*"))
    assert [p.read_bytes() for p in aside if p.name.endswith("journal.sqlite3")] == [damaged]


def test_a_damaged_backup_is_not_restored(data_dir: Path, pack: Pack) -> None:
    write_answer(data_dir, pack, "a")
    write_answer(data_dir, pack, "b")
    (snapshot,) = backups.list_backups(data_dir)
    snapshot.path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="cannot be used"):
        db.restore(data_dir, snapshot.name)
    assert read_answer(data_dir) == "b"


def test_a_failed_snapshot_leaves_no_partial_file(
    data_dir: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_answer(data_dir, pack, "a")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(BackupError, match="No space left on device"):
        backups.take(data_dir / "journal.sqlite3", data_dir, "manual")
    assert list(backups.backup_dir(data_dir).iterdir()) == []


def test_the_app_still_opens_when_its_snapshot_fails(
    data_dir: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_answer(data_dir, pack, "kept")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise BackupError("disk full")

    monkeypatch.setattr(backups, "take", disk_full)
    with Repository.open(data_dir) as repo:
        assert repo.database.opened_backup is None
    assert read_answer(data_dir) == "kept"


def test_restore_while_the_app_is_open_is_refused(
    data_dir: Path, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    write_answer(data_dir, pack, "a")
    write_answer(data_dir, pack, "b")
    with Repository.open(data_dir) as _open_app:
        assert cli.main(["--data-dir", str(data_dir), "restore", "latest"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"journal-app: The journal in {data_dir} is already open in another copy")
    assert read_answer(data_dir) == "b"


def test_cli_lists_and_restores(
    data_dir: Path, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(data_dir), "backups"]) == 0
    assert capsys.readouterr().out.startswith("No backups yet")
    write_answer(data_dir, pack, "a")
    write_answer(data_dir, pack, "b")
    assert cli.main(["--data-dir", str(data_dir), "backups"]) == 0
    (name,) = [b.name for b in backups.list_backups(data_dir)]
    listing = capsys.readouterr().out.splitlines()
    assert listing[0] == f"Backups in {data_dir / 'backups'}, newest first:"
    assert listing[1].split()[0] == name
    assert " open " in listing[1]
    assert cli.main(["--data-dir", str(data_dir), "restore", name]) == 0
    assert capsys.readouterr().out.startswith(
        f"Restored {name}. The state before the restore was saved as journal-"
    )
    assert read_answer(data_dir) == "a"


def test_backup_copies_committed_wal_content(data_dir: Path, pack: Pack) -> None:
    write_answer(data_dir, pack, "only in the WAL so far")
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        # While this connection is open the last commit may sit in the WAL file only.
        snapshot = backups.take(repo.database.path, data_dir, "manual")
    with contextlib.closing(sqlite3.connect(snapshot.path)) as copy:
        (text,) = copy.execute("SELECT value_json FROM answers").fetchone()
    assert "only in the WAL so far" in text


def test_snapshot_from_a_worker_thread_while_saving(data_dir: Path, pack: Pack) -> None:
    import threading

    free = pack.prompt("free")
    assert free is not None
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        repo.save_answer(journal, free, TextValue("before"))
        taken: list[backups.Backup] = []
        worker = threading.Thread(target=lambda: taken.append(repo.take_snapshot("open")))
        worker.start()
        for i in range(50):
            repo.save_answer(journal, free, TextValue(f"during {i}"))
        worker.join(timeout=30)
        assert repo.answers(journal)["free"].value == TextValue("during 49")
    (snapshot,) = taken
    with contextlib.closing(backups.connect_readonly(snapshot.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (text,) = copy.execute("SELECT value_json FROM answers").fetchone()
    assert '"text": "before"' in text or '"text": "during' in text


def sidecars_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.sqlite3-*"))


def test_restores_and_rotation_leave_no_sidecars_beside_snapshots(
    data_dir: Path, pack: Pack
) -> None:
    write_answer(data_dir, pack, "version one")
    write_answer(data_dir, pack, "version two")
    (one,) = backups.list_backups(data_dir)
    db.restore(data_dir, one.name)
    db.restore(data_dir, "latest")
    assert sidecars_in(data_dir / "backups") == []
    assert read_answer(data_dir) == "version two"

    # A snapshot of an earlier version was a WAL-mode file: reading it in place made -shm/-wal.
    with contextlib.closing(sqlite3.connect(one.path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    db.restore(data_dir, one.name)
    assert sidecars_in(data_dir / "backups") == []
    assert read_answer(data_dir) == "version one"
    leftover = one.path.with_name(one.path.name + "-shm")
    leftover.write_bytes(b"")  # as an earlier version's reader left it
    for _ in range(backups.KEEP_PER_REASON + 1):
        Repository.open(data_dir).close()
    assert not one.path.exists()  # rotated away…
    assert not leftover.exists()  # …with its sidecar
