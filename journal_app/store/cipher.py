"""The journal database encrypted at rest with a passphrase (SQLCipher), or plain SQLite.

Optional and off by default. A plain SQLite file starts with the header ``SQLite format 3``; an
SQLCipher file is random bytes from its first byte (its salt, then encrypted pages), as is a
damaged file. What tells the two apart is the data folder's :data:`MARK` file, written before
a database is encrypted and removed after it is decrypted (so a kill in between leaves the mark
with a plain file, which its header shows): without it a file without the header is damaged,
as before encryption existed. :class:`Key` opens either: a plain file with the standard ``sqlite3``
module, whatever the key; an encrypted one with ``sqlcipher3`` (SQLCipher 4: AES-256 pages, an
HMAC per page, the key derived from the passphrase with PBKDF2-HMAC-SHA512, 256,000 iterations,
SQLCipher's own defaults). Its ``-wal`` file holds encrypted pages too; temporary tables and
indices are kept in memory (``temp_store=MEMORY``), never in a temporary file.

SQLCipher says nothing on standard error (its log, on by default, would print a wrong
passphrase's decryption failures into a terminal). Its errors are not ``sqlite3``'s classes:
:data:`ERRORS` and friends catch both.

Wheels of ``sqlcipher3`` 0.6.4 (SQLCipher 4.19, SQLite 3.53, OpenSSL linked in) exist for
CPython 3.11 on Linux x86-64 (manylinux), Windows (x86-64, ARM64) and macOS (x86-64, arm64), not
for Linux arm64.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from journal_app.i18n import translate
from journal_app.store.errors import PassphraseNeeded, StoreError

try:
    import sqlcipher3  # type: ignore[import-untyped]
except ImportError:  # no wheel for this machine (see pyproject.toml): no encryption here
    sqlcipher3 = None


class _Never(Exception):
    """Never raised (SQLCipher is not installed): stands in for its error classes."""


AVAILABLE: Final = sqlcipher3 is not None
"""Whether this installation can open encrypted databases."""
ENCRYPTED_MODULE: Final[Any] = sqlcipher3.dbapi2 if sqlcipher3 is not None else None
"""The DB-API module of encrypted databases (SQLAlchemy is given it, to wrap its errors)."""
_CIPHER_ERROR: Final[Any] = ENCRYPTED_MODULE.Error if ENCRYPTED_MODULE is not None else _Never
_CIPHER_DATABASE_ERROR: Final[Any] = (
    ENCRYPTED_MODULE.DatabaseError if ENCRYPTED_MODULE is not None else _Never
)
_CIPHER_OPERATIONAL_ERROR: Final[Any] = (
    ENCRYPTED_MODULE.OperationalError if ENCRYPTED_MODULE is not None else _Never
)

PLAIN_HEADER: Final = b"SQLite format 3\x00"
ERRORS: Final[tuple[type[Exception], ...]] = (sqlite3.Error, _CIPHER_ERROR)
"""Any error of either module (``except ERRORS``)."""
FILE_ERRORS: Final[tuple[type[Exception], ...]] = (OSError, sqlite3.Error, _CIPHER_ERROR)
"""Those, and the file system's."""
DATABASE_ERRORS: Final[tuple[type[Exception], ...]] = (
    sqlite3.DatabaseError,
    _CIPHER_DATABASE_ERROR,
)
OPERATIONAL_ERRORS: Final[tuple[type[Exception], ...]] = (
    sqlite3.OperationalError,
    _CIPHER_OPERATIONAL_ERROR,
)

Connection = Any
"""A ``sqlite3`` or ``sqlcipher3`` connection (the same DB-API; sqlcipher3 has no stubs)."""


def is_encrypted(path: Path) -> bool:
    """Whether the database file at ``path`` is encrypted (False if missing or empty)."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return bool(header) and header != PLAIN_HEADER


def quoted(text: str) -> str:
    """``text`` as an SQL string literal (``PRAGMA key``, ``ATTACH … KEY`` take no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def quoted_name(name: str) -> str:
    """``name`` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def check_passphrase(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be used, in a sentence; None if it can."""
    if not passphrase:
        return translate("store", "A passphrase cannot be empty.")
    if "\x00" in passphrase:
        return translate("store", "A passphrase cannot contain a NUL character.")
    return None


MARK: Final = "protected"
"""The file in a data folder whose journals are encrypted (it holds no secret)."""
MARK_TEXT: Final = (
    "The journals in this folder are encrypted with a passphrase (SQLCipher 4).\n"
    "A forgotten passphrase cannot be recovered.\n"
)


DATABASE_NAME: Final = "journal.sqlite3"
"""The database file of a data folder (``db.DB_NAME``)."""


def is_protected(data_dir: Path) -> bool:
    """Whether the data folder's journals are encrypted.

    Its :data:`MARK` is there, and its database is not a plain SQLite file: a mark beside a
    plain database is what a killed change of passphrase left (see ``protection.finish``), and
    a plain database opens as it is, whatever passphrase is typed.
    """
    if not (data_dir / MARK).is_file():
        return False
    database = data_dir / DATABASE_NAME
    return not _has_content(database) or is_encrypted(database)


@dataclass(frozen=True)
class Key:
    """The passphrase a data folder's database is opened with, or none.

    ``repr`` never shows the passphrase (a key may reach a log or a crash report).

    Attributes:
        passphrase: The passphrase; None for none.
        protected: Whether the folder is marked encrypted (:func:`for_folder`): then a file
            without SQLite's header is encrypted rather than damaged.
    """

    passphrase: str | None = field(default=None, repr=False)
    protected: bool = False

    @classmethod
    def for_folder(cls, data_dir: Path, passphrase: str | None = None) -> Key:
        """The key of a data folder's journals, with ``passphrase`` if one was given."""
        return cls(passphrase, is_protected(data_dir))

    def __post_init__(self) -> None:
        if self.passphrase is not None and check_passphrase(self.passphrase) is not None:
            raise ValueError("an empty passphrase, or one with a NUL character")

    @property
    def encrypts(self) -> bool:
        """Whether a new database made with this key is encrypted."""
        return self.passphrase is not None

    def encrypted(self, path: Path) -> bool:
        """Whether ``path`` is opened as an encrypted database with this key.

        A new or empty file is when the key has a passphrase; a file without SQLite's header is
        when the folder is protected or the key has a passphrase (else it is damaged).
        """
        if not _has_content(path):
            return self.encrypts
        return is_encrypted(path) and (self.protected or self.encrypts)

    def connect(
        self,
        path: Path,
        *,
        read_only: bool = False,
        immutable: bool = False,
        timeout: float = 5.0,
        encrypted: bool | None = None,
        sqlcipher: bool = False,
    ) -> Connection:
        """A connection to ``path``: plain, or keyed with the passphrase before anything else.

        Args:
            path: The database file.
            read_only: Open it so that nothing can be written (``mode=ro``).
            immutable: Also tell SQLite the file cannot change (a folder that cannot be written).
            timeout: Seconds to wait for a lock.
            encrypted: Whether the file is encrypted; by default its header says (a new or
                empty file is encrypted when the key has a passphrase).
            sqlcipher: Open a plain file with SQLCipher's module too (unkeyed), for what only
                SQLCipher does (``sqlcipher_export``).

        Raises:
            PassphraseNeeded: the file is encrypted and the key has no passphrase.
            sqlite3.Error, sqlcipher3.Error: as ``connect`` raises them. A wrong passphrase is
                only found out at the first read ("file is not a database").
        """
        if encrypted is None:
            encrypted = self.encrypted(path)
        if read_only or immutable:
            flags = "mode=ro&immutable=1" if immutable else "mode=ro"
            target, uri = f"{path.resolve().as_uri()}?{flags}", True
        else:
            target, uri = str(path), False
        if not encrypted and not sqlcipher:
            return sqlite3.connect(target, uri=uri, timeout=timeout)
        if encrypted and self.passphrase is None:
            raise PassphraseNeeded(path)
        if ENCRYPTED_MODULE is None:
            raise StoreError(
                translate(
                    "store",
                    "The journals in {folder} are protected by a passphrase, and this copy of"
                    " Reflection Journal cannot open protected journals on this computer.",
                ).format(folder=path.parent)
            )
        if not encrypted:
            return _sqlcipher_connect(target, None, uri=uri, timeout=timeout)
        assert self.passphrase is not None
        return _sqlcipher_connect(target, quoted(self.passphrase), uri=uri, timeout=timeout)


def _sqlcipher_connect(
    target: str, key: str | None, *, uri: bool = False, timeout: float = 5.0
) -> Connection:
    """An SQLCipher connection to ``target``, keyed with ``key`` (an SQL literal) first.

    Any thread may use it, one at a time (SQLAlchemy's pool hands it to one thread at a time;
    it sets this itself for plain files, not for connections made here). SQLCipher's log is
    off; temporary tables and indices stay in memory. ``key`` None: a plain file, unkeyed.
    """
    connection = ENCRYPTED_MODULE.connect(target, uri=uri, timeout=timeout, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            connection.execute(f"PRAGMA key = {key}")
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


PLAIN: Final = Key()
"""No passphrase: plain databases only."""


def scratch(path: Path, *, private: bool) -> Connection:
    """A new scratch database at ``path`` (e.g. the compile's spool), usable from any thread.

    ``private``: encrypted (where SQLCipher is installed) with a random 256-bit key that is
    never written anywhere and is forgotten with the connection, so that what a locked hand-in
    held is never in the clear on the disk; given as a raw key, it costs no key derivation.
    Where SQLCipher is not installed it is plain: the caller then seals what it writes (as the
    compile's spool does). Temporary tables and indices stay in memory.
    """
    if not private or ENCRYPTED_MODULE is None:
        connection = sqlite3.connect(path, check_same_thread=False)
        connection.execute("PRAGMA temp_store = MEMORY")
    else:
        connection = _sqlcipher_connect(str(path), f"\"x'{secrets.token_hex(32)}'\"")
    connection.isolation_level = None  # (the caller begins and commits)
    return connection


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def base_error(error: BaseException) -> type[Exception]:
    """The ``Error`` class of the module that raised ``error`` (for ``DBAPIError.instance``)."""
    if isinstance(error, _CIPHER_ERROR):
        return _CIPHER_ERROR  # type: ignore[no-any-return]
    return sqlite3.Error


def is_wrong_key(error: BaseException) -> bool:
    """Whether ``error`` is SQLCipher's answer to a wrong passphrase (or a damaged first page)."""
    return isinstance(error, _CIPHER_DATABASE_ERROR) and "not a database" in str(error)
