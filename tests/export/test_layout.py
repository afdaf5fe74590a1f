"""The exported journal reads like a well-made publication, page after page.

The whole iDiaspora Journal is answered with answers of every length (a line, a paragraph, a
page), with photos, and exported in each form; the document's own log of where each flowable
landed (``ExportReport.placed``, ``page_ends``) and the text read back from the PDF hold it to
what a typesetter would sign off.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from journal_app import resources
from journal_app.export import layout
from journal_app.export.pdf import (
    ExportReport,
    JournalContent,
    PdfOptions,
    export_pdf,
    gather,
)
from journal_app.packs.loader import load_pack
from journal_app.packs.model import (
    RECONSTRUCTED_MARK,
    ChecklistPrompt,
    ImagePrompt,
    Pack,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store.answers import (
    Answer,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.repository import ImageInfo, Journal, Repository

SENTENCE = "Diaspora members bring skills, networks and trust across borders. "
LENGTHS = (1, 14, 3, 40, 7, 1, 22)  # sentences per answer, in turn: a line to a page


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(resources.bundled_pack("idiaspora-journal"))


def photo(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "#6a9c4f").save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture(scope="module")
def journal(
    tmp_path_factory: pytest.TempPathFactory, pack: Pack
) -> Iterator[tuple[Repository, Journal]]:
    """Every prompt answered, at lengths that vary from prompt to prompt, and three photos."""
    repo = Repository.open(tmp_path_factory.mktemp("data"), snapshot_on_open=False)
    journal = repo.create_journal("Amina Diallo", pack)
    for index, prompt in enumerate(pack.prompts()):
        text = SENTENCE * LENGTHS[index % len(LENGTHS)]
        value: object
        if isinstance(prompt, TextPrompt):
            items = tuple(text[: 60 + 90 * (i % 3)] for i in range(len(prompt.items)))
            value = ItemsValue(items) if prompt.items else TextValue(text)
        elif isinstance(prompt, ChecklistPrompt):
            value = ChecklistValue(tuple(o.id for o in prompt.options[::2]))
        elif isinstance(prompt, TablePrompt):
            value = TableValue(tuple((r.id, c.id, text[:150]) for r, c in prompt.answer_cells()))
        elif isinstance(prompt, StemsPrompt):
            value = StemsValue(tuple((s.id, text[:80]) for s in prompt.stems))
        elif isinstance(prompt, ImagePrompt):
            if prompt.writing:
                repo.save_answer(
                    journal, prompt, TextValue("Jollof rice, as my grandmother made it")
                )
            tall = index % 2 == 0
            repo.add_image(journal, prompt, photo(900, 1400) if tall else photo(1600, 900))
            continue
        else:
            continue
        repo.save_answer(journal, prompt, value)  # type: ignore[arg-type]
    yield repo, journal
    repo.close()


FORMS = {
    "filled": PdfOptions(),
    "letter": PdfOptions(page_size="letter"),
    "blank workbook": PdfOptions(blank=True),
    "my answers": PdfOptions(skip_unanswered=True),
}


@pytest.fixture(scope="module", params=sorted(FORMS))
def exported(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    pack: Pack,
    journal: tuple[Repository, Journal],
) -> tuple[ExportReport, PdfReader, str]:
    """The journal exported in one form: its report, the PDF read back, the form's name."""
    repo, chosen = journal
    target = tmp_path_factory.mktemp("pdf") / "journal.pdf"
    report = export_pdf(pack, gather(repo, chosen), target, FORMS[request.param])
    return report, PdfReader(target), request.param


def test_no_page_ends_with_a_heading_an_introduction_or_a_prompt(
    exported: tuple[ExportReport, PdfReader, str],
) -> None:
    report, _, _ = exported
    last: dict[int, str] = {}
    for page, role in report.placed:
        last[page] = role
    stranded = {page: role for page, role in last.items() if role in {"heading", "intro", "prompt"}}
    assert stranded == {}


def test_no_page_is_more_than_a_third_empty_unless_a_section_or_part_begins_next(
    exported: tuple[ExportReport, PdfReader, str],
) -> None:
    report, _, _ = exported
    assert len(report.page_ends) == report.pages
    empty = [(page, round(unused, 2)) for page, unused, chosen in report.page_ends[:-1]]
    assert [(page, unused) for page, unused in empty if unused > 1 / 3] == [
        (page, round(unused, 2))
        for page, unused, chosen in report.page_ends[:-1]
        if unused > 1 / 3 and chosen
    ]


def lines_of(page: object) -> list[str]:
    """A page's text line by line, as it is seen: pieces on one baseline, left to right.

    (The contents' page numbers are drawn after the page's other text, once the document is
    complete; read in stream order they would come last.)
    """
    pieces: list[tuple[float, float, str]] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():  # (translations only: x and y are the sums)
            pieces.append((cm[5] + tm[5], cm[4] + tm[4], text.strip()))

    page.extract_text(visitor_text=seen)  # type: ignore[attr-defined]
    rows: list[tuple[float, list[tuple[float, str]]]] = []
    for y, x, text in sorted(pieces, key=lambda piece: -piece[0]):
        if rows and rows[-1][0] - y < 2:  # the same baseline, give or take a point
            rows[-1][1].append((x, text))
        else:
            rows.append((y, [(x, text)]))
    return [" ".join(text for _, text in sorted(row)) for _, row in rows]


def test_the_contents_and_bookmarks_give_the_page_each_heading_is_on(
    exported: tuple[ExportReport, PdfReader, str], pack: Pack
) -> None:
    report, reader, form = exported
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    sections = [f"Section {s.number}: {s.title.get(None)}" for s in pack.sections]
    marks = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    assert [title for title in marks if title.startswith("Section")] == sections
    for title in sections:  # (pages count from 1, the cover)
        if form == "my answers":  # sections run on, one after the other
            assert title in texts[marks[title] - 1]
        else:  # each section starts a page
            assert texts[marks[title] - 1].startswith(title)
    contents = [i for i, text in enumerate(texts) if text.startswith("Contents")]
    if report.pages < 10:  # "My answers", short: the bookmarks are its contents
        assert contents == []
        return
    entries = [
        found.groups()
        for line in lines_of(reader.pages[contents[0]])
        if (found := re.fullmatch(r"(Section \d: .+?) (\d+)", line))
    ]
    assert entries == [(title, str(marks[title])) for title in sections]


def test_reconstructed_wording_is_marked_and_explained(
    exported: tuple[ExportReport, PdfReader, str], pack: Pack
) -> None:
    report, reader, form = exported
    text = "\n".join(page.extract_text() for page in reader.pages)
    rebuilt = pack.reconstructed_prompts()
    assert rebuilt
    printed = [p for p in rebuilt if p.text.get(None)[:40] in text.replace("\n", " ")]
    assert printed  # (my answers: the answered ones)
    marked = text.count(RECONSTRUCTED_MARK)
    assert marked >= len(printed) + len(rebuilt)  # beside each prompt, and in the notes
    assert "About this edition" in [
        item.title for item in reader.outline if not isinstance(item, list)
    ]
    if form != "my answers":  # (which is about the answers, not the printed journal)
        assert "Item 4 of the printed journal could not be recovered." in text


def test_a_lost_item_is_marked_between_its_neighbours(
    exported: tuple[ExportReport, PdfReader, str],
) -> None:
    _, reader, form = exported
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    if form == "my answers":  # about the answers: the lost items are the full journal's
        assert "could not be recovered" not in text
        return
    third = text.index("3. Involving second and third generations")
    fifth = text.index("5. Feedback and adaptation")
    assert third < text.index("Item 4 of the printed journal could not be recovered.") < fifth


def test_a_picture_stays_on_the_page_of_its_prompt(
    exported: tuple[ExportReport, PdfReader, str],
) -> None:
    report, _, _ = exported
    for index, (page, role) in enumerate(report.placed):
        if role == "picture":
            before = [p for p, r in report.placed[:index] if r == "prompt"][-1]
            assert page == before


def test_a_numbered_item_hangs_its_number(
    exported: tuple[ExportReport, PdfReader, str],
) -> None:
    """The second line of an item starts under its text, not under its number."""
    _, reader, form = exported
    if form == "blank workbook":  # (no answers: the items are lines to write on)
        return
    page = next(p for p in reader.pages if "Identify five key benefits" in p.extract_text())
    starts: list[tuple[float, float, str]] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            starts.append((cm[5] + tm[5], cm[4] + tm[4], text.strip()))

    page.extract_text(visitor_text=seen)
    # (Item 2's answer is two lines long; see the fixture.)
    first = next(i for i, (_, _, text) in enumerate(starts) if text.startswith("2. Diaspora"))
    number_x = starts[first][1]
    second_line_x = starts[first + 1][1]
    assert not starts[first + 1][2].startswith("3.")  # the item's own second line
    assert second_line_x - number_x == pytest.approx(14, abs=0.5)  # under its text


def test_keeping_together_is_what_makes_the_pages(
    tmp_path: Path, pack: Pack, journal: tuple[Repository, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without layout.KeepWithStart, prompts are stranded: the tests above can fail."""
    monkeypatch.setattr(layout.KeepWithStart, "wrap", lambda self, w, h: (0, 0))
    repo, chosen = journal
    report = export_pdf(pack, gather(repo, chosen), tmp_path / "loose.pdf")
    last: dict[int, str] = {}
    for page, role in report.placed:
        last[page] = role
    assert {role for role in last.values()} & {"heading", "intro", "prompt"}


# ----------------------------------------------------------------------------- packs that push it


MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
WORDS = "diaspora engagement builds bridges between countries "


def pushed(change: object) -> Pack:
    """The minimal test pack with ``change(document)`` applied."""
    import json

    from journal_app.packs.loader import load_pack_text

    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    return load_pack_text(json.dumps(document), "pushed.json")


def no_empty_page(report: ExportReport) -> None:
    placed = {page for page, _ in report.placed}
    assert sorted(placed) == list(range(1, report.pages + 1))


def test_a_prompt_longer_than_a_page_leaves_no_empty_page(tmp_path: Path) -> None:
    def long_hint(document: dict[str, Any]) -> None:
        document["sections"][0]["groups"][0]["prompts"][0]["hint"] = WORDS * 160

    report = export_pdf(pushed(long_hint), JournalContent(journal=None), tmp_path / "a.pdf")
    no_empty_page(report)


def test_a_heading_longer_than_the_room_left_keeps_its_bookmark(tmp_path: Path) -> None:
    def long_title(document: dict[str, Any]) -> None:
        document["sections"][1]["groups"][0]["title"] = WORDS * 90

    target = tmp_path / "b.pdf"
    report = export_pdf(pushed(long_title), JournalContent(journal=None), target)
    no_empty_page(report)
    reader = PdfReader(target)
    titles = [
        [entry.title for entry in item] if isinstance(item, list) else item.title
        for item in reader.outline
    ]
    assert any(isinstance(t, list) and t and t[0].startswith("diaspora") for t in titles)


def test_a_section_title_of_a_page_is_cut_in_the_contents(tmp_path: Path) -> None:
    def long_section(document: dict[str, Any]) -> None:
        document["sections"][0]["title"] = WORDS * 120

    target = tmp_path / "c.pdf"
    report = export_pdf(pushed(long_section), JournalContent(journal=None), target)
    no_empty_page(report)
    contents = next(p for p in PdfReader(target).pages if p.extract_text().startswith("Contents"))
    assert "…" in contents.extract_text()


def test_sections_with_nothing_printed_leave_no_heading_and_no_empty_page(
    tmp_path: Path,
) -> None:
    pack = load_pack(MINIMAL)
    content = JournalContent(journal=None, answers={})  # nothing answered
    for options in (PdfOptions(skip_unanswered=True), PdfOptions(skip_unanswered=True, blank=True)):
        target = tmp_path / "d.pdf"
        report = export_pdf(pack, content, target, options)
        no_empty_page(report)
        text = " ".join(p.extract_text() for p in PdfReader(target).pages)
        assert "Section 1: First" not in text


def test_long_words_for_a_picture_do_not_push_it_to_a_half_empty_page(tmp_path: Path) -> None:
    def writing(document: dict[str, Any]) -> None:
        for group in document["sections"][1]["groups"]:
            for prompt in group["prompts"]:
                if prompt["id"] == "photo":
                    prompt["writing"] = True

    pack = pushed(writing)
    when = datetime(2026, 3, 3, tzinfo=UTC)
    words = Answer("photo", PromptKind.IMAGE, TextValue(SENTENCE * 80), None, "", when)
    picture = ImageInfo(1, "photo", 0, "image/jpeg", 1600, 900, 0, "A street", False, when)
    content = JournalContent(
        journal=None,
        answers={"photo": words},
        images=[picture],
        image_bytes=lambda _id: photo(1600, 900),
    )
    report = export_pdf(pack, content, tmp_path / "e.pdf")
    no_empty_page(report)
    assert [
        (page, round(unused, 2))
        for page, unused, chosen in report.page_ends[:-1]
        if unused > 1 / 3 and not chosen
    ] == []
