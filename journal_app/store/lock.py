"""One writer per data folder: an OS file lock, released by the OS even if the app is killed."""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

import filelock

from journal_app import files
from journal_app.i18n import translate
from journal_app.store.errors import DataFolderLocked, StorageError

LOCK_NAME = "journal.lock"
OWNER_NAME = "journal.lock.owner"


class DataFolderLock:
    """Holds the data folder's lock; ``release`` (or garbage collection) lets it go."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        # Not thread-local: the window opens the folder on a thread and closes it on another.
        self._lock = filelock.FileLock(
            data_dir / LOCK_NAME,
            timeout=0,
            mode=files.PRIVATE_FILE,
            thread_local=False,
            is_singleton=False,
        )
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise DataFolderLocked(data_dir, _read_owner(data_dir)) from None
        except OSError as error:
            raise StorageError(
                translate("store", "Cannot lock the data folder {folder}: {reason}.").format(
                    folder=data_dir, reason=error.strerror or error
                )
            ) from None
        files.tighten(data_dir / LOCK_NAME)  # one made 0644 by an earlier version
        with contextlib.suppress(OSError):  # only used to name the other copy in a message
            owner = data_dir / OWNER_NAME
            files.create_private(owner)  # 0600, like everything else in the folder
            files.tighten(owner)  # also one made 0644 by an earlier version
            owner.write_text(f"process {os.getpid()} on {socket.gethostname()}", encoding="utf-8")

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._lock.is_locked

    def release(self) -> None:
        """Let another copy of the app open the folder."""
        if self._lock.is_locked:
            self._lock.release()


def _read_owner(data_dir: Path) -> str | None:
    try:
        return (data_dir / OWNER_NAME).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None
