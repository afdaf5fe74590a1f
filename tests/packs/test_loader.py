"""The pack loader: the model it builds, and a clear problem for every kind of bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from journal_app.packs.loader import (
    MAX_PACK_BYTES,
    PackError,
    check_pack,
    load_pack,
    load_pack_text,
)
from journal_app.packs.model import (
    ChecklistPrompt,
    ImagePrompt,
    NotePrompt,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)

DATA = Path(__file__).parent.parent / "data"
MINIMAL = DATA / "minimal-pack.json"


@pytest.fixture
def minimal() -> dict[str, Any]:
    return json.loads(MINIMAL.read_text(encoding="utf-8"))


def write(tmp_path: Path, document: Any, name: str = "pack.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    return [str(p) for p in check_pack(path)]


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


# ----------------------------------------------------------------------------- the model


def test_minimal_pack_builds_every_kind() -> None:
    pack = load_pack(MINIMAL)
    assert (pack.id, pack.version, pack.language) == ("test-pack", "2.1", "en")
    assert [s.id for s in pack.sections] == ["one", "two"]
    kinds = {p.id: p.kind for p in pack.prompts()}
    assert kinds == {
        "free": PromptKind.TEXT,
        "five": PromptKind.TEXT,
        "labelled": PromptKind.TEXT,
        "pick": PromptKind.CHECKLIST,
        "own": PromptKind.CHECKLIST,
        "fixed": PromptKind.TABLE,
        "blank": PromptKind.TABLE,
        "photo": PromptKind.IMAGE,
        "gaps": PromptKind.STEMS,
        "fact": PromptKind.NOTE,
    }


def test_text_prompts_keep_hint_timer_and_items() -> None:
    pack = load_pack(MINIMAL)
    free, five, labelled = (pack.prompt(i) for i in ("free", "five", "labelled"))
    assert isinstance(free, TextPrompt)
    assert free.items == ()
    assert free.timer_minutes == 10
    assert str(free.hint) == "Anything."
    assert isinstance(five, TextPrompt)
    assert len(five.items) == 5
    assert all(item.label is None for item in five.items)
    assert isinstance(labelled, TextPrompt)
    assert [str(i.label) for i in labelled.items] == ["Why?", "How?"]


def test_checklist_resolves_its_option_set() -> None:
    pack = load_pack(MINIMAL)
    pick = pack.prompt("pick")
    assert isinstance(pick, ChecklistPrompt)
    assert [o.id for o in pick.options] == ["red", "blue"]
    assert pick.options[1].text.get("es") == "Azul"
    assert pick.options[1].text.get("fr") == "Blue"  # falls back to the default language
    assert str(pick.other) == "Other:"
    assert pick.columns == 2
    assert pick.option_set == "colours"


def test_tables_fixed_and_blank() -> None:
    pack = load_pack(MINIMAL)
    fixed, blank = pack.prompt("fixed"), pack.prompt("blank")
    assert isinstance(fixed, TablePrompt)
    assert isinstance(blank, TablePrompt)
    assert not fixed.has_header
    assert [r.id for r in fixed.rows] == ["local", "national"]
    assert str(fixed.rows[0].fixed("level")) == "Local"
    assert fixed.rows[0].fixed("role") is None
    assert [(r.id, c.id) for r, c in fixed.answer_cells()] == [
        ("local", "role"),
        ("national", "role"),
    ]
    assert blank.blank
    assert blank.numbered
    assert blank.has_header
    assert [r.id for r in blank.rows] == ["1", "2", "3"]
    assert len(list(blank.answer_cells())) == 6


def test_image_stems_note_and_missing_items() -> None:
    pack = load_pack(MINIMAL)
    photo, gaps, fact = pack.prompt("photo"), pack.prompt("gaps"), pack.prompt("fact")
    assert isinstance(photo, ImagePrompt)
    assert (photo.max_images, photo.drawing) == (3, True)
    assert isinstance(gaps, StemsPrompt)
    assert [str(s.text) for s in gaps.stems] == ["Passion is"]
    assert isinstance(fact, NotePrompt)
    assert not fact.answerable
    assert str(fact.source) == "Somewhere (2024)."
    assert pack.reconstructed_prompts() == (fact,)
    group = pack.sections[1].groups[0]
    assert group.missing[0].number == "4"
    (page,) = pack.front_matter
    assert (page.id, str(page.title)) == ("welcome", "Welcome")
    assert [str(f) for f in page.footnotes] == ["A note."]


def test_languages_and_fallback() -> None:
    pack = load_pack(MINIMAL)
    assert pack.languages == ("en", "es", "fr")  # the default first, then by tag
    assert pack.title.get("fr") == "Paquet d'essai"
    assert pack.title.get("fr-CA") == "Paquet d'essai"
    assert pack.title.get("ar") == "Test pack"
    assert pack.prompt("missing-id") is None


def test_model_is_frozen() -> None:
    pack = load_pack(MINIMAL)
    with pytest.raises(AttributeError):
        pack.id = "other"  # type: ignore[misc]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes())
    assert load_pack(path).id == "test-pack"


# ----------------------------------------------------------------------------- bad input


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": 1,\n  "id": "x",,\n}', encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:3: not valid JSON: ")


def test_wrong_type_is_reported_with_pointer_and_line(
    tmp_path: Path, minimal: dict[str, Any]
) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][0]["timer_minutes"] = "ten"
    path = write(tmp_path, minimal)
    (problem,) = problems_of(path)
    line = line_of(path, '"ten"')
    assert (
        problem
        == f"{path}:{line}: /sections/0/groups/0/prompts/0/timer_minutes: 'ten' is not of type 'integer'"
    )


def test_unknown_kind_lists_the_kinds(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][1]["kind"] = "essay"
    path = write(tmp_path, minimal)
    (problem,) = problems_of(path)
    assert "/sections/0/groups/0/prompts/1/kind: unknown kind 'essay'" in problem
    assert "text, checklist, table, image, stems, note" in problem


def test_duplicate_prompt_id_names_both_places(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][1]["groups"][0]["prompts"][2]["id"] = "free"
    path = write(tmp_path, minimal)
    (problem,) = problems_of(path)
    assert "/sections/1/groups/0/prompts/2/id: duplicate prompt id 'free'" in problem
    assert "first used at /sections/0/groups/0/prompts/0/id" in problem


def test_duplicate_option_and_row_ids(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["option_sets"]["colours"][1]["id"] = "red"
    minimal["sections"][1]["groups"][0]["prompts"][0]["rows"][1]["id"] = "local"
    problems = problems_of(write(tmp_path, minimal))
    assert any("/option_sets/colours/1/id: duplicate option id 'red'" in p for p in problems)
    assert any("/rows/1/id: duplicate row id 'local'" in p for p in problems)


def test_empty_checklist_is_refused(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][4]["options"] = []
    (problem,) = problems_of(write(tmp_path, minimal))
    assert "/sections/0/groups/0/prompts/4/options: [] should be non-empty" in problem


def test_checklist_with_options_and_option_set_is_refused(
    tmp_path: Path, minimal: dict[str, Any]
) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][4]["option_set"] = "colours"
    (problem,) = problems_of(write(tmp_path, minimal))
    assert problem.endswith(
        '/sections/0/groups/0/prompts/4: a checklist needs either "options" or "option_set", not both'
    )


def test_unknown_option_set_is_a_broken_reference(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][3]["option_set"] = "colors"
    (problem,) = problems_of(write(tmp_path, minimal))
    assert "/option_set: no option set named 'colors' (known: colours)" in problem


def test_field_of_another_kind_is_refused(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][1]["groups"][0]["prompts"][4]["timer_minutes"] = 5  # a note has no timer
    minimal["sections"][0]["groups"][0]["prompts"][0]["options"] = []  # a text has no options
    problems = problems_of(write(tmp_path, minimal))
    assert len(problems) == 2
    assert any(
        "prompts/4: Properties are not allowed here ('timer_minutes' was unexpected)" in p
        for p in problems
    )
    assert any(
        "prompts/0: Properties are not allowed here ('options' was unexpected)" in p
        for p in problems
    )


def test_table_shapes_are_checked(tmp_path: Path, minimal: dict[str, Any]) -> None:
    table = minimal["sections"][1]["groups"][0]["prompts"][0]
    table["rows"][0]["cells"]["role"] = "Printed too"
    table["rows"][1]["cells"]["colour"] = "?"
    problems = problems_of(write(tmp_path, minimal))
    assert any("/rows/0: every cell of this row is printed text" in p for p in problems)
    assert any(
        "/rows/1/cells/colour: no column 'colour' in this table (columns: level, role)" in p
        for p in problems
    )


def test_rows_and_blank_rows_together_are_refused(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][1]["groups"][0]["prompts"][0]["blank_rows"] = 2
    (problem,) = problems_of(write(tmp_path, minimal))
    assert 'a table needs either "rows"' in problem


def test_translation_without_default_language(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][2]["items"][1] = {"fr": "Comment ?"}
    (problem,) = problems_of(write(tmp_path, minimal))
    assert (
        "/sections/0/groups/0/prompts/2/items/1: translations must include the pack's default language 'en'"
        in problem
    )


def test_duplicate_json_key_is_reported(tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        '"version": "2.1",', '"version": "2.1",\n  "version": "2.2",'
    )
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    line = line_of(path, '"2.2"')
    assert (
        problem == f"{path}:{line}: /version: this key appears twice in the same object; keep one"
    )


def test_bad_id_gets_a_readable_message(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][0]["id"] = "Free Text"
    (problem,) = problems_of(write(tmp_path, minimal))
    assert "/sections/0/groups/0/prompts/0/id: must be an id: 1 to 80 lower-case letters" in problem


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of zero bytes
    (problem,) = problems_of(path)
    assert (
        problem
        == f"{path}: too large for a pack (over {MAX_PACK_BYTES // 2**20} MB); is it the right file?"
    )


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{\n"title": "Réflexions"\n}'.encode("latin-1"))
    (problem,) = problems_of(path)
    assert problem == f"{path}:2: not UTF-8 text (byte 0xe9 at offset 13); save the pack as UTF-8"


@pytest.mark.parametrize(
    "content",
    ['["a", "list"]', '"just a string"', '{"name": "a settings file"}', "42"],
)
def test_json_that_is_not_a_pack(tmp_path: Path, content: str) -> None:
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:1: /: not a prompt pack")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "absent.json") == [f"{tmp_path / 'absent.json'}: no such file"]
    assert problems_of(tmp_path) == [f"{tmp_path}: is a folder, not a pack file"]


def test_deeply_nested_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (problem,) = problems_of(path)
    assert "nested too deeply" in problem


def test_every_problem_is_reported_at_once(tmp_path: Path, minimal: dict[str, Any]) -> None:
    broken = copy.deepcopy(minimal)
    broken["version"] = "two"
    broken["sections"][0]["groups"][0]["prompts"][4]["options"] = []
    del broken["attribution"]["licence"]
    with pytest.raises(PackError) as caught:
        load_pack(write(tmp_path, broken))
    pointers = [p.pointer for p in caught.value.problems]
    assert pointers == ["/version", "/attribution", "/sections/0/groups/0/prompts/4/options"]
    assert caught.value.first_line.endswith("(and 2 more problems)")


def test_the_example_in_the_authors_guide_is_a_valid_pack() -> None:
    guide = (Path(__file__).parent.parent.parent / "prompts" / "README.md").read_text(
        encoding="utf-8"
    )
    example = guide.split("```json\n", 1)[1].split("```", 1)[0]
    pack = load_pack_text(example, "prompts/README.md")
    assert [p.id for p in pack.prompts()] == ["expectations", "sectors", "partners", "ten-minutes"]
    assert pack.languages == ("en", "fr")


def test_the_schema_itself_is_valid() -> None:
    import jsonschema

    schema = json.loads(
        (Path(__file__).parent.parent.parent / "prompts" / "pack.schema.json").read_text(
            encoding="utf-8"
        )
    )
    jsonschema.Draft202012Validator.check_schema(schema)


def test_a_validated_pack_is_not_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.packs import loader

    cache = tmp_path / "cache"
    first = load_pack(MINIMAL, cache_dir=cache)
    calls: list[str] = []
    real = loader._validate_and_build
    monkeypatch.setattr(
        loader, "_validate_and_build", lambda text, name: calls.append(name) or real(text, name)
    )
    assert load_pack(MINIMAL, cache_dir=cache) == first
    assert calls == []  # known valid: built without the schema
    changed = tmp_path / "changed.json"
    changed.write_text(
        MINIMAL.read_text(encoding="utf-8").replace("Say something.", "Say more."), encoding="utf-8"
    )
    assert str(load_pack(changed, cache_dir=cache).prompt("free").text) == "Say more."  # type: ignore[union-attr]
    assert calls == [str(changed)]  # a different text is validated


def test_a_forged_cache_entry_does_not_let_a_broken_pack_in(tmp_path: Path) -> None:
    from journal_app.packs import loader

    cache = tmp_path / "cache"
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "sections": []}', encoding="utf-8")
    cache.mkdir()
    key = loader._validity_key(broken.read_text(encoding="utf-8"))
    (cache / loader.VALID_PACKS_FILE).write_text(key + "\n", encoding="ascii")
    with pytest.raises(PackError):
        load_pack(broken, cache_dir=cache)
