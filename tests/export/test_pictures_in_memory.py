"""The PDF export reads each picture from the store when it draws it: no copy on the disk.

A protected journal's pictures would otherwise be in the clear in a temporary folder while it
runs; and a JPEG is embedded as it is, not decoded and compressed again.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image

from journal_app.export.pdf import export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt
from journal_app.store import cipher
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def test_a_protected_journals_pictures_never_touch_the_disk_and_jpegs_go_in_as_they_are(
    tmp_path: Path,
) -> None:
    pack = load_pack(MINIMAL)
    work = tmp_path / "temporary"
    work.mkdir()
    tempfile.tempdir = str(work)  # where a copy of the pictures would go
    try:
        with Repository.open(tmp_path / "data", key=cipher.Key("pw")) as repo:
            journal = repo.create_journal("Amina", pack)
            photo = pack.prompt("photo")
            assert isinstance(photo, ImagePrompt)
            picture = io.BytesIO()
            Image.new("RGB", (320, 240), "teal").save(picture, format="JPEG")
            info = repo.add_image(journal, photo, picture.getvalue(), caption="Our street")
            stored = repo.image_bytes(info.id)
            target = tmp_path / "journal.pdf"
            seen: list[list[str]] = []  # what the temporary folder holds while it runs

            def look(_fraction: float) -> None:
                seen.append(sorted(p.name for p in work.rglob("*")))

            export_pdf(pack, gather(repo, journal), target, on_progress=look)
        assert stored in target.read_bytes()  # the JPEG's own bytes: embedded as it is
        assert seen
        assert all(names == [] for names in seen), seen  # nothing, at any moment
    finally:
        tempfile.tempdir = None
