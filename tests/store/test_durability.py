"""A saved answer survives a hard kill: SIGKILL a writing process at random moments, many times."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.packs.loader import load_pack
from journal_app.store import cipher
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

TRIALS = 30
"""Kills of a plain journal's writer; an encrypted one's: half (each open derives its key)."""
WRITER = Path(__file__).with_name("kill_writer.py")
JOURNAL = Path(__file__).parent.parent.parent / "prompts" / "idiaspora-journal.json"


@pytest.mark.parametrize("passphrase", [None, "kill test: ünïcode & 'quotes'"])
def test_every_acknowledged_save_survives_sigkill(tmp_path: Path, passphrase: str | None) -> None:
    # The whole journal, with room for many pictures per image prompt.
    document = json.loads(JOURNAL.read_text(encoding="utf-8"))
    for section in document["sections"]:
        for group in section["groups"]:
            for prompt in group["prompts"]:
                if prompt["kind"] == "image":
                    prompt["max_images"] = 20
    pack_path = tmp_path / "pack.json"
    pack_path.write_text(json.dumps(document), encoding="utf-8")
    load_pack(pack_path)  # the writer must be able to load it
    data_dir = tmp_path / "data"
    seed = random.randrange(2**32)
    rng = random.Random(seed)

    acked: dict[str, int] = {}  # prompt id -> highest acknowledged n
    acked_images = 0
    start = 0
    for trial in range(TRIALS if passphrase is None else TRIALS // 2):
        environment = dict(os.environ)
        if passphrase is not None:
            environment["JOURNAL_APP_PASSPHRASE"] = passphrase
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), str(pack_path), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready == "ready\n", (
            f"writer failed to start: {ready!r} {child.stderr.read() if child.stderr else ''}"
        )
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        images_this_trial = 0
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "A":  # an answer save returned
                acked[parts[1]] = int(parts[2])
                start = max(start, int(parts[2]) + 1)
            elif len(parts) == 2 and parts[0] == "I":
                images_this_trial += 1
        acked_images += images_this_trial
        start += 1  # the save in flight when killed may or may not have committed

        context = f"trial {trial}, seed {seed}"
        db = data_dir / "journal.sqlite3"
        key = cipher.Key.for_folder(data_dir, passphrase)
        assert cipher.is_encrypted(db) == (passphrase is not None), context
        with contextlib.closing(key.connect(db)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        with Repository.open(data_dir, snapshot_on_open=False, key=key) as repo:  # (unlocked)
            journal = repo.journal_by_name("kill-test")
            stored = repo.answers(journal)
            for prompt_id, n in acked.items():
                value = stored[prompt_id].value
                assert value is not None, context
                assert isinstance(value, TextValue), context
                saved_n = int(value.text.split(":", 1)[0])
                assert saved_n >= n, f"{context}: {prompt_id} lost save {n} (has {saved_n})"
            pictures = len(repo.images(journal))
            assert acked_images <= pictures <= acked_images + 1, context
            acked_images = pictures  # an unacknowledged one may have landed
    assert len(acked) >= 20, f"the writer barely ran (seed {seed})"
    assert acked_images >= 1, f"no picture was saved (seed {seed})"
