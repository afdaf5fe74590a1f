"""Schema versions: upgrade an old file (after a copy), refuse a newer one, models match migrations."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from journal_app.packs.model import Pack
from journal_app.store import backups, db
from journal_app.store.answers import ItemsValue, TextValue
from journal_app.store.errors import DatabaseTooNew
from journal_app.store.repository import Repository
from journal_app.store.schema import Base

FIRST_SCHEMA = Path(__file__).parent.parent / "data" / "journal-schema-0001.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The database's full content as SQL (the same for two copies made by the backup API)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


@pytest.fixture
def old_folder(data_dir: Path) -> Path:
    data_dir.mkdir()
    shutil.copyfile(FIRST_SCHEMA, data_dir / "journal.sqlite3")
    return data_dir


def test_first_schema_file_upgrades_and_keeps_everything(old_folder: Path, pack: Pack) -> None:
    original = dump(old_folder / "journal.sqlite3")
    with Repository.open(old_folder) as repo:
        assert repo.database.migrated_from == "0001"
        journal = repo.journal_by_name("Amina")
        assert journal.last_prompt_id is None  # a column added by 0002
        stored = repo.answers(journal)
        assert stored["free"].value == TextValue("Written with schema 0001 — مرحبا")
        assert stored["free"].time_spent_seconds == 600
        assert stored["five"].value == ItemsValue(("a", "b", "", "", "e"))
        assert [a.prompt_id for a in repo.orphaned_answers(journal, pack)] == ["gone"]
        (image,) = repo.images(journal)
        assert (image.caption, image.width, image.height) == ("A teal square", 40, 30)
        repo.set_last_prompt(journal.id, "five")  # the new column works

    migration_copies = [b for b in backups.list_backups(old_folder) if b.reason == "migration"]
    assert len(migration_copies) == 1
    assert dump(migration_copies[0].path) == original  # exactly what the user had


def test_opening_at_head_migrates_nothing(old_folder: Path) -> None:
    Repository.open(old_folder).close()
    with Repository.open(old_folder) as repo:
        assert repo.database.migrated_from is None
    assert len([b for b in backups.list_backups(old_folder) if b.reason == "migration"]) == 1


def test_database_from_a_newer_app_is_refused_untouched(old_folder: Path) -> None:
    path = old_folder / "journal.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as caught:
        Repository.open(old_folder)
    message = str(caught.value)
    assert str(path) in message
    assert "newer version of Reflection Journal" in message
    assert "has not been changed" in message
    assert digest(path) == before
    assert not (old_folder / "journal.sqlite3-wal").exists()
    assert backups.list_backups(old_folder) == []
    Repository.open(old_folder / "other").close()  # the lock was released


def test_models_match_the_migrated_schema(data_dir: Path) -> None:
    with Repository.open(data_dir) as repo, repo.database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    scripts = [s.revision for s in ScriptDirectory.from_config(config).walk_revisions()]
    assert tuple(reversed(scripts)) == db.SCHEMA_REVISIONS
    assert db.head_revision() == "0002"


def test_an_encrypted_first_schema_file_upgrades_and_its_copy_is_encrypted(
    old_folder: Path,
) -> None:
    from journal_app.store import cipher, protection

    path = old_folder / "journal.sqlite3"
    db.mark_protected(old_folder)
    key = cipher.Key("migration phrase", protected=True)
    protection._write_anew(path, cipher.PLAIN, key)  # noqa: SLF001 - an encrypted 0001 file
    assert cipher.is_encrypted(path)
    with Repository.open(
        old_folder, key=cipher.Key.for_folder(old_folder, "migration phrase")
    ) as repo:
        assert repo.database.migrated_from == "0001"
        stored = repo.answers(repo.journal_by_name("Amina"))
        assert stored["free"].value == TextValue("Written with schema 0001 — مرحبا")
    (copy,) = [b for b in backups.list_backups(old_folder) if b.reason == "migration"]
    assert cipher.is_encrypted(copy.path)
    secret = b"Written with schema 0001"
    assert [p.name for p in old_folder.rglob("*") if p.is_file() and secret in p.read_bytes()] == []
