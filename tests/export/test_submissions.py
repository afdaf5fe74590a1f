"""Submissions exported by ODK Central and KoboToolbox, read as the hand-ins they stand for.

The fixtures follow the servers' documented conventions (see the module's docstring): ODK
Central's CSV (group paths joined with "-", metadata columns, split select columns "q/choice")
and zip with media/, KoboToolbox's ";"-separated CSV and XLSX ("/" or "." group separator, or
no groups; "both", "summary" or "details" select columns; metadata beginning with "_").
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PIL import Image

from journal_app.export import handin as handins
from journal_app.export import submissions
from journal_app.export.handin import (
    HandIn,
    HandInError,
    check_picture_budget,
    import_handin,
    read_handin,
    write_handin,
)
from journal_app.export.submissions import (
    describe_skipped,
    is_submissions_export,
    read_submissions,
)
from journal_app.packs import xlsform
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt, Pack, PromptKind
from journal_app.store import answers as values
from journal_app.store.answers import (
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"

CENTRAL_AFTER = [
    "meta-instanceID",
    "KEY",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
]
KOBO_AFTER = [
    "meta/instanceID",
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
]

ANSWERS: dict[str, str] = {
    "free": "Shared with the group — مشترك\nsecond line",
    "five_I1": "a",
    "five_I3": "c",
    "labelled_I2": "How: together",
    "pick": "blue other",
    "pick_OTHER": "ochre",
    "own": "x",
    "fixed_R_national_C_role": "=1+1",
    "blank_R_2_C_b": "two b",
    "gaps_S_is": "contagious",
}
"""One submission's values by question name (the form pack-to-xlsform writes)."""


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def questions(pack: Pack) -> list[xlsform.FormQuestion]:
    return xlsform.form_questions(pack)


def header_of(
    question: xlsform.FormQuestion, separator: str | None, with_notes: bool = True
) -> str | None:
    if question.part == "note" and not with_notes:
        return None
    return question.name if separator is None else separator.join((*question.path, question.name))


def export_rows(
    pack: Pack,
    submissions: Sequence[dict[str, str]],
    *,
    separator: str | None,
    split: str,
    choice_separator: str = "/",
    before: Sequence[str] = (),
    after: Sequence[str] = (),
    meta: Sequence[dict[str, str]] = (),
    with_notes: bool = True,
) -> list[list[Any]]:
    """An export's rows: its header, then one row per submission.

    ``split``: "summary" (the space-separated column only), "details" (the 1/0 columns only)
    or "both".
    """
    header: list[str] = list(before)
    cells: list[tuple[str, str | None]] = []  # (question name, choice)
    for question in questions(pack):
        name = header_of(question, separator, with_notes)
        if name is None:
            continue
        if not question.choices or split in ("summary", "both"):
            header.append(name)
            cells.append((question.name, None))
        if question.choices and split in ("details", "both"):
            for choice in question.choices:
                header.append(f"{name}{choice_separator}{choice}")
                cells.append((question.name, choice))
    header += after
    rows: list[list[Any]] = [header]
    for index, submission in enumerate(submissions):
        row: list[Any] = [(meta[index] if meta else {}).get(h, "") for h in before]
        for name, choice in cells:
            value = submission.get(name, "")
            row.append(value if choice is None else ("1" if choice in value.split() else "0"))
        row += [(meta[index] if meta else {}).get(h, "") for h in after]
        rows.append(row)
    return rows


def write_csv(path: Path, rows: Sequence[Sequence[Any]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        quoting = csv.QUOTE_ALL if delimiter == ";" else csv.QUOTE_MINIMAL
        csv.writer(handle, delimiter=delimiter, quoting=quoting).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Test pack"
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def central_csv(pack: Pack, path: Path, *submissions: dict[str, str], **meta: str) -> Path:
    rows = export_rows(
        pack,
        submissions,
        separator="-",
        split="both",
        before=["SubmissionDate"],
        after=CENTRAL_AFTER,
        meta=[
            {
                "SubmissionDate": "2026-03-01T10:15:00.000Z",
                "KEY": "uuid:1",
                "SubmitterName": "Amina",
                "FormVersion": "2.1",
                "ReviewState": "approved",
                **meta,
            }
        ]
        * len(submissions),
    )
    return write_csv(path, rows)


def by_prompt(handin: HandIn) -> dict[str, values.AnswerValue | None]:
    return {
        a["prompt_id"]: None
        if a["value"] is None
        else values.from_json(PromptKind(a["kind"]), a["value"])
        for a in handin.answers
    }


def comparable(value: values.AnswerValue | None) -> object:
    """A value as the app means it (empty cells and completions left out, any order)."""
    match value:
        case TableValue(cells=cells):
            return {(r, c): t for r, c, t in cells if t.strip()}
        case StemsValue(completions=completions):
            return {k: v for k, v in completions if v.strip()}
    return value


def read_all(path: Path, pack: Pack, skipped: Counter[str] | None = None) -> list[HandIn]:
    return list(read_submissions(path, pack, skipped))


def schema_problems(handin: HandIn) -> list[tuple[str, str]]:
    """What hand-in.schema.json finds wrong in a submission, as read_handin would check it."""
    document = {
        "pack": {"id": handin.pack_id, "version": handin.pack_version},
        "journal": {"name": handin.journal_name or "x"},
        "answers": handin.answers,
        "images": handin.images,
    }
    return handins._problems(document)


# ----------------------------------------------------------------------------- the same as a hand-in


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


def test_a_central_submission_reads_as_the_hand_in_of_the_same_answers(
    tmp_path: Path, pack: Pack, repo: Repository
) -> None:
    journal = repo.create_journal("Amina", pack)
    saved = {
        "free": TextValue(ANSWERS["free"]),
        "five": ItemsValue(("a", "", "c", "", "")),
        "labelled": ItemsValue(("", "How: together")),
        "pick": ChecklistValue(("blue",), True, "ochre"),
        "own": ChecklistValue(("x",)),
        "fixed": TableValue((("national", "role", "=1+1"),)),
        "blank": TableValue((("2", "b", "two b"),)),
        "gaps": StemsValue((("is", "contagious"),)),
    }
    for prompt_id, value in saved.items():
        prompt = pack.prompt(prompt_id)
        assert prompt is not None
        repo.save_answer(journal, prompt, value)
    handin = read_handin(write_handin(repo, pack, journal, tmp_path / "amina"))

    export = central_csv(pack, tmp_path / "test-pack.csv", ANSWERS)
    (submission,) = read_all(export, pack)

    expected = {k: comparable(v) for k, v in by_prompt(handin).items()}
    assert {k: comparable(v) for k, v in by_prompt(submission).items()} == expected
    assert [a["prompt_id"] for a in submission.answers] == [
        p.id for p in pack.prompts() if p.id in saved
    ]
    for answer in submission.answers:
        prompt = pack.prompt(answer["prompt_id"])
        assert prompt is not None
        assert answer["kind"] == prompt.kind.value
        assert answer["prompt_text"] == prompt.text.get()
        assert answer["time_spent_seconds"] is None
        assert answer["skipped"] is False
    # Its answers are what hand-in.schema.json allows, as read_handin's are.
    document = {
        "pack": {"id": submission.pack_id, "version": submission.pack_version},
        "journal": {"name": submission.journal_name},
        "answers": submission.answers,
        "images": submission.images,
    }
    assert handins._problems(document) == []
    assert (submission.pack_id, submission.pack_version) == ("test-pack", "2.1")
    assert submission.journal_name == "Amina"
    assert submission.created is not None
    assert submission.created.isoformat() == "2026-03-01T10:15:00+00:00"
    assert (submission.images, submission.image_data) == ([], {})
    # And it imports as a journal, as a hand-in does.
    with Repository.open(tmp_path / "other", snapshot_on_open=False) as other:
        report = import_handin(other, pack, submission, "From Central")
        assert report.answers == len(saved)
        stored = other.answers(report.journal)
        assert comparable(stored["fixed"].value) == {("national", "role"): "=1+1"}


def test_one_hand_in_per_submission_row(tmp_path: Path, pack: Pack) -> None:
    export = central_csv(
        pack, tmp_path / "test-pack.csv", ANSWERS, {"free": "only this"}, {}, SubmitterName=""
    )
    found = read_all(export, pack)
    assert len(found) == 3
    assert [len(h.answers) for h in found] == [8, 1, 0]
    assert [h.journal_name for h in found] == ["", "", ""]


# ----------------------------------------------------------------------------- KoboToolbox


def kobo_meta(**extra: str) -> dict[str, str]:
    return {
        "_id": "101",
        "_uuid": "0f2c",
        "_submission_time": "2026-03-02T08:30:00",
        "_submitted_by": "bo\x1b[31m",
        "__version__": "vGkq3Ws9AqP",
        "meta/instanceID": "uuid:0f2c",
        "_index": "1",
        **extra,
    }


@pytest.mark.parametrize("split", ["summary", "details", "both"])
@pytest.mark.parametrize("separator", ["/", ".", None], ids=["slash", "dot", "no-groups"])
def test_a_kobo_csv(tmp_path: Path, pack: Pack, separator: str | None, split: str) -> None:
    rows = export_rows(
        pack,
        [ANSWERS],
        separator=separator,
        split=split,
        choice_separator=separator or "/",
        before=["start", "end"],
        after=[*KOBO_AFTER, "photo_P1_URL"],
        meta=[kobo_meta(start="2026-03-02T08:00:00.000+01:00")],
        with_notes=False,
    )
    export = write_csv(tmp_path / "export.csv", rows, delimiter=";")
    (submission,) = read_all(export, pack)
    found = by_prompt(submission)
    assert found["pick"] == ChecklistValue(("blue",), True, "ochre")
    assert found["free"] == TextValue(ANSWERS["free"])
    assert comparable(found["gaps"]) == {"is": "contagious"}
    assert len(found) == 8
    assert submission.journal_name == "bo[31m"  # the escape character left out
    assert submission.pack_version == pack.version  # Kobo's own version ids are not a pack's
    assert submission.created is not None
    assert submission.created.isoformat() == "2026-03-02T08:30:00+00:00"  # Kobo's UTC


def test_a_kobo_xlsx_with_numbers_and_formulas_as_text(tmp_path: Path, pack: Pack) -> None:
    answers = {**ANSWERS, "free": 42, "five_I1": "=SUM(A1:A3)"}
    rows = export_rows(
        pack,
        [answers],
        separator=None,
        split="details",
        after=KOBO_AFTER,
        meta=[kobo_meta(_submitted_by="bo")],
    )
    for index, cell in enumerate(rows[1]):  # Kobo writes the 1/0 columns as numbers
        if isinstance(cell, str) and cell in ("0", "1") and "/" in rows[0][index]:
            rows[1][index] = int(cell)
    export = write_xlsx(tmp_path / "export.xlsx", rows)
    book = openpyxl.load_workbook(export)
    assert book.active is not None
    assert any(c.data_type == "f" for c in book.active[2])  # a real formula cell
    (submission,) = read_all(export, pack)
    found = by_prompt(submission)
    assert found["free"] == TextValue("42")
    assert found["five"] == ItemsValue(("=SUM(A1:A3)", "", "c", "", ""))
    assert found["pick"] == ChecklistValue(("blue",), True, "ochre")


# ----------------------------------------------------------------------------- ODK Central with media


def picture(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(out, format=kind)
    return out.getvalue()


def test_a_central_zip_with_media_brings_the_pictures(
    tmp_path: Path, pack: Pack, repo: Repository
) -> None:
    export = central_csv(
        pack,
        tmp_path / "test-pack.csv",
        {**ANSWERS, "photo_P1": "1712.jpg", "photo_P2": "1713.png", "photo_P3": "1714.heic"},
        {"photo_P2": "gone.jpg"},
    )
    target = tmp_path / "test-pack.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.write(export, "test-pack.csv")
        archive.writestr("test-pack-repeat.csv", "KEY\n")  # a repeat's table: not read
        archive.writestr("media/1712.jpg", picture("JPEG"))
        archive.writestr("media/1713.png", picture("PNG"))
        archive.writestr("media/1714.heic", b"\0\0\0\x18ftypheic")
    assert is_submissions_export(target)
    first, second = read_all(target, pack)
    assert first.images == [
        {"file": "images/1.jpg", "prompt_id": "photo", "caption": "", "is_drawing": False},
        {"file": "images/2.png", "prompt_id": "photo", "caption": "", "is_drawing": False},
    ]  # the HEIC one is left out: the app reads JPEG and PNG
    assert set(first.image_data) == {"images/1.jpg", "images/2.png"}
    assert (second.images, second.image_data) == ([], {})  # its file is not in the zip
    check_picture_budget(first, pack)
    report = import_handin(repo, pack, first, "With pictures")
    assert report.images == 2
    photo = pack.prompt("photo")
    assert isinstance(photo, ImagePrompt)


def test_is_submissions_export() -> None:
    assert is_submissions_export(Path("form.csv"))
    assert is_submissions_export(Path("Form.XLSX"))
    assert is_submissions_export(Path("central.zip"))  # (no such file: by its name)
    assert not is_submissions_export(Path("amina.journal.zip"))
    assert not is_submissions_export(Path("AMINA.JOURNAL.ZIP"))
    assert not is_submissions_export(Path("pack.json"))


def test_a_zip_is_told_by_the_names_inside_it(tmp_path: Path, pack: Pack, repo: Repository) -> None:
    journal = repo.create_journal("Amina", pack)
    written = write_handin(repo, pack, journal, tmp_path / "amina")
    renamed = written.rename(tmp_path / "amina.journal (1).zip")  # as a browser saves it twice
    assert not is_submissions_export(renamed)
    plain = tmp_path / "amina.zip"
    plain.write_bytes(renamed.read_bytes())
    assert not is_submissions_export(plain)
    central = tmp_path / "odd.journal.zip"
    with zipfile.ZipFile(central, "w") as archive:
        archive.writestr("test-pack.csv", "free\nx\n")
        archive.writestr("media/1.jpg", b"")
    assert is_submissions_export(central)
    (tmp_path / "broken.journal (2).zip").write_bytes(b"PK\x03\x04 not really")
    assert not is_submissions_export(tmp_path / "broken.journal (2).zip")  # by its name
    (tmp_path / "broken.zip").write_bytes(b"not a zip")
    assert is_submissions_export(tmp_path / "broken.zip")
    (tmp_path / "folder.zip").mkdir()
    assert is_submissions_export(tmp_path / "folder.zip")  # never opened


# ----------------------------------------------------------------------------- refused


def error_of(path: Path, pack: Pack) -> str:
    with pytest.raises(HandInError) as caught:
        read_all(path, pack)
    message = str(caught.value)
    assert "\n" not in message
    return message.replace(str(path.parent) + "/", "")


def test_a_column_of_another_form_is_refused(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [ANSWERS], separator="-", split="summary")
    rows[0][3] = "S_one-G_g1-Favourite colour"
    assert error_of(write_csv(tmp_path / "x.csv", rows), pack) == (
        "x.csv, row 1, column 'S_one-G_g1-Favourite colour': names no question of the prompt"
        " pack 'test-pack', by its name or by the naming of the forms pack-to-xlsform writes:"
        " the export of another form, or one with labels as headers"
    )


def test_labels_as_headers_are_refused(tmp_path: Path, pack: Pack) -> None:
    rows = [["Say something.", "Pick."], ["hello", "Red"]]
    assert error_of(write_csv(tmp_path / "labels.csv", rows), pack).startswith(
        "labels.csv, row 1, column 'Say something.': names no question"
    )


def test_choices_are_matched_ignoring_case(tmp_path: Path, pack: Pack) -> None:
    # A hand-written form's choice "Blue" is the pack's option "blue" (ids are lower-case).
    rows = export_rows(
        pack, [{"pick": "Blue OTHER", "pick_OTHER": "ochre"}], separator="/", split="both"
    )
    index = rows[0].index("S_one/G_g1/pick/red")
    rows[0][index] = "S_one/G_g1/pick/RED"
    (submission,) = read_all(write_csv(tmp_path / "x.csv", rows), pack)
    assert by_prompt(submission)["pick"] == ChecklistValue(("blue",), True, "ochre")


def test_a_split_column_is_one_or_zero(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [ANSWERS], separator="/", split="details")
    index = rows[0].index("S_one/G_g1/pick/red")
    rows[1][index] = "yes please"
    assert error_of(write_csv(tmp_path / "x.csv", rows), pack) == (
        "x.csv, row 2, column 'S_one/G_g1/pick/red': 'yes please' is not 1 or 0"
        " (is this choice ticked?)"
    )


def test_a_question_in_two_columns_is_refused(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [ANSWERS], separator="/", split="summary")
    rows[0].append("free")
    rows[1].append("again")
    assert error_of(write_csv(tmp_path / "x.csv", rows), pack) == (
        "x.csv, row 1, column 'free': holds the same question as the column 'S_one/G_g1/free'"
    )


def test_other_encodings_are_refused_with_a_hint(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [{"free": "café"}], separator="-", split="summary")
    text = "\n".join(",".join(row) for row in rows) + "\n"
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.encode("latin-1"))
    assert error_of(latin, pack) == (
        "latin.csv, row 2: not UTF-8 text; export the CSV as UTF-8 (with or without BOM)"
    )
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(text.encode("utf-16"))
    assert error_of(utf16, pack) == "utf16.csv: UTF-16 text; export the CSV as UTF-8"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(text.encode("utf-8-sig"))
    (submission,) = read_all(bom, pack)
    assert by_prompt(submission)["free"] == TextValue("café")


def test_cells_are_cleaned_and_bounded(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [{"free": "a\x00b\x1b[2J\r\nc\td\x85"}], separator="/", split="both")
    (submission,) = read_all(write_csv(tmp_path / "x.csv", rows), pack)
    assert by_prompt(submission)["free"] == TextValue("ab[2J\nc\td")
    rows = export_rows(pack, [{"free": "x" * 200_000}], separator="/", split="both")
    assert error_of(write_csv(tmp_path / "long.csv", rows), pack) == (
        "long.csv, row 2: a text longer than 131,072 characters"
    )


def test_files_that_are_not_exports(tmp_path: Path, pack: Pack) -> None:
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    assert error_of(tmp_path / "empty.csv", pack) == ("empty.csv: empty: no header, no submissions")
    (tmp_path / "notes.xlsx").write_text("my notes", encoding="utf-8")
    assert error_of(tmp_path / "notes.xlsx", pack) == (
        "notes.xlsx: not an .xlsx workbook (not a zip file)"
    )
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("readme.txt", "hi")
    assert error_of(tmp_path / "other.zip", pack) == (
        "other.zip: no submissions table inside (an ODK Central export holds <form id>.csv)"
    )
    with zipfile.ZipFile(tmp_path / "evil.zip", "w") as archive:
        archive.writestr("../test-pack.csv", "free\nx\n")
    assert (
        error_of(tmp_path / "evil.zip", pack) == "evil.zip: unsafe path inside: '../test-pack.csv'"
    )
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("test-pack.csv", b"free\n" + b"a" * (64 * 2**20))
    assert error_of(tmp_path / "bomb.zip", pack).startswith("bomb.zip: 'test-pack.csv' expands")


def test_a_sheet_that_claims_a_million_rows_is_read_fast(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [ANSWERS], separator="/", split="summary")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    sheet["A1000000"] = "far away"
    book.save(tmp_path / "far.xlsx")
    assert len(read_all(tmp_path / "far.xlsx", pack)) == 1


# ----------------------------------------------------------------------------- compiled


def test_an_export_compiles_beside_hand_ins_one_participant_per_submission(
    tmp_path: Path, pack: Pack, repo: Repository
) -> None:
    from pypdf import PdfReader

    from journal_app import cli

    journal = repo.create_journal("Hand-in", pack)
    free = pack.prompt("free")
    assert free is not None
    repo.save_answer(journal, free, TextValue("From a hand-in"))
    handin = write_handin(repo, pack, journal, tmp_path / "one")
    export = central_csv(pack, tmp_path / "test-pack.csv", ANSWERS, {"free": "only this"}, {})
    target, table = tmp_path / "outcome.pdf", tmp_path / "outcome.csv"
    arguments = ["--pack", str(MINIMAL), "compile", str(handin), str(export), "-o", str(target)]
    assert cli.main([*arguments, "--csv", str(table), "--quotes", "9"]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Compiled from 4 hand-ins" in text
    for answer in ("From a hand-in", "only this", "second line", "contagious"):
        assert answer in text
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    free_rows = {r["participant"]: r["value"] for r in rows if r["prompt_id"] == "free"}
    assert free_rows == {"1": "From a hand-in", "2": ANSWERS["free"], "3": "only this"}
    fixed = [r for r in rows if r["prompt_id"] == "fixed"]
    assert [(r["participant"], r["value"]) for r in fixed] == [("2", "'=1+1")]  # never a formula


def test_a_bad_row_of_an_export_refuses_the_compile_naming_file_and_row(
    tmp_path: Path, pack: Pack
) -> None:
    from journal_app.export.compile import CompileError, compile_handins

    rows = export_rows(pack, [ANSWERS, ANSWERS], separator="/", split="details")
    index = rows[0].index("S_one/G_g1/pick/red")
    rows[2][index] = "mauve"
    export = write_csv(tmp_path / "test-pack.csv", rows)
    target = tmp_path / "outcome.pdf"
    with pytest.raises(CompileError) as caught:
        compile_handins([export], pack, target)
    message = str(caught.value)
    assert str(export) in message
    assert "row 3" in message
    assert "mauve" in message
    assert "Correct the export or leave it out" in message
    assert "\n" not in message
    assert not target.exists()


def test_labels_as_headers_refuse_the_compile_in_one_sentence(tmp_path: Path, pack: Pack) -> None:
    from journal_app.export.compile import CompileError, compile_handins

    export = write_csv(tmp_path / "labels.csv", [["Say something.", "Pick."], ["hi", "Red"]])
    with pytest.raises(CompileError) as caught:
        compile_handins([export], pack, tmp_path / "outcome.pdf")
    assert str(caught.value).endswith(
        "one with labels as headers. Correct the export or leave it out, and compile again;"
        " nothing was written."
    )


# ----------------------------------------------------------------------------- other pack versions


def older_pack(tmp_path: Path) -> Pack:
    """The minimal pack as an older version had it.

    A prompt and a checklist since dropped, a colour since removed, a sixth item.
    """
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["version"] = "2.0"
    document["option_sets"]["colours"].append({"id": "green", "text": "Green"})
    prompts = document["sections"][0]["groups"][0]["prompts"]
    five = next(p for p in prompts if p["id"] == "five")
    five["items"] = 6
    prompts.append({"id": "gone", "kind": "text", "text": "Dropped since."})
    prompts.append(
        {
            "id": "old-list",
            "kind": "checklist",
            "text": "Dropped too.",
            "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
            "other": "Other:",
        }
    )
    path = tmp_path / "older.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return load_pack(path)


OLDER_ANSWERS = {
    **ANSWERS,
    "gone": "still here",
    "old-list": "a other",
    "old-list_OTHER": "mine",
    "pick": "green blue",
    "five_I6": "sixth",
}


@pytest.mark.parametrize(
    ("separator", "split"), [("-", "both"), ("/", "details"), (None, "summary")]
)
def test_an_export_of_an_older_form_reads_like_an_older_hand_in(
    tmp_path: Path, pack: Pack, separator: str | None, split: str
) -> None:
    older = older_pack(tmp_path)
    rows = export_rows(older, [OLDER_ANSWERS], separator=separator, split=split)
    (submission,) = read_all(write_csv(tmp_path / "older.csv", rows), pack)
    answers = {a["prompt_id"]: a for a in submission.answers}
    # A prompt the pack no longer has: its answer is kept, for compile to count and keep.
    assert answers["gone"]["kind"] == "text"
    assert answers["gone"]["prompt_text"] == ""
    assert answers["gone"]["value"] == {"text": "still here"}
    assert answers["old-list"]["kind"] == "checklist"
    assert answers["old-list"]["value"] == {
        "checked": ["a"],
        "other_checked": True,
        "other_text": "mine",
    }
    # A choice and an item the pack no longer has: kept, so that compile counts them unfit.
    assert answers["pick"]["value"]["checked"] == ["blue", "green"]
    assert answers["five"]["value"] == {"items": ["a", "", "c", "", "", "sixth"]}
    assert schema_problems(submission) == []


def test_an_older_export_compiles_counting_what_no_longer_fits(tmp_path: Path, pack: Pack) -> None:
    from journal_app.export.compile import compile_handins

    older = older_pack(tmp_path)
    rows = export_rows(older, [OLDER_ANSWERS, {"free": "new"}], separator="-", split="both")
    export = write_csv(tmp_path / "older.csv", rows)
    table = tmp_path / "outcome.csv"
    report = compile_handins([export], pack, tmp_path / "outcome.pdf", csv_path=table)
    assert report.handins == 2
    assert report.not_in_pack == {"gone": 1, "old-list": 1}
    assert report.unfit == {"pick": 1, "five": 1}
    with table.open(encoding="utf-8-sig", newline="") as handle:
        found = {(r["prompt_id"], r["part"]): r["value"] for r in csv.DictReader(handle)}
    assert found[("gone", "")] == "still here"
    assert found[("old-list", "other")] == "mine"
    assert found[("pick", "green")] == "green"
    assert found[("five", "6")] == "sixth"


def test_names_that_follow_no_rule_are_still_refused(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [ANSWERS], separator="/", split="summary")
    for header in ("Favourite colour", "S_one/G_g1/Gone", "S_one/Other thing/gone"):
        rows[0][3] = header
        assert ": names no question of the prompt pack" in error_of(
            write_csv(tmp_path / "x.csv", rows), pack
        )


# ----------------------------------------------------------------------------- pictures


def central_zip(
    pack: Pack, tmp_path: Path, media: dict[str, bytes], *submissions: dict[str, str]
) -> Path:
    table = central_csv(pack, tmp_path / "test-pack.csv", *submissions)
    target = tmp_path / "test-pack.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.write(table, "test-pack.csv")
        for name, data in media.items():
            archive.writestr(f"media/{name}", data)
    return target


def test_a_damaged_picture_is_refused_naming_row_column_and_file(
    tmp_path: Path, pack: Pack
) -> None:
    broken = picture("JPEG")[:200]  # a JPEG's start, cut off
    export = central_zip(
        pack,
        tmp_path,
        {"1.jpg": picture("JPEG"), "2.jpg": broken},
        {"photo_P1": "1.jpg"},
        {"photo_P1": "1.jpg", "photo_P2": "2.jpg"},
    )
    message = error_of(export, pack)
    assert message.startswith(
        "test-pack.zip, row 3, column 'photo_P2': the picture media/2.jpg is damaged"
    )
    assert not message.endswith(".")  # compile ends the sentence


def test_pictures_left_out_are_counted(tmp_path: Path, pack: Pack) -> None:
    heic = b"\0\0\0\x18ftypheic" + b"\0" * 64
    webp = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(webp, format="WEBP")
    export = central_zip(
        pack,
        tmp_path,
        {"1.jpg": picture("JPEG"), "2.heic": heic, "3.webp": webp.getvalue()},
        {"photo_P1": "1.jpg", "photo_P2": "2.heic", "photo_P3": "gone.jpg"},
        {"photo_P1": "3.webp"},
    )
    skipped: Counter[str] = Counter()
    first, second = read_all(export, pack, skipped)
    assert [i["file"] for i in first.images] == ["images/1.jpg"]
    assert second.images[0]["file"] in ("images/1.png", "images/1.jpg")  # WebP, made readable
    assert skipped == {
        submissions.SKIPPED_PICTURE_FORMAT: 1,
        submissions.SKIPPED_PICTURE_MISSING: 1,
    }
    found = describe_skipped(skipped)
    assert [line.replace("1 picture ", "1 pictures ") for line in found] == [
        "Left out: 1 pictures in another format than JPEG, PNG or WebP (HEIC…).",
        "Left out: 1 pictures named in an export but not in its media folder.",
    ]  # (singular or plural: the English forms are in journal-app_en.ts)
    # The pictures of an export without media are counted, not silently lost.
    table = central_csv(pack, tmp_path / "only.csv", {"photo_P1": "1.jpg", "photo_P2": "2.jpg"})
    skipped.clear()
    (alone,) = read_all(table, pack, skipped)
    assert alone.images == []
    assert skipped == {submissions.SKIPPED_PICTURE_NO_MEDIA: 2}


def test_more_pictures_than_the_prompt_takes_now_are_left_out(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [{}], separator="-", split="summary")
    rows[0].append("S_two-G_g2-photo-photo_P4")  # an older form took four
    rows[1].append("4.jpg")
    for n in (1, 2, 3):
        rows[1][rows[0].index(f"S_two-G_g2-photo-photo_P{n}")] = f"{n}.jpg"
    table = write_csv(tmp_path / "test-pack.csv", rows)
    target = tmp_path / "test-pack.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.write(table, "test-pack.csv")
        for n in (1, 2, 3, 4):
            archive.writestr(f"media/{n}.jpg", picture("JPEG"))
    skipped: Counter[str] = Counter()
    (submission,) = read_all(target, pack, skipped)
    assert len(submission.images) == 3
    check_picture_budget(submission, pack)  # (four would refuse the compile)
    assert skipped == {submissions.SKIPPED_PICTURE_OVER: 1}


# ----------------------------------------------------------------------------- reviews


def test_rejected_and_not_approved_submissions_are_left_out(tmp_path: Path, pack: Pack) -> None:
    export = central_csv(pack, tmp_path / "c.csv", ANSWERS, ANSWERS, ReviewState="rejected")
    skipped: Counter[str] = Counter()
    assert read_all(export, pack, skipped) == []
    assert skipped == {submissions.SKIPPED_REJECTED: 2}
    rows = export_rows(
        pack,
        [ANSWERS, ANSWERS],
        separator="/",
        split="summary",
        after=KOBO_AFTER,
        meta=[kobo_meta(_validation_status="Not Approved"), kobo_meta(_validation_status="")],
    )
    skipped.clear()
    found = read_all(write_csv(tmp_path / "k.csv", rows, delimiter=";"), pack, skipped)
    assert len(found) == 1
    assert skipped == {submissions.SKIPPED_NOT_APPROVED: 1}


# ----------------------------------------------------------------------------- damaged workbooks


def damaged(path: Path, part: str) -> Path:
    """``path`` with one part's XML cut in the middle."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[part] = parts[part][: len(parts[part]) // 2] + b"<<>"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_damaged_or_chart_sheet_is_one_line(tmp_path: Path, pack: Pack) -> None:
    rows = export_rows(pack, [ANSWERS] * 20, separator="/", split="summary")
    export = damaged(write_xlsx(tmp_path / "broken.xlsx", rows), "xl/worksheets/sheet1.xml")
    assert error_of(export, pack).startswith(
        "broken.xlsx: the sheet 'Test pack' is damaged (ParseError: "
    )
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.append(["free"])
    book.active.append(["hi"])
    chart = book.create_chartsheet("Chart", 0)
    chart.add_chart(openpyxl.chart.BarChart())
    book.save(tmp_path / "chart.xlsx")
    assert error_of(tmp_path / "chart.xlsx", pack) == (
        "chart.xlsx: its first sheet, 'Chart', is a chart, not the table of submissions"
    )


def test_an_export_may_unpack_to_more_than_a_form(
    tmp_path: Path, pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_xlsx(
        tmp_path / "big.xlsx", export_rows(pack, [ANSWERS], separator="/", split="summary")
    )
    monkeypatch.setattr(xlsform, "MAX_UNPACKED_BYTES", 1000)  # a form's limit, made tiny
    assert xlsform.workbook_problem(export, 2**20) is not None
    assert len(read_all(export, pack)) == 1
    monkeypatch.setattr(submissions, "MAX_UNPACKED_BYTES", 1000)
    assert error_of(export, pack).endswith("refused (a zip bomb?)")


def test_what_an_export_had_that_is_left_out_is_said_in_the_report(
    tmp_path: Path, pack: Pack
) -> None:
    from journal_app.export.compile import compile_handins

    rows = export_rows(
        pack,
        [{"free": "kept", "photo_P1": "1712.jpg"}, {"free": "rejected"}],
        separator="-",
        split="summary",
        before=["SubmissionDate"],
        after=CENTRAL_AFTER,
        meta=[
            {"SubmissionDate": "2026-03-01T10:15:00.000Z", "ReviewState": "approved"},
            {"SubmissionDate": "2026-03-02T10:15:00.000Z", "ReviewState": "rejected"},
        ],
    )
    export = write_csv(tmp_path / "test-pack.csv", rows)
    report = compile_handins([export], pack, tmp_path / "outcome.pdf")
    assert report.handins == 1
    summary = report.summary()
    assert "Left out: 1 submission rejected in ODK Central's review." in summary
    assert "Left out: 1 picture of an export without media" in summary


def test_an_export_whose_submissions_were_all_rejected_compiles_nothing(
    tmp_path: Path, pack: Pack
) -> None:
    from journal_app.export.compile import CompileError, compile_handins

    rows = export_rows(
        pack,
        [{"free": "one"}, {"free": "two"}],
        separator="-",
        split="summary",
        before=["SubmissionDate"],
        after=CENTRAL_AFTER,
        meta=[{"ReviewState": "rejected"}, {"ReviewState": "rejected"}],
    )
    export = write_csv(tmp_path / "test-pack.csv", rows)
    target = tmp_path / "outcome.pdf"
    with pytest.raises(CompileError) as caught:
        compile_handins([export], pack, target)
    assert str(caught.value) == (
        "There are no hand-ins to compile. Left out: 2 submissions rejected in ODK Central's review."
    )
    assert list(tmp_path.iterdir()) == [export]
