"""Where the app keeps its data.

One rule, in order: the ``--data-dir`` option, then the ``JOURNAL_APP_HOME`` environment
variable, then the platform's user data folder (platformdirs). Nothing else in the app decides
a location, so tests move everything with one fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from journal_app import APP_NAME

ENV_HOME = "JOURNAL_APP_HOME"


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
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_packs_dir(base: Path) -> Path:
    """Folder inside the data folder where a user or facilitator drops extra packs."""
    return base / "packs"
