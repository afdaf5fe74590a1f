"""The repository: journals, answers, orphaned answers, pictures, and what it never loads."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import event

from journal_app.packs.loader import load_pack_text
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store import backups
from journal_app.store.answers import ChecklistValue, ItemsValue, TextValue
from journal_app.store.errors import InvalidAnswer, JournalNotFound, StoreError
from journal_app.store.repository import Journal, Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def png(width: int = 64, height: int = 48, colour: str = "orange") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def photo_prompt(pack: Pack) -> ImagePrompt:
    prompt = pack.prompt("photo")
    assert isinstance(prompt, ImagePrompt)
    return prompt


# ----------------------------------------------------------------------------- journals


def test_journals_are_created_listed_renamed(repo: Repository, pack: Pack) -> None:
    amina = repo.create_journal("  Amina  ", pack)
    assert (amina.name, amina.pack_id, amina.pack_version) == ("Amina", "test-pack", "2.1")
    assert amina.created_at.tzinfo is not None
    repo.create_journal("Bruno", pack)
    assert [j.name for j in repo.journals()] == ["Bruno", "Amina"]  # most recent first
    renamed = repo.rename_journal(amina.id, "Amina K.")
    assert renamed.name == "Amina K."
    assert repo.journal_by_name("Amina K.").id == amina.id


def test_journal_names_are_unique_and_not_empty(repo: Repository, pack: Pack) -> None:
    first = repo.create_journal("Amina", pack)
    with pytest.raises(StoreError, match="A journal named 'Amina' already exists"):
        repo.create_journal("Amina", pack)
    other = repo.create_journal("Bruno", pack)
    with pytest.raises(StoreError, match="already exists"):
        repo.rename_journal(other.id, "Amina")
    with pytest.raises(StoreError, match="needs a name"):
        repo.create_journal("   ", pack)
    assert repo.journal(first.id).name == "Amina"


def test_unknown_journal(repo: Repository, journal: Journal) -> None:
    with pytest.raises(
        JournalNotFound, match="There is no journal named 'Zoe' \\(journals: 'Amina'\\)"
    ):
        repo.journal_by_name("Zoe")
    with pytest.raises(JournalNotFound):
        repo.journal(999)
    with pytest.raises(JournalNotFound):
        repo.rename_journal(999, "x")


def test_delete_journal_takes_a_snapshot_first(
    repo: Repository, pack: Pack, journal: Journal, data_dir: Path
) -> None:
    free = pack.prompt("free")
    assert free is not None
    repo.save_answer(journal, free, TextValue("keep me somewhere"))
    repo.add_image(journal, photo_prompt(pack), png())
    snapshot = repo.delete_journal(journal.id)
    assert repo.journals() == []
    assert snapshot.reason == "delete"
    # The snapshot still has the journal, its answer and its picture.
    with contextlib.closing(backups.connect_readonly(snapshot.path)) as copy:
        assert copy.execute("SELECT name FROM journals").fetchall() == [("Amina",)]
        assert copy.execute("SELECT value_json FROM answers").fetchall() == [
            ('{"text": "keep me somewhere"}',)
        ]
        assert copy.execute("SELECT count(*) FROM images").fetchone() == (1,)


def test_last_prompt_is_remembered(repo: Repository, journal: Journal) -> None:
    repo.set_last_prompt(journal.id, "gaps")
    assert repo.journal(journal.id).last_prompt_id == "gaps"


# ----------------------------------------------------------------------------- answers


def test_save_replace_and_list_answers(repo: Repository, pack: Pack, journal: Journal) -> None:
    free, five, pick = pack.prompt("free"), pack.prompt("five"), pack.prompt("pick")
    assert free is not None
    assert five is not None
    assert pick is not None
    repo.save_answer(journal, free, TextValue("first draft"), time_spent_seconds=120)
    repo.save_answer(journal, free, TextValue("Línea 1\nسطر ٢\n\n第三段"), time_spent_seconds=300)
    repo.save_answer(journal, five, ItemsValue(("a", "", "c", "", "e")))
    repo.save_answer(journal, pick, ChecklistValue(("red",), True, "ochre"))
    stored = repo.answers(journal)
    assert set(stored) == {"free", "five", "pick"}
    assert stored["free"].value == TextValue("Línea 1\nسطر ٢\n\n第三段")
    assert stored["free"].time_spent_seconds == 300
    assert stored["free"].prompt_text == "Say something."
    assert stored["five"].value == ItemsValue(("a", "", "c", "", "e"))
    assert stored["pick"].value == ChecklistValue(("red",), True, "ochre")
    assert repo.journal(journal.id).updated_at >= stored["pick"].updated_at


def test_answers_belong_to_their_journal(repo: Repository, pack: Pack, journal: Journal) -> None:
    free = pack.prompt("free")
    assert free is not None
    other = repo.create_journal("Bruno", pack)
    repo.save_answer(journal, free, TextValue("Amina's"))
    repo.save_answer(other, free, TextValue("Bruno's"))
    assert repo.answers(journal)["free"].value == TextValue("Amina's")
    assert repo.answers(other)["free"].value == TextValue("Bruno's")


def test_invalid_answer_is_refused_and_nothing_changes(
    repo: Repository, pack: Pack, journal: Journal
) -> None:
    five = pack.prompt("five")
    assert five is not None
    repo.save_answer(journal, five, ItemsValue(("1", "2", "3", "4", "5")))
    with pytest.raises(InvalidAnswer):
        repo.save_answer(journal, five, ItemsValue(("only one",)))
    assert repo.answers(journal)["five"].value == ItemsValue(("1", "2", "3", "4", "5"))


def test_answers_to_dropped_prompts_are_kept_and_reachable(
    repo: Repository, pack: Pack, journal: Journal
) -> None:
    free, five = pack.prompt("free"), pack.prompt("five")
    assert free is not None
    assert five is not None
    repo.save_answer(journal, free, TextValue("still here"))
    repo.save_answer(journal, five, ItemsValue(("a", "b", "c", "d", "e")))

    # Version 3 of the pack drops "free" and fixes the wording of "five".
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["version"] = "3.0"
    prompts = document["sections"][0]["groups"][0]["prompts"]
    prompts.pop(0)
    prompts[0]["text"] = "Name five things."
    newer = load_pack_text(json.dumps(document))

    assert [a.prompt_id for a in repo.orphaned_answers(journal, newer)] == ["free"]
    orphan = repo.orphaned_answers(journal, newer)[0]
    assert orphan.value == TextValue("still here")
    assert orphan.prompt_text == "Say something."  # the wording it answered
    assert repo.answers(journal)["five"].value == ItemsValue(("a", "b", "c", "d", "e"))
    assert repo.orphaned_answers(journal, pack) == []


# ----------------------------------------------------------------------------- pictures


def test_pictures_in_order_with_captions(repo: Repository, pack: Pack, journal: Journal) -> None:
    prompt = photo_prompt(pack)
    first = repo.add_image(journal, prompt, png(colour="red"), caption="Receipt")
    second = repo.add_image(journal, prompt, png(colour="blue"), caption="Market")
    drawing = repo.add_image(journal, prompt, png(colour="white"), drawing=True)
    assert [(i.caption, i.position, i.is_drawing) for i in repo.images(journal, "photo")] == [
        ("Receipt", 0, False),
        ("Market", 1, False),
        ("", 2, True),
    ]
    repo.set_caption(drawing.id, "My favourite meal, drawn")
    repo.reorder_images(journal, "photo", [drawing.id, first.id, second.id])
    assert [i.id for i in repo.images(journal, "photo")] == [drawing.id, first.id, second.id]
    with pytest.raises(StoreError, match="each picture of the prompt once"):
        repo.reorder_images(journal, "photo", [first.id, first.id, second.id])
    repo.remove_image(first.id)
    assert [i.caption for i in repo.images(journal)] == ["My favourite meal, drawn", "Market"]
    stored = Image.open(io.BytesIO(repo.image_bytes(second.id)))
    assert stored.getpixel((0, 0)) == (0, 0, 255)


def test_listing_never_reads_picture_bytes(repo: Repository, pack: Pack, journal: Journal) -> None:
    free = pack.prompt("free")
    assert free is not None
    repo.save_answer(journal, free, TextValue("x"))
    image = repo.add_image(journal, photo_prompt(pack), png(2000, 1500))
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(repo.database.engine, "before_cursor_execute", record)
    try:
        repo.journals()
        repo.answers(journal)
        listed = repo.images(journal)
    finally:
        event.remove(repo.database.engine, "before_cursor_execute", record)
    assert listed[0].byte_size == image.byte_size
    selects = [s for s in statements if "images" in s]
    assert selects
    assert all("images.data" not in s for s in selects), selects


def test_picture_for_unknown_id(repo: Repository) -> None:
    with pytest.raises(StoreError, match="no picture number 42"):
        repo.image_bytes(42)


def test_skipping_a_prompt_keeps_its_answer(repo: Repository, pack: Pack, journal: Journal) -> None:
    free, five, fact = pack.prompt("free"), pack.prompt("five"), pack.prompt("fact")
    assert free is not None
    assert five is not None
    assert fact is not None
    repo.save_answer(journal, free, TextValue("draft"))
    repo.set_skipped(journal, free, True)
    repo.set_skipped(journal, five, True)  # skipped before any answer
    stored = repo.answers(journal)
    assert stored["free"].skipped
    assert stored["free"].value == TextValue("draft")
    assert stored["five"].skipped
    assert stored["five"].value is None
    repo.save_answer(journal, free, TextValue("written after all"))
    assert repo.answers(journal)["free"].skipped  # saving does not silently un-skip
    repo.set_skipped(journal, free, False)
    assert not repo.answers(journal)["free"].skipped
    with pytest.raises(InvalidAnswer, match="note"):
        repo.set_skipped(journal, fact, True)


def test_private_answers_are_marked(repo: Repository, pack: Pack, journal: Journal) -> None:
    free = pack.prompt("free")
    assert free is not None
    repo.save_answer(journal, free, TextValue("only for me"))
    repo.set_private(journal, free, True)
    stored = repo.answers(journal)["free"]
    assert stored.private
    assert stored.value == TextValue("only for me")
    repo.set_private(journal, free, False)
    assert not repo.answers(journal)["free"].private
