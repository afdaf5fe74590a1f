"""Snapshots of the database with SQLite's online backup API: take, list, rotate, restore.

A snapshot is a complete, consistent SQLite file in ``<data>/backups/``, named
``journal-<UTC time>-<reason>.sqlite3``. It is written to a temporary name and renamed into
place, so a full disk never leaves half a backup behind. A snapshot of an encrypted database is
encrypted with the same passphrase (``cipher``): nothing of the journal is written in clear.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journal_app import files
from journal_app.i18n import translate
from journal_app.store import cipher
from journal_app.store.errors import BackupError

BACKUP_DIR = "backups"
KEEP_PER_REASON = 10
REASONS = ("open", "migration", "import", "restore", "delete", "manual", "passphrase")
_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6}Z)-([a-z]+)\.sqlite3$")
_DAMAGED_PREFIX = "damaged-"


@dataclass(frozen=True, slots=True)
class Backup:
    """A snapshot file."""

    path: Path
    created_at: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        """The file name, which ``journal-app restore`` accepts."""
        return self.path.name


def backup_dir(data_dir: Path) -> Path:
    """Where snapshots live."""
    return data_dir / BACKUP_DIR


def connect_readonly(
    path: Path, *, immutable: bool = False, key: cipher.Key = cipher.PLAIN
) -> cipher.Connection:
    """Open a database file without any chance of writing to it.

    ``immutable`` also needs no ``-shm`` file, for a folder that cannot be written; ``key``
    opens an encrypted file (see ``cipher.Key.connect``).
    """
    return key.connect(path, read_only=True, immutable=immutable)


def take(
    db_path: Path,
    data_dir: Path,
    reason: str,
    *,
    keep: int = KEEP_PER_REASON,
    key: cipher.Key = cipher.PLAIN,
) -> Backup:
    """Snapshot ``db_path`` and keep only the newest ``keep`` snapshots of this ``reason``.

    The snapshot of an encrypted database is encrypted with ``key``, as the database is.

    Raises:
        BackupError: if the snapshot cannot be written (nothing is left behind).
        PassphraseNeeded: the database is encrypted and ``key`` has no passphrase.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_dir(data_dir)
    now = datetime.now(UTC)
    final = folder / f"journal-{now:%Y%m%dT%H%M%S%f}Z-{reason}.sqlite3"
    try:
        files.private_folder(folder)
        for stale in folder.glob(".journal-*.partial*"):  # left by a snapshot that was killed
            stale.unlink(missing_ok=True)
        with (
            files.atomic_output(final, private=True, suffix=".partial") as temporary,
            contextlib.closing(connect_readonly(db_path, key=key)) as source,
            contextlib.closing(key.connect(temporary, encrypted=key.encrypted(db_path))) as target,
        ):
            source.backup(target)
            # A rollback-journal file: reading a snapshot later (list, restore) then leaves no
            # -wal/-shm beside it, as a WAL database read in place does.
            target.execute("PRAGMA journal_mode=DELETE")
    except cipher.FILE_ERRORS as error:
        raise BackupError(
            translate(
                "store", "Could not write a backup of {database} to {folder}: {reason}."
            ).format(database=db_path, folder=folder, reason=_reason_of(error))
        ) from None
    _rotate(data_dir, reason, keep)
    return Backup(final, now, reason, final.stat().st_size)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every snapshot, newest first."""
    found: list[Backup] = []
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(Backup(path, created, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def latest(data_dir: Path) -> Backup | None:
    """The newest snapshot, if any."""
    backups = list_backups(data_dir)
    return backups[0] if backups else None


def find(data_dir: Path, name: str) -> Backup:
    """A snapshot by file name, path, or ``latest``.

    Raises:
        BackupError: if there is no such snapshot.
    """
    backups = list_backups(data_dir)
    if name == "latest" and backups:
        return backups[0]
    for backup in backups:
        if name in (backup.name, str(backup.path)) or Path(name).name == backup.name:
            return backup
    candidate = Path(name)
    if candidate.is_file():
        stat = candidate.stat()
        return Backup(candidate, datetime.fromtimestamp(stat.st_mtime, UTC), "file", stat.st_size)
    raise BackupError(
        translate(
            "store", "No backup named {name} in {folder}; 'journal-app backups' lists them."
        ).format(name=repr(name), folder=backup_dir(data_dir))
    )


def _rotate(data_dir: Path, reason: str, keep: int) -> None:
    same = [b for b in list_backups(data_dir) if b.reason == reason]
    for old in same[keep:]:
        old.path.unlink(missing_ok=True)
        for sidecar in sidecars(old.path):  # left by a reader of an older, WAL-mode snapshot
            sidecar.unlink(missing_ok=True)


def _reason_of(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def sidecars(db_path: Path) -> Iterator[Path]:
    """The WAL and shared-memory files SQLite keeps beside a database."""
    for suffix in ("-wal", "-shm"):
        yield db_path.with_name(db_path.name + suffix)


def damaged_copies(data_dir: Path) -> list[Path]:
    """The damaged databases (and their WAL) set aside by :func:`set_aside_damaged`."""
    folder = backup_dir(data_dir)
    return sorted(folder.glob(f"{_DAMAGED_PREFIX}*")) if folder.is_dir() else []


def set_aside_damaged(db_path: Path, data_dir: Path) -> Path:
    """Copy a damaged database (with its WAL) into the backup folder, byte for byte."""
    folder = backup_dir(data_dir)
    files.private_folder(folder)
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}Z"
    target = folder / f"{_DAMAGED_PREFIX}{stamp}-{db_path.name}"
    shutil.copy2(db_path, target)
    files.tighten(target)
    for sidecar in sidecars(db_path):
        if sidecar.exists():
            copy = target.with_name(target.name + sidecar.name[len(db_path.name) :])
            shutil.copy2(sidecar, copy)
            files.tighten(copy)
    return target
