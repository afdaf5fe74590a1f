"""An export killed half-way (a logout, a crash) leaves nothing behind once the next one runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from journal_app.export.pdf import export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.store.repository import Repository

ROOT = Path(__file__).resolve().parent.parent.parent
MINIMAL = ROOT / "tests" / "data" / "minimal-pack.json"

STALLED_EXPORT = """
import sys, time
from pathlib import Path
from journal_app.export.pdf import export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.store.repository import Repository

pack = load_pack(Path(sys.argv[1]))
with Repository.open(Path(sys.argv[2]), snapshot_on_open=False) as repo:
    content = gather(repo, repo.journals()[0])

def stall(_fraction):
    Path(sys.argv[4]).touch()  # half-way: the partial PDF exists
    time.sleep(600)

export_pdf(pack, content, Path(sys.argv[3]), on_progress=stall)
"""


def leftovers(folder: Path, target: Path) -> list[Path]:
    mine = [p for p in Path(tempfile.gettempdir()).glob("journal-export-pid*")]
    return sorted(folder.glob(f".{target.name}.*.partial")) + mine


def test_the_next_export_clears_what_a_killed_one_left(tmp_path: Path) -> None:
    pack = load_pack(MINIMAL)
    data = tmp_path / "data"
    with Repository.open(data, snapshot_on_open=False) as repo:
        repo.create_journal("Amina", pack)
    target = tmp_path / "out" / "journal.pdf"
    target.parent.mkdir()
    marker = tmp_path / "half-way"
    before = set(Path(tempfile.gettempdir()).glob("journal-export-pid*"))
    process = subprocess.Popen(
        [sys.executable, "-c", STALLED_EXPORT, str(MINIMAL), str(data), str(target), str(marker)],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, "the export ended before it was half-way"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)  # a real kill: no cleanup runs
    process.wait(10)
    left = [p for p in leftovers(target.parent, target) if p not in before]
    # The partial PDF, and nothing else: pictures are read from the store as they are drawn,
    # never copied to a temporary folder (a protected journal's would be in the clear there).
    assert len(left) == 1, left
    assert not target.exists()

    with Repository.open(data, snapshot_on_open=False) as repo:
        export_pdf(pack, gather(repo, repo.journals()[0]), target)
    assert target.is_file()
    assert [p for p in left if p.exists()] == []
