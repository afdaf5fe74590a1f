"""The journal as a Word document, read back with python-docx as a reader's Word would read it."""

from __future__ import annotations

import copy
import errno
import io
import os
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from lxml import etree
from PIL import Image

from journal_app import i18n, resources
from journal_app.export import docx as word
from journal_app.export import fonts
from journal_app.export.docx import DocxReport, export_docx
from journal_app.export.pdf import (
    ExportCancelled,
    ExportError,
    JournalContent,
    PdfOptions,
    gather,
)
from journal_app.packs.loader import load_pack
from journal_app.packs.model import RECONSTRUCTED_MARK, ImagePrompt, Pack, PromptKind
from journal_app.store.answers import ChecklistValue, ItemsValue, StemsValue, TableValue, TextValue
from journal_app.store.repository import Journal, Repository

DATA = Path(__file__).parent.parent / "data"
MINIMAL = DATA / "minimal-pack.json"
ARABIC = "تعمل الجاليات كجسور بين البلدان، مع IOM منذ 2019."
CHINESE = "海外侨民是连接两国的桥梁。"
HOSTILE = "A <b>bold</b> & =1+1 \x07bell\x0c {{field}} ]]> \x00"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture(scope="module")
def bundled() -> Pack:
    return load_pack(resources.bundled_pack("idiaspora-journal"))


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


def photo(width: int = 1600, height: int = 1200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(out, format="JPEG")
    return out.getvalue()


def save(repo: Repository, journal: Journal, pack: Pack, prompt_id: str, value: object) -> None:
    prompt = pack.prompt(prompt_id)
    assert prompt is not None
    repo.save_answer(journal, prompt, value)  # type: ignore[arg-type]


@pytest.fixture
def filled(repo: Repository, pack: Pack) -> Journal:
    journal = repo.create_journal("Amina Haddad", pack)
    free = pack.prompt("free")
    assert free is not None
    repo.save_answer(
        journal,
        free,
        TextValue(f"First paragraph.\nSecond line.\n\n{ARABIC}\n\n{CHINESE}"),
        time_spent_seconds=600,
    )
    save(repo, journal, pack, "five", ItemsValue(("Skills", "Trade", "", "Trust", "Culture")))
    save(repo, journal, pack, "labelled", ItemsValue(("Because it matters.", "Together.")))
    save(repo, journal, pack, "pick", ChecklistValue(("blue",), True, "Teal"))
    save(repo, journal, pack, "fixed", TableValue((("local", "role", "Listen first"),)))
    save(repo, journal, pack, "blank", TableValue((("1", "a", "North"), ("2", "b", "South"))))
    save(repo, journal, pack, "gaps", StemsValue((("is", "contagious"),)))
    picture = pack.prompt("photo")
    assert isinstance(picture, ImagePrompt)
    repo.add_image(journal, picture, photo(), caption="Our street")
    return journal


@pytest.fixture
def exported(tmp_path: Path, repo: Repository, pack: Pack, filled: Journal) -> tuple[Any, Path]:
    target = tmp_path / "journal.docx"
    report = export_docx(pack, gather(repo, filled), target)
    assert report == DocxReport(target, report.paragraphs, 1)
    return docx.Document(str(target)), target


def texts(document: Any) -> list[str]:
    """Every paragraph's text, the tables' cells' included, in order."""
    return [Paragraph(node, document).text for node in document.element.body.iter(qn("w:p"))]


def paragraph_with(document: Any, text: str) -> Any:
    return next(p for p in document.paragraphs if text in p.text)


def rpr(run: Any, name: str) -> Any:
    return run._r.rPr.find(qn(f"w:{name}"))


def test_every_kind_has_a_renderer() -> None:
    assert set(word.RENDERERS) == set(PromptKind)


def test_headings_are_words_headings_in_order(exported: tuple[Any, Path]) -> None:
    document, _ = exported
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings == [
        ("Title", "Test pack"),
        ("Heading 1", "Welcome"),
        ("Heading 1", "Section 1: First"),
        ("Heading 3", "Say something."),
        ("Heading 3", "Name five."),
        ("Heading 3", "Two questions:"),
        ("Heading 3", "Pick."),
        ("Heading 3", "Own options."),
        ("Heading 1", "Second"),
        ("Heading 2", "Tables and more"),
        ("Heading 3", "Fill in."),
        ("Heading 3", "Five rows."),
        ("Heading 3", "Paste."),
        ("Heading 3", "Fill in the gaps."),
        ("Heading 1", "About this edition"),
        ("Heading 2", "Wording supplied"),
        ("Heading 2", "Items left out"),
    ]
    # The contents: Word's TOC field, which Word offers to update on opening.
    codes = [c.text for c in document.element.body.iter(qn("w:instrText"))]
    assert codes == [' TOC \\o "1-2" \\h \\z \\u ']  # sections and groups, as the PDF's
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    contents = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert contents[:2] == ["Welcome", "Section 1: First"]
    assert "Say something." not in contents  # a prompt: in Word's navigation pane, not here
    assert paragraph_with(document, "Contents").style.name == "TOC Heading"


def test_content_and_order_mirror_the_pdf(exported: tuple[Any, Path]) -> None:
    document, _ = exported
    text = "\n".join(texts(document))
    order = [
        "Test pack", "Amina Haddad", "© Test 2026 · CC0", "Made with Reflection Journal.",
        "Contents", "Welcome", "Hello.", "A note.", "Section 1: First", "Para two.",
        "Say something.", "Anything.", "First paragraph.\nSecond line.", ARABIC, CHINESE,
        "Time spent: 10 min", "Name five.", "Two questions:", "Why?", "Because it matters.",
        "☐ Red", "☒ Blue", "☒ Other: Teal", "Own options.", "☐ X", "Tables and more",
        "Local", "Listen first", "North", "South", "Paste.", "Our street",
        "Passion is … contagious", "A fact.", "Source: Somewhere (2024).",
        "Item 4 of the printed journal could not be recovered.", "About this edition",
        f"{RECONSTRUCTED_MARK} A fact.: first word supplied", "Tables and more, item 4: not in the",
    ]  # fmt: skip
    at = -1
    for expected in order:
        found = text.find(expected, at + 1)
        assert found > at, expected
        at = found
    breaks = [
        p.text for p in document.paragraphs if p.paragraph_format.page_break_before
    ]  # a page each, as in the PDF
    assert breaks == [
        "© Test 2026 · CC0", "Contents", "Welcome", "Section 1: First", "Second",
        "About this edition",
    ]  # fmt: skip


def test_items_are_a_numbered_list_that_starts_at_one(
    exported: tuple[Any, Path], tmp_path: Path, repo: Repository, bundled: Pack
) -> None:
    document, _ = exported
    items = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in items] == ["Skills", "Trade", "", "Trust", "Culture"]
    numbers = {p._p.pPr.numPr.numId.val for p in items}
    assert len(numbers) == 1
    numbering = document.part.numbering_part.element
    number = numbering.num_having_numId(numbers.pop())
    assert number.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"
    # Each list of a journal is its own, from 1.
    journal = repo.create_journal("Lists", bundled)
    target = tmp_path / "lists.docx"
    export_docx(bundled, gather(repo, journal), target)
    lists = {
        p._p.pPr.numPr.numId.val
        for p in docx.Document(str(target)).paragraphs
        if p.style.name == "List Number"
    }
    expected = [
        p for p in bundled.prompts() if any(i.label is None for i in getattr(p, "items", ()))
    ]
    assert len(lists) == len(expected) > 1


def test_checklists_stems_and_labelled_items(exported: tuple[Any, Path]) -> None:
    document, _ = exported
    lines = [p.text for p in document.paragraphs]
    boxes = [t for t in lines if t.startswith(("☐", "☒"))]
    assert boxes[:3] == ["☐ Red", "☒ Blue", "☒ Other: Teal"]
    assert "Passion is … contagious" in lines
    why = lines.index("Why?")
    assert lines[why : why + 4] == ["Why?", "Because it matters.", "How?", "Together."]
    assert paragraph_with(document, "Why?").style.name == "Hint"
    hint = paragraph_with(document, "Anything.")
    assert hint.style.name == "Hint"
    assert hint.style.font.italic
    assert str(hint.style.font.color.rgb) == "4A5A66"


def test_tables_have_a_repeating_header_row_and_their_cells(exported: tuple[Any, Path]) -> None:
    document, _ = exported
    fixed, blank = document.tables[:2]
    assert [[c.text for c in row.cells] for row in fixed.rows] == [
        ["Local", "Listen first"],
        ["National", ""],
    ]
    assert fixed.rows[0]._tr.trPr is None or fixed.rows[0]._tr.trPr.find(qn("w:tblHeader")) is None
    assert [[c.text for c in row.cells] for row in blank.rows] == [
        ["", "A", "B"],
        ["1", "North", ""],
        ["2", "", "South"],
        ["3", "", ""],
    ]
    assert blank.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert blank.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    assert blank.rows[0].cells[1].paragraphs[0].runs[0].bold


def test_a_picture_inline_with_its_caption_as_alt_text(exported: tuple[Any, Path]) -> None:
    document, target = exported
    (shape,) = document.inline_shapes
    assert shape._inline.docPr.get("descr") == "Our street"
    assert shape.width <= 12 * 360000
    assert shape.height <= 10 * 360000
    assert abs(shape.width / shape.height - 1600 / 1200) < 0.01  # its proportions kept
    paragraphs = document.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p._p.findall(".//" + qn("w:drawing")))
    caption = paragraphs[at + 1]
    assert (caption.style.name, caption.text) == ("Caption", "Our street")
    with zipfile.ZipFile(target) as archive:  # the JPEG as stored, not deflated again
        (media,) = [i for i in archive.infolist() if i.filename.startswith("word/media/")]
        assert media.compress_type == zipfile.ZIP_STORED
        assert archive.read(media).startswith(b"\xff\xd8")


def test_pictures_are_read_one_at_a_time_as_the_file_is_written(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    picture = pack.prompt("photo")
    assert isinstance(picture, ImagePrompt)
    repo.add_image(filled, picture, photo(200, 100), caption="Small")
    content = gather(repo, filled)
    read: list[int] = []

    def image_bytes(image_id: int) -> bytes:
        read.append(image_id)
        return repo.image_bytes(image_id)

    content.image_bytes = image_bytes
    report = export_docx(pack, content, tmp_path / "two.docx")
    assert report.pictures == 2
    assert sorted(read) == sorted(i.id for i in content.images)  # each once
    small = docx.Document(str(report.path)).inline_shapes[1]
    assert (small.width, small.height) == (200 * 9525, 100 * 9525)  # never enlarged


def test_right_to_left_and_east_asian_runs(exported: tuple[Any, Path]) -> None:
    document, _ = exported
    arabic = paragraph_with(document, "الجاليات")
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    by_text = {run.text: run for run in arabic.runs}
    run = by_text["تعمل الجاليات كجسور بين البلدان، مع "]
    assert rpr(run, "rtl") is not None
    assert rpr(run, "cs") is not None
    assert rpr(run, "lang").get(qn("w:bidi")) == "ar"
    assert rpr(run, "rFonts").get(qn("w:cs")) == "Noto Sans Arabic"
    latin = by_text["IOM "]  # a Latin word in an Arabic sentence: its own run, left to right
    assert rpr(latin, "rtl") is None
    assert rpr(latin, "lang").get(qn("w:val")) == "en"
    assert rpr(latin, "rFonts").get(qn("w:ascii")) == "Noto Sans"
    chinese = paragraph_with(document, CHINESE)
    assert chinese._p.pPr.find(qn("w:bidi")) is None
    (run,) = chinese.runs
    assert rpr(run, "rFonts").get(qn("w:eastAsia")) == "WenQuanYi Zen Hei"
    assert rpr(run, "rFonts").get(qn("w:hint")) == "eastAsia"
    assert rpr(run, "lang").get(qn("w:eastAsia")) == "zh"
    english = paragraph_with(document, "First paragraph.")
    assert english._p.pPr.find(qn("w:bidi")) is None
    (run,) = english.runs
    assert rpr(run, "lang").get(qn("w:val")) == "en"
    assert run._r.findall(qn("w:br"))  # the line break kept


def test_every_run_names_its_font_and_language_in_any_script(
    tmp_path: Path, repo: Repository, pack: Pack
) -> None:
    journal = repo.create_journal("Scripts", pack)
    typed = "Ελληνικά Русский हिन्दी ภาษาไทย にほんご 日本 한국어 ქართული\tשלום"
    save(repo, journal, pack, "free", TextValue(typed))
    target = tmp_path / "scripts.docx"
    export_docx(pack, gather(repo, journal), target)
    paragraph = paragraph_with(docx.Document(str(target)), "Ελληνικά")
    found = {}
    for run in paragraph.runs:
        fonts_ = rpr(run, "rFonts")
        lang = rpr(run, "lang")
        assert fonts_ is not None
        assert lang is not None
        key = run.text.split()[0] if run.text.split() else run.text
        found[key] = (fonts_.get(qn("w:cs")), dict(lang.attrib), rpr(run, "cs") is not None)
    assert found["Ελληνικά"] == ("Noto Sans", {qn("w:val"): "el"}, False)
    assert found["Русский"] == ("Noto Sans", {qn("w:val"): "ru"}, False)
    assert found["हिन्दी"] == ("Noto Sans Devanagari", {qn("w:bidi"): "hi"}, True)
    assert found["ภาษาไทย"] == ("Noto Sans Thai", {qn("w:bidi"): "th"}, True)
    assert found["にほんご"] == ("IPAexGothic", {qn("w:eastAsia"): "ja"}, False)
    assert found["한국어"] == ("WenQuanYi Zen Hei", {qn("w:eastAsia"): "ko"}, False)
    assert found["ქართული"] == ("Noto Sans Georgian", {qn("w:val"): "ka"}, False)
    assert paragraph.text == typed  # every character, the tab too


def test_family_names_are_those_in_the_bundled_font_files() -> None:
    from fontTools.ttLib import TTCollection, TTFont

    for family in fonts._FAMILIES:
        face, file_name = family.regular
        path = fonts.FONT_DIR / file_name
        font = TTCollection(str(path)).fonts[0] if file_name.endswith(".ttc") else TTFont(path)
        assert word.family_name(face) == font["name"].getDebugName(1), face


def test_private_answers_only_on_request(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    labelled, picture = pack.prompt("labelled"), pack.prompt("photo")
    assert labelled is not None
    assert picture is not None
    repo.set_private(filled, labelled, True)
    repo.set_private(filled, picture, True)
    target = tmp_path / "shared.docx"
    report = export_docx(pack, gather(repo, filled), target)
    text = "\n".join(texts(docx.Document(str(target))))
    assert "Because it matters." not in text
    assert "Our street" not in text
    assert report.pictures == 0
    assert "First paragraph." in text
    asked = export_docx(
        pack, gather(repo, filled), tmp_path / "all.docx", PdfOptions(include_private=True)
    )
    text = "\n".join(texts(docx.Document(str(asked.path))))
    assert "Because it matters." in text
    assert "Private answer: kept out of hand-ins, printed on request." in text
    assert asked.pictures == 1


def test_my_answers_leaves_out_what_was_not_answered(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    target = tmp_path / "mine.docx"
    export_docx(pack, gather(repo, filled), target, PdfOptions(skip_unanswered=True))
    document = docx.Document(str(target))
    text = "\n".join(texts(document))
    assert "Say something." in text
    assert "Own options." not in text  # never answered
    assert "Welcome" not in text  # no front matter
    assert "© Test 2026 · CC0" in text  # the licence, brief, on the cover
    # A few answers: no contents (the navigation pane is contents enough), as in the PDF.
    assert not list(document.element.body.iter(qn("w:instrText")))


def test_hostile_text_is_text(tmp_path: Path, repo: Repository, pack: Pack) -> None:
    journal = repo.create_journal("<Hostile> & co", pack)
    save(repo, journal, pack, "free", TextValue(HOSTILE))
    save(repo, journal, pack, "blank", TableValue((("1", "a", HOSTILE),)))
    target = tmp_path / "hostile.docx"
    export_docx(pack, gather(repo, journal), target)
    document = docx.Document(str(target))
    expected = "A <b>bold</b> & =1+1 bell {{field}} ]]> "  # the characters XML cannot hold: out
    assert paragraph_with(document, "A <b>bold").text == expected
    assert document.tables[1].rows[1].cells[1].text == expected
    assert len(list(document.element.body.iter(qn("w:instrText")))) == 1  # the contents only
    assert not list(document.element.body.iter(qn("w:fldSimple")))
    assert document.core_properties.author == "<Hostile> & co"


def test_reconstructed_wording_is_marked_and_explained(
    tmp_path: Path, repo: Repository, bundled: Pack
) -> None:
    journal = repo.create_journal("My journal", bundled)  # a name the app gave
    target = tmp_path / "idiaspora.docx"
    export_docx(bundled, gather(repo, journal), target, PdfOptions(page_size="letter"))
    document = docx.Document(str(target))
    prompts = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    marked = [t for t in prompts if t.endswith(f" {RECONSTRUCTED_MARK}")]
    assert len(marked) == len(bundled.reconstructed_prompts()) == 20
    text = "\n".join(texts(document))
    assert "Prompts marked † have words that the source of the printed journal lost" in text
    assert "© IOM 2024 · CC BY-NC-ND 3.0 IGO" in text  # the attribution and licence
    assert "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode" in text
    assert "International Organization for Migration (IOM) (2024)" in text  # the citation
    properties = document.core_properties
    assert properties.title == "iDiaspora Journal"
    assert properties.author == ""  # never "My journal"
    assert properties.language == "en"
    section = document.sections[0]
    assert (section.page_width.pt, section.page_height.pt) == (612, 792)
    assert section.different_first_page_header_footer  # no footer on the cover
    footer = section.footer.paragraphs[0]
    assert [f.get(qn("w:instr")) for f in footer._p.iter(qn("w:fldSimple"))] == [
        " PAGE ",
        " NUMPAGES ",
    ]
    words = "".join(t.text for t in footer._p.iter(qn("w:t")))
    assert words == "iDiaspora Journal — page 1 of 1"  # the 1s: PAGE's and NUMPAGES' until laid out


def test_answers_to_dropped_prompts_come_at_the_end(
    tmp_path: Path, repo: Repository, filled: Journal
) -> None:
    import json

    from journal_app.packs.loader import load_pack_text

    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["sections"][0]["groups"][0]["prompts"].pop(0)  # "free" is gone in this version
    newer = load_pack_text(json.dumps(document))
    target = tmp_path / "newer.docx"
    export_docx(newer, gather(repo, filled), target)
    text = "\n".join(texts(docx.Document(str(target))))
    heading = text.index("Answers to prompts no longer in this journal")
    assert text.index("First paragraph.") > heading


def test_a_full_disk_leaves_the_old_file_and_nothing_else(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.docx"
    target.write_bytes(b"the previous export")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match="the disk is full. Nothing was written.") as caught:
        export_docx(pack, gather(repo, filled), target)
    assert "Word document" in str(caught.value)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "journal.docx"]


@pytest.mark.parametrize("when", ["at once", "between prompts", "writing the pictures"])
def test_cancel_leaves_the_old_file_and_nothing_else(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal, when: str
) -> None:
    target = tmp_path / "journal.docx"
    asked: list[int] = []
    export_docx(pack, gather(repo, filled), target, cancelled=lambda: bool(asked.append(1)))
    # Asked before each prompt, once the document is made, and before each picture is read
    # (the last question: the picture is read as the file is written).
    after = {"at once": 0, "between prompts": 3, "writing the pictures": len(asked) - 1}[when]
    target.write_bytes(b"the previous export")
    asked.clear()

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > after

    with pytest.raises(ExportCancelled, match="nothing was written"):
        export_docx(pack, gather(repo, filled), target, cancelled=cancelled)
    assert len(asked) == after + 1
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "journal.docx"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path, pack: Pack) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_docx(pack, JournalContent(journal=None), tmp_path / "nowhere" / "x.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_progress_and_the_blank_workbook(tmp_path: Path, pack: Pack) -> None:
    seen: list[float] = []
    target = tmp_path / "blank.docx"
    export_docx(
        pack, JournalContent(journal=None), target, PdfOptions(blank=True), on_progress=seen.append
    )
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    text = "\n".join(texts(docx.Document(str(target))))
    assert "A workbook to fill in by hand" in text
    assert "Stick a photo here or draw" in text


def test_its_own_styles_are_named_in_the_users_language(tmp_path: Path, pack: Pack) -> None:
    i18n.install(lambda context, text, n=-1: f"«{text}»" if context == "export" else "")
    try:
        target = tmp_path / "styled.docx"
        export_docx(pack, JournalContent(journal=None), target, PdfOptions(blank=True))
    finally:
        i18n.install(None)
    names = {s.name for s in docx.Document(str(target)).styles}
    assert {"«Answer»", "«Hint»", "«Small print»", "«Note»", "«Table text»"} <= names


def test_the_footer_is_made_without_python_docx_template_files(
    tmp_path: Path,
    repo: Repository,
    pack: Pack,
    filled: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The frozen app keeps ``docx/parts`` in its archive: a path through it does not resolve."""
    import docx.parts.hdrftr

    monkeypatch.setattr(docx.parts.hdrftr, "__file__", str(tmp_path / "frozen" / "hdrftr.pyc"))
    target = tmp_path / "frozen.docx"
    export_docx(pack, gather(repo, filled), target)
    document = docx.Document(str(target))
    footer = document.sections[0].footer
    assert not footer.is_linked_to_previous
    codes = [c.get(qn("w:instr")) for c in footer._element.iter(qn("w:fldSimple"))]
    assert [c.strip() for c in codes] == ["PAGE", "NUMPAGES"]


def test_word_is_asked_to_update_fields_only_when_there_is_a_contents_field(
    tmp_path: Path, repo: Repository, pack: Pack, filled: Journal
) -> None:
    def settings_of(options: PdfOptions) -> tuple[Any, Any]:
        target = tmp_path / "settings.docx"
        export_docx(pack, gather(repo, filled), target, options)
        document = docx.Document(str(target))
        settings = document.settings.element
        modes = [
            s.get(qn("w:val"))
            for s in settings.iter(qn("w:compatSetting"))
            if s.get(qn("w:name")) == "compatibilityMode"
        ]
        return settings.find(qn("w:updateFields")), modes

    update, modes = settings_of(PdfOptions())
    assert update is not None
    assert modes == ["15"]  # Word 2013 and later: no "Compatibility Mode"
    update, _ = settings_of(PdfOptions(skip_unanswered=True))  # a few answers: no contents
    assert update is None


# ----------------------------------------------------------------------------- the kit, streamed

W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MARKUP = f"Typed: {W_NAMESPACE} <w:p> ]]> &amp; <w:t>"


def new_kit(pack: Pack) -> tuple[word.WordKit, Any]:
    """A kit and the document it makes elements for, set up as another document would be."""
    fonts.register_fonts()
    document = docx.Document()
    kit = word.WordKit(pack, None, "a4", document, lambda: None)
    word.set_up(
        document,
        kit,
        title="Outcome",
        author="Facilitator",
        subject="A workshop",
        page_size="a4",
        footer="{title} — page {page} of {total}",
    )
    return kit, document


def row_of(kit: word.WordKit, *texts: str, bold: bool = False) -> Any:
    row = OxmlElement("w:tr")
    for text in texts:
        cell = kit.cell(row, 3000, None)
        cell.append(kit.para(text, word.CELL, look=word.Look(bold=bold)))
    return row


def body_tags(document: Any) -> list[str]:
    return [child.tag.rsplit("}", 1)[1] for child in document.element.body]


def test_the_package_is_one_office_opens_without_repair(exported: tuple[Any, Path]) -> None:
    """No entry says it needs Zip64 (version 4.5): Office repairs such a package first.

    The content types come first, as Word writes them, and name every part.
    """
    _document, target = exported
    with zipfile.ZipFile(target) as archive:
        entries = archive.infolist()
        assert archive.testzip() is None
        assert entries[0].filename == "[Content_Types].xml"
        assert [e.filename for e in entries if e.extract_version > 20] == []
        types = archive.read("[Content_Types].xml").decode()
        for entry in entries[1:]:
            name = entry.filename
            extension = name.rsplit(".", 1)[-1]
            assert f'PartName="/{name}"' in types or f'Extension="{extension}"' in types, name


def test_a_long_table_comes_as_its_header_then_row_by_row(tmp_path: Path, pack: Pack) -> None:
    kit, document = new_kit(pack)

    def blocks() -> Iterator[word.Block]:
        yield kit.para("Before", word.NORMAL)
        yield word.PAGE_BREAK
        table = kit.table([3000.0, 3000.0])
        table.append(row_of(kit, "Name", "Answer", bold=True))
        yield table
        for number in range(3000):
            yield row_of(kit, f"P{number}", f"Answer {number}")

    target = tmp_path / "rows.docx"
    word.write_streamed(document, target, blocks())
    read = docx.Document(str(target))
    (table,) = read.tables
    assert len(table.rows) == 3001
    assert [c.text for c in table.rows[0].cells] == ["Name", "Answer"]
    assert [c.text for c in table.rows[3000].cells] == ["P2999", "Answer 2999"]
    # The page break: an empty paragraph before the table carries it; a paragraph after it.
    assert body_tags(read) == ["p", "p", "tbl", "p", "sectPr"]
    holder = read.paragraphs[1]
    assert holder.text == ""
    assert holder.paragraph_format.page_break_before
    assert not read.paragraphs[0].paragraph_format.page_break_before
    assert read.sections[0].footer.paragraphs[0].text.startswith("Outcome — page")


@pytest.mark.parametrize(
    "before", [[], ["paragraph"], ["table", "break"]], ids=["first", "after-text", "after-break"]
)
def test_a_row_without_a_table_before_it_is_refused(
    tmp_path: Path, pack: Pack, before: list[str]
) -> None:
    kit, document = new_kit(pack)
    made = {
        "paragraph": lambda: kit.para("Text", word.NORMAL),
        "table": lambda: kit.table([3000.0]),
        "break": lambda: word.PAGE_BREAK,
    }
    blocks = [made[name]() for name in before] + [row_of(kit, "Lost")]
    with pytest.raises(ValueError, match="no table"):
        word.write_streamed(document, tmp_path / "refused.docx", blocks)


def test_streamed_is_what_python_docx_writes_and_markup_in_text_is_text(
    tmp_path: Path, pack: Pack
) -> None:
    kit, document = new_kit(pack)
    words = f"{MARKUP} and Arabic: {ARABIC}"
    heading = kit.heading(MARKUP, 1)
    paragraph = kit.para(words, word.ANSWER)
    paragraph.set(qn("w:rsidR"), MARKUP)  # in the start tag whose declarations are left out
    table = kit.table([3000.0, 3000.0])
    table.append(row_of(kit, MARKUP, "]]>"))
    picture = kit.picture_from(
        "picture-1", "image/jpeg", lambda: photo(40, 30), 40, 30, MARKUP, max_width=300,
        max_height=300,
    )  # fmt: skip
    blocks = [heading, paragraph, table, picture, kit.para("End", word.NORMAL)]
    copies = [copy.deepcopy(block) for block in blocks]
    streamed = tmp_path / "streamed.docx"
    word.write_streamed(document, streamed, blocks)

    read = docx.Document(str(streamed))
    assert read.paragraphs[0].text == MARKUP
    assert read.paragraphs[1].text == words
    assert read.paragraphs[1]._p.get(qn("w:rsidR")) == MARKUP
    assert [c.text for c in read.tables[0].rows[0].cells] == [MARKUP, "]]>"]
    assert read.inline_shapes[0]._inline.docPr.get("descr") == MARKUP
    # The same document as python-docx writes it with the same blocks in its body.
    end = document.element.body.find(qn("w:sectPr"))
    for block in copies:
        end.addprevious(block)
    saved = tmp_path / "saved.docx"
    document.save(str(saved))

    def canonical(path: Path, name: str) -> bytes:
        with zipfile.ZipFile(path) as archive:
            return bytes(etree.tostring(etree.fromstring(archive.read(name)), method="c14n"))

    for name in ("word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"):
        assert canonical(streamed, name) == canonical(saved, name), name
    with zipfile.ZipFile(streamed) as archive:
        assert archive.read("word/document.xml").startswith(b"<?xml version='1.0' encoding")
        assert archive.testzip() is None


def test_a_generator_of_paragraphs_is_written_without_holding_them(
    tmp_path: Path, pack: Pack
) -> None:
    """The peak of writing 20,000 paragraphs as they come, against that of holding them.

    Writing the other parts has its own peak (the styles, 350 kB of XML, are serialized whole),
    the same with no paragraphs: what the paragraphs add to it is next to nothing.
    """
    count = 20_000

    def paragraphs(kit: word.WordKit, count: int) -> Iterator[Any]:
        for number in range(count):
            yield kit.para(f"Participant {number}: an answer of a few words.", word.ANSWER)

    def peak_of_writing(count: int, name: str) -> int:
        kit, document = new_kit(pack)
        kit.para("Warm-up", word.ANSWER)  # (the kit's caches are made)
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        word.write_streamed(document, tmp_path / name, paragraphs(kit, count))
        return int(tracemalloc.get_traced_memory()[1] - start)

    tracemalloc.start()
    try:
        kit, _document = new_kit(pack)
        kit.para("Warm-up", word.ANSWER)
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        held = list(paragraphs(kit, count))
        held_peak = tracemalloc.get_traced_memory()[1] - start
        del held
        streamed_peak = peak_of_writing(count, "long.docx")
        frame_peak = peak_of_writing(0, "empty.docx")
    finally:
        tracemalloc.stop()
    assert streamed_peak / held_peak < 1 / 3, (streamed_peak, held_peak)
    assert (streamed_peak - frame_peak) / held_peak < 1 / 20, (streamed_peak, frame_peak)
    read = docx.Document(str(tmp_path / "long.docx"))
    assert len(read.paragraphs) == count
    assert read.paragraphs[-1].text == f"Participant {count - 1}: an answer of a few words."


def test_a_heading_nested_by_its_outline_level_and_blocks_kept_together(pack: Pack) -> None:
    kit, _document = new_kit(pack)
    plain = kit.heading("Top", 1)
    nested = kit.heading("Nested", 1, outline=2)
    assert plain.pPr.find(qn("w:outlineLvl")) is None
    assert nested.pPr.pStyle.val == "Heading1"
    assert nested.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "2"
    assert (kit.headings[plain], kit.headings[nested]) == ((1, "Top"), (3, "Nested"))

    spaced = kit.para("Spaced", word.NORMAL, before=100, center=True)
    table = kit.table([3000.0])
    table.append(row_of(kit, "Cell"))
    bare = OxmlElement("w:p")  # no properties yet
    last = kit.para("Last", word.NORMAL)
    blocks = [plain, spaced, bare, table, last]
    assert word.keep_together(blocks) is blocks
    kept = [p.pPr is not None and p.pPr.keepNext is not None for p in (plain, spaced, bare)]
    assert kept == [True, True, True]
    assert all(p.pPr.keepNext is not None for p in table.iter(qn("w:p")))
    assert last.pPr.keepNext is None
    order = [child.tag for child in spaced.pPr]  # where the schema wants it
    assert order == [qn(f"w:{n}") for n in ("pStyle", "keepNext", "spacing", "jc")]
    word.keep_together(blocks)
    assert len(plain.pPr.findall(qn("w:keepNext"))) == 1  # once
    # A table last: its paragraphs are left as they are.
    ending = kit.table([3000.0])
    ending.append(row_of(kit, "Cell"))
    word.keep_together([kit.para("First", word.NORMAL), ending])
    assert all(p.pPr.keepNext is None for p in ending.iter(qn("w:p")))
    # A row that comes as a block of its own (write_streamed) is kept as its table is.
    row = row_of(kit, "Row")
    word.keep_together([kit.table([3000.0]), row, kit.para("After", word.NORMAL)])
    assert all(p.pPr.keepNext is not None for p in row.iter(qn("w:p")))


def test_a_picture_from_anywhere_never_enlarged_unless_asked(tmp_path: Path, pack: Pack) -> None:
    kit, document = new_kit(pack)
    read: list[str] = []

    def reader(name: str, data: bytes) -> Any:
        return lambda: read.append(name) or data

    small, large = photo(200, 100), photo(1600, 1200)
    blocks = [
        kit.picture_from(
            "picture-small", "image/jpeg", reader("small", small), 200, 100, "A small\x07 one ",
            max_width=400, max_height=400,
        ),
        kit.picture_from(
            "picture-large", "image/jpeg", reader("large", large), 1600, 1200, "",
            max_width=300, max_height=100,
        ),
        kit.picture_from(
            "picture-up", "image/jpeg", reader("up", small), 200, 100, "Up",
            max_width=300, max_height=300, upscale=True,
        ),
    ]  # fmt: skip
    assert read == []  # read when the file is written
    # The same picture placed again, by its name, smaller: stored once, shown twice.
    again = reader("again", small)
    blocks.append(kit.picture_from("picture-up", "image/jpeg", again, 200, 100, "Again",
                                   max_width=100, max_height=100))  # fmt: skip
    target = tmp_path / "pictures.docx"
    word.write_streamed(document, target, blocks)
    assert sorted(read) == ["large", "small", "up"]
    read_back = docx.Document(str(target))
    shapes = read_back.inline_shapes
    sizes = [(round(s.width.pt, 2), round(s.height.pt, 2)) for s in shapes]
    assert sizes == [(150, 75), (133.33, 100), (300, 150), (100, 50)]  # 200 px: 150 pt, at most
    ids = [s._inline.docPr.get("id") for s in shapes]
    assert len(set(ids)) == 4  # each drawing its own id
    embeds = [s._inline.graphic.graphicData.pic.blipFill.blip.embed for s in shapes]
    assert embeds[3] == embeds[2] != embeds[1]  # the same stored picture
    with zipfile.ZipFile(target) as archive:
        assert len([n for n in archive.namelist() if n.startswith("word/media/")]) == 3
    with pytest.raises(ValueError, match="two pictures"):  # another picture by the same name
        kit.picture_from("picture-up", "image/jpeg", lambda: large, 1600, 1200, "",
                         max_width=9, max_height=9)  # fmt: skip
    assert shapes[0].width == Pt(150)
    assert shapes[0]._inline.docPr.get("descr") == "A small one"  # cleaned
    assert shapes[1]._inline.docPr.get("descr") is None
    assert shapes[2]._inline.docPr.get("descr") == "Up"
    first = read_back.paragraphs[0]  # its own paragraph, centred, kept with its caption
    assert first._p.findall(".//" + qn("w:drawing"))
    assert (first.style.name, first.alignment) == ("Normal", WD_ALIGN_PARAGRAPH.CENTER)
    assert first.paragraph_format.keep_with_next
