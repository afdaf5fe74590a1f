"""Journals protected by a passphrase (SQLCipher): nothing in clear on disk, the same guarantees.

Each test works on a real data folder through the store's own API, and searches every file in
it, byte by byte, for answers it saved.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store import backups, cipher, db, protection
from journal_app.store.answers import TextValue
from journal_app.store.errors import (
    DatabaseCorrupt,
    PassphraseNeeded,
    StoreError,
    WrongPassphrase,
)
from journal_app.store.repository import Repository

SECRET = "Our ministry ignores the diaspora — قالت الوزارة"
SECRET_BYTES = [SECRET.encode("utf-8"), "قالت الوزارة".encode()]


def in_clear(data_dir: Path) -> list[str]:
    """Every file of the folder (the database, its -wal, snapshots…) holding a saved text."""
    return sorted(
        str(path.relative_to(data_dir))
        for path in data_dir.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in SECRET_BYTES)
    )


def save_secret(repo: Repository, pack: Pack, text: str = SECRET) -> None:
    journals = repo.journals()
    journal = journals[0] if journals else repo.create_journal("Amina", pack)
    free = pack.prompt("free")
    assert free is not None
    repo.save_answer(journal, free, TextValue(text))


def read_secret(repo: Repository, pack: Pack) -> str:
    free = pack.prompt("free")
    assert free is not None
    value = repo.answers(repo.journals()[0])[free.id].value
    assert isinstance(value, TextValue)
    return value.text


def key(data_dir: Path, passphrase: str | None) -> cipher.Key:
    return cipher.Key.for_folder(data_dir, passphrase)


def test_a_protected_folder_holds_nothing_in_clear_and_needs_its_passphrase(
    data_dir: Path, pack: Pack
) -> None:
    with Repository.open(data_dir, key=cipher.Key("correct horse")) as repo:
        save_secret(repo, pack)
        photo = pack.prompt("photo")
        assert isinstance(photo, ImagePrompt)
        picture = io.BytesIO()
        Image.new("RGB", (40, 30), "teal").save(picture, format="PNG")
        repo.add_image(repo.journals()[0], photo, picture.getvalue(), caption=SECRET)
        repo.take_snapshot()
        assert in_clear(data_dir) == []  # while open, its -wal too
        assert (data_dir / "journal.sqlite3-wal").is_file()
    assert cipher.is_protected(data_dir)
    assert in_clear(data_dir) == []
    assert all(cipher.is_encrypted(b.path) for b in backups.list_backups(data_dir))

    with pytest.raises(PassphraseNeeded, match="protected by a passphrase"):
        Repository.open(data_dir, key=key(data_dir, None))
    with pytest.raises(WrongPassphrase, match="cannot be recovered"):
        Repository.open(data_dir, key=key(data_dir, "correct hors"))
    with Repository.open(data_dir, key=key(data_dir, "correct horse")) as repo:
        assert read_secret(repo, pack) == SECRET
        assert repo.images(repo.journals()[0])[0].caption == SECRET
    assert in_clear(data_dir) == []


def test_set_change_and_remove_keep_every_answer_and_snapshot(data_dir: Path, pack: Pack) -> None:
    with Repository.open(data_dir) as repo:
        save_secret(repo, pack)
        repo.take_snapshot()
        assert in_clear(data_dir) != []  # (plain, as before)
        repo.change_passphrase("first")
        assert in_clear(data_dir) == []
        save_secret(repo, pack, SECRET + " 2")  # saving goes on, on the new key
    assert in_clear(data_dir) == []
    snapshots = len(backups.list_backups(data_dir))

    with Repository.open(data_dir, key=key(data_dir, "first")) as repo:
        repo.change_passphrase("second, with 'quotes'")
        assert read_secret(repo, pack) == SECRET + " 2"
    with pytest.raises(WrongPassphrase):
        Repository.open(data_dir, key=key(data_dir, "first"))
    with Repository.open(data_dir, key=key(data_dir, "second, with 'quotes'")) as repo:
        assert read_secret(repo, pack) == SECRET + " 2"
        # Every snapshot opens with the new passphrase, none with the old.
        for snapshot in backups.list_backups(data_dir):
            db.inspect_file(snapshot.path, data_dir, key=repo.database.key)
            with pytest.raises(WrongPassphrase):
                db.inspect_file(snapshot.path, data_dir, key=key(data_dir, "first"))
        repo.change_passphrase(None)
    assert not cipher.is_protected(data_dir)
    with Repository.open(data_dir) as repo:  # plain again: no key
        assert read_secret(repo, pack) == SECRET + " 2"
    assert len(backups.list_backups(data_dir)) >= snapshots + 2  # one before each change


def test_restore_and_backups_work_on_encrypted_snapshots(data_dir: Path, pack: Pack) -> None:
    with Repository.open(data_dir, key=cipher.Key("phrase")) as repo:
        save_secret(repo, pack, "first version")
        first = repo.take_snapshot()
        save_secret(repo, pack, "second version")
    folder_key = key(data_dir, "phrase")
    with pytest.raises(PassphraseNeeded):
        db.restore(data_dir, first.name, key=key(data_dir, None))
    restored, previous = db.restore(data_dir, first.name, key=folder_key)
    assert restored.name == first.name
    assert cipher.is_encrypted(previous)
    with Repository.open(data_dir, key=folder_key) as repo:
        assert read_secret(repo, pack) == "first version"
    assert in_clear(data_dir) == []


def test_a_damaged_file_is_still_damaged_where_nothing_is_protected(data_dir: Path) -> None:
    """Without the folder's mark, a file without SQLite's header is damage, as it always was."""
    data_dir.mkdir(parents=True)
    (data_dir / "journal.sqlite3").write_bytes(b"\x93garbage" * 1000)
    with pytest.raises(DatabaseCorrupt):
        Repository.open(data_dir)
    with pytest.raises(DatabaseCorrupt):  # a passphrase does not make it a protected journal
        Repository.open(data_dir, key=key(data_dir, "anything"))


def test_a_passphrase_is_never_shown_and_must_be_usable() -> None:
    assert "hunter2" not in repr(cipher.Key("hunter2"))
    for bad in ("", "a\x00b"):
        assert cipher.check_passphrase(bad) is not None
        with pytest.raises(ValueError, match="passphrase"):
            cipher.Key(bad)


def test_a_killed_change_is_finished_or_undone_on_the_next_open(data_dir: Path, pack: Pack) -> None:
    """What a kill leaves at each step of ``rekey``: the files it would leave, made for real."""
    with Repository.open(data_dir) as repo:
        save_secret(repo, pack)
        repo.take_snapshot()
    # Killed after the database was swapped in, before the snapshots were: they are in the clear
    # in a protected folder, and a half-written copy lies beside one.
    target = cipher.Key("phrase", protected=True)
    db.mark_protected(data_dir)
    protection._write_anew(db.database_path(data_dir), cipher.PLAIN, target)  # noqa: SLF001
    snapshot = backups.list_backups(data_dir)[0].path
    half = snapshot.with_name(f".{snapshot.name}{protection.REKEYING}")
    half.write_bytes(b"half")
    assert in_clear(data_dir) == [f"backups/{snapshot.name}"]
    with Repository.open(data_dir, key=key(data_dir, "phrase")) as repo:
        assert read_secret(repo, pack) == SECRET
    assert in_clear(data_dir) == []  # the open finished the job
    assert not half.exists()


def test_a_failed_change_leaves_the_journals_opening_with_the_key_that_opens_them(
    data_dir: Path, pack: Pack
) -> None:
    with Repository.open(data_dir) as repo:
        save_secret(repo, pack)
        repo.take_snapshot()
        # A snapshot cannot be written anew: a folder stands where its new copy goes.
        oldest = backups.list_backups(data_dir)[-1].path
        blocker = oldest.with_name(f".{oldest.name}{protection.REKEYING}")
        blocker.mkdir()
        (blocker / "x").write_text("x")
        with pytest.raises(StoreError, match="Could not re-encode"):
            repo.change_passphrase("phrase")
        # The database was re-encoded before the snapshots: the repository goes on with the
        # new key, and saving still works.
        save_secret(repo, pack, "after the failure")
    with Repository.open(data_dir, key=key(data_dir, "phrase")) as repo:  # (opening tries again)
        assert read_secret(repo, pack) == "after the failure"
    assert in_clear(data_dir) == [f"backups/{oldest.name}"]  # blocked still: said, not hidden
    for leftover in blocker.iterdir():
        leftover.unlink()
    blocker.rmdir()
    with Repository.open(data_dir, key=key(data_dir, "phrase")):
        pass
    assert in_clear(data_dir) == []


def test_a_damaged_snapshot_is_not_kept_in_the_clear_in_a_protected_folder(
    data_dir: Path, pack: Pack
) -> None:
    with Repository.open(data_dir) as repo:
        save_secret(repo, pack)
        repo.take_snapshot()
        damaged = backups.list_backups(data_dir)[0].path
        damaged.write_bytes(damaged.read_bytes()[:1024] + SECRET_BYTES[0])  # truncated
        repo.change_passphrase("phrase")
    assert not damaged.exists()
    assert in_clear(data_dir) == []


def test_a_mark_beside_a_plain_database_is_a_passphrase_never_set(
    data_dir: Path, pack: Pack
) -> None:
    """Killed after the mark, before the swap: the journals are as they were, plain."""
    with Repository.open(data_dir) as repo:
        save_secret(repo, pack)
    db.mark_protected(data_dir)  # what the kill left
    assert not cipher.is_protected(data_dir)  # the plain database decides: nothing is asked
    with Repository.open(data_dir, key=key(data_dir, None)) as repo:
        assert read_secret(repo, pack) == SECRET
    assert not (data_dir / cipher.MARK).exists()  # the open tidied it away


def test_a_killed_removal_is_undone_and_older_passphrases_snapshots_are_kept(
    data_dir: Path, pack: Pack
) -> None:
    with Repository.open(data_dir, key=cipher.Key("a")) as repo:
        save_secret(repo, pack)
        repo.take_snapshot()
        repo.take_snapshot()
    folder_a = key(data_dir, "a")
    # A removal killed after the snapshots were written in the clear, before the database:
    for snapshot in backups.list_backups(data_dir):
        protection._snapshot_anew(snapshot.path, folder_a, cipher.PLAIN)  # noqa: SLF001
    assert in_clear(data_dir) != []
    with Repository.open(data_dir, key=folder_a) as repo:  # still protected: the database is
        assert read_secret(repo, pack) == SECRET
    assert in_clear(data_dir) == []  # the snapshots encrypted again

    # A change killed after the database was swapped in: the snapshots are under "a" still.
    protection._swap_database(  # noqa: SLF001
        db.database_path(data_dir), folder_a, cipher.Key("b", protected=True)
    )
    count = len(backups.list_backups(data_dir))
    with Repository.open(data_dir, snapshot_on_open=False, key=key(data_dir, "b")) as repo:
        repo.change_passphrase("c")  # the snapshots under "a" are kept, not deleted
    assert len(backups.list_backups(data_dir)) == count + 1  # (one before the change)
    assert in_clear(data_dir) == []
    under_a = [
        s
        for s in backups.list_backups(data_dir)
        if protection._opens(s.path, folder_a)  # noqa: SLF001
    ]
    assert under_a  # restorable with the passphrase they were made with


def test_a_protected_folder_whose_database_is_still_empty_opens(data_dir: Path, pack: Pack) -> None:
    """Killed after the first protected open made the file, before its first page."""
    data_dir.mkdir(parents=True)
    db.mark_protected(data_dir)
    (data_dir / "journal.sqlite3").touch()
    with Repository.open(data_dir, key=key(data_dir, "first")) as repo:
        save_secret(repo, pack)
    with Repository.open(data_dir, key=key(data_dir, "first")) as repo:
        assert read_secret(repo, pack) == SECRET
    assert in_clear(data_dir) == []


def test_protecting_leaves_no_damaged_copy_in_the_clear(data_dir: Path, pack: Pack) -> None:
    """A restore sets a damaged database aside byte for byte; protecting does not keep it."""
    with Repository.open(data_dir) as repo:
        save_secret(repo, pack)
        repo.take_snapshot()
    path = db.database_path(data_dir)
    data = path.read_bytes()
    path.write_bytes(b"\x00" * 4096 + data[4096:])  # its first page gone, the answer within
    db.restore(data_dir, "latest")
    assert any(name.startswith("backups/damaged-") for name in in_clear(data_dir))
    with Repository.open(data_dir) as repo:
        repo.change_passphrase("phrase")
    assert backups.damaged_copies(data_dir) == []
    assert in_clear(data_dir) == []
