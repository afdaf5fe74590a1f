"""Packs as XLSForms and back: pyxform converts what is written, a round trip loses nothing."""

from __future__ import annotations

import dataclasses
import json
import re
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyxform.parsing.expression import is_xml_tag
from pyxform.xls2xform import convert

from journal_app.packs import xlsform
from journal_app.packs.loader import load_pack, load_pack_text
from journal_app.packs.model import (
    ChecklistPrompt,
    ImagePrompt,
    LocalText,
    NotePrompt,
    Pack,
    TextPrompt,
)
from journal_app.packs.xlsform import (
    XLSFormError,
    XLSFormPack,
    neutral,
    plain,
    read_xlsform,
    write_xlsform,
)

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLED = [ROOT / "prompts" / "idiaspora-journal.json", ROOT / "prompts" / "virtual-exchange.json"]
MINIMAL = ROOT / "tests" / "data" / "minimal-pack.json"

HOSTILE = (
    "<b>bold</b> ${x} =1+1 *star* _under_ # heading [link](http://example.org) &amp; \\ "
    "<span style='color:red'>red</span>\n- a list\n2. numbered\nمرحبا بالعالم ‏(RTL)"
)


def every_kind_pack() -> dict[str, Any]:
    """A pack with every prompt kind and feature, its texts hostile, in Arabic and English."""
    h = HOSTILE
    return {
        "format": 1,
        "id": "1-hostile",
        "version": "1.0",
        "language": "ar",
        "title": {"ar": '=HYPERLINK("http://x") ' + h, "en": "Hostile ${title}"},
        "subtitle": h,
        "attribution": {
            "publisher": "=cmd|' /C calc'!A0",
            "copyright": "© ${c} 2026",
            "licence": "<i>CC BY 4.0</i>",
            "licence_url": "https://creativecommons.org/licenses/by/4.0/",
            "citation": h,
            "isbn": "=1+1",
            "notice": {"ar": h, "en": "Notice"},
            "adaptation": h,
        },
        "front_matter": [{"id": "p1", "title": h, "body": h + "\n\n" + h, "footnotes": [h]}],
        "option_sets": {"set": [{"id": "other", "text": h}, {"id": "1b", "text": "=SUM(A1)"}]},
        "sections": [
            {
                "id": "1s",
                "number": "1",
                "title": h,
                "intro": h,
                "accent": "#336699",
                "groups": [
                    {
                        "id": "g",
                        "title": h,
                        "intro": h,
                        "missing": [{"number": "4", "reason": h}],
                        "prompts": [
                            {
                                "id": "t",
                                "kind": "text",
                                "text": {"ar": h, "en": "=1+1"},
                                "hint": h,
                                "short_title": "=x",
                                "timer_minutes": 5,
                                "number": "1",
                                "reconstructed": h,
                            },
                            {
                                "id": "1i",
                                "kind": "text",
                                "text": h,
                                "items": [h, "${t}"],
                                "hint": h,
                            },
                            {"id": "blank-items", "kind": "text", "text": h, "items": 3},
                            {
                                "id": "c",
                                "kind": "checklist",
                                "text": h,
                                "option_set": "set",
                                "other": h,
                                "columns": 3,
                                "hint": h,
                            },
                            {
                                "id": "c2",
                                "kind": "checklist",
                                "text": h,
                                "option_set": "set",
                            },
                            {
                                "id": "c3",
                                "kind": "checklist",
                                "text": h,
                                "options": [{"id": "a", "text": "${c}"}],
                                "other": "Other:",
                            },
                        ],
                    },
                    {
                        "id": "g2",
                        "prompts": [
                            {
                                "id": "tb",
                                "kind": "table",
                                "text": h,
                                "hint": h,
                                "columns": [{"id": "k", "title": h}, {"id": "v"}],
                                "rows": [{"id": "r1", "cells": {"k": h}}, {"id": "r2"}],
                            },
                            {
                                "id": "tb2",
                                "kind": "table",
                                "text": h,
                                "columns": [{"id": "a"}, {"id": "b", "title": "B"}],
                                "blank_rows": 2,
                                "numbered": True,
                            },
                            {
                                "id": "im",
                                "kind": "image",
                                "text": h,
                                "max_images": 2,
                                "drawing": True,
                                "writing": True,
                                "hint": h,
                            },
                            {"id": "im1", "kind": "image", "text": h, "writing": True},
                            {"id": "im2", "kind": "image", "text": h, "drawing": True},
                            {
                                "id": "st",
                                "kind": "stems",
                                "text": h,
                                "stems": [{"id": "s1", "text": h}, {"id": "2s", "text": "${x}"}],
                            },
                            {"id": "n", "kind": "note", "text": h, "title": h, "source": h},
                        ],
                    },
                ],
            }
        ],
        "reconstruction_notes": h,
    }


def canonical(node: object) -> object:
    """A pack as nested tuples, translations in a fixed order (their order in a file is free)."""
    if isinstance(node, LocalText):
        return ("text", node.default, tuple(sorted(node.translations)))
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return tuple((f.name, canonical(getattr(node, f.name))) for f in dataclasses.fields(node))
    if isinstance(node, tuple):
        return tuple(canonical(item) for item in node)
    return node


def hostile_pack(tmp_path: Path) -> Pack:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(every_kind_pack(), ensure_ascii=False), encoding="utf-8")
    return load_pack(path)


def pyxform(path: Path) -> tuple[str, list[str]]:
    warnings: list[str] = []
    result = convert(str(path), warnings=warnings)
    return result.xform, warnings


# ----------------------------------------------------------------------------- writing


@pytest.mark.parametrize("pack_file", BUNDLED, ids=lambda p: p.stem)
def test_the_bundled_packs_convert_with_pyxform(pack_file: Path, tmp_path: Path) -> None:
    pack = load_pack(pack_file)
    target = tmp_path / "form.xlsx"
    questions = write_xlsform(pack, target)
    xform, warnings = pyxform(target)
    assert warnings == []
    assert questions == len(xlsform.form_questions(pack)) > len(list(pack.prompts()))
    assert f'<data id="{pack.id}" version="{pack.version}">' in xform
    assert '<translation lang="English (en)" default="true()">' in xform
    # The attribution is the form's first question, so it is seen before anything is asked.
    body = xform[xform.index("<h:body>") :]
    assert body.index("PACK_ATTRIBUTION") < body.index("<group")
    attribution = re.search(r'id="/data/PACK_ATTRIBUTION:label">\s*<value>([^<]*)', xform)
    assert attribution is not None
    assert pack.attribution.copyright in attribution.group(1)
    assert pack.attribution.licence in attribution.group(1)


def test_every_kind_and_hostile_text_converts_and_stays_text(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path)
    target = tmp_path / "form.xlsx"
    write_xlsform(pack, target)
    xform, warnings = pyxform(target)
    assert warnings == []
    assert "<output" not in xform  # no ${x} became a reference
    assert '<translation lang="Arabic (ar)" default="true()">' in xform
    assert '<translation lang="English (en)">' in xform
    # Each label is the escaped text (XML-encoded in the XForm): markup and Markdown stay text.
    label = re.search(r'id="/data/S_1s/G_g/t:label">\s*<value>([^<]*)</value>', xform)
    assert label is not None
    escaped = neutral(HOSTILE).replace("&", "&amp;").replace(">", "&gt;")
    assert label.group(1) == escaped + " †"  # its wording is marked as supplied (reconstructed)
    assert "&lt;b&gt;" not in label.group(1)  # "<b>" would be bold in Collect
    for literal in ("\\*star\\*", "\\_under\\_", "\\# heading", "&amp;#91;link]", "$\u2060{x}"):
        assert literal in label.group(1)
    assert "selected( /data/S_1s/G_g/c , '_other')" in xform  # an option's id is "other"
    assert 'appearance="columns-3"' in xform
    assert 'orx:max-pixels="2400"' in xform
    # Cells are text, never formulas, whatever they start with.
    book = openpyxl.load_workbook(target)
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    assert book["settings"]["B2"].value.startswith('=HYPERLINK("http://x")')


@pytest.mark.parametrize("pack_file", [*BUNDLED, MINIMAL], ids=lambda p: p.stem)
def test_a_round_trip_gives_the_same_pack(pack_file: Path, tmp_path: Path) -> None:
    pack = load_pack(pack_file)
    target = tmp_path / "form.xlsx"
    write_xlsform(pack, target)
    found = read_xlsform(target)
    assert found.warnings == []
    assert canonical(found.pack) == canonical(pack)
    # The text written is a pack file the loader accepts as it is.
    assert canonical(load_pack_text(found.text)) == canonical(pack)


def test_a_round_trip_of_every_kind_and_hostile_text(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path)
    target = tmp_path / "form.xlsx"
    write_xlsform(pack, target)
    assert canonical(read_xlsform(target).pack) == canonical(pack)


@pytest.mark.parametrize("pack_file", BUNDLED, ids=lambda p: p.stem)
def test_names_are_xml_names_unique_and_reversible(pack_file: Path) -> None:
    pack = load_pack(pack_file)
    questions = xlsform.form_questions(pack)
    names = [q.name for q in questions]
    assert all(is_xml_tag(name) for name in names)
    assert len({name.lower() for name in names}) == len(names)  # unique, whatever the case
    for prompt in pack.prompts():
        assert xlsform.prompt_id_of(xlsform.prompt_name(prompt.id)) == prompt.id
        held = [q for q in questions if q.prompt_id == prompt.id]
        assert held, prompt.id
        for name, part, key in xlsform.part_names(prompt):
            assert name.startswith(xlsform.prompt_name(prompt.id) + "_")
            assert any((q.name, q.part, q.key) == (name, part, key) for q in held)
    assert xlsform.prompt_name("1st") == "P_1st"
    assert xlsform.prompt_id_of("P_1st") == "1st"


def test_a_form_with_no_cells_to_write_says_where(tmp_path: Path) -> None:
    with pytest.raises(XLSFormError, match=r"^Could not write .*Nothing was written\.$"):
        write_xlsform(load_pack(MINIMAL), tmp_path / "missing" / "form.xlsx")


# ----------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("*bold* _it_ # h \\", "\\*bold\\* \\_it\\_ \\# h \\\\"),
        ("<b>x</b>", "&#60;b>x&#60;/b>"),
        ("${name}", "$\u2060{name}"),
        ("R&D &amp; &#60;", "R&D &#38;amp; &#38;\\#60;"),
        ("[a](b) [sic]", "&#91;a](b) [sic]"),
        ("- one\n+ two\n3. three", "&#45; one\n&#43; two\n3&#46; three"),
        ("1. the first line too", "1&#46; the first line too"),  # Enketo: a list
        ("1.5 litres", "1.5 litres"),
        ("=1+1", "=1+1"),
    ],
)
def test_what_neutral_escapes(text: str, escaped: str) -> None:
    assert neutral(text) == escaped
    assert plain(escaped) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\\*_#&<[]()$\u2060{};-+.1x"), max_size=40))
def test_plain_undoes_neutral(text: str) -> None:
    assert plain(neutral(text)) == text


# ----------------------------------------------------------------------------- reading


def workbook(
    path: Path,
    survey: Sequence[Sequence[object]],
    choices: Sequence[Sequence[object]] | None = None,
    settings_rows: Sequence[Sequence[object]] | None = None,
    extra: dict[str, Sequence[Sequence[object]]] | None = None,
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(list(row))
    sheets = {"choices": choices, "settings": settings_rows, **(extra or {})}
    for title, rows in sheets.items():
        if rows is not None:
            other = book.create_sheet(title)
            for row in rows:
                other.append(list(row))
    book.save(path)
    return path


HAND_WRITTEN = [
    ["type", "name", "label", "label::French", "hint", "relevant", "appearance"],
    ["start", "start", None, None, None, None, None],
    ["note", "welcome", "Welcome!", "Bienvenue !", "From the team", None, None],
    ["begin group", "Day1", "Day 1", "Jour 1", None, None, None],
    ["text", "Expectations", "What do you expect?", "Qu'attendez-vous ?", "Be honest", None, None],
    ["select_multiple sectors", "sectors", "Sectors?", "Secteurs ?", None, None, "columns-2"],
    [
        "text",
        "sectors_other",
        "Which other?",
        "Lequel ?",
        None,
        "selected(${sectors}, 'other')",
        None,
    ],
    ["begin_group", "more", "More", None, None, None, None],
    ["image", "photo", "A photo", "Une photo", None, None, None],
    ["begin_group", "three", "Three things", "Trois choses", None, None, None],
    ["text", "three_1", "First", "Premier", None, None, None],
    ["text", "three_2", "Second", "Deuxième", None, None, None],
    ["end_group", None, None, None, None, None, None],
    ["end_group", None, None, None, None, None, None],
    ["end group", None, None, None, None, None, None],
    ["end", "end", None, None, None, None, None],
]
HAND_CHOICES = [
    ["list_name", "name", "label", "label::French"],
    ["sectors", "health", "Health", "Santé"],
    ["sectors", "Education", "Education", "Éducation"],
    ["sectors", "other", "Other", "Autre"],
]
HAND_SETTINGS = [
    ["form_id", "form_title", "version", "default_language"],
    ["Workshop_1", "Workshop", "2.0", "English (en)"],
]


def test_a_hand_written_form_becomes_a_pack(tmp_path: Path) -> None:
    path = workbook(tmp_path / "form.xlsx", HAND_WRITTEN, HAND_CHOICES, HAND_SETTINGS)
    found = read_xlsform(path)
    pack = found.pack
    assert (pack.id, pack.version, pack.language, str(pack.title)) == (
        "workshop_1",
        "2.0",
        "en",
        "Workshop",
    )
    assert pack.languages == ("en", "fr")
    assert [s.id for s in pack.sections] == ["questions", "day1"]
    welcome = pack.prompt("welcome")
    assert isinstance(welcome, NotePrompt)
    assert welcome.text.get("fr") == "Bienvenue !"
    expectations = pack.prompt("expectations")
    assert isinstance(expectations, TextPrompt)
    assert str(expectations.hint) == "Be honest"
    sectors = pack.prompt("sectors")
    assert isinstance(sectors, ChecklistPrompt)
    assert [o.id for o in sectors.options] == ["health", "education"]
    assert sectors.other is not None
    assert sectors.other.get("fr") == "Autre"
    assert sectors.columns == 2
    assert pack.prompt("sectors_other") is None  # the "Other" text belongs to the checklist
    day1 = pack.sections[1]
    assert [g.id for g in day1.groups] == ["day1-questions", "more"]
    photo = pack.prompt("photo")
    assert isinstance(photo, ImagePrompt)
    three = pack.prompt("three")
    assert isinstance(three, TextPrompt)
    assert [str(i.label) for i in three.items] == ["First", "Second"]
    # No attribution in the form: the pack says "-" and the user is told.
    assert pack.attribution.copyright == "-"
    assert len(found.warnings) == 1
    assert "copyright or licence" in found.warnings[0]


def test_a_pack_sheet_gives_the_attribution(tmp_path: Path) -> None:
    extra = {
        "pack": [
            ["name", "property", "value", "text::French (fr)"],
            [None, "copyright", "© Us 2026", None],
            [None, "licence", "CC BY 4.0", None],
            ["expectations", "short_title", None, None],
            ["Expectations", "timer_minutes", "10", None],
        ]
    }
    path = workbook(tmp_path / "form.xlsx", HAND_WRITTEN, HAND_CHOICES, HAND_SETTINGS, extra)
    found = read_xlsform(path)
    assert found.warnings == []
    assert (found.pack.attribution.copyright, found.pack.attribution.licence) == (
        "© Us 2026",
        "CC BY 4.0",
    )
    expectations = found.pack.prompt("expectations")
    assert isinstance(expectations, TextPrompt)
    assert expectations.timer_minutes == 10


def test_a_formula_in_a_hand_written_form_is_its_text(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["text", "q", "=1+1"], ["note", "n", '=HYPERLINK("x")']]
    path = workbook(tmp_path / "form.xlsx", survey, None, HAND_SETTINGS)
    pack = read_xlsform(path).pack
    assert [str(p.text) for p in pack.prompts()] == ["=1+1", '=HYPERLINK("x")']


def survey_error(tmp_path: Path, survey: Sequence[Sequence[object]], **sheets: Any) -> str:
    path = workbook(
        tmp_path / "form.xlsx",
        survey,
        sheets.get("choices"),
        sheets.get("settings", HAND_SETTINGS),
    )
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    message = str(caught.value)
    assert "\n" not in message
    return message.replace(str(tmp_path) + "/", "")


HEAD = ["type", "name", "label"]


@pytest.mark.parametrize(
    ("survey", "expected"),
    [
        (
            [HEAD, ["text", "a", "A"], ["selec_one x", "b", "B"]],
            'form.xlsx, sheet survey, row 3, column type: unknown question type "selec_one x"',
        ),
        (
            [HEAD, ["select_one yes_no", "b", "B"]],
            'form.xlsx, sheet survey, row 2, column type: question type "select_one yes_no"'
            " cannot be a prompt (a pack takes text, select_multiple, image and note questions)",
        ),
        (
            [HEAD, ["text", "a", "A"], ["end_group", None, None]],
            "form.xlsx, sheet survey, row 3, column type: end_group without a begin_group before it",
        ),
        (
            [HEAD, ["begin_group", "g", "G"], ["text", "a", "A"]],
            "form.xlsx, sheet survey, row 2, column type: this group is never closed"
            " (no end_group for it)",
        ),
        (
            [HEAD, ["text", "a", "A"], ["text", "A", "Again"]],
            "form.xlsx, sheet survey, row 3, column name: the name 'A' is used twice"
            " (first in row 2)",
        ),
        (
            [HEAD, ["select_multiple colours", "c", "C"]],
            "form.xlsx, sheet survey, row 2, column type: no list named 'colours' in the"
            " choices sheet",
        ),
        (
            [HEAD, ["text", "_a", "A"]],
            "form.xlsx, sheet survey, row 2, column name: '_a' cannot be an id: 1 to 80"
            " lower-case letters, digits, '-', '_' or '.', starting with a letter or digit",
        ),
        (
            [HEAD, ["text", "a", None]],
            "form.xlsx, sheet survey, row 2, column label: a question needs a label",
        ),
        (
            [["type", "name", "label::Klingon"], ["text", "a", "A"]],
            "form.xlsx, sheet survey, row 1: cannot tell which language 'Klingon' is: write it"
            " with its code, as in label::English (en)",
        ),
        (
            [HEAD, ["begin_repeat", "r", "R"]],
            "form.xlsx, sheet survey, row 2, column type: repeats are not supported: a pack's"
            " prompts are fixed",
        ),
    ],
)
def test_every_error_is_one_line_with_sheet_row_and_column(
    tmp_path: Path, survey: list[list[object]], expected: str
) -> None:
    assert survey_error(tmp_path, survey, choices=[["list_name", "name", "label"]]) == expected


def test_a_problem_the_pack_loader_finds_names_the_row(tmp_path: Path) -> None:
    extra = {
        "pack": [
            ["name", "property", "value", "text::English (en)"],
            ["a", "short_title", None, "x" * 61],
        ]
    }
    path = workbook(tmp_path / "form.xlsx", [HEAD, ["text", "a", "A"]], None, HAND_SETTINGS, extra)
    with pytest.raises(
        XLSFormError, match=r"form\.xlsx, sheet pack, row 2, column text: must be a short"
    ):
        read_xlsform(path)


def test_the_settings_are_checked(tmp_path: Path) -> None:
    bad = [["form_id", "version"], ["my form", "1"]]
    message = survey_error(tmp_path, [HEAD, ["text", "a", "A"]], settings=bad)
    assert message == (
        "form.xlsx, sheet settings, row 2, column form_id: 'my form' cannot be an id: 1 to 80"
        " lower-case letters, digits, '-', '_' or '.', starting with a letter or digit"
    )
    bad = [["form_id", "version"], ["f", "v2"]]
    message = survey_error(tmp_path, [HEAD, ["text", "a", "A"]], settings=bad)
    assert message == (
        "form.xlsx, sheet settings, row 2, column version: the version 'v2' is not a"
        " pack version such as 1.0 or 1.2.3"
    )


def test_files_that_are_not_xlsforms(tmp_path: Path) -> None:
    def error(path: Path) -> str:
        with pytest.raises(XLSFormError) as caught:
            read_xlsform(path)
        return str(caught.value).replace(str(tmp_path) + "/", "")

    (tmp_path / "notes.xlsx").write_text("These are my notes.", encoding="utf-8")
    assert error(tmp_path / "notes.xlsx") == "notes.xlsx: not an .xlsx workbook (not a zip file)"
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert error(tmp_path / "old.xls").startswith("old.xls: an .xls workbook of an older Excel")
    assert error(tmp_path / "gone.xlsx") == "gone.xlsx: no such file"
    assert error(tmp_path).endswith(": not a file (a folder, a device or a pipe)")
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "questions"
    book.save(tmp_path / "nosurvey.xlsx")
    assert error(tmp_path / "nosurvey.xlsx") == (
        "nosurvey.xlsx: no sheet named survey (sheets: questions)"
    )
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert error(tmp_path / "other.xlsx") == (
        "other.xlsx: not an .xlsx workbook (no xl/workbook.xml inside)"
    )


def test_a_zip_bomb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"\0" * (64 * 2**20))
    assert path.stat().st_size < 2**20
    with pytest.raises(XLSFormError, match=r"expands \d+×: refused \(a zip bomb\?\)$"):
        read_xlsform(path)


def test_huge_sheets_are_refused_politely_and_fast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(HEAD)
    sheet.append(["text", "a", "A"])
    sheet["C1000000"] = "far away"  # the sheet claims a million rows
    settings_sheet = book.create_sheet("settings")
    for row in HAND_SETTINGS:
        settings_sheet.append(row)
    book.save(tmp_path / "far.xlsx")
    started = time.monotonic()
    # A long run of empty rows ends the sheet, as in pyxform: the far cell is never reached.
    found = read_xlsform(tmp_path / "far.xlsx")
    assert [p.id for p in found.pack.prompts()] == ["a"]
    assert time.monotonic() - started < 10

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(HEAD + [f"extra{i}" for i in range(xlsform.MAX_COLUMNS)])
    book.save(tmp_path / "wide.xlsx")
    with pytest.raises(XLSFormError, match=r"sheet survey, row 1: more than 500 columns"):
        read_xlsform(tmp_path / "wide.xlsx")

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(HEAD)
    sheet.append(["text", "a", "x" * 1001])
    book.save(tmp_path / "long.xlsx")
    monkeypatch.setattr(xlsform, "MAX_CELL_CHARS", 1000)  # (an .xlsx cell holds 32,767 at most)
    with pytest.raises(
        XLSFormError, match=r"sheet survey, row 2, column label: a text longer than 1,000"
    ):
        read_xlsform(tmp_path / "long.xlsx")


# ----------------------------------------------------------------------------- versions


def version_of(tmp_path: Path, value: object, number_format: str | None = None) -> XLSFormPack:
    path = workbook(
        tmp_path / "form.xlsx",
        [HEAD, ["text", "a", "A"]],
        None,
        [["form_id", "version"], ["f", value]],
    )
    if number_format is not None:
        book = openpyxl.load_workbook(path)
        book["settings"]["B2"].number_format = number_format
        book.save(path)
    return read_xlsform(path)


def version_warnings(found: XLSFormPack) -> list[str]:
    return [w for w in found.warnings if "column version" in w]


def test_a_version_typed_as_text_is_kept_as_written(tmp_path: Path) -> None:
    for written in ("1.10", "1.0", "2.3.4"):
        found = version_of(tmp_path, written)
        assert found.pack.version == written
        assert version_warnings(found) == []


def test_an_odk_whole_number_version_becomes_a_pack_version(tmp_path: Path) -> None:
    found = version_of(tmp_path, "2024061201")
    assert found.pack.version == "2024061201.0"
    assert version_warnings(found) == [
        f"{tmp_path / 'form.xlsx'}, sheet settings, row 2, column version: the version"
        " 2024061201 is a whole number, as ODK allows; a pack's version has a dot, so this"
        " pack's is 2024061201.0"
    ]


def test_a_version_typed_as_a_number_is_read_as_shown_with_a_warning(tmp_path: Path) -> None:
    found = version_of(tmp_path, 1.0)  # Excel keeps 1
    assert found.pack.version == "1.0"
    (warning,) = version_warnings(found)
    assert warning.endswith(
        "sheet settings, row 2, column version: the version is a number in the spreadsheet,"
        " which keeps no trailing zeros (1.10 is 1.1, 1.0 is 1): it is read as 1.0; type it"
        " as text if the pack's version is another"
    )
    found = version_of(tmp_path, 1.1)
    assert found.pack.version == "1.1"
    assert len(version_warnings(found)) == 1
    found = version_of(tmp_path, 1.1, "0.00")  # shown as 1.10: what the sheet says
    assert found.pack.version == "1.10"
    assert version_warnings(found) == []


# ----------------------------------------------------------------------------- languages


def test_a_label_without_language_is_the_default_language(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "label::French (fr)"], ["text", "q1", "How?", "Comment ?"]]
    settings_rows = [["form_id", "default_language"], ["f", "English (en)"]]
    path = workbook(tmp_path / "form.xlsx", survey, None, settings_rows)
    pack = read_xlsform(path).pack
    assert (pack.language, pack.languages) == ("en", ("en", "fr"))
    (prompt,) = pack.prompts()
    assert (prompt.text.get("en"), prompt.text.get("fr")) == ("How?", "Comment ?")


def test_a_label_without_language_beside_named_ones_is_not_thrown_away(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "label::French (fr)"], ["text", "q1", "How?", "Comment ?"]]
    path = workbook(tmp_path / "form.xlsx", survey, None, [["form_id"], ["f"]])
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    assert str(caught.value) == (
        f"{path}, sheet survey, row 2, column label: this text is in no language, beside"
        " columns that name theirs (such as label::French (fr)): name its language in the"
        " settings sheet (default_language, e.g. English (en)), or name its column as in"
        " label::English (en)"
    )


def test_a_label_given_twice_in_one_language_must_agree(tmp_path: Path) -> None:
    settings_rows = [["form_id", "default_language"], ["f", "English (en)"]]
    head = ["type", "name", "label", "label::English (en)"]
    path = workbook(tmp_path / "same.xlsx", [head, ["text", "q", "A", "A"]], None, settings_rows)
    assert str(read_xlsform(path).pack.prompts().__next__().text) == "A"
    path = workbook(tmp_path / "two.xlsx", [head, ["text", "q", "A", "B"]], None, settings_rows)
    with pytest.raises(XLSFormError, match=r"row 2, column label::English \(en\): label and"):
        read_xlsform(path)


# ----------------------------------------------------------------------------- names


def clashing_pack(tmp_path: Path, extra: dict[str, Any]) -> Pack:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["sections"][0]["groups"][0]["prompts"].append(extra)
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return load_pack(path)


@pytest.mark.parametrize(
    ("prompt_id", "expected"),
    [
        (
            "five_i1",
            "the form would have two questions named five_I1 (for the prompt 'five') and"
            " five_i1 (for the prompt 'five_i1')",
        ),
        (
            "s_one",
            "the form would have two questions named S_one (for the section 'one') and s_one"
            " (for the prompt 's_one')",
        ),
    ],
)
def test_names_that_differ_only_in_case_are_refused(
    tmp_path: Path, prompt_id: str, expected: str
) -> None:
    pack = clashing_pack(tmp_path, {"id": prompt_id, "kind": "text", "text": "Collide."})
    target = tmp_path / "form.xlsx"
    with pytest.raises(XLSFormError) as caught:
        write_xlsform(pack, target)
    assert str(caught.value).startswith(expected)
    assert "change one of these ids" in str(caught.value)
    assert not target.exists()


def test_names_are_compared_ignoring_case_when_read(tmp_path: Path) -> None:
    # A form written here, its names' case changed by hand: it reads the same.
    pack = load_pack(MINIMAL)
    target = tmp_path / "form.xlsx"
    write_xlsform(pack, target)
    book = openpyxl.load_workbook(target)
    survey = book["survey"]
    for row in survey.iter_rows(min_row=2):
        if row[1].value in ("five", "labelled", "gaps", "S_one", "G_g1"):
            row[1].value = row[1].value.upper()
    for row in book["pack"].iter_rows(min_row=2):
        if row[0].value == "free":
            row[0].value = "FREE"
    book.save(target)
    found = read_xlsform(target).pack
    free = found.prompt("free")
    assert isinstance(free, TextPrompt)
    assert free.timer_minutes == 10  # the pack sheet's row for "FREE"
    # FIVE's items in the pack sheet's "five" row, GAPS_S_is's stem, S_ONE's S_one_INTRO…
    assert canonical(found) == canonical(pack)


# ----------------------------------------------------------------------------- warnings


def test_what_a_pack_does_not_keep_of_a_hand_written_form_is_told(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "hint", "relevant"],
        ["text", "name", "Your name", None, None],
        ["text", "a", "Hello ${name}", "**Bold** hint", None],
        ["text", "b", 'A <span style="color:red">red</span> word', None, "${name} != ''"],
        ["text", "c", "snake_case_words and 2 * 3 * 4", None, None],
        ["select_multiple yn", "d", "Pick", None, None],
        ["text", "d_other", "Which?", None, "selected(${d}, 'other')"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "Yes", "Yes"], ["yn", "other", "Other"]]
    path = workbook(tmp_path / "form.xlsx", survey, choices, HAND_SETTINGS)
    found = read_xlsform(path)
    where = f"{path}, sheet survey"
    assert found.warnings[:4] == [
        f"{where}, row 3, column label: ${{name}} refers to an answer in ODK, but a pack shows"
        " it as it is written",
        f"{where}, row 3, column hint: '**Bold**' is formatting (Markdown or HTML) in ODK, but"
        " a pack shows it as it is written",
        f"{where}, row 4, column label: '<span style=\"color:red\">' is formatting (Markdown"
        " or HTML) in ODK, but a pack shows it as it is written",
        f"{where}, row 4, column relevant: a pack has no skip logic: this condition is left"
        " out, and the question is always asked",
    ]
    assert len(found.warnings) == 5  # and the licence; not the "Other" text's condition
    d = found.pack.prompt("d")
    assert isinstance(d, ChecklistPrompt)
    assert [o.id for o in d.options] == ["yes"]  # (exports' "Yes" still matches)
    assert d.other is not None


def test_many_warnings_end_in_a_count(tmp_path: Path) -> None:
    survey = [HEAD, *(["text", f"q{n}", f"**{n}**"] for n in range(30))]
    found = read_xlsform(workbook(tmp_path / "form.xlsx", survey, None, HAND_SETTINGS))
    assert len(found.warnings) == xlsform.MAX_CELL_WARNINGS + 2  # + the count, the licence
    assert found.warnings[-1].endswith(": 10 more warnings of these kinds")


# ----------------------------------------------------------------------------- damaged workbooks


def test_a_damaged_sheet_or_a_chart_sheet_is_named(tmp_path: Path) -> None:
    path = workbook(tmp_path / "form.xlsx", [HEAD, ["text", "a", "A"]], None, HAND_SETTINGS)
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"][:300] + b"<<>"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    assert str(caught.value).startswith(
        f"{path}, sheet settings: the sheet is damaged (ParseError: "
    )
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "data"
    book.create_chartsheet("survey").add_chart(openpyxl.chart.BarChart())
    book.save(tmp_path / "chart.xlsx")
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(tmp_path / "chart.xlsx")
    assert str(caught.value) == (
        f"{tmp_path / 'chart.xlsx'}, sheet survey: a chart sheet, not a sheet of cells"
    )


def test_a_hint_note_is_found_whatever_the_case_of_its_group(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path)
    target = tmp_path / "form.xlsx"
    write_xlsform(pack, target)
    book = openpyxl.load_workbook(target)
    for row in book["survey"].iter_rows(min_row=2):
        if row[1].value in ("P_1i", "F_p1"):
            row[1].value = row[1].value.upper()  # P_1I, F_P1: their notes keep P_1i_HINT…
    book.save(target)
    assert canonical(read_xlsform(target).pack) == canonical(pack)


def test_supplied_wording_is_marked_in_the_form_as_in_the_pdf(tmp_path: Path) -> None:
    """The journal's licence wants its words verbatim and supplied words marked: the form too."""
    from journal_app import resources
    from journal_app.packs.model import RECONSTRUCTED_MARK

    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    target = tmp_path / "form.xlsx"
    xlsform.write_xlsform(pack, target)
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["survey"].iter_rows(values_only=True))
    header = list(rows[0])
    label = header.index("label::English (en)")
    labels = {row[1]: row[label] for row in rows[1:] if len(row) > label and row[1]}
    rebuilt = pack.reconstructed_prompts()
    assert len(rebuilt) == 20
    for prompt in pack.prompts():
        shown = labels.get(xlsform.prompt_name(prompt.id))
        if shown is None:
            continue
        assert str(shown).endswith(f" {RECONSTRUCTED_MARK}") == (prompt in rebuilt), prompt.id
    assert RECONSTRUCTED_MARK in str(labels["PACK_RECONSTRUCTED"])
    back = xlsform.read_xlsform(target).pack
    assert [p.text for p in back.prompts()] == [p.text for p in pack.prompts()]  # unmarked
