"""Child process of the durability test: saves answers as fast as it can until it is killed.

After each save returns it prints one line, so the parent knows which saves were acknowledged:
``A <prompt id> <n>`` for an answer whose text starts with ``<n>:``, ``I <n>`` for the n-th
picture. Usage: ``python kill_writer.py DATA_DIR PACK START``; with ``JOURNAL_APP_PASSPHRASE`` set,
the journals are protected by it (encrypted from the first save).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt, TextPrompt
from journal_app.store import cipher
from journal_app.store.answers import TextValue
from journal_app.store.errors import JournalNotFound
from journal_app.store.repository import Repository


def main() -> None:
    """Write until killed."""
    data_dir, pack_path, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    pack = load_pack(pack_path)
    prompts = [p for p in pack.prompts() if isinstance(p, TextPrompt) and not p.items]
    photos = [p for p in pack.prompts() if isinstance(p, ImagePrompt)]
    picture = io.BytesIO()
    Image.new("RGB", (32, 32), "green").save(picture, format="PNG")
    key = cipher.Key.for_folder(data_dir, os.environ.get("JOURNAL_APP_PASSPHRASE"))
    repo = Repository.open(data_dir, key=key)  # the real start-up: lock, checks, snapshot
    try:
        journal = repo.journal_by_name("kill-test")
    except JournalNotFound:
        journal = repo.create_journal("kill-test", pack)
    print("ready", flush=True)
    n = start
    while True:
        prompt = prompts[n % len(prompts)]
        repo.save_answer(journal, prompt, TextValue(f"{n}:" + "lorem ipsum " * (n % 50)))
        print(f"A {prompt.id} {n}", flush=True)
        if n % 211 == 0:
            photo = photos[n % len(photos)]
            if len(repo.images(journal, photo.id)) < photo.max_images:
                repo.add_image(journal, photo, picture.getvalue(), caption=str(n))
                print(f"I {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
