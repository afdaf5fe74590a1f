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
4. each snapshot, the newest first, written anew and swapped in (when the journals become
   encrypted, the damaged databases a restore set aside byte for byte, in the clear, go);
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
from journal_app.store.errors import StorageError, StoreError


class _NotTheSame(StorageError):
    """The new copy did not read back as the original (a damaged original)."""


class RekeyFailed(StorageError):
    """A file could not be written anew; ``key`` is the one that opens the database now."""

    def __init__(self, message: str, key: cipher.Key) -> None:
        super().__init__(message)
        self.key = key


REKEYING = ".rekeying"
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
    opens = old
    try:
        if target.encrypts:  # the database first; the snapshots follow it (see finish)
            mark_protected(data_dir)
            opens = cipher.Key(old.passphrase, protected=True)
            _swap_database(path, old, target)
            opens = target
            for snapshot in backups.list_backups(data_dir):
                _snapshot_anew(snapshot.path, old, target)
            if not old.encrypts:  # damaged databases set aside, byte for byte, in the clear:
                for damaged in backups.damaged_copies(data_dir):  # not kept once protected
                    damaged.unlink(missing_ok=True)
        else:  # the snapshots first; the database, then the mark, last
            for snapshot in backups.list_backups(data_dir):
                _snapshot_anew(snapshot.path, old, target)
            _swap_database(path, old, target)
            opens = cipher.Key(None, protected=True)
            (data_dir / cipher.MARK).unlink(missing_ok=True)
            files.sync_folder(data_dir)
            opens = target
    except RekeyFailed:
        raise
    except cipher.FILE_ERRORS + (StoreError,) as error:
        raise RekeyFailed(
            translate(
                "store",
                "Could not re-encode the journals in {folder}: {error}. Each file is as it was"
                " or as it is to be; try again.",
            ).format(folder=data_dir, error=getattr(error, "strerror", None) or error),
            cipher.Key.for_folder(data_dir, opens.passphrase),
        ) from None
    return target


def finish(data_dir: Path, key: cipher.Key) -> None:
    """Bring the snapshots to the database's state after a killed :func:`rekey`.

    The database decides: a rekey swaps it in at the point of no return (after the snapshots
    when the passphrase is removed, before them when one is set or changed). A mark beside a
    plain database is a passphrase set but never swapped in, or removed and swapped in: the
    mark goes. Beside an encrypted database opened with ``key`` (so a passphrase confirmed),
    snapshots still in the clear are encrypted with it; a snapshot under an older passphrase is
    kept (not in the clear; refused with the wrong-passphrase message if restored).

    Also removes the half-written files a kill left. Best effort: what cannot be done now is
    tried again at the next open, and never stops the journals from opening.
    """
    folder = backups.backup_dir(data_dir)
    for leftover in (*data_dir.glob(f".*{REKEYING}*"), *folder.glob(f".*{REKEYING}*")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    mark = data_dir / cipher.MARK
    if mark.is_file() and not cipher.is_encrypted(database_path(data_dir)):
        with contextlib.suppress(OSError):
            mark.unlink()
        return
    if not (key.encrypts and key.protected and cipher.is_encrypted(database_path(data_dir))):
        return
    for snapshot in backups.list_backups(data_dir):
        if not cipher.is_encrypted(snapshot.path):
            try:
                _snapshot_anew(snapshot.path, cipher.PLAIN, key)
            except cipher.FILE_ERRORS + (StoreError,):  # e.g. a full disk: next time
                continue


def _swap_database(path: Path, old: cipher.Key, new: cipher.Key) -> None:
    """The database written anew with ``new`` and put in place (its ``-wal`` merged first)."""
    _checkpoint(path, old)
    _write_anew(path, old, new)
    for sidecar in backups.sidecars(path):  # of the old file: never replayed on the new
        sidecar.unlink(missing_ok=True)


def _snapshot_anew(path: Path, old: cipher.Key, new: cipher.Key) -> None:
    """One snapshot brought to ``new``, whatever state a killed rekey left it in.

    A plain snapshot that its own check finds damaged is of no use (restore refuses it) and is
    not kept in the clear in a protected folder. An encrypted one already in ``new``'s encoding
    is left as it is; one that ``old`` does not open either (an older passphrase) is kept.
    Anything else that fails (a full disk) raises: the rekey stops, to be tried again.
    """
    if not cipher.is_encrypted(path):
        if not _sound_plain(path):
            if new.encrypts:
                path.unlink(missing_ok=True)
            return
        if new.encrypts:
            _write_anew(path, cipher.PLAIN, new)
        return
    if new.encrypts and _opens(path, new):
        return
    if not _opens(path, old):
        return
    _write_anew(path, old, new)


def _sound_plain(path: Path) -> bool:
    """Whether a plain database file reads whole (errors of the disk are raised)."""
    try:
        with contextlib.closing(cipher.PLAIN.connect(path, read_only=True)) as connection:
            return bool(connection.execute("PRAGMA quick_check").fetchall() == [("ok",)])
    except cipher.OPERATIONAL_ERRORS:
        raise
    except cipher.DATABASE_ERRORS:
        return False


def _opens(path: Path, key: cipher.Key) -> bool:
    """Whether ``key``'s passphrase opens an encrypted file (errors of the disk are raised)."""
    if key.passphrase is None:
        return False
    try:
        with contextlib.closing(key.connect(path, read_only=True, encrypted=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            return True
    except cipher.DATABASE_ERRORS as error:
        if cipher.is_wrong_key(error):
            return False
        raise


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
        source = old.connect(path, sqlcipher=True)  # (sqlcipher_export is SQLCipher's)
        source.isolation_level = None
        try:
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
        files.sync_folder(path.parent)  # the new file under the name, after a power cut too
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
