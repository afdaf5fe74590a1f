"""Where the app keeps its data.

One rule, in order: the ``--data-dir`` option, then the ``JOURNAL_APP_HOME`` environment
variable, then portable mode, then the platform's user data folder (platformdirs). Nothing else
in the app decides a location, so tests move everything with one fixture.

Portable mode is for a USB stick that carries the app and its journals together: when a file
named ``portable`` (or ``portable.txt``, which is what Windows Notepad saves) sits next to the
program, the data lives in a ``data`` folder beside it. For a macOS app bundle, "next to the
program" also means next to ``Reflection Journal.app``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from journal_app import APP_NAME

ENV_HOME = "JOURNAL_APP_HOME"
PORTABLE_MARKERS = ("portable", "portable.txt")
PORTABLE_DATA = "data"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder (not created).

    Args:
        override: the ``--data-dir`` value, if the user gave one.
    """
    if override is not None and str(override) != "":
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_HOME, "")
    if env:
        return Path(env).expanduser().resolve()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_packs_dir(base: Path) -> Path:
    """Folder inside the data folder where a user or facilitator drops extra packs."""
    return base / "packs"


def program_dirs() -> list[Path]:
    """Folders that count as "next to the program", nearest first.

    A frozen (PyInstaller) app: the executable's folder, and for a macOS bundle also the folder
    holding the ``.app``. Otherwise only a virtual environment of its own counts: the folder of
    the launched script when it lies inside ``sys.prefix`` (``journal-app`` in the venv's
    ``bin``). A shared folder such as ``~/.local/bin`` or ``/usr/local/bin`` never does: a
    stray file named ``portable`` there must not move a normal install's journals.
    """
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
    elif sys.prefix != sys.base_prefix and sys.argv and sys.argv[0] not in ("", "-c", "-m"):
        folder = Path(sys.argv[0]).resolve().parent
        if not folder.is_relative_to(Path(sys.prefix).resolve()):
            return []
    else:
        return []
    found = [folder]
    bundle = folder.parent.parent  # Reflection Journal.app/Contents/MacOS/<program>
    if folder.name == "MacOS" and folder.parent.name == "Contents" and bundle.suffix == ".app":
        found.append(bundle.parent)
    return found


def portable_data_dir(folders: list[Path] | None = None) -> Path | None:
    """The ``data`` folder of a portable copy, or ``None`` when no marker file is there.

    Args:
        folders: where to look for the marker (default: :func:`program_dirs`).
    """
    for folder in program_dirs() if folders is None else folders:
        if any((folder / marker).is_file() for marker in PORTABLE_MARKERS):
            return folder / PORTABLE_DATA
    return None
