"""Short titles: our words for lists such as the navigator, one per prompt of the bundled packs."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from journal_app import resources
from journal_app.packs.loader import check_pack, load_pack
from journal_app.packs.model import ChecklistPrompt, NotePrompt, Pack, TablePrompt, TextPrompt

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"
BUNDLED = ["idiaspora-journal", "virtual-exchange"]


@pytest.fixture
def minimal() -> dict[str, Any]:
    return json.loads(MINIMAL.read_text(encoding="utf-8"))


def write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    return [str(p) for p in check_pack(path)]


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


# ----------------------------------------------------------------------------- the loader


def test_the_loader_reads_short_titles_of_every_kind(
    tmp_path: Path, minimal: dict[str, Any]
) -> None:
    first, second = (s["groups"][0]["prompts"] for s in minimal["sections"])
    first[0]["short_title"] = "Something to say"
    first[3]["short_title"] = {"en": "Colours", "fr": "Couleurs", "es": "Colores"}
    second[0]["short_title"] = "Fixed rows"
    second[4]["short_title"] = {"en": "A fact"}
    pack = load_pack(write(tmp_path, minimal))

    free, pick, fixed, fact = (pack.prompt(i) for i in ("free", "pick", "fixed", "fact"))
    assert isinstance(free, TextPrompt)
    assert free.short_title is not None
    assert str(free.short_title) == "Something to say"
    assert free.short_title.get("fr") == "Something to say"  # falls back to the default language
    assert isinstance(pick, ChecklistPrompt)
    assert pick.short_title is not None
    assert pick.short_title.languages == ("en", "fr", "es")
    assert pick.short_title.get("fr-CA") == "Couleurs"
    assert pick.short_title.get("es") == "Colores"
    assert isinstance(fixed, TablePrompt)
    assert str(fixed.short_title) == "Fixed rows"
    assert isinstance(fact, NotePrompt)
    assert str(fact.short_title) == "A fact"
    # Prompts without one keep None: a list then shows the beginning of the text.
    assert pack.prompt("five").short_title is None  # type: ignore[union-attr]


def test_short_titles_count_as_the_packs_languages(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][0]["short_title"] = {"en": "Say", "ar": "قل"}
    assert load_pack(write(tmp_path, minimal)).languages == ("en", "ar", "es", "fr")


def test_a_translated_short_title_needs_the_default_language(
    tmp_path: Path, minimal: dict[str, Any]
) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][1]["short_title"] = {"fr": "Cinq"}
    (problem,) = problems_of(write(tmp_path, minimal))
    assert problem.endswith(
        "/sections/0/groups/0/prompts/1/short_title: translations must include the pack's default"
        " language 'en'"
    )


def test_a_cached_pack_keeps_its_short_titles(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][0]["short_title"] = "Something to say"
    path = write(tmp_path, minimal)
    cache = tmp_path / "cache"
    first = load_pack(path, cache_dir=cache)
    assert load_pack(path, cache_dir=cache) == first  # built again from the cache's verdict
    assert str(first.prompt("free").short_title) == "Something to say"  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- the schema


def test_sixty_characters_is_the_limit(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["sections"][0]["groups"][0]["prompts"][0]["short_title"] = "x" * 60
    assert problems_of(write(tmp_path, minimal)) == []


def test_a_short_title_over_60_characters_is_refused(
    tmp_path: Path, minimal: dict[str, Any]
) -> None:
    minimal["sections"][1]["groups"][0]["prompts"][2]["short_title"] = "A" + "a" * 60
    path = write(tmp_path, minimal)
    (problem,) = problems_of(path)
    line = line_of(path, '"short_title"')
    assert problem == (
        f"{path}:{line}: /sections/1/groups/0/prompts/2/short_title: must be a short one-line text"
        ' of at most 60 characters, or an object of translations such as {"en": "…", "fr": "…"},'
        " each of at most 60 characters"
    )


def test_a_long_translation_or_a_second_line_is_refused(
    tmp_path: Path, minimal: dict[str, Any]
) -> None:
    prompts = minimal["sections"][0]["groups"][0]["prompts"]
    prompts[0]["short_title"] = {"en": "Say", "fr": "D" + "i" * 60}
    prompts[1]["short_title"] = "Five\nthings"
    prompts[2]["short_title"] = "   "
    problems = problems_of(write(tmp_path, minimal))
    assert len(problems) == 3
    for index, problem in enumerate(problems):
        pointer = f"/sections/0/groups/0/prompts/{index}/short_title"
        assert f"{pointer}: must be a short one-line text" in problem


# ----------------------------------------------------------------------------- bundled packs


@pytest.fixture(scope="module", params=BUNDLED)
def bundled(request: pytest.FixtureRequest) -> Pack:
    return load_pack(resources.bundled_pack(request.param))


def test_every_prompt_of_the_bundled_packs_has_a_short_title(bundled: Pack) -> None:
    missing = [p.id for p in bundled.prompts() if p.short_title is None]
    assert missing == []
    for p in bundled.prompts():
        assert p.short_title is not None
        # In every language of the pack, not by falling back to English.
        assert set(p.short_title.languages) == set(bundled.languages), p.id


def test_short_titles_are_short_plain_and_not_cut_from_the_text(bundled: Pack) -> None:
    for p in bundled.prompts():
        assert p.short_title is not None
        for language in p.short_title.languages:
            title = p.short_title.get(language)
            assert title == title.strip(), (p.id, language)
            assert 2 <= len(title.split()) <= 6, (p.id, language, title)
            assert len(title) <= 60, (p.id, language, title)
            assert not title.endswith(("…", "...")), (p.id, language, title)
            text = p.text.get(language)
            assert not text.casefold().startswith(title.casefold()), (p.id, language, title)


def test_short_titles_tell_the_prompts_of_a_section_apart(bundled: Pack) -> None:
    for section in bundled.sections:
        for language in bundled.languages:
            titles = Counter(
                p.short_title.get(language).casefold()
                for p in section.prompts()
                if p.short_title is not None
            )
            repeated = [title for title, count in titles.items() if count > 1]
            assert repeated == [], (section.id, language)


def test_the_three_contribution_checklists_no_longer_read_alike() -> None:
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    checklists = [
        p for p in pack.prompts() if isinstance(p, ChecklistPrompt) and p.option_set is not None
    ]
    assert len(checklists) == 3
    assert len({str(p.short_title) for p in checklists}) == 3


def test_short_title_comes_right_after_text_in_the_files() -> None:
    for name in BUNDLED:
        document = json.loads(resources.bundled_pack(name).read_text(encoding="utf-8"))
        for section in document["sections"]:
            for group in section["groups"]:
                for prompt in group["prompts"]:
                    keys = list(prompt)
                    assert keys[keys.index("text") + 1] == "short_title", (name, prompt["id"])
