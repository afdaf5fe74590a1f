"""Picture prompts that invite writing ("What is your favorite meal? … include a drawing!").

A pack marks them ``"writing": true``: the answer is then a text as well as pictures, kept by the
store, printed in the PDF, carried by hand-ins and compiled.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journal_app import resources
from journal_app.export.compile import compile_handins
from journal_app.export.handin import import_handin, read_handin, write_handin
from journal_app.export.pdf import PdfOptions, export_pdf, gather
from journal_app.packs.loader import load_pack, load_pack_text
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store.answers import TextValue, check
from journal_app.store.errors import InvalidAnswer
from journal_app.store.repository import Repository
from journal_app.store.session import JournalSession, Status

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
MEAL_TEXT = "Jollof rice — أرز جولوف, my grandmother's"


@pytest.fixture(scope="module")
def pack() -> Pack:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    for section in document["sections"]:
        for group in section["groups"]:
            for prompt in group["prompts"]:
                if prompt["id"] == "photo":
                    prompt["writing"] = True
    return load_pack_text(json.dumps(document), "written.json")


def photo_prompt(pack: Pack) -> ImagePrompt:
    prompt = pack.prompt("photo")
    assert isinstance(prompt, ImagePrompt)
    return prompt


def picture(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 80), colour).save(out, format="PNG")
    return out.getvalue()


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_bundled_favourite_meal_takes_words_and_a_drawing() -> None:
    bundled = load_pack(resources.bundled_pack("idiaspora-journal"))
    meal = bundled.prompt("s1-favorite-meal")
    assert isinstance(meal, ImagePrompt)
    assert meal.writing
    assert meal.drawing


def test_only_a_prompt_that_invites_writing_takes_a_text(pack: Pack) -> None:
    check(photo_prompt(pack), TextValue(MEAL_TEXT), None)
    plain = load_pack(MINIMAL).prompt("photo")
    assert plain is not None
    with pytest.raises(InvalidAnswer, match="answered with pictures"):
        check(plain, TextValue(MEAL_TEXT), None)


def test_the_words_are_kept_counted_and_found(tmp_path: Path, pack: Pack) -> None:
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        session = JournalSession(repo, pack, journal)
        assert session.status(photo_prompt(pack)) is Status.EMPTY
        session.save(photo_prompt(pack), TextValue(MEAL_TEXT), None)  # no picture yet
        assert session.status(photo_prompt(pack)) is Status.ANSWERED
        found, _, _ = session.find("jollof", lambda _text: "")
        assert found is not None
        assert found.id == "photo"
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        stored = repo.answers(repo.journals()[0])["photo"]
        assert stored.value == TextValue(MEAL_TEXT)


def test_words_and_pictures_travel_in_a_hand_in(tmp_path: Path, pack: Pack) -> None:
    with Repository.open(tmp_path / "one", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        repo.save_answer(journal, photo_prompt(pack), TextValue(MEAL_TEXT))
        repo.add_image(journal, photo_prompt(pack), picture("orange"), caption="The pot")
        path = write_handin(repo, pack, journal, tmp_path / "amina")
    with Repository.open(tmp_path / "two", snapshot_on_open=False) as repo:
        report = import_handin(repo, pack, read_handin(path))
        assert repo.answers(report.journal)["photo"].value == TextValue(MEAL_TEXT)
        assert [i.caption for i in repo.images(report.journal)] == ["The pot"]


def test_the_pdf_prints_the_words_before_the_picture(tmp_path: Path, pack: Pack) -> None:
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        repo.save_answer(journal, photo_prompt(pack), TextValue(MEAL_TEXT))
        repo.add_image(journal, photo_prompt(pack), picture("orange"), caption="The pot")
        export_pdf(pack, gather(repo, journal), tmp_path / "journal.pdf")
        blank = repo.create_journal("Blank", pack)
        export_pdf(pack, gather(repo, blank), tmp_path / "blank.pdf", PdfOptions(blank=True))
    text = text_of(tmp_path / "journal.pdf")
    assert "Jollof rice" in text
    assert text.index("Jollof rice") < text.index("The pot")
    assert "Stick a photo here" in text_of(tmp_path / "blank.pdf")


def test_compile_quotes_the_words_and_counts_each_participant_once(
    tmp_path: Path, pack: Pack
) -> None:
    paths = []
    for name, words, colours in (
        ("Amina", MEAL_TEXT, ("orange",)),  # words and a picture
        ("Bo", "Dumplings", ()),  # words only
        ("Carla", "", ("teal",)),  # a picture only
    ):
        with Repository.open(tmp_path / name, snapshot_on_open=False) as repo:
            journal = repo.create_journal(name, pack)
            if words:
                repo.save_answer(journal, photo_prompt(pack), TextValue(words))
            for colour in colours:
                repo.add_image(journal, photo_prompt(pack), picture(colour), caption=colour)
            paths.append(write_handin(repo, pack, journal, tmp_path / name))
    report = compile_handins(paths, pack, tmp_path / "outcome.pdf")
    assert not report.unfit
    text = text_of(tmp_path / "outcome.pdf")
    assert "Jollof rice" in text
    assert "Dumplings" in text
    assert "3 of 3 participants answered (100%)." in text  # the picture prompt: none twice
