"""Files from others: every malformed hand-in or pack is one clear refusal, never a crash.

Each case found by hand has its test; Hypothesis then throws random bytes, random JSON and
random damage at the hand-in reader and the pack loader (property: a valid result or the
reader's own error, never another exception). Seeds that found bugs stay as examples.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from journal_app.export.handin import HandInError, import_handin, read_handin, write_handin
from journal_app.packs.loader import PackError, load_pack, load_pack_text
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
MINIMAL_TEXT = MINIMAL.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


@pytest.fixture
def handin(tmp_path: Path, repo: Repository, pack: Pack) -> Path:
    journal = repo.create_journal("Amina", pack)
    prompt = pack.prompt("free")
    assert prompt is not None
    repo.save_answer(journal, prompt, TextValue("hello"), time_spent_seconds=60)
    return write_handin(repo, pack, journal, tmp_path / "amina")


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def written(path: Path, files: dict[str, bytes]) -> Path:
    """A hand-in with these files, its manifest's sizes and checksums made to match."""
    try:
        manifest = json.loads(files.get("manifest.json", b""))
    except ValueError:  # not JSON (a fuzzed manifest): left as it is
        manifest = None
    if isinstance(manifest, dict):
        manifest["files"] = {
            n: {"size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in files.items()
            if n != "manifest.json"
        }
        files = {**files, "manifest.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def with_answers(handin: Path, change: Callable[[bytes], bytes]) -> Path:
    files = entries(handin)
    files["answers.json"] = change(files["answers.json"])
    return written(handin.with_name("changed.journal.zip"), files)


def refused(path: Path) -> str:
    with pytest.raises(HandInError) as caught:
        read_handin(path)
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 600
    return message


# ----------------------------------------------------------------------------- cases found by hand


def test_numbers_json_does_not_have_are_refused(handin: Path) -> None:
    spent = b'"time_spent_seconds": 60'
    nan = with_answers(handin, lambda a: a.replace(spent, b'"time_spent_seconds": NaN'))
    assert "NaN and Infinity are not numbers JSON allows, line" in refused(nan)
    huge = with_answers(handin, lambda a: a.replace(spent, b'"time_spent_seconds": ' + b"9" * 5000))
    assert "a number of more than 15 digits" in refused(huge)
    big = with_answers(handin, lambda a: a.replace(spent, b'"time_spent_seconds": %d' % 2**63))
    assert "a number of more than 15 digits" in refused(big)


def test_a_time_longer_than_the_timer_is_refused(handin: Path) -> None:
    spent = b'"time_spent_seconds": 60'
    long = with_answers(handin, lambda a: a.replace(spent, b'"time_spent_seconds": 99999'))
    assert "99999 is greater than the maximum of 14400" in refused(long)


def test_json_nested_too_deeply_is_refused(handin: Path) -> None:
    deep = with_answers(handin, lambda _a: b"[" * 100_000 + b"]" * 100_000)
    assert "nested too deeply" in refused(deep)


def test_encrypted_and_strangely_compressed_entries_are_refused(handin: Path) -> None:
    data = bytearray(handin.read_bytes())
    encrypted, method = bytearray(data), bytearray(data)
    for signature, flags in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        at = data.find(signature)
        while at != -1:
            bits = struct.unpack_from("<H", data, at + flags)[0]
            struct.pack_into("<H", encrypted, at + flags, bits | 1)
            struct.pack_into("<H", method, at + flags + 2, 98)  # PPMd: zipfile cannot
            at = data.find(signature, at + 4)
    (handin.parent / "encrypted.journal.zip").write_bytes(encrypted)
    (handin.parent / "method.journal.zip").write_bytes(method)
    assert "is encrypted inside the zip file" in refused(handin.parent / "encrypted.journal.zip")
    assert "is compressed in a way hand-ins never are" in refused(
        handin.parent / "method.journal.zip"
    )


def test_a_prompt_answered_twice_is_named_as_such(handin: Path) -> None:
    def twice(answers: bytes) -> bytes:
        document = json.loads(answers)
        document["answers"].append(dict(document["answers"][0]))
        return json.dumps(document).encode()

    message = refused(with_answers(handin, twice))
    assert "a second answer to the prompt 'free'" in message


def test_a_schema_problem_is_one_short_line_with_a_count(handin: Path) -> None:
    def many(answers: bytes) -> bytes:
        document = json.loads(answers)
        document["answers"] = [{"prompt_id": 7, "kind": "text", "value": "x" * 50}] * 20_000
        return json.dumps(document).encode()

    message = refused(with_answers(handin, many))
    assert "more problems)" in message


def test_control_and_bidi_characters_never_reach_a_name(
    handin: Path, repo: Repository, pack: Pack
) -> None:
    def named(answers: bytes) -> bytes:
        document = json.loads(answers)
        document["journal"]["name"] = "Am\x00i\x1b[31mna\x07 \u202eevil\u202c"
        return json.dumps(document).encode()

    report = import_handin(repo, pack, read_handin(with_answers(handin, named)))
    assert report.journal.name == "Am i [31mna evil"
    assert not any(ord(c) < 32 or c in "\u202e\u202c" for c in report.journal.name)


def test_a_pack_with_json_it_does_not_allow_is_one_line(tmp_path: Path) -> None:
    for text, expected in (
        (MINIMAL_TEXT.replace('"timer_minutes": 10', '"timer_minutes": NaN'), "NaN and Infinity"),
        (MINIMAL_TEXT.replace('"timer_minutes": 10', '"timer_minutes": ' + "9" * 5000), "digits"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ):
        with pytest.raises(PackError) as caught:
            load_pack_text(text, "hostile.json")
        assert expected in caught.value.first_line
        assert "\n" not in caught.value.first_line


# ----------------------------------------------------------------------------- fuzzing

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
NAMES = st.sampled_from(
    ["manifest.json", "answers.json", "images/1.png", "images/2.jpg", "../evil", "images/1.gif"]
)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(data=st.binary(max_size=2000))
@example(data=b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
def test_any_bytes_as_a_hand_in(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.journal.zip"
    path.write_bytes(data)
    with pytest.raises(HandInError):
        read_handin(path)


@FUZZ
@given(
    files=st.dictionaries(
        NAMES, st.binary(max_size=200) | JSON.map(lambda j: json.dumps(j).encode()), max_size=4
    )
)
def test_any_zip_of_json_and_bytes_as_a_hand_in(tmp_path: Path, files: dict[str, bytes]) -> None:
    path = written(tmp_path / "fuzz.journal.zip", files)
    with pytest.raises(HandInError):
        read_handin(path)


@FUZZ
@given(answers=JSON, where=st.sampled_from(["answers", "journal", "pack", "images", "format"]))
def test_a_real_hand_in_with_any_json_in_one_place(
    handin: Path, repo: Repository, pack: Pack, answers: object, where: str
) -> None:
    files = entries(handin)
    document = json.loads(files["answers.json"])
    document[where] = answers
    files["answers.json"] = json.dumps(document).encode()
    path = written(handin.with_name("fuzz.journal.zip"), files)
    with contextlib.suppress(HandInError):  # refused: fine; anything else fails the test
        import_handin(repo, pack, read_handin(path))


@FUZZ
@given(value=JSON, path_choice=st.integers(min_value=0, max_value=10_000))
def test_a_pack_with_any_json_in_one_place(value: object, path_choice: int) -> None:
    document = json.loads(MINIMAL_TEXT)
    # Walk to one node of the pack, chosen by number, and put ``value`` there.
    spots: list[tuple[object, object]] = []

    def visit(node: object) -> None:
        if isinstance(node, dict):
            for key in node:
                spots.append((node, key))
                visit(node[key])
        elif isinstance(node, list):
            for index in range(len(node)):
                spots.append((node, index))
                visit(node[index])

    visit(document)
    parent, key = spots[path_choice % len(spots)]
    parent[key] = value  # type: ignore[index]
    problem = ""
    try:
        load_pack_text(json.dumps(document), "fuzz.json")
    except PackError as error:  # refused: fine, in one line; anything else fails the test
        problem = error.first_line
    assert "\n" not in problem


@FUZZ
@given(text=st.text(max_size=300))
def test_any_text_as_a_pack(text: str) -> None:
    with pytest.raises(PackError):
        load_pack_text(text, "fuzz.json")


# ----------------------------------------------------------------------------- cost before checks


def png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` × ``height`` (its pixels are not really there)."""
    import zlib

    out = io.BytesIO()
    Image.new("RGB", (1, 1), "red").save(out, format="PNG")
    data = bytearray(out.getvalue())
    header = data.index(b"IHDR")
    struct.pack_into(">II", data, header + 4, width, height)
    struct.pack_into(">I", data, header + 17, zlib.crc32(bytes(data[header : header + 17])))
    return bytes(data)


def with_pictures(
    handin: Path, pictures: list[bytes], prompt_id: str = "photo", extension: str = "png"
) -> Path:
    files = entries(handin)
    files = {n: d for n, d in files.items() if not n.startswith("images/")}
    document = json.loads(files["answers.json"])
    document["images"] = []
    for number, data in enumerate(pictures, 1):
        name = f"images/{number}.{extension}"
        files[name] = data
        document["images"].append(
            {"file": name, "prompt_id": prompt_id, "caption": "", "is_drawing": False}
        )
    files["answers.json"] = json.dumps(document).encode()
    return written(handin.with_name("pictures.journal.zip"), files)


def test_an_entry_no_answer_names_is_refused_unread(handin: Path) -> None:
    files = entries(handin)
    files["images/9.png"] = b"x" * 1000
    path = written(handin.with_name("extra.journal.zip"), files)
    # Made unreadable: reading it would say "compressed in a way…", not what is checked here.
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x03\x04images/9.png"[:4])
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 26)[0]
        if data[at + 30 : at + 30 + name_length] == b"images/9.png":
            struct.pack_into("<H", data, at + 8, 98)
        at = data.find(b"PK\x03\x04", at + 4)
    path.write_bytes(data)
    assert "'images/9.png' is inside, but no answer names it" in refused(path)


def test_more_pictures_than_a_prompt_takes_are_refused_before_decoding(
    handin: Path, repo: Repository, pack: Pack
) -> None:
    small = png_declaring(10, 10)
    path = with_pictures(handin, [small] * 4)  # "photo" takes 3
    with pytest.raises(
        HandInError, match="4 pictures for the prompt 'photo', which takes at most 3"
    ):
        import_handin(repo, pack, read_handin(path))


def test_a_pixel_budget_is_checked_from_headers_before_decoding(
    handin: Path, repo: Repository, pack: Pack, tmp_path: Path
) -> None:
    from journal_app.export.compile import CompileError, compile_handins

    huge = png_declaring(15_000, 15_000)  # 225 million pixels each, declared
    path = with_pictures(handin, [huge, huge])
    with pytest.raises(HandInError, match="more than 400 million pixels together"):
        import_handin(repo, pack, read_handin(path))
    with pytest.raises(CompileError, match="more than 400 million pixels together"):
        compile_handins([path], pack, tmp_path / "outcome.pdf")
    assert [j.name for j in repo.journals()] == ["Amina"]


def test_a_jpeg_nothing_here_can_decode_is_one_line_naming_it(
    handin: Path, repo: Repository, pack: Pack, tmp_path: Path
) -> None:
    """A lossless JPEG (SOF3): Pillow reads its header, not its pixels, nor can ReportLab."""
    from journal_app.export.compile import CompileError, compile_handins

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, format="JPEG")
    lossless = bytearray(out.getvalue())
    lossless[lossless.index(b"\xff\xc0") + 1] = 0xC3
    path = with_pictures(handin, [bytes(lossless)], extension="jpg")
    with pytest.raises(HandInError) as imported:
        import_handin(repo, pack, read_handin(path))
    with pytest.raises(CompileError) as compiled:
        compile_handins([path], pack, tmp_path / "outcome.pdf")
    for message in (str(imported.value), str(compiled.value)):
        assert "\n" not in message
        assert "images/1.jpg" in message
        assert "damaged" in message
        assert "@0x" not in message  # no object of the program's own
    assert not (tmp_path / "outcome.pdf").exists()


def test_whole_number_floats_are_not_integers(handin: Path) -> None:
    for field, text in (
        ('"timer_minutes": 10', '"timer_minutes": 10.0'),
        ('"blank_rows": 3', '"blank_rows": 3.0'),
    ):
        with pytest.raises(PackError, match="is not of type 'integer'"):
            load_pack_text(MINIMAL_TEXT.replace(field, text), "floats.json")
    spent = b'"time_spent_seconds": 60'
    floats = with_answers(handin, lambda a: a.replace(spent, b'"time_spent_seconds": 60.0'))
    assert "is not of type 'integer'" in refused(floats)


def test_names_from_a_hand_in_are_cleaned_for_import_and_compile(
    handin: Path, repo: Repository, pack: Pack, tmp_path: Path
) -> None:
    from journal_app.export.compile import compile_handins

    def named(name: str) -> Callable[[bytes], bytes]:
        def change(answers: bytes) -> bytes:
            document = json.loads(answers)
            document["journal"]["name"] = name
            return json.dumps(document).encode()

        return change

    nasty = with_answers(handin, named("A\x00\x1b[31m\u202eB\u061c"))
    assert read_handin(nasty).journal_name == "A [31mB"
    csv = tmp_path / "outcome.csv"
    compile_handins([nasty], pack, tmp_path / "outcome.pdf", csv_path=csv, show_names=True)
    assert "\x1b" not in csv.read_text(encoding="utf-8-sig")
    assert "\u202e" not in csv.read_text(encoding="utf-8-sig")
    empty = with_answers(handin, named("\u202e\x00"))
    report = import_handin(repo, pack, read_handin(empty))
    assert report.journal.name == "changed"  # the file's name, when nothing visible is left


def test_a_long_name_imported_twice_still_fits(handin: Path, repo: Repository, pack: Pack) -> None:
    def long(answers: bytes) -> bytes:
        document = json.loads(answers)
        document["journal"]["name"] = "N" * 200
        return json.dumps(document).encode()

    path = with_answers(handin, long)
    first = import_handin(repo, pack, read_handin(path))
    second = import_handin(repo, pack, read_handin(path))
    assert first.journal.name == "N" * 200
    assert second.journal.name.endswith(" (2)")
    assert len(second.journal.name) == 200


# ----------------------------------------------------------------------------- found by the sweep


def test_half_a_character_is_refused_in_a_hand_in_and_a_pack(handin: Path) -> None:
    name = b'"name": "Amina"'
    lone = with_answers(handin, lambda a: a.replace(name, b'"name": "A\\ud800mina"'))
    assert "\\ud800 is half of a character, not text" in refused(lone)
    pair = with_answers(handin, lambda a: a.replace(name, b'"name": "A\\ud83d\\ude00"'))
    assert read_handin(pair).journal_name == "A😀"  # a whole character, escaped, is fine
    with pytest.raises(PackError, match=r"\\udfff is half of a character, not text"):
        load_pack_text(MINIMAL_TEXT.replace('"Say something."', '"Say \\udfff."'), "p.json")


def test_a_pipe_or_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.journal.zip"
    os.mkfifo(fifo)
    assert "not a file (a folder, a device or a pipe)" in refused(fifo)  # no wait for a writer
    zero = tmp_path / "zero.journal.zip"
    zero.symlink_to("/dev/zero")
    assert "not a file (a folder, a device or a pipe)" in refused(zero)  # no endless read
    pack_pipe = tmp_path / "pack.json"
    os.mkfifo(pack_pipe)
    with pytest.raises(PackError, match="is a device or a pipe, not a file"):
        load_pack(pack_pipe)


def test_names_from_elsewhere_reach_the_terminal_as_one_plain_line(
    handin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_app import cli

    evil = tmp_path / "evil\nname\x1b[31m.journal.zip"
    evil.write_bytes(b"not a zip")
    assert cli.main(["--data-dir", str(tmp_path / "d"), "import", str(evil)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "\x1b" not in err
    assert "evil\\nname\\x1b[31m.journal.zip" in err
    pack = tmp_path / "ctl.json"
    pack.write_text(
        MINIMAL_TEXT.replace('"en": "Test pack"', '"en": "Ev\\u001b[31mil\\u202e title"'),
        encoding="utf-8",
    )
    assert cli.main(["check-pack", str(pack)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "\x1b" not in out
    assert "\u202e" not in out


def test_a_jpeg_pdf_readers_cannot_embed_is_encoded_again(handin: Path, tmp_path: Path) -> None:
    """Arithmetic-coded (SOF9): Pillow decodes it, ReportLab cannot; it used to be a placeholder."""
    from pypdf import PdfReader

    from journal_app.export.compile import compile_handins

    out = io.BytesIO()
    Image.new("RGB", (64, 48), "orange").save(out, format="JPEG")
    arithmetic = bytearray(out.getvalue())
    arithmetic[arithmetic.index(b"\xff\xc0") + 1] = 0xC9
    path = with_pictures(handin, [bytes(arithmetic)], extension="jpg")
    target = tmp_path / "outcome.pdf"
    compile_handins([path], load_pack(MINIMAL), target)
    images = [image for page in PdfReader(target).pages for image in page.images]
    assert len(images) == 1
    assert images[0].data != bytes(arithmetic)  # encoded again, as baseline JPEG
    assert images[0].image.size == (64, 48)
    assert b"a u t o" not in target.read_bytes()  # ReportLab's broken placeholder


def test_something_taller_than_a_page_is_one_line(tmp_path: Path) -> None:
    from journal_app.export.pdf import ExportError, JournalContent, PdfOptions, export_pdf

    tall = load_pack_text(
        MINIMAL_TEXT.replace('"A fact."', json.dumps("A line of a note.\n" * 1000)), "tall.json"
    )
    with pytest.raises(ExportError) as caught:
        export_pdf(tall, JournalContent(journal=None), tmp_path / "b.pdf", PdfOptions(blank=True))
    assert str(caught.value).startswith("Something is taller than a page")
    assert list(tmp_path.iterdir()) == []


def test_a_pack_text_has_a_length_and_the_footer_a_short_title(tmp_path: Path) -> None:
    """A 200,000-character title (one word) took minutes: drawn on every page's footer too."""
    from journal_app.export.pdf import JournalContent, PdfOptions, export_pdf

    with pytest.raises(PackError, match="must be a non-empty text of at most 20,000 characters"):
        load_pack_text(MINIMAL_TEXT.replace('"Test pack"', json.dumps("W" * 20_001)), "t.json")
    long_title = "Diaspora " * 100
    pack = load_pack_text(MINIMAL_TEXT.replace('"Test pack"', json.dumps(long_title)), "t.json")
    target = tmp_path / "blank.pdf"
    export_pdf(pack, JournalContent(journal=None), target, PdfOptions(blank=True))
    from pypdf import PdfReader

    last = PdfReader(target).pages[-1].extract_text().splitlines()[-1]
    assert "… — page" in last
    assert len(last) < 120


def test_the_outcome_document_carries_only_a_pictures_pixels(handin: Path, tmp_path: Path) -> None:
    """A hand-in's JPEG with EXIF (GPS) and a file appended: neither reaches the outcome PDF."""
    from pypdf import PdfReader

    from journal_app.export.compile import compile_handins

    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(out, format="JPEG", exif=exif)
    picture = out.getvalue() + b"APPENDED-SECRET" * 50
    path = with_pictures(handin, [picture], extension="jpg")
    target = tmp_path / "outcome.pdf"
    compile_handins([path], load_pack(MINIMAL), target)
    (image,) = [i for page in PdfReader(target).pages for i in page.images]
    assert image.image.size == (64, 48)
    content = target.read_bytes()
    assert b"SecretCameraMaker" not in content
    assert b"APPENDED-SECRET" not in content


def test_spreadsheets_from_others_are_parsed_with_defusedxml() -> None:
    """A Kobo export or an XLSForm is read with defusedxml (openpyxl uses it if installed)."""
    from openpyxl import xml

    assert xml.DEFUSEDXML
