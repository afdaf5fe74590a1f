"""Damaged, foreign and unwritable files: a clear message, nothing overwritten, nothing lost."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from journal_app.packs.model import Pack
from journal_app.store import backups
from journal_app.store.answers import TextValue
from journal_app.store.db import make_engine
from journal_app.store.errors import DatabaseCorrupt, StorageError
from journal_app.store.repository import Repository


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_journal(data_dir: Path, pack: Pack, answer: str = "precious") -> None:
    free = pack.prompt("free")
    assert free is not None
    with Repository.open(data_dir) as repo:
        repo.save_answer(repo.create_journal("Amina", pack), free, TextValue(answer))
    Repository.open(data_dir).close()  # leaves an "open" snapshot to offer


def damage_truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def damage_garbage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xde\xad\xbe\xef" * 1024  # overwrite page 2
    path.write_bytes(bytes(data))


def damage_not_sqlite(path: Path) -> None:
    path.write_text("These are my notes, not a database.\n" * 200, encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [damage_truncate, damage_garbage_pages, damage_not_sqlite],
    ids=["truncated", "garbage", "text"],
)
def test_damaged_database_is_refused_untouched_and_the_backup_offered(
    data_dir: Path, pack: Pack, damage: object
) -> None:
    make_journal(data_dir, pack)
    path = data_dir / "journal.sqlite3"
    damage(path)  # type: ignore[operator]
    before = digest(path)
    latest = backups.latest(data_dir)
    assert latest is not None
    with pytest.raises(DatabaseCorrupt) as caught:
        Repository.open(data_dir)
    message = str(caught.value)
    assert message.startswith(f"The journal database {path} cannot be read (")
    assert "It has not been changed." in message
    assert f"journal-app restore {latest.name}" in message
    assert digest(path) == before
    assert backups.latest(data_dir) == latest  # no snapshot of the damaged file replaced it


def test_a_foreign_sqlite_database_is_not_ours(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "journal.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as other, other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseCorrupt, match="not a Reflection Journal one") as caught:
        Repository.open(data_dir)
    assert "There is no backup of it yet." in str(caught.value)
    assert digest(path) == before


def test_full_disk_during_a_save_loses_nothing_saved(repo: Repository, pack: Pack) -> None:
    free, five = pack.prompt("free"), pack.prompt("labelled")
    assert free is not None
    assert five is not None
    journal = repo.create_journal("Amina", pack)
    repo.save_answer(journal, free, TextValue("saved before the disk filled up"))
    with repo.database.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
    # SQLite's own "disk full" (SQLITE_FULL), raised when the file would need another page.
    with repo.database.engine.connect() as connection:
        connection.execute(text(f"PRAGMA max_page_count = {pages}"))
        connection.commit()
    big = TextValue("x" * 200_000)

    def fill_the_disk() -> None:
        for _ in range(5):  # the first may fit in free pages; the next cannot
            repo.save_answer(journal, free, big)

    with pytest.raises(StorageError) as caught:
        fill_the_disk()
    assert "the disk is full" in str(caught.value)
    assert "Everything saved before is still there" in str(caught.value)
    with repo.database.engine.connect() as connection:
        connection.execute(text("PRAGMA max_page_count = 1073741823"))
    stored = repo.answers(journal)["free"].value
    assert stored in (TextValue("saved before the disk filled up"), big)
    repo.save_answer(journal, free, TextValue("space again"))
    assert repo.answers(journal)["free"].value == TextValue("space again")


def test_read_only_storage_gives_a_clear_error(data_dir: Path, pack: Pack) -> None:
    make_journal(data_dir, pack)
    free = pack.prompt("free")
    assert free is not None
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        journal = repo.journals()[0]
        # The same file opened read-only, as on a write-protected USB stick.
        repo.database.engine.dispose()
        repo.database.engine = make_engine(repo.database.path, read_only=True)
        repository = Repository(repo.database)
        with pytest.raises(StorageError, match="read-only"):
            repository.save_answer(journal, free, TextValue("cannot be written"))
        assert repository.answers(journal)["free"].value == TextValue("precious")


def test_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(StorageError, match=f"Cannot create the data folder {blocker / 'data'}"):
        Repository.open(blocker / "data")
