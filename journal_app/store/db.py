"""Opening the journal database safely: lock, inspect, back up, migrate, connect.

``open_database`` is the single way in. Before anything can write to an existing file it is
inspected read-only: a damaged or foreign file is refused (``DatabaseCorrupt``) and a file from a
newer app is refused (``DatabaseTooNew``), both untouched. A snapshot is taken before any
migration, and when the app opens. An encrypted database (``cipher``) needs its passphrase
(``PassphraseNeeded``, ``WrongPassphrase``); everything else works the same on it.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Imported with the store rather than by ``create_engine`` in the first ``open_database``:
# opening a journal (timed in bench/bench_store.py) does not pay for an import (~6 ms).
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from journal_app import files
from journal_app.i18n import SETTINGS_FILE, translate
from journal_app.store import backups, cipher
from journal_app.store.errors import (
    BackupError,
    DatabaseCorrupt,
    DatabaseTooNew,
    StorageError,
    WrongPassphrase,
)
from journal_app.store.lock import LOCK_NAME, OWNER_NAME, DataFolderLock

DB_NAME = cipher.DATABASE_NAME
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_REVISIONS = ("0001", "0002")
"""Every schema revision, oldest first (a test checks it against the migration scripts). Kept
here so that opening an up-to-date database does not import Alembic (about 0.1 s)."""
_OUR_TABLES = {"journals", "answers", "images", "alembic_version"}


@dataclass
class Database:
    """An open journal database: its engine, file and the data folder lock."""

    path: Path
    data_dir: Path
    engine: Engine
    lock: DataFolderLock | None
    opened_backup: backups.Backup | None = None
    migrated_from: str | None = None
    key: cipher.Key = cipher.PLAIN
    """What the database is opened with (its snapshots are taken with it too)."""
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        """Close every connection and release the lock."""
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


_OURS = frozenset(
    {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", LOCK_NAME, OWNER_NAME}
    | {backups.BACKUP_DIR, "logs", "cache", "packs", SETTINGS_FILE, cipher.MARK}
)
"""What the app keeps in a data folder: a folder holding only these is the app's to make 0700."""


def _only_ours(data_dir: Path) -> bool:
    try:
        return all(entry.name in _OURS for entry in data_dir.iterdir())
    except OSError:
        return False


def database_path(data_dir: Path) -> Path:
    """The database file inside a data folder."""
    return data_dir / DB_NAME


def open_database(
    data_dir: Path,
    *,
    snapshot_on_open: bool = True,
    lock: bool = True,
    key: cipher.Key = cipher.PLAIN,
) -> Database:
    """Open (creating or migrating if needed) the database in ``data_dir``.

    Args:
        data_dir: the data folder; created if missing.
        snapshot_on_open: take the automatic "open" snapshot of an existing database.
        lock: take the data folder lock (the window and every writing command do).
        key: the passphrase of an encrypted database; a new database is encrypted with it.
            A plain database opens plain, whatever the key.

    Raises:
        DataFolderLocked: another copy of the app has the folder open.
        DatabaseCorrupt: the file is damaged or not a journal database (left untouched).
        DatabaseTooNew: the file comes from a newer app (left untouched).
        StorageError: the folder cannot be created or written.
        BackupError: the snapshot before a migration could not be written (nothing migrated).
        PassphraseNeeded: the database is encrypted and ``key`` has no passphrase.
        WrongPassphrase: ``key``'s passphrase does not open it (left untouched).
    """
    try:
        if not data_dir.exists() or _only_ours(data_dir):
            files.private_folder(data_dir)  # 0700: other accounts never read a journal
        else:  # a folder of the person's own (--data-dir ~, a shared folder): not ours to change
            data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            translate("store", "Cannot create the data folder {folder}: {reason}.").format(
                folder=data_dir, reason=error.strerror or error
            )
        ) from None
    folder_lock = DataFolderLock(data_dir) if lock else None
    try:
        return _open_locked(data_dir, folder_lock, snapshot_on_open, key)
    except BaseException:
        if folder_lock is not None:
            folder_lock.release()
        raise


def open_read_only(data_dir: Path, *, key: cipher.Key = cipher.PLAIN) -> Database:
    """Open the database of a folder that cannot be written, for commands that only read.

    A write-protected USB stick or a read-only share: nothing is written (no lock, no snapshot,
    no migration), and SQLite is told the file cannot change (``immutable``), since it could not
    make its shared-memory file there.

    Raises:
        StorageError: the journal was not closed properly (its last saves are in a ``-wal`` file
            that cannot be merged here), or it needs an update that cannot be written.
        DatabaseCorrupt: the file is damaged or not a journal database.
        DatabaseTooNew: the file comes from a newer app.
    """
    path = database_path(data_dir)
    wal = path.with_name(f"{path.name}-wal")
    try:
        unmerged = wal.stat().st_size > 0
    except OSError:  # no -wal: everything is in the file
        unmerged = False
    if unmerged:
        raise StorageError(
            translate(
                "store",
                "The journal in {folder} was not closed properly, and the folder cannot be"
                " written: open it once in the app where it can be written, then try again.",
            ).format(folder=data_dir)
        )
    revision = inspect_file(path, data_dir, immutable=True, key=key)
    if revision != head_revision():
        raise StorageError(
            translate(
                "store",
                "The journal in {folder} needs an update that cannot be written there: copy"
                " the folder somewhere that can be written, or open it once in the app.",
            ).format(folder=data_dir)
        )
    engine = make_engine(path, read_only=True, key=key)
    return Database(path, data_dir, engine, None, key=key)


def _open_locked(
    data_dir: Path, folder_lock: DataFolderLock | None, snapshot_on_open: bool, key: cipher.Key
) -> Database:
    path = database_path(data_dir)
    existed = path.exists()
    revision = inspect_file(path, data_dir, key=key) if existed else None

    if existed:
        for file in (path, *backups.sidecars(path)):
            files.tighten(file)  # 0600, also for a database made by an earlier version
    else:
        if key.encrypts:  # the mark first: a file without SQLite's header is then not damage
            mark_protected(data_dir)
            key = cipher.Key(key.passphrase, protected=True)
        files.create_private(path)  # SQLite then makes its -wal and -shm alike

    migrated_from = None
    if existed and revision != head_revision():
        # A copy first: if the migration goes wrong, this is what the user had.
        backups.take(path, data_dir, "migration", key=key)
        migrated_from = revision or "none"

    engine = make_engine(path, key=key)
    try:
        if revision != head_revision():
            _migrate(engine)
    except DBAPIError as error:
        engine.dispose()
        raise StorageError(describe_sqlite_error(path, error.orig)) from None
    except BaseException:
        engine.dispose()
        raise

    database = Database(path, data_dir, engine, folder_lock, migrated_from=migrated_from, key=key)
    if existed and snapshot_on_open:
        try:
            database.opened_backup = backups.take(path, data_dir, "open", key=key)
        except BackupError:
            # The journal itself is fine and opens; the window can say the backup failed.
            database.opened_backup = None
    return database


def mark_protected(data_dir: Path) -> None:
    """Write the folder's :data:`cipher.MARK` (before any of its files is encrypted)."""
    mark = data_dir / cipher.MARK
    if not mark.is_file():
        with files.atomic_output(mark, private=True) as temporary:
            temporary.write_text(cipher.MARK_TEXT, encoding="utf-8")


def inspect_file(
    path: Path, data_dir: Path, *, immutable: bool = False, key: cipher.Key = cipher.PLAIN
) -> str | None:
    """Check an existing database read-only; returns its schema revision (None if empty).

    ``immutable`` is for a folder that cannot be written (see ``open_read_only``); ``key``
    opens an encrypted database.

    Raises:
        DatabaseCorrupt: damaged, truncated, or not a journal database.
        DatabaseTooNew: written by a newer version of the app.
        StorageError: the file cannot be opened at all (permissions).
        PassphraseNeeded: the file is encrypted and ``key`` has no passphrase.
        WrongPassphrase: ``key`` does not open it (or its first page is damaged: SQLCipher
            cannot tell the two apart).
    """

    def corrupt(detail: str) -> DatabaseCorrupt:
        latest = backups.latest(data_dir)
        return DatabaseCorrupt(path, detail, latest.path if latest else None)

    try:
        with contextlib.closing(
            backups.connect_readonly(path, immutable=immutable, key=key)
        ) as connection:
            result = connection.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise corrupt(
                    translate("store", "the integrity check failed: {details}").format(
                        details="; ".join(r[0] for r in result[:3])
                    )
                )
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables or not tables <= _OUR_TABLES | {"sqlite_sequence"}:
                raise corrupt(
                    translate("store", "it is an SQLite database, but not a Reflection Journal one")
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.DATABASE_ERRORS as error:
        message = str(error)
        if cipher.is_wrong_key(error) and key.protected:
            raise WrongPassphrase(path) from None
        if isinstance(error, cipher.OPERATIONAL_ERRORS) and "unable to open" in message:
            raise StorageError(
                translate(
                    "store",
                    "Cannot open the journal database {path}: {error}."
                    " Check that the folder can be read and written.",
                ).format(path=path, error=message)
            ) from None
        if isinstance(error, cipher.OPERATIONAL_ERRORS) and (
            "disk I/O error" in message or "is full" in message
        ):
            # Not the file's fault: reading a WAL-mode file needs room for its -shm beside it.
            raise StorageError(
                translate(
                    "store", "Cannot read {path}: the disk is full or cannot be read ({error})."
                ).format(path=path, error=message)
            ) from None
        raise corrupt(message) from None
    revision = None if row is None else str(row[0])
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise DatabaseTooNew(path, revision)
    return revision


def make_engine(path: Path, *, read_only: bool = False, key: cipher.Key = cipher.PLAIN) -> Engine:
    """An engine on ``path`` with the pragmas every connection needs.

    Args:
        path: the database file.
        read_only: open it so that nothing can be written, in a folder that cannot be written
            (a write-protected USB stick): SQLite is told that the file will not change.
        key: the passphrase of an encrypted database (a new or empty file is encrypted when it
            has one). Each new connection is keyed before anything else.
    """
    options: dict[str, Any] = {}
    if key.encrypted(path):
        # SQLAlchemy's own SQLite dialect on SQLCipher's module (its errors are then wrapped).
        options = {
            "module": cipher.ENCRYPTED_MODULE,
            "creator": lambda: key.connect(path, read_only=read_only, immutable=read_only),
        }
        url = "sqlite+pysqlite://"
    elif read_only:
        url = f"sqlite+pysqlite:///{path.resolve().as_uri()}?mode=ro&immutable=1&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path}"
        options = {"connect_args": {"timeout": 5.0}}
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=2,
        # An error's message must never quote an answer (they reach logs and crash reports).
        hide_parameters=True,
        **options,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: cipher.Connection, _record: object) -> None:
        # We issue BEGIN ourselves (below), so DDL in migrations is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if read_only:  # WAL mode and syncing are for writers
            cursor.close()
            return
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL, not NORMAL: in WAL mode NORMAL already survives a killed app, but a commit can
        # be lost if the laptop loses power (flat battery) before the next checkpoint. Saves are
        # debounced and small, and FULL costs about one fsync of the WAL per save, well inside
        # the 2 ms budget measured in bench/bench_store.py.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _migrate(engine: Engine) -> None:
    """Run the Alembic migrations up to the head revision."""
    from alembic import command  # noqa: PLC0415 - only when migrating
    from alembic.config import Config  # noqa: PLC0415

    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def head_revision() -> str:
    """The schema revision this version of the app writes."""
    return SCHEMA_REVISIONS[-1]


def describe_sqlite_error(path: Path, error: BaseException | None) -> str:
    """A user-facing sentence for an SQLite failure while writing ``path``."""
    text = str(error)
    if "disk is full" in text or "disk I/O error" in text:
        template = translate(
            "store",
            "Could not save to {path}: the disk is full. Everything saved before is still there.",
        )
    elif "readonly" in text or "read-only" in text:
        template = translate(
            "store",
            "Could not save to {path}: the folder or file is read-only."
            " Everything saved before is still there.",
        )
    elif "unable to open" in text:
        template = translate(
            "store",
            "Could not save to {path}: the file cannot be opened (check the folder's permissions)."
            " Everything saved before is still there.",
        )
    elif "locked" in text or "busy" in text:
        template = translate(
            "store",
            "Could not save to {path}: another program is using the file."
            " Everything saved before is still there.",
        )
    else:
        template = translate(
            "store", "Could not save to {path}: {error}. Everything saved before is still there."
        )
    return template.format(path=path, error=text)


def restore(
    data_dir: Path, name: str, *, key: cipher.Key = cipher.PLAIN
) -> tuple[backups.Backup, Path]:
    """Replace the database with a snapshot, after saving the current state.

    The caller must hold the data folder lock (no copy of the app may have the file open).
    ``key`` opens an encrypted database and its snapshots.

    Returns:
        The snapshot restored, and where the previous state was saved.

    Raises:
        BackupError: no such snapshot, or it is damaged, or it cannot be copied.
        DatabaseTooNew: the snapshot comes from a newer app.
        PassphraseNeeded, WrongPassphrase: the snapshot or the database is encrypted and
            ``key`` does not open it.
    """
    chosen = backups.find(data_dir, name)
    beside = (*backups.sidecars(chosen.path), *backups.sidecars(database_path(data_dir)))
    strays = [s for s in beside if not s.exists()]
    try:
        return chosen, _restore(data_dir, chosen, key)
    except StorageError as error:  # reading failed (a full disk): the snapshot may be fine
        raise BackupError(
            translate("store", "Could not restore {name}: {reason} Nothing was changed.").format(
                name=chosen.name, reason=error
            )
        ) from None
    finally:
        # What reading a WAL-mode file left beside it (a snapshot of an older version, or the
        # journal itself when the disk is full); nobody else has the files open.
        for stray in strays:
            stray.unlink(missing_ok=True)


def _restore(data_dir: Path, chosen: backups.Backup, key: cipher.Key) -> Path:
    path = database_path(data_dir)
    try:
        inspect_file(chosen.path, data_dir, key=key)
    except DatabaseCorrupt as error:
        raise BackupError(
            translate(
                "store", "The backup {path} cannot be used ({detail}); choose another one."
            ).format(path=chosen.path, detail=error.detail)
        ) from None

    # 1. Keep what is there now: a proper snapshot, or, if the file is damaged, a raw copy.
    previous: Path | None = None
    if path.exists():
        try:
            inspect_file(path, data_dir, key=key)
            previous = backups.take(path, data_dir, "restore", key=key).path
            with contextlib.closing(key.connect(path)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (DatabaseCorrupt, DatabaseTooNew):
            previous = backups.set_aside_damaged(path, data_dir)
        except cipher.ERRORS as error:
            raise BackupError(
                translate("store", "Could not prepare {path} for the restore: {error}.").format(
                    path=path, error=error
                )
            ) from None

    # 2. Copy the snapshot next to the database, then swap it in.
    staging = path.with_name(f".{path.name}.restoring")
    try:
        staging.unlink(missing_ok=True)
        with (
            contextlib.closing(backups.connect_readonly(chosen.path, key=key)) as source,
            contextlib.closing(
                key.connect(staging, encrypted=key.encrypted(chosen.path))
            ) as target,
        ):
            source.backup(target)
        for sidecar in backups.sidecars(path):
            sidecar.unlink(missing_ok=True)
        os.replace(staging, path)
        files.sync_folder(path.parent)
        files.tighten(path)
    except cipher.FILE_ERRORS as error:
        staging.unlink(missing_ok=True)
        raise BackupError(
            translate("store", "Could not restore {name}: {error}.").format(
                name=chosen.name, error=error
            )
        ) from None
    return previous or path
