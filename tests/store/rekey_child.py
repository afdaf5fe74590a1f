"""Child process of the rekey kill test: changes a folder's passphrase, until it is killed.

Usage: ``python rekey_child.py DATA_DIR OLD NEW`` ("-" for no passphrase). Prints ``done`` at the
end (a kill usually comes before).
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal_app.store import cipher
from journal_app.store.repository import Repository


def main() -> None:
    """Open with OLD, change to NEW."""
    data_dir = Path(sys.argv[1])
    old, new = (None if a == "-" else a for a in sys.argv[2:4])
    key = cipher.Key.for_folder(data_dir, old)
    with Repository.open(data_dir, snapshot_on_open=False, key=key) as repository:
        print("ready", flush=True)
        repository.change_passphrase(new)
    print("done", flush=True)


if __name__ == "__main__":
    main()
