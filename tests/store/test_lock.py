"""One writer per data folder: a second copy is told the journal is open, and nothing breaks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.errors import DataFolderLocked
from journal_app.store.repository import Repository

HOLDER = """
import sys, time
from pathlib import Path
from journal_app.store.repository import Repository
repo = Repository.open(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(60)
"""


def test_second_open_in_the_same_process_is_refused(data_dir: Path, pack: Pack) -> None:
    free = pack.prompt("free")
    assert free is not None
    with Repository.open(data_dir) as first:
        journal = first.create_journal("Amina", pack)
        with pytest.raises(DataFolderLocked) as caught:
            Repository.open(data_dir)
        assert str(caught.value).startswith(
            f"The journal in {data_dir} is already open in another copy"
        )
        assert f"process {os.getpid()}" in str(caught.value)
        first.save_answer(journal, free, TextValue("still writable"))  # the first copy is unharmed
    with Repository.open(data_dir) as again:  # released on close
        assert again.answers(again.journals()[0])["free"].value == TextValue("still writable")


def test_another_process_holding_the_folder_and_then_killed(data_dir: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline() == "holding\n"
            with pytest.raises(DataFolderLocked, match=f"process {holder.pid}"):
                Repository.open(data_dir)
        finally:
            os.kill(holder.pid, signal.SIGKILL)
            holder.communicate(timeout=30)
    Repository.open(data_dir).close()  # the OS released the lock of the killed process
