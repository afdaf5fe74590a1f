"""Files on a shared computer: the journal's private, what the person exports theirs to share.

The data folder is 0700 and the database, its snapshots and the crash logs 0600, whatever the
umask: on a shared laptop other accounts must not read a candid reflection. Exported files (PDFs,
hand-ins, CSVs) are the person's to hand out: they follow the umask, as any program's files do.
Nothing here fails: a file system without POSIX permissions (a FAT USB stick, Windows) keeps its
own rules.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def private_folder(path: Path) -> None:
    """Create ``path`` (and its parents) if needed, and make it the owner's alone.

    Raises:
        OSError: the folder cannot be created.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    tighten(path, PRIVATE_FOLDER)


def tighten(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Give ``path`` the permission bits ``mode`` if it is ours (no-op where they mean nothing)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only (if it does not exist yet)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def umask() -> int:
    """The process's umask, read without changing it (Linux), else by setting it back at once."""
    with contextlib.suppress(OSError, ValueError):
        status = Path("/proc/self/status").read_text(encoding="ascii")
        found = re.search(r"^Umask:\s*([0-7]+)$", status, re.MULTILINE)
        if found:
            return int(found.group(1), 8)
    current = os.umask(0o022)
    os.umask(current)
    return current


def shared_file_mode() -> int:
    """The mode a new file the person shares gets: 0666 less the umask, as ``open`` gives."""
    return 0o666 & ~umask()


def pid_tag() -> str:
    """The part of a temporary name that says which process made it (see ``clear_leftovers``)."""
    return f"pid{os.getpid()}-"


def clear_leftovers(folder: Path, prefix: str) -> int:
    """Remove what killed processes of the app left in ``folder``: names ``prefix`` + pid tag.

    Temporary files and folders are named ``prefix`` + :func:`pid_tag` + anything; one whose
    process is gone was left by a kill (an export stopped by a logout, a crash) and is removed.
    Those of running processes, another account's, and names that do not have exactly this
    shape are left alone.

    Returns:
        How many were removed.
    """
    shape = re.compile(re.escape(prefix) + r"pid(\d{1,10})-.*", re.DOTALL)
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in folder.glob(glob.escape(prefix) + "pid*"):
            found = shape.fullmatch(leftover.name)
            if found is None or _alive(int(found.group(1))) or not _ours(leftover):
                continue
            with contextlib.suppress(OSError):
                if leftover.is_dir() and not leftover.is_symlink():
                    shutil.rmtree(leftover)
                else:
                    leftover.unlink()
                removed += 1
    return removed


def _ours(path: Path) -> bool:
    if os.name != "posix":
        return True
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True  # another account's process, or a number no process has: leave it
    return True


def temporary_beside(target: Path, suffix: str = "") -> Path:
    """A new, empty, private file beside ``target``, to be renamed over it once complete.

    Named ``.<target name>.`` + :func:`pid_tag` + random + ``suffix``; what killed runs left there
    for the same target is cleared first.

    Raises:
        OSError: the folder cannot be written.
    """
    prefix = f".{target.name}."
    clear_leftovers(target.parent, prefix)
    handle, name = tempfile.mkstemp(prefix=prefix + pid_tag(), suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


@contextlib.contextmanager
def atomic_output(target: Path, *, private: bool = False, suffix: str = "") -> Iterator[Path]:
    """A file to write ``target`` into, renamed over it only once the block completes.

    The block writes the yielded path (beside ``target``, see :func:`temporary_beside`). When it
    returns, the file is flushed to disk, given its mode and renamed into place in one step;
    when it raises (an error, a cancel, a kill's signal), the file is removed and ``target``,
    if it existed, is untouched. Every writer of the person's files goes through here.

    Args:
        target: the file to write.
        private: the owner's alone (0600: snapshots, anything from the journal kept in the data
            folder); otherwise the person's to share: an existing file's mode is kept, a new one
            follows the umask, as any program's files do.
        suffix: the temporary file's ending.

    Raises:
        OSError: the folder cannot be written, the disk is full, the rename fails.
    """
    temporary = temporary_beside(target, suffix)  # private (0600) from the first byte
    try:
        yield temporary
        if not private:
            try:
                mode = target.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = shared_file_mode()
            os.chmod(temporary, mode)
        with open(temporary, "r+b") as written:
            os.fsync(written.fileno())  # on the disk before it takes the name (a pulled USB stick)
        os.replace(temporary, target)
        sync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def sync_folder(folder: Path) -> None:
    """Make ``folder``'s entries durable: a rename, a new or a removed file survives a power cut.

    ``os.replace`` makes a file take a name at once for every program, but the folder's entry
    reaches the disk later: a power cut (not a crash or a kill) could bring the old name back.
    POSIX only: Windows cannot open a folder this way (a rename there rests on NTFS's own
    journal, written a little later). Never fails (some file systems refuse to sync a folder).
    """
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def work_folder(prefix: str) -> tempfile.TemporaryDirectory[str]:
    """A private temporary folder named ``prefix`` + :func:`pid_tag`, killed runs' cleared first.

    A folder that cannot be removed at the end (a file in it held open elsewhere) is left for
    the next run to clear: the work done is not failed for it.
    """
    clear_leftovers(Path(tempfile.gettempdir()), prefix)
    return tempfile.TemporaryDirectory(prefix=prefix + pid_tag(), ignore_cleanup_errors=True)


def writable(folder: Path) -> bool:
    """Whether this account can write in ``folder`` (false on a write-protected USB stick)."""
    return os.access(folder, os.W_OK)
