"""Answers marked private stay on this computer: out of PDFs unless asked, out of hand-ins always."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journal_app import cli, resources
from journal_app.export.handin import write_handin
from journal_app.export.pdf import PdfOptions, export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store.answers import ItemsValue, TextValue
from journal_app.store.repository import Journal, Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    repository = Repository.open(data_dir, snapshot_on_open=False)
    yield repository
    repository.close()


@pytest.fixture
def journal(repo: Repository, pack: Pack) -> Journal:
    journal = repo.create_journal("Amina", pack)
    free, labelled, photo = pack.prompt("free"), pack.prompt("labelled"), pack.prompt("photo")
    assert free is not None
    assert labelled is not None
    assert isinstance(photo, ImagePrompt)
    repo.save_answer(journal, free, TextValue("Shared with everyone"))
    repo.save_answer(journal, labelled, ItemsValue(("my candid secret", "and more")))
    repo.set_private(journal, labelled, True)
    repo.add_image(journal, photo, png("red"), caption="a private photo")
    repo.set_private(journal, photo, True)
    return journal


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def pictures_in(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def test_private_answers_are_left_out_of_the_pdf_by_default(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    report = export_pdf(pack, gather(repo, journal), tmp_path / "out.pdf")
    text = text_of(report.path)
    assert "Shared with everyone" in text
    assert "my candid secret" not in text
    assert "a private photo" not in text
    assert pictures_in(report.path) == 0


def test_private_answers_are_printed_marked_when_asked(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    options = PdfOptions(include_private=True)
    report = export_pdf(pack, gather(repo, journal), tmp_path / "out.pdf", options)
    text = text_of(report.path).replace("\n", " ")
    assert "my candid secret" in text
    assert text.count("Private answer: kept out of hand-ins, printed on request.") == 2
    assert pictures_in(report.path) == 1


def test_the_command_line_asks_with_include_private(
    tmp_path: Path, repo: Repository, journal: Journal, data_dir: Path, pack: Pack
) -> None:
    repo.close()
    out = tmp_path / "cli.pdf"
    common = ["--data-dir", str(data_dir), "--pack", str(MINIMAL), "export-pdf"]
    assert cli.main([*common, "-o", str(out)]) == 0
    assert "my candid secret" not in text_of(out)
    assert cli.main([*common, "-o", str(out), "--include-private"]) == 0
    assert "my candid secret" in text_of(out)


def test_a_hand_in_numbers_only_the_pictures_it_shares(tmp_path: Path) -> None:
    pack = load_pack(resources.bundled_pack(resources.DEFAULT_PACK_ID))
    first, second = [p for p in pack.prompts() if isinstance(p, ImagePrompt)][:2]
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Amina", pack)
        repo.add_image(journal, first, png("red"), caption="private")
        repo.set_private(journal, first, True)
        repo.add_image(journal, second, png("blue"), caption="shared")
        target = write_handin(repo, pack, journal, tmp_path / "amina")
    with zipfile.ZipFile(target) as archive:
        names = sorted(n for n in archive.namelist() if n.startswith("images/"))
        document = json.loads(archive.read("answers.json"))
    assert names == ["images/1.png"]  # no gap where the private picture was
    assert document["images"] == [
        {"file": "images/1.png", "prompt_id": second.id, "caption": "shared", "is_drawing": False}
    ]
