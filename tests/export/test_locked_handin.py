"""Hand-ins locked with a workshop passphrase (AES-256-GCM, the key from scrypt).

Written and read the real way (the store, ``write_handin``, ``read_handin``, ``compile``); the
file is searched byte by byte for the answer it carries.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from journal_app.export import handin as handins
from journal_app.export.compile import LockedHandIns, compile_handins
from journal_app.export.handin import HandInError, HandInLocked, read_handin, write_handin
from journal_app.export.submissions import is_submissions_export
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store import cipher
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
SECRET = "What I told the ministry, in confidence"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def hand_in(folder: Path, pack: Pack, name: str, passphrase: str | None) -> Path:
    with Repository.open(folder / f"data-{name}", snapshot_on_open=False) as repository:
        journal = repository.create_journal(name, pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue(f"{SECRET} ({name})"))
        return write_handin(
            repository, pack, journal, folder / name, workshop_passphrase=passphrase
        )


def test_a_locked_hand_in_holds_nothing_in_clear_and_opens_only_with_its_passphrase(
    tmp_path: Path, pack: Pack
) -> None:
    locked = hand_in(tmp_path, pack, "amina", "workshop 7")
    plain = hand_in(tmp_path, pack, "bo", None)
    assert locked.name == "amina.journal.zip"
    data = locked.read_bytes()
    assert data.startswith(handins.LOCKED_MAGIC)
    assert SECRET.encode() not in data
    assert b"answers.json" not in data  # not even the zip's names
    assert handins.is_locked(locked)
    assert not handins.is_locked(plain)
    with pytest.raises(HandInLocked, match="locked with a workshop passphrase") as caught:
        read_handin(locked)
    assert not caught.value.wrong
    with pytest.raises(HandInLocked, match="does not open this hand-in") as caught:
        read_handin(locked, "workshop 8")
    assert caught.value.wrong
    opened = read_handin(locked, "workshop 7")
    assert opened.journal_name == "amina"
    assert opened.answers[0]["value"] == {"text": f"{SECRET} (amina)"}
    assert read_handin(plain, "workshop 7").journal_name == "bo"  # a plain one: as always


def test_a_changed_byte_anywhere_is_refused(tmp_path: Path, pack: Pack) -> None:
    locked = hand_in(tmp_path, pack, "amina", "workshop 7")
    data = locked.read_bytes()
    header_end = data.index(b"\n", len(handins.LOCKED_MAGIC))
    for at in (header_end - 5, header_end + 10, len(data) // 2, len(data) - 1):
        changed = bytearray(data)
        changed[at] ^= 0x01
        target = tmp_path / f"changed-{at}.journal.zip"
        target.write_bytes(bytes(changed))
        with pytest.raises(HandInError):
            read_handin(target, "workshop 7")


@pytest.mark.parametrize(
    "costs",
    [
        '"n": 1073741824, "r": 8, "p": 1',  # 128 GiB of memory
        '"n": 1048576, "r": 16, "p": 4',  # 2 GiB, 14 s: what a hostile file may not ask
        '"n": 32768, "r": 8, "p": 64',  # work
        '"n": Infinity, "r": 8, "p": 1',  # not a number JSON allows
        '"n": 1e400, "r": 8, "p": 1',
        '"n": true, "r": 8, "p": 1',
        '"n": 32767, "r": 8, "p": 1',  # not a power of two
    ],
)
def test_a_header_asking_for_huge_or_odd_costs_is_refused_before_any_work(
    tmp_path: Path, costs: str
) -> None:
    line = (
        '{"cipher": "AES-256-GCM", "kdf": "scrypt", ' + costs + ", "
        '"salt": "AAAAAAAAAAAAAAAAAAAAAA==", "nonce": "AAAAAAAAAAAAAAAA"}'
    ).encode()
    target = tmp_path / "greedy.journal.zip"
    target.write_bytes(handins.LOCKED_MAGIC + line + b"\n" + b"\x00" * 64)
    with pytest.raises(HandInError, match="header is damaged"):
        read_handin(target, "anything")


def test_compile_opens_locked_hand_ins_with_the_workshop_passphrase(
    tmp_path: Path, pack: Pack
) -> None:
    files = [
        hand_in(tmp_path, pack, "amina", "workshop 7"),
        hand_in(tmp_path, pack, "bo", None),
        hand_in(tmp_path, pack, "carla", "workshop 7"),
    ]
    renamed = files[2].rename(tmp_path / "carla.zip")  # a locked file is a hand-in, any name
    files[2] = renamed
    assert not is_submissions_export(renamed)
    out = tmp_path / "outcome.pdf"
    with pytest.raises(LockedHandIns, match="locked with a workshop passphrase") as caught:
        compile_handins(files, pack, out)
    assert not caught.value.wrong
    with pytest.raises(LockedHandIns, match="does not open") as caught:
        compile_handins(files, pack, out, workshop_passphrase="workshop 8")
    assert caught.value.wrong
    assert not out.exists()
    report = compile_handins(files, pack, out, workshop_passphrase="workshop 7")
    assert report.handins == 3


def _hand_in_with_a_photo(folder: Path, pack: Pack, name: str, passphrase: str | None) -> Path:
    with Repository.open(folder / f"data-{name}", snapshot_on_open=False) as repository:
        journal = repository.create_journal(name, pack)
        free = pack.prompt("free")
        photo = pack.prompt("photo")
        assert free is not None
        assert isinstance(photo, ImagePrompt)
        repository.save_answer(journal, free, TextValue(f"{SECRET} ({name})"))
        picture = io.BytesIO()
        Image.effect_noise((300, 200), 60).convert("RGB").save(picture, format="JPEG")
        repository.add_image(journal, photo, picture.getvalue(), caption=f"{SECRET} caption")
        return write_handin(
            repository, pack, journal, folder / name, workshop_passphrase=passphrase
        )


@pytest.mark.parametrize("spool", ["sqlcipher", "sealed", "plain"])
def test_compiling_locked_hand_ins_leaves_nothing_in_the_clear_while_it_runs(
    tmp_path: Path, pack: Pack, spool: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compile's spool, where every answer and picture waits for the documents, is encrypted.

    With SQLCipher, every page; without it (as on Linux on ARM, where it has no wheel), each
    value sealed on its own. Plain hand-ins (the control) leave their answers readable in it, so
    the search can fail. The documents and the spreadsheet read everything back.
    """
    if spool == "sealed":  # this machine as one without sqlcipher3
        monkeypatch.setattr(cipher, "AVAILABLE", False)
        monkeypatch.setattr(cipher, "ENCRYPTED_MODULE", None)
    passphrase = None if spool == "plain" else "workshop 7"
    names = [f"Participant Zanele {n}" for n in range(3)]
    files = [_hand_in_with_a_photo(tmp_path, pack, name, passphrase) for name in names]
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    looks: list[dict[str, bytes]] = []  # the spool, at each progress

    def look(_fraction: float) -> None:
        looks.append({str(p): p.read_bytes() for p in temporary.rglob("spool.sqlite3")})

    tempfile.tempdir = str(temporary)
    try:
        report = compile_handins(
            files,
            pack,
            tmp_path / "outcome.pdf",
            docx_path=tmp_path / "outcome.docx",
            xlsx_path=tmp_path / "outcome.xlsx",
            show_names=True,
            all_answers=True,
            on_progress=look,
            workshop_passphrase=passphrase,
        )
    finally:
        tempfile.tempdir = None
    assert report.handins == 3
    during = [data for look in looks for data in look.values()]
    assert during  # the spool was looked at while the compile ran
    readable = [
        words
        for data in during
        for words in ("in confidence", "Zanele", "JFIF")  # answers and captions, names, photos
        if words.encode() in data
    ]
    if spool == "plain":
        assert readable  # the control: the same search finds plain hand-ins' answers
    else:
        assert readable == []
    if spool == "sqlcipher":
        assert not any(data.startswith(cipher.PLAIN_HEADER) for data in during)
    assert list(temporary.iterdir()) == []  # nothing left once it is done
    outcome = (tmp_path / "outcome.pdf").read_bytes()
    assert outcome.count(b"/Subtype /Image") == 3  # each picture, drawn from the spool
    with zipfile.ZipFile(tmp_path / "outcome.docx") as word:
        media = [n for n in word.namelist() if n.startswith("word/media/spool-")]
        document = word.read("word/document.xml")
    assert len(media) == 3  # each stored once,
    assert document.count(b"<pic:blipFill>") == 6  # and placed twice (synthesis, appendix)
    assert f"{SECRET} caption".encode() in document
    book = openpyxl.load_workbook(tmp_path / "outcome.xlsx", read_only=True)
    cells = {str(c) for sheet in book.worksheets for row in sheet.values for c in row}
    book.close()
    assert set(names) <= cells  # read back from the spool, whatever kept it
    assert f"{SECRET} (Participant Zanele 1)" in cells


def test_a_sealed_value_opens_only_as_itself() -> None:
    """Without SQLCipher each value is sealed for its column: changed or moved, it is refused."""
    import sqlite3

    from journal_app.export.compile.spool import _Seal

    seal = _Seal()
    sealed = seal.seal_text(SECRET, "texts.text")
    assert SECRET.encode() not in sealed
    assert seal.open_text(sealed, "texts.text") == SECRET
    assert seal.seal_text(SECRET, "texts.text") != sealed  # a fresh nonce each time
    with pytest.raises(sqlite3.DatabaseError, match="people.name was changed"):
        seal.open_text(sealed, "people.name")  # another column's value
    changed = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(sqlite3.DatabaseError, match="texts.text was changed"):
        seal.open_text(changed, "texts.text")
    with pytest.raises(sqlite3.DatabaseError):
        _Seal().open_text(sealed, "texts.text")  # another compile's key
