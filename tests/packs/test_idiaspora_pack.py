"""The shipped iDiaspora Journal pack: complete, faithful in structure, and honest about repairs."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from journal_app import resources
from journal_app.packs.loader import load_pack
from journal_app.packs.model import (
    ChecklistPrompt,
    ImagePrompt,
    NotePrompt,
    Pack,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)

CONTRIBUTIONS = [
    "Remittances", "Transfer of skills", "Trade", "Tourism", "Cultural diversity", "Philanthropy",
    "Innovation", "Entrepreneurship", "Research", "Transfer of ideas", "Investments",
    "Humanitarianism", "Peacebuilding", "Environmental initiatives", "Diaspora diplomacy",
    "Youth empowerment", "Crisis relief", "Civic engagement",
]  # fmt: skip

SDGS = [
    "No Poverty", "Zero Hunger", "Good Health and Well-being", "Quality Education",
    "Gender Equality", "Clean Water and Sanitation", "Affordable and Clean Energy",
    "Decent Work and Economic Growth", "Industry, Innovation and Infrastructure",
    "Reduced Inequalities", "Sustainable Cities and Communities",
    "Responsible Consumption and Production", "Climate Action", "Life Below Water", "Life on Land",
    "Peace, Justice and Strong Institutions", "Partnerships for the Goals",
]  # fmt: skip


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(resources.bundled_pack("idiaspora-journal"))


def find(pack: Pack, fragment: str) -> object:
    """The one prompt whose text contains ``fragment``."""
    matches = [p for p in pack.prompts() if fragment in str(p.text)]
    assert len(matches) == 1, f"{len(matches)} prompts contain {fragment!r}"
    return matches[0]


def test_three_sections_in_order(pack: Pack) -> None:
    assert (pack.id, pack.language) == ("idiaspora-journal", "en")
    assert [(s.number, str(s.title)) for s in pack.sections] == [
        ("1", "My reflections on diaspora engagement"),
        ("2", "Reflections on Objective 19 of the Global Compact for Migration"),
        ("3", "Reflections on concrete solutions"),
    ]
    assert all(len(list(s.prompts())) >= 30 for s in pack.sections)


def test_attribution_and_front_matter(pack: Pack) -> None:
    credits = pack.attribution
    assert credits.copyright == "© IOM 2024"
    assert credits.licence == "CC BY-NC-ND 3.0 IGO"
    assert credits.licence_url == "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode"
    assert "International Organization for Migration (IOM) (2024)" in str(credits.citation)
    assert [p.id for p in pack.front_matter] == ["acknowledgements", "introduction"]
    intro = pack.front_matter[1]
    assert str(intro.body).startswith("Welcome to the iDiaspora Journal")
    assert len(str(intro.body).split("\n\n")) == 6
    assert "IOM defines diaspora as migrants" in str(intro.footnotes[0])


def test_the_three_contribution_checklists_carry_all_18_options(pack: Pack) -> None:
    checklists = [
        p
        for p in pack.prompts()
        if isinstance(p, ChecklistPrompt) and "From the list" in str(p.text)
    ]
    assert len(checklists) == 3
    for checklist in checklists:
        assert [str(o.text) for o in checklist.options] == CONTRIBUTIONS
        assert checklist.columns == 3


def test_sdg_checklist_has_the_17_goals(pack: Pack) -> None:
    sdg = find(pack, "Circle all the goals")
    assert isinstance(sdg, ChecklistPrompt)
    assert [re.sub(r"^\d+\. ", "", str(o.text)) for o in sdg.options] == SDGS
    assert sdg.reconstructed  # the goal images did not survive extraction


def test_tables_keep_their_rows_and_columns(pack: Pack) -> None:
    challenges = find(pack, "solutions to those five challenges")
    assert isinstance(challenges, TablePrompt)
    assert [str(c.title) for c in challenges.columns] == [
        "Challenge",
        "Solutions",
        "Diasporas could",
    ]
    assert challenges.blank
    assert challenges.numbered
    assert len(challenges.rows) == 5

    political = next(p for p in pack.prompts() if p.id == "s2-transnational-political-engagement")
    assert isinstance(political, TablePrompt)
    assert [str(r.fixed("engagement")) for r in political.rows] == [
        "Peace and reconciliation",
        "Elections and reforms",
        "Voting registries",
        "Parliamentary representation",
    ]
    assert [c.id for r, c in political.answer_cells()] == ["example"] * 4

    brain = find(pack, "brain circulation")
    assert isinstance(brain, TablePrompt)
    assert (
        str(brain.columns[2].title) == "Write down your thoughts on practical steps and solutions"
    )
    assert len(brain.rows) == 4

    levels = find(pack, "government structures can play")
    assert isinstance(levels, TablePrompt)
    assert [str(r.fixed("level")) for r in levels.rows] == [
        "At the local level",
        "At the national level",
        "At the international level",
    ]


def test_images_stems_timers_and_the_fact_box(pack: Pack) -> None:
    images = {p.id: p for p in pack.prompts() if isinstance(p, ImagePrompt)}
    assert len(images) == 3
    meal = find(pack, "favorite meal")
    assert isinstance(meal, ImagePrompt)
    assert meal.drawing
    assert isinstance(find(pack, "Paste a receipt"), ImagePrompt)
    assert isinstance(find(pack, "please paste a picture here"), ImagePrompt)

    stems = find(pack, "Fill in the gaps")
    assert isinstance(stems, StemsPrompt)
    assert "Passion drives change by" in [str(s.text) for s in stems.stems]

    timers = {p.id for p in pack.prompts() if getattr(p, "timer_minutes", None) == 10}
    passion = find(pack, "Set a timer for 10 minutes")
    assert passion.id in timers
    assert len(timers) == 3  # the passion reflection, the public figures, measuring contributions

    forbes = find(pack, "According to Forbes")
    assert isinstance(forbes, NotePrompt)
    assert str(forbes.source) == "Forbes (2024). The Highest-Paid Actors Of 2023."


def test_numbered_lists_are_items(pack: Pack) -> None:
    benefits = find(pack, "five key benefits")
    assert isinstance(benefits, TextPrompt)
    assert len(benefits.items) == 5
    interests = find(pack, "Understanding interests")
    assert isinstance(interests, TextPrompt)
    assert len(interests.items) == 2


def test_missing_youth_item_4_is_recorded_not_invented(pack: Pack) -> None:
    group = next(
        g for s in pack.sections for g in s.groups if g.title and "Youth Diaspora" in str(g.title)
    )
    assert [p.number for p in group.prompts] == ["1", "2", "3", "5", "6", "7", "8", "9"]
    assert [m.number for m in group.missing] == ["4"]


def test_ids_are_unique_and_every_kind_is_used(pack: Pack) -> None:
    ids = [p.id for p in pack.prompts()]
    assert len(ids) == len(set(ids))
    assert set(Counter(p.kind for p in pack.prompts())) == set(PromptKind)


def test_every_reconstruction_is_listed_in_the_notes(pack: Pack) -> None:
    notes = (resources.prompts_dir() / "idiaspora-journal.md").read_text(encoding="utf-8")
    reconstructed = [p.id for p in pack.reconstructed_prompts()]
    assert reconstructed
    assert [i for i in reconstructed if f"`{i}`" not in notes] == []


def test_wording_is_verbatim_where_the_source_is_clean(pack: Pack) -> None:
    # Spot checks against the printed journal, spelling included.
    assert find(pack, "neighbourhood").id
    assert (
        str(find(pack, "Explain diaspora engagement").text)
        == "Explain diaspora engagement in your own words."
    )
    youth = find(pack, "Communication channels")
    assert isinstance(youth, TextPrompt)
    assert str(youth.items[0].label).startswith(
        "What are the most effective communication channels"
    )
