"""Setting, changing and removing a passphrase, killed (SIGKILL) at random moments.

After each kill the folder opens with the old or the new passphrase (whichever its database is
in), every answer is there, and once opened nothing of the journals is in the clear unless the
journals are plain. The child is the real store (``rekey_child.py``), on a folder with a
hundred answers and a dozen snapshots, so that a kill lands anywhere in the work.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.packs.loader import load_pack
from journal_app.packs.model import TextPrompt
from journal_app.store import backups, cipher
from journal_app.store.answers import TextValue
from journal_app.store.errors import WrongPassphrase
from journal_app.store.repository import Repository

CHILD = Path(__file__).with_name("rekey_child.py")
JOURNAL = Path(__file__).parent.parent.parent / "prompts" / "idiaspora-journal.json"
KILLS = 6
MARKER = "KILLED-REKEY-ANSWER"


def fill(data_dir: Path, passphrase: str | None) -> dict[str, str]:
    """A journal with an answer to every text prompt, and a dozen snapshots."""
    pack = load_pack(JOURNAL)
    expected: dict[str, str] = {}
    with Repository.open(data_dir, key=cipher.Key(passphrase)) as repository:
        journal = repository.create_journal("Amina", pack)
        for n, prompt in enumerate(p for p in pack.prompts() if isinstance(p, TextPrompt)):
            if prompt.items:
                continue
            text = f"{MARKER} {n} " + "lorem ipsum dolor " * 40
            repository.save_answer(journal, prompt, TextValue(text))
            expected[prompt.id] = text
        for _ in range(12):
            repository.take_snapshot()
    return expected


def opened(data_dir: Path, passphrases: tuple[str | None, str | None]) -> str | None:
    """The passphrase of the two that opens the folder now (asserting one does)."""
    for passphrase in passphrases:
        key = cipher.Key.for_folder(data_dir, passphrase)
        if key.protected != (passphrase is not None):
            continue  # the folder's state says this one cannot be it
        try:
            Repository.open(data_dir, snapshot_on_open=False, key=key).close()
        except WrongPassphrase:
            continue
        return passphrase
    raise AssertionError(f"neither passphrase opens {data_dir}")


@pytest.mark.parametrize(
    ("old", "new"), [(None, "new phrase"), ("old phrase", "new phrase"), ("old phrase", None)]
)
def test_a_killed_change_of_passphrase_leaves_the_old_or_the_new_and_loses_nothing(
    tmp_path: Path, old: str | None, new: str | None
) -> None:
    rng = random.Random()
    seed = rng.randrange(2**32)
    rng.seed(seed)
    data_dir = tmp_path / "data"
    expected = fill(data_dir, old)
    current = old
    for kill in range(KILLS):
        target = new if current == old else old  # back and forth, from wherever it is
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(data_dir), current or "-", target or "-"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 1.5))  # (a whole change takes a few seconds here)
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=30)
        context = f"kill {kill}, {current!r} → {target!r}, seed {seed}"
        current = opened(data_dir, (current, target))
        key = cipher.Key.for_folder(data_dir, current)
        with Repository.open(data_dir, snapshot_on_open=False, key=key) as repository:
            answers = repository.answers(repository.journals()[0])
            for prompt_id, text in expected.items():
                assert answers[prompt_id].value == TextValue(text), context
        leaks = [
            str(p.relative_to(data_dir))
            for p in data_dir.rglob("*")
            if p.is_file() and MARKER.encode() in p.read_bytes()
        ]
        if current is not None:
            assert leaks == [], context  # the open finished what the kill left in the clear
            assert all(cipher.is_encrypted(b.path) for b in backups.list_backups(data_dir))
        else:
            assert "journal.sqlite3" in leaks, context  # (plain: as chosen)
