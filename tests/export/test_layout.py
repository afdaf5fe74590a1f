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
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journal_app import resources
from journal_app.export import layout
from journal_app.export.pdf import RECONSTRUCTED_MARK, ExportReport, PdfOptions, export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.packs.model import (
    ChecklistPrompt,
    ImagePrompt,
    Pack,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store.answers import (
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.repository import Journal, Repository

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
) -> tuple[ExportReport, PdfReader]:
    repo, chosen = journal
    target = tmp_path_factory.mktemp("pdf") / "journal.pdf"
    report = export_pdf(pack, gather(repo, chosen), target, FORMS[request.param])
    return report, PdfReader(target)


def test_no_page_ends_with_a_heading_an_introduction_or_a_prompt(
    exported: tuple[ExportReport, PdfReader],
) -> None:
    report, _ = exported
    last: dict[int, str] = {}
    for page, role in report.placed:
        last[page] = role
    stranded = {page: role for page, role in last.items() if role in {"heading", "intro", "prompt"}}
    assert stranded == {}


def test_no_page_is_more_than_a_third_empty_unless_a_section_or_part_begins_next(
    exported: tuple[ExportReport, PdfReader],
) -> None:
    report, _ = exported
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


def test_the_contents_give_the_page_each_heading_is_on(
    exported: tuple[ExportReport, PdfReader], pack: Pack
) -> None:
    _, reader = exported
    texts = [page.extract_text() for page in reader.pages]
    contents = next(i for i, text in enumerate(texts) if text.startswith("Contents"))
    entries = [
        found.groups()
        for line in lines_of(reader.pages[contents])
        if (found := re.fullmatch(r"(Section \d: .+?) (\d+)", line))
    ]
    assert [title for title, _ in entries] == [
        f"Section {s.number}: {s.title.get(None)}" for s in pack.sections
    ]
    for title, number in entries:
        assert " ".join(texts[int(number) - 1].split()).startswith(title)  # from 1, the cover


def test_reconstructed_wording_is_marked_and_explained(
    exported: tuple[ExportReport, PdfReader], pack: Pack
) -> None:
    report, reader = exported
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
    assert "Item 4 of the printed journal could not be recovered." in text


def test_a_lost_item_is_marked_between_its_neighbours(
    exported: tuple[ExportReport, PdfReader],
) -> None:
    _, reader = exported
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    third = text.index("3. Involving second and third generations")
    fifth = text.index("5. Feedback and adaptation")
    assert third < text.index("Item 4 of the printed journal could not be recovered.") < fifth


def test_a_picture_stays_on_the_page_of_its_prompt(
    exported: tuple[ExportReport, PdfReader],
) -> None:
    report, _ = exported
    for index, (page, role) in enumerate(report.placed):
        if role == "picture":
            before = [p for p, r in report.placed[:index] if r == "prompt"][-1]
            assert page == before


def test_a_numbered_item_hangs_its_number(pack: Pack) -> None:
    """The second line of an item starts under its text, not under its number."""
    from journal_app.export import fonts
    from journal_app.export.pdf import _Renderer

    renderer = _Renderer(pack, gather_none(), PdfOptions(), fonts.register_fonts())
    style = renderer.item_style
    assert style.firstLineIndent < 0
    assert style.leftIndent == renderer.styles.answer.leftIndent - style.firstLineIndent


def gather_none() -> object:
    from journal_app.export.pdf import JournalContent

    return JournalContent(journal=None)


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
