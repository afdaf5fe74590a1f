"""The PDF export: structure, every kind of answer, options, and failures that leave nothing behind."""

from __future__ import annotations

import errno
import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdffonts import not_embedded
from PIL import Image
from pypdf import PdfReader

from journal_app import cli
from journal_app.export import pdf
from journal_app.export.pdf import (
    ExportCancelled,
    ExportError,
    JournalContent,
    PdfOptions,
    export_pdf,
    gather,
)
from journal_app.packs.loader import load_pack, load_pack_text
from journal_app.packs.model import ImagePrompt, Pack, PromptKind
from journal_app.store.answers import ChecklistValue, ItemsValue, StemsValue, TableValue, TextValue
from journal_app.store.repository import Journal, Repository

DATA = Path(__file__).parent.parent / "data"
MINIMAL = DATA / "minimal-pack.json"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


def photo(width: int = 1600, height: int = 1200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def filled(repo: Repository, pack: Pack) -> Journal:
    journal = repo.create_journal("Amina Haddad", pack)

    def save(prompt_id: str, value: object, **kwargs: object) -> None:
        prompt = pack.prompt(prompt_id)
        assert prompt is not None
        repo.save_answer(journal, prompt, value, **kwargs)  # type: ignore[arg-type]

    save(
        "free",
        TextValue("First paragraph of mine.\nSecond line.\n\nNew paragraph — ñ, ü, ç."),
        time_spent_seconds=600,
    )
    save("five", ItemsValue(("Skills", "Trade", "", "Trust", "Culture")))
    save("labelled", ItemsValue(("Because it matters.", "Together.")))
    save("pick", ChecklistValue(("blue",), True, "Teal"))
    save("fixed", TableValue((("local", "role", "Listen first"),)))
    save("blank", TableValue((("1", "a", "North"), ("2", "b", "South"))))
    save("gaps", StemsValue((("is", "contagious"),)))
    photo_prompt = pack.prompt("photo")
    assert isinstance(photo_prompt, ImagePrompt)
    repo.add_image(journal, photo_prompt, photo(), caption="Our street")
    return journal


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_every_kind_has_a_renderer() -> None:
    assert set(pdf.RENDERERS) == set(PromptKind)


def test_a_filled_journal(tmp_path: Path, repo: Repository, pack: Pack, filled: Journal) -> None:
    target = tmp_path / "journal.pdf"
    report = export_pdf(pack, gather(repo, filled), target)
    reader = PdfReader(target)
    assert report.pages == len(reader.pages) > 4
    text = text_of(target)
    for expected in (
        "Test pack", "Amina Haddad", "Contents", "Section 1: First", "Say something.",
        "First paragraph of mine.", "New paragraph — ñ, ü, ç.", "Time spent: 10 min",
        "Skills", "Culture", "Because it matters.", "Listen first", "North", "South",
        "Passion is … contagious", "Our street", "A fact.", "Source: Somewhere (2024).",
        "© Test 2026 · CC0", f"page 2 of {report.pages}",
    ):  # fmt: skip
        assert expected in text, expected
    assert "☒ Blue" in text
    assert "☐ Red" in text
    assert "☒ Other: Teal" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Test pack"
    assert reader.metadata.author == "Amina Haddad"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:3] == ["Welcome", "Section 1: First", "Second"]
    assert not_embedded(target) == []  # no Helvetica: every font is in the file


def test_pictures_are_embedded_as_they_are_and_never_enlarged(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    small = repo.add_image(filled, pack.prompt("photo"), photo(200, 100))  # type: ignore[arg-type]
    target = tmp_path / "journal.pdf"
    export_pdf(pack, gather(repo, filled), target)
    raw = target.read_bytes()
    assert b"/DCTDecode" in raw  # the stored JPEG, not a re-encoded copy
    sizes = []
    for page in PdfReader(target).pages:
        for image in page.images:
            sizes.append(image.image.size)
    assert (200, 100) in sizes
    assert small.width == 200


def test_skip_unanswered_leaves_them_out(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    target = tmp_path / "short.pdf"
    export_pdf(pack, gather(repo, filled), target, PdfOptions(skip_unanswered=True))
    text = text_of(target)
    assert "Say something." in text
    assert "Own options." not in text  # never answered


def test_blank_workbook(tmp_path: Path, pack: Pack) -> None:
    target = tmp_path / "blank.pdf"
    report = export_pdf(
        pack, JournalContent(journal=None), target, PdfOptions(blank=True, page_size="letter")
    )
    reader = PdfReader(target)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)
    text = text_of(target)
    assert "A workbook to fill in by hand" in text
    assert "Say something." in text
    assert "Stick a photo here or draw" in text
    assert report.pages == len(reader.pages)


def test_answers_to_dropped_prompts_come_at_the_end(
    tmp_path: Path, repo: Repository, filled: Journal
) -> None:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["sections"][0]["groups"][0]["prompts"].pop(0)  # "free" is gone in this version
    newer = load_pack_text(json.dumps(document))
    target = tmp_path / "newer.pdf"
    export_pdf(newer, gather(repo, filled), target)
    text = text_of(target)
    heading = text.index("Answers to prompts no longer in this journal")
    assert text.index("First paragraph of mine.") > heading


def test_a_failure_leaves_the_old_file_and_no_partial_file(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.pdf"
    target.write_bytes(b"the previous export")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match="the disk is full. Nothing was written."):
        export_pdf(pack, gather(repo, filled), target)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "journal.pdf"]


def test_cancel_writes_nothing(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    target = tmp_path / "journal.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(pack, gather(repo, filled), target, cancelled=lambda: True)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_missing_folder(tmp_path: Path, pack: Pack) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(
            pack,
            JournalContent(journal=None),
            tmp_path / "nowhere" / "x.pdf",
            PdfOptions(blank=True),
        )


def test_cli_exports_and_reports_errors_in_one_line(
    tmp_path: Path, repo: Repository, filled: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = repo.database.data_dir
    out = tmp_path / "cli.pdf"
    # The repository fixture holds the folder, as a running app would: export reads beside it.
    args = ["--data-dir", str(data_dir), "--pack", str(MINIMAL), "export-pdf", "-o", str(out)]
    assert cli.main([*args, "--journal", "Amina Haddad"]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {out} (")
    assert "Amina Haddad" in text_of(out)
    assert cli.main([*args, "--journal", "Nobody"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "There is no journal named 'Nobody'" in err
    assert (
        cli.main(
            [
                "--data-dir",
                str(data_dir),
                "export-pdf",
                "--blank",
                "-o",
                str(tmp_path / "no" / "x.pdf"),
            ]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err


def test_the_pdf_gets_ordinary_permissions(tmp_path: Path, pack: Pack) -> None:
    target = tmp_path / "blank.pdf"
    export_pdf(pack, JournalContent(journal=None), target, PdfOptions(blank=True))
    assert target.stat().st_mode & 0o777 == 0o644


def test_lines_of_different_directions_become_their_own_paragraphs(pack: Pack) -> None:
    from journal_app.export import fonts
    from journal_app.export.pdf import _Renderer

    renderer = _Renderer(pack, JournalContent(journal=None), PdfOptions(), fonts.register_fonts())
    parts = renderer.paragraphs(
        "English line\nسطر عربي\nسطر آخر\n\nAnother", renderer.styles.answer
    )
    assert len(parts) == 3
    assert [p.style.alignment for p in parts] == [0, 2, 0]  # left, right, left


def test_a_missing_font_file_is_a_clear_error(
    tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export import fonts

    def missing(font_dir: object = None) -> object:
        raise fonts.FontError(
            "The font file NotoSans-Regular.ttf is missing; reinstall Reflection Journal."
        )

    monkeypatch.setattr(fonts, "register_fonts", missing)
    with pytest.raises(ExportError, match="NotoSans-Regular.ttf is missing"):
        export_pdf(pack, JournalContent(journal=None), tmp_path / "x.pdf", PdfOptions(blank=True))
    assert list(tmp_path.iterdir()) == []


def test_a_table_cell_longer_than_a_page_continues_on_the_next(
    tmp_path: Path, repo: Repository, pack: Pack
) -> None:
    # A long answer typed in one cell: the row was taller than a page and ReportLab's
    # LayoutError failed the whole export.
    journal = repo.create_journal("Amina", pack)
    prompt = pack.prompt("blank")
    assert prompt is not None
    words = " ".join(f"word{n}" for n in range(2500))
    repo.save_answer(journal, prompt, TableValue((("1", prompt.columns[0].id, words),)))  # type: ignore[attr-defined]
    report = export_pdf(pack, gather(repo, journal), tmp_path / "long.pdf")
    text = "".join(page.extract_text() for page in PdfReader(report.path).pages)
    assert "word0" in text
    assert "word2499" in text


def test_table_rows_that_fit_a_page_are_never_split_across_pages(
    tmp_path: Path, repo: Repository, pack: Pack
) -> None:
    # Splitting inside rows is the last resort (a row taller than a page): a table that runs
    # over a page breaks between its rows, without slivers of rows at the page bottom.
    journal = repo.create_journal("Amina", pack)
    prompt = pack.prompt("blank")
    assert prompt is not None
    column = prompt.columns[0].id  # type: ignore[attr-defined]
    rows = tuple(
        (str(n), column, "\n".join(f"row{n}line{k}" for k in range(22))) for n in (1, 2, 3)
    )
    repo.save_answer(journal, prompt, TableValue(rows))
    report = export_pdf(pack, gather(repo, journal), tmp_path / "rows.pdf")
    pages = [page.extract_text() for page in PdfReader(report.path).pages]
    for n in (1, 2, 3):
        holding = {i for i, text in enumerate(pages) if f"row{n}line" in text}
        assert len(holding) == 1, f"row {n} is split over pages {sorted(holding)}"


NO_FONT = "Osiyo ᏣᎳᎩ, 👍 and \ue123."  # Cherokee, an emoji and a private-use character


def test_characters_no_font_has_are_counted_by_script_drawn_as_boxes_and_read_back(
    tmp_path: Path, repo: Repository, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_fonts import drawn_lines

    journal = repo.create_journal("Degataga", pack)
    prompt = pack.prompt("free")
    assert prompt is not None
    repo.save_answer(journal, prompt, TextValue(NO_FONT))
    target = tmp_path / "missing.pdf"
    report = export_pdf(pack, gather(repo, journal), target)
    summary = report.missing_summary()
    assert summary is not None
    assert summary.startswith("5 different characters have no font here and are drawn as")
    assert "empty boxes (□)" in summary
    assert "3 Cherokee (Ꮳ Ꮃ Ꭹ)" in summary
    assert "1 emoji and symbols (👍)" in summary
    assert "1 private use (U+E123)" in summary
    details = report.missing_details()
    assert len(details) == 5
    assert details[0].startswith("U+13E3 Ꮳ CHEROKEE LETTER TSA (Cherokee): ")
    # As said: each is drawn in the font whose missing glyph is a box, and reads back as typed.
    glyphs = [g for page in drawn_lines(target) for line in page for g in line]
    drawn_in = {text: font for text, font in glyphs if text in "ᏣᎳᎩ👍\ue123"}
    assert set(drawn_in) == set("ᏣᎳᎩ👍\ue123")
    assert set(drawn_in.values()) == {"DejaVuSans"}
    assert "Osiyo ᏣᎳᎩ, 👍" in text_of(target)

    data_dir = repo.database.data_dir
    args = ["--data-dir", str(data_dir), "--pack", str(MINIMAL), "export-pdf", "-o", str(target)]
    assert cli.main([*args, "--journal", "Degataga"]) == 0
    short = capsys.readouterr().err
    assert short.count("\n") == 1
    assert short.startswith("journal-app: warning: 5 different characters have no font")
    assert short.rstrip().endswith("(--verbose lists them all)")
    assert cli.main([*args, "--journal", "Degataga", "--verbose"]) == 0
    every = capsys.readouterr().err.splitlines()
    assert len(every) == 6
    assert every[1].strip().startswith("U+13E3 Ꮳ CHEROKEE LETTER TSA (Cherokee): ")


def test_a_very_long_answer_is_printed_whole(tmp_path: Path, repo: Repository, pack: Pack) -> None:
    """Laid out in pieces (bench/bench_long_answer.py times it): every word is there."""
    journal = repo.create_journal("Long", pack)
    prompt = pack.prompt("free")
    assert prompt is not None
    repo.save_answer(journal, prompt, TextValue(("lorem ipsum dolor sit amet " * 8000)[:200_000]))
    export_pdf(pack, gather(repo, journal), tmp_path / "long-200000.pdf")
    text = "".join(text_of(tmp_path / "long-200000.pdf").split())
    text = re.sub(r"Testpack—page\d+of\d+", "", text)  # the footers between pages
    typed = ("lorem ipsum dolor sit amet " * 8000)[:200_000].replace(" ", "")
    assert text.count("loremipsumdolorsitamet") == typed.count("loremipsumdolorsitamet")
