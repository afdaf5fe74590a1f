"""The open journal's rules, without a display: progress, search, and deleting the last journal."""

from __future__ import annotations

import io

from PIL import Image

from journal_app.packs.model import LocalText, Pack
from journal_app.store.answers import (
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.repository import Journal, Repository
from journal_app.store.session import JournalSession, Progress, Status, delete_journal


def english(text: LocalText) -> str:
    return text.get("en")


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(out, format="PNG")
    return out.getvalue()


def prompt(pack: Pack, prompt_id: str):  # type: ignore[no-untyped-def]
    found = pack.prompt(prompt_id)
    assert found is not None
    return found


def test_skipped_is_counted_apart_from_answered(
    repo: Repository, pack: Pack, journal: Journal
) -> None:
    session = JournalSession(repo, pack, journal)
    assert session.progress(pack.prompts()) == Progress(answered=0, skipped=0, open=9)
    session.save(prompt(pack, "free"), TextValue("an answer"), None)
    session.set_skipped(prompt(pack, "five"), True)
    session.add_image(prompt(pack, "photo"), png(), caption="")  # a picture answers too
    assert session.status(prompt(pack, "five")) is Status.SKIPPED
    assert session.status(prompt(pack, "photo")) is Status.ANSWERED
    assert session.progress(pack.prompts()) == Progress(answered=2, skipped=1, open=6)
    first, second = session.section_progress()
    assert (first[1], second[1]) == (Progress(1, 1, 3), Progress(1, 0, 3))
    assert first[1].total == 5
    # "Continue" goes to the first prompt still open; a skipped one is passed over.
    open_one = session.next_open()
    assert open_one is not None
    assert open_one.id == "labelled"
    again = JournalSession(repo, pack, journal)  # read back from the store
    assert again.progress(pack.prompts()) == Progress(answered=2, skipped=1, open=6)


def test_search_looks_in_every_part_of_every_answer(
    repo: Repository, pack: Pack, journal: Journal
) -> None:
    session = JournalSession(repo, pack, journal)
    session.save(prompt(pack, "five"), ItemsValue(("", "jollof rice", "", "", "")), None)
    pick = prompt(pack, "pick")
    session.save(pick, ChecklistValue((), other_checked=True, other_text="Kente weaving"), None)
    fixed = prompt(pack, "fixed")
    row, column = next(fixed.answer_cells())
    session.save(fixed, TableValue(((row.id, column.id, "Remittance fund"),)), None)
    gaps = prompt(pack, "gaps")
    session.save(gaps, StemsValue(((gaps.stems[0].id, "a bridge"),)), None)
    session.add_image(prompt(pack, "photo"), png(), caption="Suya at the night market")

    for query, expected in [
        ("JOLLOF", "five"),  # an item, whatever the case
        ("kente", "pick"),  # a checklist's "Other"
        ("remittance", "fixed"),  # a table cell
        ("bridge", "gaps"),  # a stem's completion
        ("night market", "photo"),  # a picture's description
    ]:
        found, number, count = session.find(query, english)
        assert found is not None, query
        assert (found.id, number, count) == (expected, 1, 1), query
    assert session.find("nowhere to be found", english) == (None, 0, 0)


def test_search_counts_matches_and_wraps_round(
    repo: Repository, pack: Pack, journal: Journal
) -> None:
    session = JournalSession(repo, pack, journal)
    session.save(prompt(pack, "free"), TextValue("home and away"), None)
    session.save(
        prompt(pack, "gaps"), StemsValue(((prompt(pack, "gaps").stems[0].id, "home"),)), None
    )
    first, number, count = session.find("home", english)
    assert first is not None
    assert (first.id, number, count) == ("free", 1, 2)
    second, number, _ = session.find("home", english, after="free")
    assert second is not None
    assert (second.id, number) == ("gaps", 2)
    third, number, _ = session.find("home", english, after="gaps")
    assert third is not None
    assert (third.id, number) == ("free", 1)  # round again


def test_deleting_the_last_journal_makes_a_new_one(repo: Repository, pack: Pack) -> None:
    amina = repo.create_journal("Amina", pack)
    omar = repo.create_journal("Omar", pack)
    assert delete_journal(repo, amina, pack, "My journal").id == omar.id
    fresh = delete_journal(repo, omar, pack, "My journal")
    assert fresh.name == "My journal"
    assert [j.name for j in repo.journals()] == ["My journal"]
    newer = delete_journal(repo, fresh, pack, "My journal")
    assert newer.created_at >= fresh.created_at
    assert [j.id for j in repo.journals()] == [newer.id]
