"""Setting, changing and removing a data folder's passphrase: every file written anew, safely.

:func:`rekey` re-encodes the database and every snapshot from one key to another (plain to a
passphrase, one passphrase to another, a passphrase to plain). Each file is written anew beside
itself with SQLCipher's ``sqlcipher_export``, checked (integrity, and every table's rows counted
the same as the original's), flushed to the disk and only then renamed over the original, so a
kill at any moment leaves each file either as it was or as it is to be, never neither:

1. a snapshot of the database as it is (reason ``passphrase``), with the old key;
2. the folder's :data:`cipher.MARK` written, when the journals become encrypted: from then on
   a file without SQLite's header is read as encrypted rather than as damage;
3. the database, its last saves first merged from its ``-wal`` (which would otherwise hold
   pages of the old encoding), written anew and swapped in;
4. each snapshot, the newest first, written anew and swapped in;
5. the mark removed, when the journals become plain again.

A kill between 3 and 4 leaves some snapshots in the old encoding: opening the folder finishes
the job for snapshots still in the clear (:func:`finish`); a snapshot still under an older
passphrase is refused when restored, with the wrong-passphrase message.

Nothing of the journal is ever written in the clear when the new key has a passphrase: the
new files are encrypted from their first page, and SQLCipher's temporary store is memory.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from journal_app import files
from journal_app.i18n import translate
from journal_app.store import backups, cipher
from journal_app.store.db import database_path, inspect_file, mark_protected
from journal_app.store.errors import PassphraseNeeded, StorageError, StoreError


class _NotTheSame(StorageError):
    """The new copy did not read back as the original (a damaged original)."""


class RekeyFailed(StorageError):
    """A file could not be written anew; ``key`` is the one that opens the database now."""

    def __init__(self, message: str, key: cipher.Key) -> None:
        super().__init__(message)
        self.key = key


REKEYING = ".rekeying"
_UNREADABLE: tuple[type[Exception], ...] = (*cipher.DATABASE_ERRORS, _NotTheSame)
"""The ending of a file being written anew (removed if a kill left it)."""


def rekey(data_dir: Path, old: cipher.Key, new: cipher.Key) -> cipher.Key:
    """Re-encode the folder's database and snapshots from ``old`` to ``new``.

    The caller holds the data folder lock and has no connection open to the database.

    Returns:
        The key the folder is now opened with (``new``, marked protected when it encrypts).

    Raises:
        WrongPassphrase, PassphraseNeeded: ``old`` does not open the database.
        DatabaseCorrupt: the database is damaged (nothing was changed).
        RekeyFailed: a file could not be written (each file is as it was, or as it is to be;
            the error's ``key`` opens the database).
    """
    if not cipher.AVAILABLE:
        raise StoreError(
            translate(
                "store",
                "This copy of Reflection Journal cannot protect journals with a passphrase on this"
                " computer.",
            )
        )
    path = database_path(data_dir)
    inspect_file(path, data_dir, key=old)  # opens, is whole, is ours: before anything changes
    backups.take(path, data_dir, "passphrase", key=old)
    target = cipher.Key(new.passphrase, protected=new.encrypts)
    opens = cipher.Key(old.passphrase, protected=old.protected or new.encrypts)
    try:
        if target.encrypts:
            mark_protected(data_dir)
        _checkpoint(path, old)
        _write_anew(path, old, target)
        opens = cipher.Key(new.passphrase, protected=True)  # (the mark stays until the end)
        for sidecar in backups.sidecars(path):  # of the old file: never replayed on the new
            sidecar.unlink(missing_ok=True)
        for snapshot in backups.list_backups(data_dir):
            try:
                _write_anew(snapshot.path, old, target)
            except _UNREADABLE:  # damaged: restore refuses it anyway
                if target.encrypts:  # and in a protected folder it must not stay in the clear
                    snapshot.path.unlink(missing_ok=True)
        if not target.encrypts:
            (data_dir / cipher.MARK).unlink(missing_ok=True)
    except RekeyFailed:
        raise
    except cipher.FILE_ERRORS + (StorageError,) as error:
        raise RekeyFailed(
            translate(
                "store",
                "Could not re-encode the journals in {folder}: {error}. Each file is as it was"
                " or as it is to be; try again.",
            ).format(folder=data_dir, error=getattr(error, "strerror", None) or error),
            opens,
        ) from None
    return target


def finish(data_dir: Path, key: cipher.Key) -> None:
    """Encrypt the snapshots a killed :func:`rekey` left in the clear in a protected folder.

    Also removes the half-written files a kill left (``*.rekeying``). Best effort: what cannot
    be done now is tried again at the next open, and never stops the journals from opening.
    """
    folder = backups.backup_dir(data_dir)
    for leftover in (*data_dir.glob(f".*{REKEYING}"), *folder.glob(f".*{REKEYING}")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    if not key.encrypts or not key.protected:
        return
    for snapshot in backups.list_backups(data_dir):
        if not cipher.is_encrypted(snapshot.path):
            try:
                _write_anew(snapshot.path, cipher.PLAIN, key)
            except _UNREADABLE:  # damaged, and in the clear: of no use, and not to be kept
                snapshot.path.unlink(missing_ok=True)
            except cipher.FILE_ERRORS + (StorageError,):  # e.g. a full disk: next time
                continue


def _checkpoint(path: Path, key: cipher.Key) -> None:
    """Merge the ``-wal`` into the file, so that the file alone holds every save."""
    with contextlib.closing(key.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _write_anew(path: Path, old: cipher.Key, new: cipher.Key) -> None:
    """Write ``path`` anew with ``new``, check it, then put it in place of the original."""
    staging = path.with_name(f".{path.name}{REKEYING}")
    staging.unlink(missing_ok=True)
    files.create_private(staging)
    try:
        module = cipher.ENCRYPTED_MODULE  # (sqlcipher_export is SQLCipher's; it reads plain too)
        source = module.connect(str(path), isolation_level=None, timeout=5.0)
        try:
            source.execute("PRAGMA cipher_log_level = NONE")
            if old.encrypted(path):
                if old.passphrase is None:
                    raise PassphraseNeeded(path)
                source.execute(f"PRAGMA key = {cipher.quoted(old.passphrase)}")
            source.execute("PRAGMA temp_store = MEMORY")
            new_key = cipher.quoted(new.passphrase or "")  # '' attaches a plain database
            source.execute(f"ATTACH DATABASE {cipher.quoted(str(staging))} AS anew KEY {new_key}")
            source.execute("SELECT sqlcipher_export('anew')")
            counts = _counts(source, "main")
            if _counts(source, "anew") != counts:
                raise _NotTheSame(_not_the_same(path))
            source.execute("DETACH DATABASE anew")
        finally:
            source.close()
        with contextlib.closing(new.connect(staging, encrypted=new.encrypts)) as check:
            if check.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise _NotTheSame(_not_the_same(path))
            if _counts(check, "main") != counts:
                raise _NotTheSame(_not_the_same(path))
        with open(staging, "r+b") as written:
            os.fsync(written.fileno())  # on the disk before it takes the name
        os.replace(staging, path)
        files.tighten(path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def _counts(connection: cipher.Connection, schema: str) -> dict[str, int]:
    """Every table of ``schema`` with its number of rows."""
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"  # noqa: S608
        )
    ]
    return {
        name: connection.execute(
            f"SELECT count(*) FROM {schema}.{cipher.quoted_name(name)}"  # noqa: S608
        ).fetchone()[0]
        for name in names
    }


def _not_the_same(path: Path) -> str:
    return translate(
        "store", "The new copy of {path} did not read back the same; nothing was changed."
    ).format(path=path)
