"""The outcome document's synthesis: readable at any number of participants."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from journal_app.export.compile import appendix, compile_handins
from journal_app.export.compile.synthesis import RENDERERS, most_given, spread
from journal_app.export.handin import write_handin
from journal_app.export.layout import cover_date
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt, Pack, PromptKind
from journal_app.store import images as pictures
from journal_app.store.answers import ChecklistValue, ItemsValue, StemsValue, TableValue, TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
PEOPLE = 12


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def one_participant(folder: Path, pack: Pack, i: int) -> Path:
    """Participant ``i``'s hand-in: answers of every kind that differ from person to person."""
    repository = Repository.open(folder / f"data-{i}", snapshot_on_open=False)
    try:
        journal = repository.create_journal(f"Person {i}", pack)
        answers = {
            "free": TextValue(f"Answer from participant {i}: trust is built slowly."),
            "five": ItemsValue(("Skills", "Trade" if i % 2 else "trade ", f"Idea {i % 4}", "", "")),
            "labelled": ItemsValue((f"Because {i}.", "")),
            "pick": ChecklistValue(("blue",) if i % 3 else ("red", "blue"), i == 1, "Ochre"),
            "fixed": TableValue((("local", "role", f"Listen, says {i}"),)),
            "blank": TableValue((("1", "a", "North"), ("1", "b", f"Row of {i % 3}"))),
            "gaps": StemsValue((("is", f"contagious {i}"),)),
        }
        for prompt_id, value in answers.items():
            prompt = pack.prompt(prompt_id)
            assert prompt is not None
            repository.save_answer(journal, prompt, value)  # type: ignore[arg-type]
        (folder / "in").mkdir(exist_ok=True)
        return write_handin(repository, pack, journal, folder / "in" / f"p{i}")
    finally:
        repository.close()


@pytest.fixture(scope="module")
def twelve(tmp_path_factory: pytest.TempPathFactory, pack: Pack) -> list[Path]:
    folder = tmp_path_factory.mktemp("people")
    return [one_participant(folder, pack, i) for i in range(1, PEOPLE + 1)]


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_every_kind_has_a_synthesis() -> None:
    assert set(RENDERERS) == set(PromptKind)


def test_every_kind_has_an_appendix_renderer() -> None:
    assert set(appendix.RENDERERS) == set(PromptKind)


@pytest.mark.parametrize(("count", "k"), [(0, 5), (3, 5), (5, 5), (12, 5), (1000, 5), (7, 1)])
def test_the_quoted_answers_are_spread_from_first_to_last(count: int, k: int) -> None:
    picked = spread(count, k)
    assert picked == sorted(set(picked))
    assert len(picked) == min(count, k)
    if count > k > 1:
        assert (picked[0], picked[-1]) == (0, count - 1)


def test_the_synthesis_quotes_counts_and_charts(
    tmp_path: Path, pack: Pack, twelve: list[Path]
) -> None:
    target = tmp_path / "outcome.pdf"
    compile_handins(twelve, pack, target)
    text = text_of(target)
    flat = " ".join(text.split())
    # Participation first.
    assert "Participation" in flat
    assert "Hand-ins 12" in flat
    assert f"Handed in {cover_date(date.today())}" in flat  # the day they were made (today)
    # Free text: 5 of the 12 answers, from the first to the last, then how many more.
    quoted = [i for i in range(1, PEOPLE + 1) if f"Answer from participant {i}:" in flat]
    assert quoted == [1, 4, 7, 9, 12]  # spread(12, 5)
    assert "… and 7 more." in flat
    assert "12 of 12 participants answered (100%)." in flat
    # A list: the same answer counted once, however it is capitalised or spaced.
    assert "Skills (12)" in flat
    assert "Trade (12)" in flat or "trade (12)" in flat
    assert "Idea 1 (3)" in flat
    # A checklist: most marked first, with counts and shares.
    assert flat.index("Blue 12 (100%)") < flat.index("Red 4 (33%)")
    # A table of blank rows: identical rows counted once.
    assert "North · Row of 0 (4)" in flat
    # Nobody's answers are shown beyond the quotes: participant 2's sentence is not there.
    assert "Because 2." not in flat  # (labelled items: 5 quoted of 12)
    assert "Person 3" not in flat  # anonymous


def test_its_length_does_not_grow_with_the_number_of_participants(
    tmp_path: Path, pack: Pack, twelve: list[Path]
) -> None:
    many = list(twelve)
    for copy in range(10):  # 132 hand-ins: the twelve people, eleven times over
        for path in twelve:
            many.append(Path(shutil.copy(path, tmp_path / f"{copy}-{path.name}")))
    few = compile_handins(twelve, pack, tmp_path / "few.pdf")
    lots = compile_handins(many, pack, tmp_path / "lots.pdf")
    assert lots.handins == 132
    assert lots.pages == few.pages
    every = compile_handins(many, pack, tmp_path / "every.pdf", all_answers=True)
    assert every.pages > 3 * few.pages  # the appendix, which does grow


def test_no_quotes_at_all_says_how_many(tmp_path: Path, pack: Pack, twelve: list[Path]) -> None:
    target = tmp_path / "counts.pdf"
    compile_handins(twelve, pack, target, quotes=0)
    flat = " ".join(text_of(target).split())
    assert "Answer from participant" not in flat
    assert "… and 12 more." in flat


def test_pictures_make_a_bounded_contact_sheet(
    tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from PIL import Image

    photo = pack.prompt("photo")
    assert isinstance(photo, ImagePrompt)
    paths = []
    for i in range(6):
        with Repository.open(tmp_path / f"d{i}", snapshot_on_open=False) as repository:
            journal = repository.create_journal(f"P{i}", pack)
            for j in range(3):
                out = io.BytesIO()
                Image.new("RGB", (90, 60), (40 * i, 30 * j, 90)).save(out, format="PNG")
                repository.add_image(journal, photo, out.getvalue(), caption=f"Street {i}-{j}")
            paths.append(write_handin(repository, pack, journal, tmp_path / f"h{i}"))
    from journal_app.export.compile import folding

    decoded: list[int] = []
    prepare = folding.pictures.normalize

    def counted(data: bytes, **options: Any) -> pictures.NormalizedImage:
        decoded.append(1)
        return prepare(data, **options)

    monkeypatch.setattr(folding.pictures, "normalize", counted)
    target = tmp_path / "sheet.pdf"
    compile_handins(paths, pack, target)
    flat = " ".join(text_of(target).split())
    shown = [f"Street {i}-{j}" for i in range(6) for j in range(3) if f"Street {i}-{j}" in flat]
    assert len(shown) == 12
    assert "… and 6 more pictures." in flat
    assert len(decoded) == 12  # the others are counted, never decoded
    decoded.clear()
    compile_handins(paths, pack, tmp_path / "every.pdf", all_answers=True)
    assert len(decoded) == 18  # the appendix prints them all


def test_answers_given_equally_often_are_chosen_spread_not_first_come() -> None:
    once = Counter({f"answer {i}": 1 for i in range(40)})  # every answer given once
    assert most_given(once, 5) == ["answer 0", "answer 10", "answer 20", "answer 29", "answer 39"]
    mixed = Counter({"a": 1, "b": 3, "c": 1, "d": 3, "e": 2, "f": 1})
    assert most_given(mixed, 4) == ["b", "d", "e", "a"]  # most given first, then spread
    assert most_given(mixed, 10) == ["b", "d", "e", "a", "c", "f"]


def test_and_n_more_stays_on_the_page_of_the_last_answer_shown(tmp_path: Path, pack: Pack) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import KeepTogether, Paragraph

    from journal_app.export import fonts
    from journal_app.export.compile.document import OutcomeWriter
    from journal_app.export.compile.folding import Folder
    from journal_app.export.compile.synthesis import _ending

    folder = Folder(pack, tmp_path, None)
    try:
        c = OutcomeWriter(folder, fonts.register_fonts())
        style = getSampleStyleSheet()["Normal"]
        answer, more = [Paragraph("Last quote", style)], Paragraph("… and 3 more.", style)
        (chunk,) = list(_ending(c, answer, more))
        assert len(chunk) == 1
        assert isinstance(chunk[0], KeepTogether)
        assert chunk[0]._content == [*answer, more]  # one block: never opens a page alone
        assert list(_ending(c, answer, None)) == [answer]
        assert list(_ending(c, [], more)) == [[more]]
        assert list(_ending(c, [], None)) == []
    finally:
        folder.spool.close()


def test_every_answer_of_many_participants_is_made_in_parts_and_joined_page_for_page(
    tmp_path: Path, pack: Pack, twelve: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts join into the very document a single layout gives, but for "of N" in footers."""
    from journal_app.export.compile import document

    whole = tmp_path / "whole.pdf"
    compile_handins(twelve, pack, whole, all_answers=True, quotes=2)
    monkeypatch.setattr(document, "APPENDIX_IN_PARTS", 3)
    monkeypatch.setattr(document, "PART_PAGES", 2)
    made: list[Path] = []
    join = document.pdfjoin.join

    def spy(parts: list[Path], out: Any, outline: Any, **options: Any) -> int:
        made.extend(parts)
        return join(parts, out, outline, **options)

    monkeypatch.setattr(document.pdfjoin, "join", spy)
    joined = tmp_path / "joined.pdf"
    report = compile_handins(twelve, pack, joined, all_answers=True, quotes=2)
    first, second = PdfReader(whole), PdfReader(joined)
    assert report.pages == len(second.pages) == len(first.pages) > 6
    assert len(made) >= 3  # in parts of two pages at most
    assert not any(p.exists() for p in made)  # the parts are let go once joined
    pages = len(first.pages)
    for number, (a, b) in enumerate(zip(first.pages, second.pages, strict=True), start=1):
        expected = a.extract_text()
        if number > 1:
            assert f"page {number} of {pages}" in expected
            expected = expected.replace(f"page {number} of {pages}", f"page {number}")
        assert b.extract_text() == expected

    def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
        def walk(items: list[Any], depth: int) -> list[tuple[int, str, int]]:
            found: list[tuple[int, str, int]] = []
            for item in items:
                if isinstance(item, list):
                    found += walk(item, depth + 1)
                else:
                    found.append((depth, item.title, reader.get_destination_page_number(item)))
            return found

        return walk(reader.outline, 0)

    assert outline(second) == outline(first)
    assert any(title == "Appendix: every answer" for _, title, _ in outline(second))


def test_a_part_ends_early_when_its_pictures_add_up(
    tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pictures are held in memory until a part is saved: they end a part, not only its pages."""
    import io

    from PIL import Image

    from journal_app.export.compile import document

    photo = next(p for p in pack.prompts() if isinstance(p, ImagePrompt))
    paths = []
    for i in range(6):
        with Repository.open(tmp_path / f"d{i}", snapshot_on_open=False) as repository:
            journal = repository.create_journal(f"P{i}", pack)
            for j in range(3):
                out = io.BytesIO()
                Image.new("RGB", (300, 200), (60 * i, 50 * j, 90)).save(out, format="PNG")
                repository.add_image(journal, photo, out.getvalue(), caption=f"Photo {i}-{j}")
            paths.append(write_handin(repository, pack, journal, tmp_path / f"h{i}"))
    monkeypatch.setattr(document, "APPENDIX_IN_PARTS", 1)
    monkeypatch.setattr(document, "PART_PAGES", 1000)
    made: list[int] = []
    join = document.pdfjoin.join
    monkeypatch.setattr(
        document.pdfjoin,
        "join",
        lambda parts, out, outline, **options: (
            made.append(len(parts)) or join(parts, out, outline, **options)
        ),
    )
    whole = tmp_path / "whole.pdf"
    compile_handins(paths, pack, whole, all_answers=True)
    assert made == [1]  # pages and pictures both within one part
    monkeypatch.setattr(document, "PART_PICTURE_BYTES", 1)
    joined = tmp_path / "joined.pdf"
    compile_handins(paths, pack, joined, all_answers=True)
    assert made[1] > 2  # a part ended at the end of each page with pictures
    first, second = PdfReader(whole), PdfReader(joined)
    assert len(second.pages) == len(first.pages)
    assert sum(len(p.images) for p in second.pages) == sum(len(p.images) for p in first.pages)
    assert sum(len(p.images) for p in second.pages) == 12 + 18  # the contact sheet, every photo
    assert all(f"Photo {i}-{j}" in text_of(joined) for i in range(6) for j in range(3))
