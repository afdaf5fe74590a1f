"""A journal on a write-protected USB stick or a read-only share: the reading commands still work.

The commands run as processes, on a folder whose permissions really forbid writing. Root ignores
permissions, so as root the process runs without the capabilities that let it (``setpriv``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.packs.loader import load_pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
ANSWER = "Words written on the workshop laptop, read back from a locked stick."

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

WITHOUT_OVERRIDE = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


def journal_app(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as a person runs it: without root's power to write anywhere."""
    prefix = WITHOUT_OVERRIDE if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "journal_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def write_journal(data: Path) -> None:
    pack = load_pack(MINIMAL)
    with Repository.open(data) as repo:
        journal = repo.create_journal("Amina", pack)
        prompt = pack.prompt("free")
        assert prompt is not None
        repo.save_answer(journal, prompt, TextValue(ANSWER))
        repo.take_snapshot("manual")


def everything(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry under ``folder`` with its size, modification time and mode."""
    seen = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        seen[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns, info.st_mode)
    return seen


@pytest.fixture
def protect() -> Iterator[list[Path]]:
    """Folders made read-only by a test; writable again afterwards, so they can be removed."""
    protected: list[Path] = []
    yield protected
    for folder in protected:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)


def make_read_only(folder: Path, protected: list[Path]) -> None:
    protected.append(folder)
    for path in sorted([folder, *folder.rglob("*")], key=lambda p: -len(p.parts)):
        path.chmod(0o500 if path.is_dir() else 0o400)


def test_the_precondition_writing_really_fails(tmp_path: Path, protect: list[Path]) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    make_read_only(folder, protect)
    prefix = WITHOUT_OVERRIDE if os.geteuid() == 0 else []
    touched = subprocess.run([*prefix, "touch", str(folder / "x")], capture_output=True)
    assert touched.returncode != 0
    assert not (folder / "x").exists()


def test_reading_commands_work_and_change_nothing(tmp_path: Path, protect: list[Path]) -> None:
    data = tmp_path / "stick"
    write_journal(data)
    make_read_only(data, protect)
    before = everything(data)
    out = tmp_path / "out"
    out.mkdir()

    exported = journal_app(
        "--data-dir", str(data), "--pack", str(MINIMAL), "export-pdf", "-o", str(out / "j.pdf")
    )
    assert exported.returncode == 0, exported.stderr
    assert (out / "j.pdf").stat().st_size > 1000

    handed = journal_app(
        "--data-dir", str(data), "--pack", str(MINIMAL), "hand-in", "-o", str(out / "h.journal.zip")
    )
    assert handed.returncode == 0, handed.stderr
    assert ANSWER.encode() in _answers_of(out / "h.journal.zip")

    listed = journal_app("--data-dir", str(data), "backups")
    assert listed.returncode == 0, listed.stderr
    assert "manual" in listed.stdout

    assert everything(data) == before  # no lock, no snapshot, no -shm, no chmod


def test_a_journal_not_closed_properly_is_one_clear_line(
    tmp_path: Path, protect: list[Path]
) -> None:
    """Its last saves are only in the -wal file, which cannot be merged on a read-only stick."""
    data = tmp_path / "data"
    pack = load_pack(MINIMAL)
    stick = tmp_path / "stick"
    stick.mkdir()
    with Repository.open(data) as repo:  # copied while the app is still open
        journal = repo.create_journal("Amina", pack)
        prompt = pack.prompt("free")
        assert prompt is not None
        repo.save_answer(journal, prompt, TextValue(ANSWER))
        for name in ("journal.sqlite3", "journal.sqlite3-wal"):
            shutil.copy(data / name, stick / name)
    assert (stick / "journal.sqlite3-wal").stat().st_size > 0
    make_read_only(stick, protect)

    result = journal_app(
        "--data-dir",
        str(stick),
        "--pack",
        str(MINIMAL),
        "export-pdf",
        "-o",
        str(tmp_path / "j.pdf"),
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "was not closed properly" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "j.pdf").exists()


def _answers_of(handin: Path) -> bytes:
    with zipfile.ZipFile(handin) as archive:
        return archive.read("answers.json")
