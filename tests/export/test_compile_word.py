"""The outcome document as a Word file (``compile --docx``), read back as Word would read it.

The same hand-ins as ``test_compile`` (written with the real store); the file is opened with
python-docx and its XML, and its words are held to the PDF's: one story, two formats.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader
from test_compile import AMINA, BO, CARLA, MINIMAL, Person, write_person

from journal_app.export.compile import CompileCancelled, CompileError, compile_handins
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture(scope="module")
def handins(tmp_path_factory: pytest.TempPathFactory, pack: Pack) -> list[Path]:
    folder = tmp_path_factory.mktemp("handins")
    people = (AMINA, BO, CARLA)
    return [write_person(folder, pack, person, f"h{i}") for i, person in enumerate(people, 1)]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def paragraphs_by_style(path: Path) -> list[tuple[str, str]]:
    return [(p.style.style_id, p.text) for p in docx.Document(str(path)).paragraphs]


def test_the_outcome_document_as_word_says_what_the_pdf_says(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    pdf, word = tmp_path / "outcome.pdf", tmp_path / "outcome.docx"
    report = compile_handins(handins, pack, pdf, docx_path=word, all_answers=True)
    assert (report.pdf_path, report.docx_path, report.document) == (pdf, word, pdf)
    assert report.summary().startswith(f"Compiled 3 hand-ins into {pdf} (")
    assert str(word) in report.summary()
    document = docx.Document(str(word))
    assert document.core_properties.title == "Test pack — Outcome document"
    assert document.core_properties.subject == "Answers of 3 participants"
    styled = paragraphs_by_style(word)

    # The same words: every paragraph and table cell of the Word file is in the PDF, in order
    # within itself (line breaks and page furniture aside).
    pdf_text = squeezed("".join(page.extract_text() for page in PdfReader(pdf).pages))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    for text in [t for _, t in styled] + cells:
        assert squeezed(text) in pdf_text, text

    # Word's structure: headings for the navigation pane, quotes under who said them.
    headings = [(style, text) for style, text in styled if style.startswith("Heading")]
    assert headings[:6] == [
        ("Heading1", "About this document"),
        ("Heading2", "Participation"),
        ("Heading1", "Section 1: First"),
        ("Heading3", "Say something."),
        ("Heading3", "Name five."),
        ("Heading3", "Two questions:"),
    ]
    assert ("Heading1", "Appendix: every answer") in headings
    assert ("JournalAnswer", "Participant 1: Trust is built slowly — مشترك") in styled
    assert ("JournalAnswer", "Participant 3: =SUM(A1:A2) is what I typed.") in styled
    assert ("ListBullet", "Ochre paint") in styled  # counted answers: a bulleted list
    for name in ("Amina", "Haddad", "Bo Chen", "Carla"):
        assert name not in "\n".join(t for _, t in styled) + "".join(cells)

    # The participation table; the checklist's chart: options most marked first, each with a
    # bar (a picture) as long as its count, then the count and share as text.
    tables = document.tables
    assert [c.text for c in tables[0].rows[0].cells] == ["Hand-ins", "3"]
    chart = tables[1]
    assert [(r.cells[0].text, r.cells[1].text.strip()) for r in chart.rows] == [
        ("Blue", "2 (67%)"),
        ("Other", "2 (67%)"),
        ("Red", "1 (33%)"),
    ]
    lengths = [
        int(r._tr.find(".//{*}extent").get("cx"))  # noqa: SLF001 - the drawing's XML
        for r in chart.rows
    ]
    assert lengths[0] == lengths[1] == pytest.approx(2 * lengths[2], abs=12700)

    # Pictures, with their captions as alt text; the appendix's tables with a repeated heading.
    body = document.element.body
    described = [d.get("descr") for d in body.iter(qn("wp:docPr"))]
    assert {"Our street", "Harbour"} <= set(described)
    heads = [t for t in tables if t.rows[0].cells[0].text == "Participant"]
    assert heads
    for table in heads:
        assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None  # noqa: SLF001
    assert any(
        [c.text for c in row.cells] == ["1", "Listen first"] for t in heads for row in t.rows
    )
    with zipfile.ZipFile(word) as archive:
        assert archive.testzip() is None
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        placed = archive.read("word/document.xml").count(b"<pic:blipFill>")
    photos = [n for n in media if not n.startswith("word/media/bar-")]
    assert len(photos) == 2  # each photo stored once,
    assert placed == 4 + 6  # shown twice (contact sheet, appendix); and six bars


def test_a_right_to_left_answer_reads_right_to_left_and_markup_stays_text(
    tmp_path: Path, pack: Pack
) -> None:
    hostile = "الثقة تُبنى ببطء <b>x</b> ${name} ]]> &amp;"
    people = [
        write_person(tmp_path, pack, Person("Rania", {"free": (TextValue(hostile), None)}), "r"),
        write_person(tmp_path, pack, AMINA, "a"),
    ]
    word = tmp_path / "outcome.docx"
    report = compile_handins(people, pack, None, docx_path=word)
    assert report.pdf_path is None
    assert report.pages == 0
    assert report.summary().startswith(f"Compiled 2 hand-ins into {word}.")
    assert not list(tmp_path.glob("*.pdf"))
    paragraphs = docx.Document(str(word)).paragraphs
    texts = [p.text for p in paragraphs]
    answer = next(p for p in paragraphs if p.text == hostile)  # all of it, as typed
    assert answer._p.pPr.find(qn("w:bidi")) is not None  # noqa: SLF001 - a right-to-left paragraph
    arabic = [r for r in answer.runs if "الثقة" in r.text]
    assert arabic[0]._r.rPr.find(qn("w:rtl")) is not None  # noqa: SLF001
    assert arabic[0]._r.rPr.find(qn("w:lang")).get(qn("w:bidi")) == "ar"  # noqa: SLF001
    # Its label is a line of its own: at the start of a right-to-left line it would be at
    # the right, before the words.
    assert texts[texts.index(hostile) - 1] == "Participant 1:"


def test_word_only_and_bad_choices(tmp_path: Path, pack: Pack, handins: list[Path]) -> None:
    with pytest.raises(CompileError, match="a PDF, a Word file or both"):
        compile_handins(handins, pack, None)
    same = tmp_path / "same"
    with pytest.raises(CompileError, match="must be different files"):
        compile_handins(handins, pack, same, docx_path=same)
    with pytest.raises(CompileError, match="does not exist"):
        compile_handins(handins, pack, None, docx_path=tmp_path / "missing" / "o.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("pdf", [False, True])
def test_cancel_while_writing_the_word_file_writes_nothing(
    tmp_path: Path, pack: Pack, handins: list[Path], pdf: bool
) -> None:
    polls: list[int] = []
    compile_handins(
        handins,
        pack,
        tmp_path / "o.pdf" if pdf else None,
        docx_path=tmp_path / "o.docx",
        on_progress=lambda _f: None,
        cancelled=lambda: bool(polls.append(1)),
    )
    total = len(polls)
    for path in tmp_path.iterdir():
        path.unlink()
    calls = 0

    def cancelled() -> bool:  # near the end: while the Word file is being written
        nonlocal calls
        calls += 1
        return calls > total - 3

    with pytest.raises(CompileCancelled):
        compile_handins(
            handins,
            pack,
            tmp_path / "o.pdf" if pdf else None,
            docx_path=tmp_path / "o.docx",
            cancelled=cancelled,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_many_participants_in_word_with_every_answer(tmp_path: Path, pack: Pack) -> None:
    """Every answer of 150 participants: one table of rows under a heading row, in order."""
    import shutil

    first = write_person(tmp_path, pack, AMINA, "first")
    paths = [first] + [
        Path(shutil.copy(first, tmp_path / "in" / f"copy{i}.journal.zip")) for i in range(149)
    ]
    word = tmp_path / "outcome.docx"
    compile_handins(paths, pack, None, docx_path=word, all_answers=True)
    document = docx.Document(str(word))
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "Participant"]
    local = next(t for t in tables if t.rows[0].cells[-1].text == "Answer")
    assert len(local.rows) == 1 + 150
    assert [r.cells[0].text for r in local.rows[1:]] == [str(i) for i in range(1, 151)]
    labels = [p.text for p in document.paragraphs if p.text.startswith("Participant ")]
    assert "Participant 150: Trust is built slowly — مشترك" in labels


def test_a_word_document_too_big_for_word_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export.compile import report as reports

    word = tmp_path / "outcome.docx"
    word.write_bytes(b"x" * 3000)  # as if written: the summary looks at the file's size
    made = reports.CompileReport(None, None, handins=2000, pages=0, docx_path=word)
    assert "more than" not in made.summary()
    monkeypatch.setattr(reports, "WORD_FILE_LIMIT", 2 * 2**10)
    word.write_bytes(b"x" * (3 * 2**20 + 1))
    assert made.summary().endswith(
        "The Word document is 4 MB, more than the 512 MB Word opens: compile it without every"
        " answer, and write every answer to a spreadsheet."
    )


def test_a_file_that_cannot_be_replaced_is_named_with_those_already_written(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    """The files are put in place one after the other, at the end.

    When one cannot be (here a folder has its name; on Windows, a PDF open in a viewer), the
    sentence names it and the files already written, rather than claiming nothing was.
    """
    pdf = tmp_path / "outcome.pdf"
    pdf.mkdir()
    word, table = tmp_path / "outcome.docx", tmp_path / "outcome.csv"
    with pytest.raises(CompileError) as caught:
        compile_handins(handins, pack, pdf, docx_path=word, csv_path=table)
    message = str(caught.value)
    assert message == f"Could not write {pdf} (Is a directory). Already written: {table}, {word}."
    assert word.is_file()
    assert table.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["outcome.pdf", "outcome.docx", "outcome.csv"]
    )  # and no temporary file left
