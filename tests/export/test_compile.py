"""Compiling hand-ins into an outcome document.

What the PDF and the CSV show, anonymity, hand-ins of other pack versions, refusals that name the
file, and failures that leave nothing behind.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pdffonts import not_embedded
from PIL import Image
from pypdf import PdfReader

from journal_app.export import fonts, textlayout
from journal_app.export.compile import (
    CSV_COLUMNS,
    PICTURE_EDGE,
    CompileCancelled,
    CompileError,
    CompileReport,
    compile_handins,
)
from journal_app.export.compile.document import PLAIN, OutcomeWriter
from journal_app.export.compile.folding import Folder
from journal_app.export.handin import write_handin
from journal_app.export.pdf import ExportCancelled, ExportError
from journal_app.packs.loader import load_pack, load_pack_text
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store.answers import (
    AnswerValue,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
ACCENT_FILL = b".121569 .372549 .545098 rg"  # pdf.ACCENT, the colour of the bars


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def picture(colour: str, size: tuple[int, int] = (120, 80), kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=kind)
    return out.getvalue()


@dataclass
class Person:
    """One participant's journal, saved with the real store and written as a hand-in."""

    name: str
    answers: dict[str, tuple[AnswerValue | None, int | None]]
    pictures: tuple[tuple[bytes, str], ...] = ()


AMINA = Person(
    "Amina Haddad",
    {
        "free": (TextValue("Trust is built slowly — مشترك"), 420),
        "five": (ItemsValue(("Skills", "Trade", "", "Trust", "Culture")), None),
        "labelled": (ItemsValue(("Because it matters.", "Together.")), None),
        "pick": (ChecklistValue(("blue",), True, "Ochre paint"), None),
        "fixed": (TableValue((("local", "role", "Listen first"),)), None),
        "blank": (TableValue((("1", "a", "North"), ("2", "b", "South"))), None),
        "gaps": (StemsValue((("is", "contagious"),)), None),
    },
    ((picture("teal"), "Our street"),),
)
BO = Person(
    "Bo Chen",
    {
        "free": (TextValue("我们一起工作 every week."), 300),
        "pick": (ChecklistValue(("red", "blue"), False, ""), None),
        "fixed": (TableValue((("national", "role", "Lobby the ministry"),)), None),
    },
    ((picture("orange"), "Harbour"),),
)
CARLA = Person(
    "Carla Mendes",
    {
        "free": (TextValue("=SUM(A1:A2) is what I typed.\n\nSecond paragraph."), None),
        "pick": (ChecklistValue((), True, "Teal"), None),
    },
)


def write_person(folder: Path, pack: Pack, person: Person, file_name: str) -> Path:
    """Save the person's answers and pictures in a fresh data folder, then write a hand-in."""
    repository = Repository.open(folder / f"data-{file_name}", snapshot_on_open=False)
    try:
        journal = repository.create_journal(person.name, pack)
        for prompt_id, (value, seconds) in person.answers.items():
            prompt = pack.prompt(prompt_id)
            assert prompt is not None
            repository.save_answer(journal, prompt, value, time_spent_seconds=seconds)
        photo = pack.prompt("photo")
        assert isinstance(photo, ImagePrompt)
        for data, caption in person.pictures:
            repository.add_image(journal, photo, data, caption=caption)
        (folder / "in").mkdir(exist_ok=True)
        return write_handin(repository, pack, journal, folder / "in" / file_name)
    finally:
        repository.close()


@pytest.fixture(scope="module")
def handins(tmp_path_factory: pytest.TempPathFactory, pack: Pack) -> list[Path]:
    folder = tmp_path_factory.mktemp("handins")
    return [
        write_person(folder, pack, person, f"h{i}")
        for i, person in enumerate((AMINA, BO, CARLA), start=1)
    ]


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def rewrite(path: Path, change: Callable[[dict[str, Any]], None], target: Path) -> Path:
    """Copy a hand-in with its answers.json changed, the manifest's checksums made to match."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(files["answers.json"])
    change(document)
    files["answers.json"] = json.dumps(document, ensure_ascii=False).encode()
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = {
        n: {"size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
        for n, d in files.items()
        if n != "manifest.json"
    }
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        return list(reader)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


# ----------------------------------------------------------------------------- the PDF


def test_the_outcome_document(tmp_path: Path, pack: Pack, handins: list[Path]) -> None:
    target = tmp_path / "outcome.pdf"
    report = compile_handins(handins, pack, target, all_answers=True)  # (the synthesis: below)
    assert isinstance(report, CompileReport)
    assert (report.pdf_path, report.csv_path, report.handins) == (target, None, 3)
    assert report.missing == {}
    reader = PdfReader(target)
    assert report.pages == len(reader.pages)
    assert not_embedded(target) == []  # no Helvetica: every font is in the file
    text = text_of(target)

    # The cover and the pack's attribution.
    cover = reader.pages[0].extract_text()
    assert "Test pack" in cover
    assert "Outcome document" in cover
    assert "Compiled from 3 hand-ins" in cover
    assert "© Test 2026 · CC0" in text
    assert "The answers are the participants' own." in text
    assert "author's own" not in text
    assert f"page 2 of {report.pages}" in text

    # Checklist counts: the bar labels, and bars as long as their counts.
    assert re.search(r"Red\s+1\b", text)
    assert re.search(r"Blue\s+2\b", text)
    assert re.search(r"Other\s+2\b", text)
    chart_page = next(p for p in reader.pages if "Blue" in (p.extract_text() or ""))
    stream = chart_page.get_contents()
    assert stream is not None
    content = stream.get_data()
    assert ACCENT_FILL in content  # vector bars, in the accent colour
    widths = [float(w) for w in re.findall(rb"n 0 [\d.]+ ([\d.]+) [\d.]+ re f\*", content)]
    assert len(widths) == 3  # most marked first: blue (2), other (2), red (1)
    assert widths[0] == pytest.approx(2 * widths[2])  # blue is twice red
    assert widths[0] == pytest.approx(widths[1])
    assert re.search(r"Blue\s+2 \(67%\)", text)  # with its share of the 3 participants
    assert "Ochre paint" in text  # the "Other" texts
    assert "Teal" in text

    # Every participant's answers (the appendix), numbered in input order, anonymous.
    for expected in (
        "Participant 1: Trust is built slowly",
        "Participant 2: 我们一起工作 every week.",
        "Participant 3: =SUM(A1:A2) is what I typed.",
        "Second paragraph.",
        "1. Skills",
        "5. Culture",
        "Because it matters.",
        "Together.",
        "Listen first",
        "Lobby the ministry",
        "North",
        "South",
        "contagious",
        "Our street",
        "Harbour",
    ):
        assert expected in text, expected
    assert "3. " not in text.split("Name five.")[1].split("Two questions:")[0]  # the empty item
    for name in ("Amina", "Haddad", "Bo Chen", "Carla", "Mendes"):
        assert name not in text
    assert "median 6 min" in text  # 420 s and 300 s

    # Prompts nobody answered, listed at the end; notes are not prompts to answer.
    nobody = text.split("Prompts nobody answered")[1].split("Appendix: every answer")[0]
    assert "Own options." in nobody
    assert "Pick." not in nobody
    assert "A fact." not in text

    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline == [
        "Participation",
        "Section 1: First",
        "Second",
        "Prompts nobody answered",
        "Appendix: every answer",
    ]
    appendix = reader.outline[-1]  # its sections under it
    assert isinstance(appendix, list)
    assert [o.title for o in appendix if not isinstance(o, list)] == ["Section 1: First", "Second"]


def test_tables_have_a_participant_column_and_headings_on_every_page(
    tmp_path: Path, pack: Pack
) -> None:
    person = Person(
        "Many",
        {
            "blank": (
                TableValue(tuple((str(r), "a", f"Row {r} text " * 6) for r in (1, 2, 3))),
                None,
            )
        },
    )
    first = write_person(tmp_path, pack, person, "first")
    paths = [first]
    for i in range(45):
        paths.append(Path(shutil.copy(first, tmp_path / "in" / f"copy{i}.journal.zip")))
    target = tmp_path / "outcome.pdf"
    report = compile_handins(paths, pack, target, all_answers=True)
    pages = [p.extract_text() or "" for p in PdfReader(target).pages]
    appendix = next(i for i, page in enumerate(pages) if "Appendix: every answer" in page)
    pages = pages[appendix:]  # (the synthesis counts the 46 identical rows once, above)
    with_rows = [p for p in pages if "Row 2 text" in p]
    assert len(with_rows) >= 3
    for page in with_rows:
        assert re.search(r"Participant\s+A\s+B", page), page[:200]
    assert "46 of 46 participants answered." in "\n".join(pages)
    assert report.pages == appendix + len(pages)


def test_names_only_when_asked(tmp_path: Path, pack: Pack, handins: list[Path]) -> None:
    report = compile_handins(
        handins, pack, tmp_path / "named.pdf", csv_path=tmp_path / "named.csv", show_names=True
    )
    text = text_of(report.pdf_path)
    assert "Amina Haddad (participant 1):" in text
    assert "Bo Chen (participant 2):" in text
    assert "1. Amina Haddad" in text  # the table's participant column and the list of names
    rows = read_csv(tmp_path / "named.csv")
    assert {r["journal_name"] for r in rows} == {"Amina Haddad", "Bo Chen", "Carla Mendes"}

    anonymous = compile_handins(handins, pack, tmp_path / "a.pdf", csv_path=tmp_path / "a.csv")
    assert "Amina" not in text_of(anonymous.pdf_path)
    assert {r["journal_name"] for r in read_csv(tmp_path / "a.csv")} == {""}


def test_a_large_picture_is_scaled_down(tmp_path: Path, pack: Pack) -> None:
    person = Person("Photographer", {}, ((picture("navy", (2000, 1500), "JPEG"), "Wide"),))
    path = write_person(tmp_path, pack, person, "photo")
    report = compile_handins([path], pack, tmp_path / "outcome.pdf")
    images = [image.image for page in PdfReader(report.pdf_path).pages for image in page.images]
    sizes = [image.size for image in images if image is not None]
    assert sizes == [(PICTURE_EDGE, 750)]


# ----------------------------------------------------------------------------- the CSV


def test_the_csv_has_one_row_per_participant_prompt_and_part(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    target = tmp_path / "outcome.csv"
    report = compile_handins(handins, pack, tmp_path / "outcome.pdf", csv_path=target)
    assert report.csv_path == target
    assert target.read_bytes().startswith(b"\xef\xbb\xbfparticipant,")  # UTF-8 with a BOM
    rows = read_csv(target)
    assert {(r["pack_id"], r["pack_version"]) for r in rows} == {("test-pack", "2.1")}
    found = [(r["participant"], r["prompt_id"], r["kind"], r["part"], r["value"]) for r in rows]
    assert found == [
        ("1", "free", "text", "", "Trust is built slowly — مشترك"),
        ("1", "free", "text", "time_spent_seconds", "420"),
        ("1", "five", "text", "1", "Skills"),
        ("1", "five", "text", "2", "Trade"),
        ("1", "five", "text", "4", "Trust"),
        ("1", "five", "text", "5", "Culture"),
        ("1", "labelled", "text", "1", "Because it matters."),
        ("1", "labelled", "text", "2", "Together."),
        ("1", "pick", "checklist", "blue", "Blue"),
        ("1", "pick", "checklist", "other", "Ochre paint"),
        ("1", "fixed", "table", "local|role", "Listen first"),
        ("1", "blank", "table", "1|a", "North"),
        ("1", "blank", "table", "2|b", "South"),
        ("1", "photo", "image", "1", "Our street"),
        ("1", "gaps", "stems", "is", "contagious"),
        ("2", "free", "text", "", "我们一起工作 every week."),
        ("2", "free", "text", "time_spent_seconds", "300"),
        ("2", "pick", "checklist", "red", "Red"),
        ("2", "pick", "checklist", "blue", "Blue"),
        ("2", "fixed", "table", "national|role", "Lobby the ministry"),
        ("2", "photo", "image", "1", "Harbour"),
        # A text that a spreadsheet would take for a formula gets an apostrophe.
        ("3", "free", "text", "", "'=SUM(A1:A2) is what I typed.\n\nSecond paragraph."),
        ("3", "pick", "checklist", "other", "Teal"),
    ]
    first = rows[0]
    assert (first["section"], first["prompt_text"]) == ("First", "Say something.")
    # Each part named as a reader knows it.
    labels = {(r["prompt_id"], r["part"]): r["part_label"] for r in rows}
    assert labels[("free", "time_spent_seconds")] == "Time spent (seconds)"
    assert labels[("five", "2")] == "2."
    assert labels[("labelled", "1")] == "Why?"
    assert labels[("pick", "blue")] == "Blue"
    assert labels[("pick", "other")] == "Other"
    assert labels[("fixed", "local|role")] == "Local / role"  # (a column without a title)
    assert labels[("blank", "2|b")] == "Row 2 / B"
    assert labels[("gaps", "is")] == "Passion is …"
    assert labels[("photo", "1")] == "Picture 1"


# ----------------------------------------------------------------------------- versions, refusals


def test_hand_ins_of_other_versions_compile_together(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    # A hand-in made with an older version that did not have the "five" prompt yet…
    document = json.loads(MINIMAL.read_text("utf-8"))
    document["version"] = "2.0"
    group = document["sections"][0]["groups"][0]
    group["prompts"] = [p for p in group["prompts"] if p["id"] != "five"]
    older = load_pack_text(json.dumps(document))
    old = write_person(
        tmp_path, older, Person("Dana", {"free": (TextValue("From 2.0"), None)}), "old"
    )

    # …and one with an answer to a prompt this version no longer has, and one that no longer
    # fits its prompt (an option that was removed).
    def drift(answers: dict[str, Any]) -> None:
        answers["answers"].append(
            {"prompt_id": "gone", "kind": "text", "prompt_text": "Gone?", "value": {"text": "Kept"}}
        )
        for answer in answers["answers"]:
            if answer["prompt_id"] == "pick":
                answer["value"]["checked"] = ["green"]

    drifted = rewrite(handins[1], drift, tmp_path / "in" / "drifted.journal.zip")
    report = compile_handins(
        [handins[0], drifted, old], pack, tmp_path / "o.pdf", csv_path=tmp_path / "o.csv"
    )
    assert report.versions == {"2.1": 2, "2.0": 1}
    assert report.not_in_pack == {"gone": 1}
    assert report.unfit == {"pick": 1}
    text = text_of(report.pdf_path)
    assert "Participant 3: From 2.0" in text
    assert "versions 2.0 (1), 2.1 (2)" in text
    assert "2 answers to prompts this version of the pack does not have" in text
    assert re.search(r"Blue\s+1\b", text)  # Bo's ticks no longer fit: only Amina's count
    assert "Kept" not in text
    rows = read_csv(tmp_path / "o.csv")
    assert ("2", "gone", "Gone?", "Kept") in [
        (r["participant"], r["prompt_id"], r["prompt_text"], r["value"]) for r in rows
    ]
    assert {r["pack_version"] for r in rows if r["participant"] == "3"} == {"2.0"}
    assert "left out of the outcome document and are in the CSV" in report.summary()


def test_a_hand_in_for_another_pack_is_refused_by_name(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    def other(document: dict[str, Any]) -> None:
        document["pack"]["id"] = "other-pack"

    stranger = rewrite(handins[0], other, tmp_path / "stranger.journal.zip")
    target = tmp_path / "outcome.pdf"
    with pytest.raises(CompileError) as caught:
        compile_handins([handins[1], stranger], pack, target, csv_path=tmp_path / "o.csv")
    message = str(caught.value)
    assert str(stranger) in message
    assert "'other-pack', not 'test-pack'" in message
    assert "nothing was written" in message
    assert not target.exists()
    assert not (tmp_path / "o.csv").exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("damage", ["bytes", "checksum"])
def test_a_damaged_hand_in_is_refused_by_name_and_old_files_stay(
    tmp_path: Path, pack: Pack, handins: list[Path], damage: str
) -> None:
    damaged = tmp_path / "damaged.journal.zip"
    if damage == "bytes":  # damage inside the compressed data
        data = bytearray(handins[0].read_bytes())
        data[len(data) // 2 : len(data) // 2 + 40] = b"x" * 40
        damaged.write_bytes(bytes(data))
    else:  # answers.json changed after the manifest was written
        with zipfile.ZipFile(handins[0]) as source, zipfile.ZipFile(damaged, "w") as target:
            for name in source.namelist():
                data = source.read(name)
                target.writestr(name, data.replace(b"Skills", b"Spills"))
    target, table = tmp_path / "outcome.pdf", tmp_path / "outcome.csv"
    target.write_bytes(b"old pdf")
    table.write_bytes(b"old csv")
    with pytest.raises(CompileError, match=re.escape(str(damaged))) as caught:
        compile_handins([handins[1], damaged], pack, target, csv_path=table)
    assert isinstance(caught.value, ExportError)
    if damage == "checksum":  # read_handin's own message
        assert "does not match its checksum" in str(caught.value)
    assert (target.read_bytes(), table.read_bytes()) == (b"old pdf", b"old csv")
    assert leftovers(tmp_path) == []


def test_bad_arguments_are_refused(tmp_path: Path, pack: Pack, handins: list[Path]) -> None:
    with pytest.raises(CompileError, match="no hand-ins"):
        compile_handins([], pack, tmp_path / "o.pdf")
    with pytest.raises(CompileError, match="given twice"):
        compile_handins([handins[0], handins[0]], pack, tmp_path / "o.pdf")
    with pytest.raises(CompileError, match="is one of the hand-ins"):
        compile_handins(handins, pack, handins[0])
    with pytest.raises(CompileError, match="does not exist"):
        compile_handins(handins, pack, tmp_path / "nowhere" / "o.pdf")
    with pytest.raises(CompileError, match="must be different files"):
        compile_handins(handins, pack, tmp_path / "o.pdf", csv_path=tmp_path / "o.pdf")
    assert not (tmp_path / "o.pdf").exists()


# ----------------------------------------------------------------------------- safety


def test_a_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, pack: Pack, handins: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(CompileError, match="the disk is full"):
        compile_handins(handins, pack, tmp_path / "o.pdf", csv_path=tmp_path / "o.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("after", [0, 40])
def test_cancel_writes_nothing(tmp_path: Path, pack: Pack, handins: list[Path], after: int) -> None:
    calls = 0

    def cancelled() -> bool:  # at once (while reading), or later (while laying out)
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(CompileCancelled) as caught:
        compile_handins(
            handins, pack, tmp_path / "o.pdf", csv_path=tmp_path / "o.csv", cancelled=cancelled
        )
    assert isinstance(caught.value, ExportCancelled)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_progress_goes_up_to_one(tmp_path: Path, pack: Pack, handins: list[Path]) -> None:
    seen: list[float] = []
    compile_handins(handins, pack, tmp_path / "o.pdf", on_progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert len(seen) > len(handins)


def test_plain_text_is_drawn_as_the_font_module_would(tmp_path: Path, pack: Pack) -> None:
    """The compile's shortcut for plain Latin text gives the same fragments as fonts does."""
    face = fonts.register_fonts()
    folder = Folder(pack, tmp_path, None)
    compiler = OutcomeWriter(folder, face)
    try:
        styles = compiler.styles
        samples = ["Plain text & <tags>", "Café crème, naïve — no", "Two\nlines", "ß ÿ ± ½"]
        for text in samples:
            for style in (styles.answer, styles.cell_head, styles.hint):
                fast = compiler.para(text, style)
                slow = textlayout.make_paragraph(text, style)
                assert [(f.fontName, f.text) for f in fast.frags] == [
                    (f.fontName, f.text) for f in slow.frags
                ], (text, style.name)
        assert PLAIN.fullmatch("Soft\xadhyphen") is None  # fonts drops it
        assert PLAIN.fullmatch("Tab\there") is None
    finally:
        folder.spool.close()


def test_the_spreadsheet_has_a_sheet_per_prompt_and_never_runs_a_formula(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "answers.xlsx"
    report = compile_handins(handins, pack, tmp_path / "o.pdf", xlsx_path=target, show_names=True)
    assert report.summary().startswith(
        f"Compiled {len(handins)} hand-ins into {tmp_path / 'o.pdf'} ({report.pages} pages)."
        f" The answers are also in {target}."
    )
    both = compile_handins(
        handins,
        pack,
        tmp_path / "b.pdf",
        xlsx_path=tmp_path / "b.xlsx",
        csv_path=tmp_path / "b.csv",
    )
    assert f"The answers are also in {tmp_path / 'b.csv'}, {tmp_path / 'b.xlsx'}." in both.summary()
    book = load_workbook(target)
    answerable = [p for p in pack.prompts() if p.answerable]
    assert book.sheetnames[0] == "Participants"
    assert book.sheetnames[-1] == "Not in this pack"
    assert len(book.sheetnames) == len(answerable) + 2
    assert book.sheetnames[1].startswith("001 ")  # the prompts in the pack's order
    people = [[c.value for c in row] for row in book["Participants"].iter_rows()]
    assert people[0] == ["Participant", "Journal name", "Pack version", "Handed in"]
    assert [row[:3] for row in people[1:]] == [
        [1, "Amina Haddad", "2.1"],
        [2, "Bo Chen", "2.1"],
        [3, "Carla Mendes", "2.1"],
    ]
    free = book[book.sheetnames[1]]
    rows = [[c.value for c in row] for row in free.iter_rows()]
    assert rows[0] == ["Participant", "Part", "Part (label)", "Answer"]
    assert [1, None, None, "Trust is built slowly — مشترك"] in rows  # (empty parts: empty cells)
    typed = next(row for row in free.iter_rows() if row[3].value and "SUM" in row[3].value)
    assert typed[3].value == "=SUM(A1:A2) is what I typed.\n\nSecond paragraph."  # as typed
    assert typed[3].data_type == "s"  # text, not a formula
    pick = next(book[name] for name in book.sheetnames if name.startswith("004 "))
    assert [2, "red", "Red", "Red"] in [[c.value for c in row] for row in pick.iter_rows()]


def test_without_names_the_spreadsheet_has_no_names(
    tmp_path: Path, pack: Pack, handins: list[Path]
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "answers.xlsx"
    compile_handins(handins, pack, tmp_path / "o.pdf", xlsx_path=target)
    people = [[c.value for c in row] for row in load_workbook(target)["Participants"].iter_rows()]
    assert people[0] == ["Participant", "Pack version", "Handed in"]
    assert all("Amina" not in str(value) for row in people for value in row)


@pytest.mark.parametrize(
    "created",
    ["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59-14:00", "2026-03-03T10:00:00", 17, "x" * 99],
)
def test_a_hand_ins_odd_date_is_not_read_and_stops_nothing(
    tmp_path: Path, pack: Pack, handins: list[Path], created: object
) -> None:
    with zipfile.ZipFile(handins[0]) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    manifest["created"] = created  # (the manifest is not checksummed: anyone can write it)
    files["manifest.json"] = json.dumps(manifest).encode()
    odd = tmp_path / "odd.journal.zip"
    with zipfile.ZipFile(odd, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    report = compile_handins([odd, handins[1]], pack, tmp_path / "o.pdf")
    assert report.handins == 2


@pytest.mark.parametrize(
    ("value", "where", "says"),
    [
        ({"cells": [["1", "a"]]}, "/answers/0/value/cells/0", "is too short"),
        ({"text": 3}, "/answers/0/value/text", "is not of type 'string'"),
        ({"shape": "unknown"}, "/answers/0/value", "not valid under any of the given schemas"),
        ({"text": "x", "items": []}, "/answers/0/value", "Additional properties"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_where_it_is(
    tmp_path: Path, pack: Pack, handins: list[Path], value: object, where: str, says: str
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["answers"][0]["value"] = value

    bad = rewrite(handins[0], change, tmp_path / "bad.journal.zip")
    with pytest.raises(CompileError) as refused:
        compile_handins([bad], pack, tmp_path / "o.pdf")
    assert f"answers.json {where}: " in str(refused.value)
    assert says in str(refused.value)


def test_the_spreadsheet_holds_any_text_and_leaves_no_temporary_file(
    tmp_path: Path, pack: Pack, handins: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from openpyxl import load_workbook

    shared = tmp_path / "tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))  # the system's temporary folder

    def odd_text(document: dict[str, Any]) -> None:
        long = "long answer " * 3000  # 36,000 characters: more than a cell holds
        free = next(a for a in document["answers"] if a["prompt_id"] == "free")
        free["value"] = {"text": "line one\x0bline two\x01" + long}

    odd = rewrite(handins[0], odd_text, tmp_path / "odd.journal.zip")
    target = tmp_path / "answers.xlsx"
    compile_handins([odd, handins[1]], pack, tmp_path / "o.pdf", xlsx_path=target)
    free = load_workbook(target).worksheets[1]
    text = next(row[3].value for row in free.iter_rows() if row[0].value == 1)
    assert text.startswith("line one\nline two\ufffdlong answer")  # a soft break, a mark
    assert len(text) == 32_767
    assert text.endswith("…")
    assert list(shared.iterdir()) == []  # openpyxl's files were made, and removed, elsewhere

    # A disk that fills while the workbook is saved: its sheets' files go with the work folder.
    from openpyxl.workbook.workbook import Workbook

    def full_disk(self: object, filename: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(CompileError, match="disk is full"):
        compile_handins(
            [odd, handins[1]], pack, tmp_path / "o2.pdf", xlsx_path=tmp_path / "a2.xlsx"
        )
    assert list(shared.iterdir()) == []  # nothing of the participants' left behind
    assert not (tmp_path / "a2.xlsx").exists()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a" * 26 + "'s", "001 " + "a" * 26),  # cut before the quote: no name ends with one
        ("'quoted'", "001 quoted"),
        ("[*?]", "001 -"),
        ("😀" * 20, "001 " + "😀" * 13),  # 31 UTF-16 units, as Excel counts
    ],
)
def test_sheet_names_excel_accepts(words: str, expected: str) -> None:
    from journal_app.export.compile.tables import sheet_name

    name = sheet_name(1, words, set())
    assert name == expected
    assert len(name.encode("utf-16-le")) // 2 <= 31
