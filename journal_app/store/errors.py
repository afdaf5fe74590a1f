"""Errors of the store. Each carries a message written for the person using the app.

These are errors of the environment (a damaged file, a full disk, a second copy of the app),
not bugs: the window shows them in a dialog, the command line prints them on one line.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""


class DatabaseCorrupt(StoreError):
    """The database file is damaged or is not a journal database. It was left untouched."""

    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup
        offer = (
            f" The latest backup is {latest_backup.name}: restore it with"
            f" 'journal-app restore {latest_backup.name}'."
            if latest_backup is not None
            else " There is no backup of it yet."
        )
        super().__init__(
            f"The journal database {path} cannot be read ({detail}). It has not been changed."
            + offer
        )


class DatabaseTooNew(StoreError):
    """The database was written by a newer version of the app. It was left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"The journal database {path} was saved by a newer version of Reflection Journal"
            f" (schema {revision}). Install the newer version to open it; this file has not been"
            " changed."
        )


class DataFolderLocked(StoreError):
    """Another copy of the app has the data folder open."""

    def __init__(self, data_dir: Path, holder: str | None) -> None:
        self.data_dir = data_dir
        self.holder = holder
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"The journal in {data_dir} is already open in another copy of Reflection Journal{who}."
            " Close that copy first, or use another data folder."
        )


class StorageError(StoreError):
    """Saving failed (disk full, read-only folder…). Everything saved before is still there."""


class InvalidAnswer(StoreError):
    """An answer does not fit its prompt (a bug in the caller, or a hand-in that lies)."""

    def __init__(self, prompt_id: str, reason: str) -> None:
        self.prompt_id = prompt_id
        self.reason = reason
        super().__init__(f"The answer to prompt {prompt_id!r} does not fit it: {reason}")


class ImageRejected(StoreError):
    """A picture cannot be added; the message says why."""


class JournalNotFound(StoreError):
    """No journal with that name or id."""


class BackupError(StoreError):
    """A backup could not be made, listed or restored."""
