"""Errors of the store. Each carries a message written for the person using the app.

These are errors of the environment (a damaged file, a full disk, a second copy of the app),
not bugs: the window shows them in a dialog, the command line prints them on one line.
"""

from __future__ import annotations

from pathlib import Path

from journal_app.i18n import translate


class StoreError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""


class DatabaseCorrupt(StoreError):
    """The database file is damaged or is not a journal database. It was left untouched."""

    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup
        if latest_backup is not None:
            message = translate(
                "store",
                "The journal database {path} cannot be read ({detail}). It has not been changed."
                " The latest backup is {backup}: restore it with 'journal-app restore {backup}'.",
            ).format(path=path, detail=detail, backup=latest_backup.name)
        else:
            message = translate(
                "store",
                "The journal database {path} cannot be read ({detail}). It has not been changed."
                " There is no backup of it yet.",
            ).format(path=path, detail=detail)
        super().__init__(message)


class DatabaseTooNew(StoreError):
    """The database was written by a newer version of the app. It was left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            translate(
                "store",
                "The journal database {path} was saved by a newer version of Reflection Journal"
                " (schema {revision}). Install the newer version to open it; this file has not been"
                " changed.",
            ).format(path=path, revision=revision)
        )


class DataFolderLocked(StoreError):
    """Another copy of the app has the data folder open."""

    def __init__(self, data_dir: Path, holder: str | None) -> None:
        self.data_dir = data_dir
        self.holder = holder
        if holder:
            message = translate(
                "store",
                "The journal in {folder} is already open in another copy of Reflection Journal"
                " ({holder}). Close that copy first, or use another data folder.",
            ).format(folder=data_dir, holder=holder)
        else:
            message = translate(
                "store",
                "The journal in {folder} is already open in another copy of Reflection Journal."
                " Close that copy first, or use another data folder.",
            ).format(folder=data_dir)
        super().__init__(message)


class StorageError(StoreError):
    """Saving failed (disk full, read-only folder…). Everything saved before is still there."""


class InvalidAnswer(StoreError):
    """An answer does not fit its prompt (a bug in the caller, or a hand-in that lies).

    ``reason`` is already in the user's language (the caller translates it).
    """

    def __init__(self, prompt_id: str, reason: str) -> None:
        self.prompt_id = prompt_id
        self.reason = reason
        super().__init__(
            translate("store", "The answer to prompt {prompt} does not fit it: {reason}").format(
                prompt=repr(prompt_id), reason=reason
            )
        )


class ImageRejected(StoreError):
    """A picture cannot be added; the message says why."""


class JournalNotFound(StoreError):
    """No journal with that name or id."""


class BackupError(StoreError):
    """A backup could not be made, listed or restored."""


class PassphraseNeeded(StoreError):
    """The database is encrypted and no passphrase was given. It was left untouched."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            translate(
                "store",
                "The journals in {folder} are protected by a passphrase: give it to open them.",
            ).format(folder=path.parent)
        )


class WrongPassphrase(StoreError):
    """The passphrase does not open the database. It was left untouched."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            translate(
                "store",
                "That passphrase does not open the journals in {folder}. Check it and try again"
                " (a forgotten passphrase cannot be recovered).",
            ).format(folder=path.parent)
        )
