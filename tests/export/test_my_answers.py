"""The "My answers" PDF (``--skip-unanswered``): a short document of what was answered."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app import resources
from journal_app.export.pdf import (
    DEFAULT_JOURNAL_NAMES,
    JournalContent,
    PdfOptions,
    answers_span,
    cover_name,
    export_pdf,
    gather,
)
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack, PromptKind
from journal_app.store.answers import Answer, TextValue
from journal_app.store.repository import Journal, Repository


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(resources.bundled_pack("idiaspora-journal"))


def texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def answer(prompt_id: str, text: str, when: datetime) -> Answer:
    return Answer(prompt_id, PromptKind.TEXT, TextValue(text), None, "", when)


def test_three_answers_make_a_short_document(tmp_path: Path, pack: Pack) -> None:
    """A cover with the licence, then the two sections answered: no front matter, no contents."""
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("My journal 2", pack)  # a name the app gave
        for prompt_id, text in (
            ("s1-explain-diaspora-engagement", "Partnership, not audience."),
            ("s1-five-benefits-of-migration", ""),  # empty: not an answer
            ("s3-diaspora-led-initiatives", "Hometown associations rebuilt the clinic."),
        ):
            prompt = pack.prompt(prompt_id)
            assert prompt is not None
            if prompt.kind is PromptKind.TEXT and not getattr(prompt, "items", ()):
                repo.save_answer(journal, prompt, TextValue(text))  # type: ignore[arg-type]
        target = tmp_path / "mine.pdf"
        report = export_pdf(pack, gather(repo, journal), target, PdfOptions(skip_unanswered=True))
    pages = texts(target)
    assert report.pages == 2, pages  # the cover, and the answers running on from section to section
    cover = pages[0]
    assert "iDiaspora Journal" in cover
    assert "© IOM 2024 · CC BY-NC-ND 3.0 IGO" in cover  # the licence, brief, on the cover
    assert "International Organization for Migration (IOM) (2024)" in cover  # the citation
    assert "My journal" not in cover  # not a person's name
    assert f"Answers of {date.today().day} " in cover
    body = " ".join(pages[1:])
    assert "Partnership, not audience." in body
    assert "Hometown associations rebuilt the clinic." in body
    assert "Section 1: My reflections on diaspora engagement" in body
    assert "Section 3: Reflections on concrete solutions" in body
    assert "Section 2" not in body  # nothing answered there
    for left_out in (
        "Acknowledgements",
        "Introduction",
        "Contents",
        "Identify five key",  # unanswered
        "According to Forbes",  # a fact box of the journal's, not an answer
        "could not be recovered",  # about the printed journal, not these answers
    ):
        assert left_out not in " ".join(pages), left_out
    assert PdfReader(target).metadata.author == ""


def test_the_cover_names_the_author_given(tmp_path: Path, pack: Pack) -> None:
    content = JournalContent(
        journal=None,
        answers={
            "s1-explain-diaspora-engagement": answer(
                "s1-explain-diaspora-engagement",
                "Partnership.",
                datetime(2026, 3, 3, 10, tzinfo=UTC),
            ),
            "s3-diaspora-led-initiatives": answer(
                "s3-diaspora-led-initiatives",
                "Clinics.",
                datetime(2026, 4, 12, 10, tzinfo=UTC),
            ),
        },
    )
    target = tmp_path / "named.pdf"
    export_pdf(pack, content, target, PdfOptions(skip_unanswered=True, author="Amina\u202e Diallo"))
    cover = texts(target)[0]
    assert "Amina Diallo" in cover  # its bidi override taken out, as in every name
    assert "Answers from 3 March 2026 to 12 April 2026" in cover
    assert PdfReader(target).metadata.author == "Amina Diallo"


@pytest.mark.parametrize(
    ("name", "author", "shown"),
    [
        ("Amina's journal", None, "Amina's journal"),
        ("My journal", None, ""),
        ("Mon journal 3", None, ""),
        ("My journal (2)", None, ""),  # as Repository.unused_name numbers them
        ("Mi diario (3)", None, ""),
        ("Mi diario", None, ""),
        ("My journal about Lisbon", None, "My journal about Lisbon"),
        ("My journal", "Amina Diallo", "Amina Diallo"),
        ("Amina's journal", "", ""),  # asked for no name
    ],
)
def test_the_name_on_the_cover(name: str, author: str | None, shown: str) -> None:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    journal = Journal(1, name, "idiaspora-journal", "1.1.0", when, when, None)
    assert cover_name(journal, author) == shown


def test_the_default_names_are_the_apps_translations_of_my_journal() -> None:
    """Each language's "My journal" is known, so no cover prints it (a new language too)."""
    folder = resources.resources_dir() / "translations"
    found = {"My journal"}
    for ts in folder.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            if message.findtext("source") == "My journal":
                found.add(message.findtext("translation") or "My journal")
    assert found == DEFAULT_JOURNAL_NAMES


def test_the_span_of_the_answers() -> None:
    assert answers_span([]) is None
    assert answers_span([date(2026, 3, 3)] * 2) == "Answers of 3 March 2026"
    assert (
        answers_span([date(2026, 4, 12), date(2026, 3, 3), date(2026, 3, 9)])
        == "Answers from 3 March 2026 to 12 April 2026"
    )


def test_only_answers_to_prompts_the_pack_no_longer_has_make_no_empty_page(
    tmp_path: Path, pack: Pack
) -> None:
    gone = answer("a-prompt-of-an-older-version", "Still mine.", datetime(2026, 3, 3, tzinfo=UTC))
    content = JournalContent(journal=None, answers={gone.prompt_id: gone})
    target = tmp_path / "orphans.pdf"
    report = export_pdf(pack, content, target, PdfOptions(skip_unanswered=True))
    assert sorted({page for page, _ in report.placed}) == list(range(1, report.pages + 1))
    assert "Still mine." in texts(target)[1]
