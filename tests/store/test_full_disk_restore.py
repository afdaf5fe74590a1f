"""Restoring a backup on a really full disk: the message says so, and nothing changes.

The data folder lives on a 2 MB tmpfs mounted in a private mount namespace (``unshare``), filled
to the last byte before ``journal-app restore`` runs as a process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs and mount namespaces")

SETUP = textwrap.dedent(
    """
    import sqlite3, sys
    from pathlib import Path
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    data, pack = Path(sys.argv[1]), load_pack(Path(sys.argv[2]))
    with Repository.open(data) as repo:
        journal = repo.create_journal("Amina", pack)
        prompt = pack.prompt("free")
        repo.save_answer(journal, prompt, TextValue("old words"))
        snapshot = repo.take_snapshot("manual")
        repo.save_answer(journal, prompt, TextValue("new words"))
    if sys.argv[3] == "wal":  # as snapshots of versions before 0.3 were
        connection = sqlite3.connect(snapshot.path)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.close()
    print(snapshot.name)
    """
)

SESSION = textwrap.dedent(
    """
    set -eu
    mount -t tmpfs -o size=2m tmpfs "$DISK"
    name=$("$PYTHON" -c "$SETUP" "$DISK/data" "$PACK" "$MODE")
    sum_before=$(cd "$DISK/data" && find . -type f ! -name 'journal.lock*' | sort | xargs sha256sum)
    dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null || true
    set +e
    "$PYTHON" -m journal_app --data-dir "$DISK/data" restore "$name" 2>"$DISK/../stderr"
    echo "exit=$?"
    set -e
    sum_after=$(cd "$DISK/data" && find . -type f ! -name 'journal.lock*' | sort | xargs sha256sum)
    [ "$sum_before" = "$sum_after" ] && echo "unchanged" || echo "changed: $sum_after"
    cat "$DISK/../stderr"
    """
)


def can_mount() -> bool:
    return shutil.which("unshare") is not None and (
        subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0
    )


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_restore_on_a_full_disk_says_the_disk_is_full(tmp_path: Path, mode: str) -> None:
    if not can_mount():  # pragma: no cover - a kernel without user namespaces
        pytest.fail("this test needs 'unshare -rm' (user and mount namespaces) to make a full disk")
    disk = tmp_path / "disk"
    disk.mkdir()
    result = subprocess.run(
        ["unshare", "-rm", "bash", "-c", SESSION],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "DISK": str(disk),
            "PYTHON": sys.executable,
            "SETUP": SETUP,
            "PACK": str(MINIMAL),
            "MODE": mode,
        },
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "exit=1", result.stdout
    assert lines[1] == "unchanged", result.stdout
    message = lines[2:]
    assert len(message) == 1, message
    assert message[0].startswith("journal-app: Could not "), message
    assert "full" in message[0] or "No space" in message[0], message
    assert "cannot be used" not in message[0]  # the snapshot is fine: it is the disk
    assert "Traceback" not in result.stdout
