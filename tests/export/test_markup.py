"""Text from a pack or a journal name is text in the PDF: markup in it is printed, never obeyed.

Every text field of a pack gets an image tag pointing at a private picture, a link to a system
file and an unbalanced tag. The export must succeed, print the tags as text, embed no picture
and make no link.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from marked_up import marked_up_pack
from PIL import Image
from pypdf import PdfReader

from journal_app.export.pdf import PdfOptions, export_pdf, gather
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def payload(private_photo: Path) -> str:
    return (
        f'<img src="{private_photo}" width="40" height="40"/>'
        '<a href="file:///etc/passwd">passwords</a><b>unbalanced & done '
    )


@pytest.fixture
def private_photo(tmp_path: Path) -> Path:
    path = tmp_path / "private.png"
    Image.new("RGB", (30, 30), "red").save(path)
    return path


@pytest.fixture
def hostile_pack(tmp_path: Path, private_photo: Path) -> Pack:
    return marked_up_pack(tmp_path, payload(private_photo))


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


def pdf_objects(path: Path) -> tuple[int, list[str]]:
    """(pictures embedded, link targets) of a PDF."""
    reader = PdfReader(path)
    pictures = sum(len(page.images) for page in reader.pages)
    links = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            links.append(str(action.get("/URI", action.get("/F", ""))))
    return pictures, links


def test_markup_in_every_text_of_a_pack_is_printed_not_obeyed(
    tmp_path: Path, repo: Repository, hostile_pack: Pack
) -> None:
    journal = repo.create_journal('<img src="/etc/passwd"/> Amina', hostile_pack)
    prompt = hostile_pack.prompt("free")
    assert prompt is not None
    repo.save_answer(journal, prompt, TextValue("<b>an answer</b>"))
    report = export_pdf(hostile_pack, gather(repo, journal), tmp_path / "out.pdf")
    pictures, links = pdf_objects(report.path)
    assert pictures == 0
    assert not [link for link in links if "passwd" in link or link.startswith("file:")]
    text = "\n".join(page.extract_text() for page in PdfReader(report.path).pages)
    assert 'href="file:///etc/passwd"' in text.replace("\n", "")
    assert "<b>unbalanced & done" in text.replace("\n", "")
    assert "<b>an answer</b>" in text


def test_a_blank_workbook_of_a_marked_up_pack_too(tmp_path: Path, hostile_pack: Pack) -> None:
    from journal_app.export.pdf import JournalContent

    report = export_pdf(
        hostile_pack, JournalContent(journal=None), tmp_path / "blank.pdf", PdfOptions(blank=True)
    )
    pictures, links = pdf_objects(report.path)
    assert pictures == 0
    assert not [link for link in links if "passwd" in link]


def test_contents_entries_are_text(tmp_path: Path, repo: Repository, hostile_pack: Pack) -> None:
    journal = repo.create_journal("Amina", hostile_pack)
    report = export_pdf(hostile_pack, gather(repo, journal), tmp_path / "out.pdf")
    assert shutil.which("pdftotext"), "pdftotext is missing: sudo apt-get install poppler-utils"
    contents = subprocess.run(
        ["pdftotext", "-f", "3", "-l", "3", "-layout", str(report.path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"<img src=", contents), contents[:500]


def test_the_outcome_document_of_a_marked_up_pack_and_names(
    tmp_path: Path, repo: Repository, hostile_pack: Pack
) -> None:
    from journal_app.export.compile import compile_handins
    from journal_app.export.handin import write_handin

    journal = repo.create_journal('<a href="file:///etc/passwd">Amina</a>', hostile_pack)
    prompt = hostile_pack.prompt("free")
    assert prompt is not None
    repo.save_answer(journal, prompt, TextValue("<img src='/etc/passwd'/>"))
    handin = write_handin(repo, hostile_pack, journal, tmp_path / "amina")
    report = compile_handins([handin], hostile_pack, tmp_path / "outcome.pdf", show_names=True)
    pictures, links = pdf_objects(report.pdf_path)
    assert pictures == 0
    assert not [link for link in links if "passwd" in link]
    text = "".join(page.extract_text() for page in PdfReader(report.pdf_path).pages)
    assert "<img src='/etc/passwd'/>" in text.replace("\n", "")
