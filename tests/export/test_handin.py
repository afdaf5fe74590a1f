"""Hand-ins: written from a journal, imported into a new one, hostile files refused whole."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from journal_app import cli
from journal_app.export.compile import CompileError, compile_handins
from journal_app.export.handin import HandInError, import_handin, read_handin, write_handin
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store.answers import ChecklistValue, ItemsValue, TableValue, TextValue
from journal_app.store.repository import Journal, Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data", snapshot_on_open=False)
    yield repository
    repository.close()


def png(colour: str = "orange") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def journal(repo: Repository, pack: Pack) -> Journal:
    journal = repo.create_journal("Amina", pack)

    def save(prompt_id: str, value: object, **kwargs: object) -> None:
        prompt = pack.prompt(prompt_id)
        assert prompt is not None
        repo.save_answer(journal, prompt, value, **kwargs)  # type: ignore[arg-type]

    save("free", TextValue("Shared with the group — مشترك"), time_spent_seconds=420)
    save("five", ItemsValue(("a", "b", "c", "d", "e")))
    save("pick", ChecklistValue(("red",), True, "ochre"))
    save("fixed", TableValue((("local", "role", "Listen"),)))
    save("labelled", ItemsValue(("my secret", "also secret")))
    labelled = pack.prompt("labelled")
    assert labelled is not None
    repo.set_private(journal, labelled, True)
    photo = pack.prompt("photo")
    assert isinstance(photo, ImagePrompt)
    repo.add_image(journal, photo, png(), caption="Market")
    return journal


def rewrite(path: Path, change: object) -> None:
    """Rewrite a hand-in with ``change(files)`` applied, keeping the manifest consistent."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    change(files)  # type: ignore[operator]
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = {
        n: {"size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
        for n, d in files.items()
        if n != "manifest.json"
    }
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def test_round_trip_keeps_everything_but_private_answers(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "amina")
    assert target.name == "amina.journal.zip"
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["answers.json", "images/1.png", "manifest.json"]
        assert b"my secret" not in archive.read("answers.json")
    handin = read_handin(target)
    assert (handin.pack_id, handin.pack_version, handin.journal_name) == (
        "test-pack",
        "2.1",
        "Amina",
    )
    report = import_handin(repo, pack, handin)
    assert report.journal.name == "Amina (2)"  # never merged into or over the existing one
    assert (report.answers, report.images) == (4, 1)
    imported = repo.answers(report.journal)
    assert imported["free"].value == TextValue("Shared with the group — مشترك")
    assert imported["free"].time_spent_seconds == 420
    assert imported["pick"].value == ChecklistValue(("red",), True, "ochre")
    assert "labelled" not in imported
    (image,) = repo.images(report.journal)
    assert image.caption == "Market"
    assert repo.answers(journal)["labelled"].value == ItemsValue(("my secret", "also secret"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.update({"../evil.txt": b"x"}), "unsafe path inside: '../evil.txt'"),
        (lambda f: f.update({"/etc/passwd": b"x"}), "unsafe path inside: '/etc/passwd'"),
        (lambda f: f.update({"notes.txt": b"x"}), "unexpected file inside: 'notes.txt'"),
        (lambda f: f.pop("answers.json"), "manifest.json or answers.json is missing"),
        (lambda f: f.update({"answers.json": b"{not json"}), "answers.json is not valid JSON"),
        (
            lambda f: f.update(
                {
                    "answers.json": f["answers.json"].replace(
                        b'"kind": "text"', b'"kind": "essay"', 1
                    )
                }
            ),
            "answers.json /answers/0/kind",
        ),
    ],
)
def test_hostile_or_broken_files_are_refused(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal, change: object, message: str
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "h")
    rewrite(target, change)
    with pytest.raises(
        HandInError, match=message.replace("(", r"\(").replace(")", r"\)").replace("/", "/")
    ):
        read_handin(target)


def test_a_wrong_checksum_is_refused(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "h")
    with zipfile.ZipFile(target) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["answers.json"] = files["answers.json"].replace(b"Listen", b"Lisxen")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    with pytest.raises(HandInError, match="does not match its checksum"):
        read_handin(target)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.journal.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("answers.json", b"\0" * (50 * 2**20))
    assert bomb.stat().st_size < 2**20
    with pytest.raises(HandInError, match="zip bomb"):
        read_handin(bomb)


def test_not_a_zip_and_another_format(tmp_path: Path) -> None:
    text = tmp_path / "notes.journal.zip"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(HandInError, match="not a readable zip file"):
        read_handin(text)
    other = tmp_path / "other.journal.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else"}))
        archive.writestr("answers.json", "{}")
    with pytest.raises(HandInError, match="not a Reflection Journal hand-in"):
        read_handin(other)


def test_answers_that_do_not_fit_are_refused_and_nothing_is_imported(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "h")

    def five_becomes_two(files: dict[str, bytes]) -> None:
        document = json.loads(files["answers.json"])
        for answer in document["answers"]:
            if answer["prompt_id"] == "five":
                answer["value"] = {"items": ["a", "b"]}
        files["answers.json"] = json.dumps(document).encode()

    rewrite(target, five_becomes_two)
    handin = read_handin(target)
    with pytest.raises(HandInError, match="expected 5 items, got 2"):
        import_handin(repo, pack, handin)
    assert [j.name for j in repo.journals()] == ["Amina"]


def test_a_bad_picture_is_refused_whole(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "h")
    rewrite(target, lambda f: f.update({"images/1.png": b"not a picture at all"}))
    handin = read_handin(target)
    with pytest.raises(HandInError, match=r"images/1\.png is not a PNG picture"):
        import_handin(repo, pack, handin)
    assert [j.name for j in repo.journals()] == ["Amina"]


def test_a_hand_in_for_another_pack_is_refused(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "h")
    other = load_pack(Path(__file__).parent.parent.parent / "prompts" / "idiaspora-journal.json")
    with pytest.raises(
        HandInError, match="for the prompt pack 'test-pack', not 'idiaspora-journal'"
    ):
        import_handin(repo, other, read_handin(target))


def test_cli_hand_in_and_import(
    tmp_path: Path, repo: Repository, journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = repo.database.data_dir
    out = tmp_path / "amina.journal.zip"
    base = ["--data-dir", str(data_dir), "--pack", str(MINIMAL)]
    assert cli.main([*base, "hand-in", "--journal", "Amina", "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {out}")
    repo.close()  # the facilitator's app is closed; import writes
    assert cli.main([*base, "import", str(out), "--name", "Participant 1"]) == 0
    assert capsys.readouterr().out == "Imported “Participant 1” (answers: 4, pictures: 1).\n"
    broken = tmp_path / "broken.journal.zip"
    broken.write_bytes(b"PK\x03\x04 nonsense")
    assert cli.main([*base, "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{broken}: not a hand-in" in err


def test_damaged_compressed_data_is_a_clear_refusal(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    target = write_handin(repo, pack, journal, tmp_path / "h")
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo("answers.json")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start : start + 40] = b"\xff" * 40  # inside the deflated stream
    target.write_bytes(bytes(data))
    with pytest.raises(HandInError, match="damaged|checksum"):
        read_handin(target)


def test_cli_compile(
    tmp_path: Path, repo: Repository, journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    from pypdf import PdfReader

    data_dir = repo.database.data_dir
    base = ["--data-dir", str(data_dir), "--pack", str(MINIMAL)]
    first, second = tmp_path / "one.journal.zip", tmp_path / "two.journal.zip"
    assert cli.main([*base, "hand-in", "-o", str(first)]) == 0
    assert cli.main([*base, "hand-in", "-o", str(second)]) == 0
    capsys.readouterr()
    out, table = tmp_path / "outcome.pdf", tmp_path / "outcome.csv"
    assert (
        cli.main([*base, "compile", str(first), str(second), "-o", str(out), "--csv", str(table)])
        == 0
    )
    assert capsys.readouterr().out.startswith("Compiled 2 hand-ins into")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Shared with the group" in text
    assert "Amina" not in text  # anonymous by default
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["participant"] for row in rows} == {"1", "2"}
    # The synthesis with no quotes, and every answer in an appendix.
    every = tmp_path / "every.pdf"
    assert (
        cli.main(
            [
                *base,
                "compile",
                str(first),
                str(second),
                "-o",
                str(every),
                "--quotes",
                "0",
                "--all-answers",
            ]
        )
        == 0
    )
    text = " ".join("".join(page.extract_text() for page in PdfReader(every).pages).split())
    synthesis, appendix = text.split("Appendix: every answer")
    assert "Shared with the group" not in synthesis
    assert "Shared with the group" in appendix
    other = tmp_path / "other.journal.zip"
    other.write_bytes(b"not a zip")
    assert cli.main([*base, "compile", str(first), str(other), "-o", str(out)]) == 1
    assert str(other) in capsys.readouterr().err


EPS = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
    b"newpath 0 0 moveto 10 10 lineto stroke showpage\n%%EOF\n"
)


@pytest.fixture
def fake_ghostscript(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ``gs`` first on PATH that leaves a mark when anything runs it."""
    folder = tmp_path / "bin"
    folder.mkdir()
    marker = tmp_path / "ghostscript-ran"
    script = folder / "gs"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\nexit 1\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return marker


def test_an_eps_named_png_in_a_hand_in_never_reaches_ghostscript(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal, fake_ghostscript: Path
) -> None:
    # The test's own proof that it can see Ghostscript run: Pillow, asked without a list of
    # formats, hands this file to gs.
    probe = Image.open(io.BytesIO(EPS))
    assert probe.format == "EPS"
    with contextlib.suppress(Exception):  # whatever the fake gs makes Pillow raise
        probe.load()
    assert fake_ghostscript.exists()
    fake_ghostscript.unlink()

    target = write_handin(repo, pack, journal, tmp_path / "h")
    rewrite(target, lambda f: f.update({"images/1.png": EPS}))
    handin = read_handin(target)
    with pytest.raises(HandInError, match=r"images/1\.png is not a PNG picture"):
        import_handin(repo, pack, handin)
    out = tmp_path / "outcome.pdf"
    with pytest.raises(CompileError, match=r"images/1\.png is not a PNG picture"):
        compile_handins([target], pack, out)
    assert not fake_ghostscript.exists()
    assert not out.exists()
    assert [j.name for j in repo.journals()] == ["Amina"]


def test_a_tiff_named_png_is_refused_by_import_as_by_compile(
    tmp_path: Path, repo: Repository, pack: Pack, journal: Journal
) -> None:
    tiff = io.BytesIO()
    Image.new("RGB", (20, 20), "teal").save(tiff, format="TIFF")
    target = write_handin(repo, pack, journal, tmp_path / "h")
    rewrite(target, lambda f: f.update({"images/1.png": tiff.getvalue()}))
    with pytest.raises(HandInError, match=r"images/1\.png is not a PNG picture"):
        import_handin(repo, pack, read_handin(target))
    with pytest.raises(CompileError, match=r"images/1\.png is not a PNG picture"):
        compile_handins([target], pack, tmp_path / "outcome.pdf")


def test_pasted_pictures_are_decoded_by_allow_list_only(fake_ghostscript: Path) -> None:
    from journal_app.store.errors import ImageRejected
    from journal_app.store.images import normalize

    with pytest.raises(ImageRejected, match="not a picture that can be read"):
        normalize(EPS, name="drawing.eps")
    assert not fake_ghostscript.exists()


def test_the_quick_check_of_answers_accepts_nothing_the_schema_refuses() -> None:
    """Reading checks answers in plain Python first: never more lenient than the schema."""
    import random

    from journal_app import resources
    from journal_app.export.handin import _problems
    from journal_app.packs import strictjson

    schema = json.loads((resources.prompts_dir() / "hand-in.schema.json").read_text("utf-8"))
    full = strictjson.strict_validator(schema)
    rng = random.Random(0)
    odd_values: list[object] = [
        None,
        0,
        3.0,
        True,
        "",
        "x" * 20001,
        [],
        {},
        ["a"],
        [["a", "b", "c"]],
        [["a", "b"]],
        {"text": "t"},
        {"text": 1},
        {"items": ["a"] * 51},
        {"items": ["a", 1]},
        {"checked": [], "other_checked": 0, "other_text": ""},
        {"checked": [], "other_checked": False, "other_text": ""},
        {"cells": [["r", "c", "t"]]},
        {"cells": [["r", "c"]]},
        {"completions": {"a": "b"}},
        {"completions": {"a": 1}},
        {"text": "t", "items": []},
        -1,
        14401,
        14400,
        "a\n",
        "A",
    ]
    keys = ["prompt_id", "kind", "prompt_text", "value", "time_spent_seconds", "skipped", "x"]
    agreed = 0
    for _ in range(4000):
        answer: dict[str, object] = {
            "prompt_id": "p1",
            "kind": "text",
            "value": {"text": "hello"},
        }
        for _ in range(rng.randint(0, 3)):
            answer[rng.choice(keys)] = rng.choice(odd_values)
        if rng.random() < 0.1:
            answer.pop(rng.choice(["prompt_id", "kind", "value"]), None)
        document = {
            "pack": {"id": "test-pack", "version": "1"},
            "journal": {"name": "A"},
            "answers": [answer],
            "images": [],
        }
        assert (_problems(document) == []) == full.is_valid(document), answer
        agreed += 1
    assert agreed == 4000
