"""A long session as a person has it, closed with File ▸ Quit, then a relaunch.

Thousands of characters typed in mixed scripts into answers of every kind, with pauses shorter
and longer than the autosave delay; the database must hold every character, and the relaunched
window must show every one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sessionkit import (
    assert_clean_exit,
    compose,
    count_chars,
    differences,
    drive,
    problems_of_exit,
    shown,
    stored,
)

AUTOSAVE_MS = 700
SHORT = 150  # pauses shorter than the autosave delay…
LONG = 900  # …and longer: autosave saves in the middle of the session

EXPLAIN = "s1-explain-diaspora-engagement"
BENEFITS = "s1-five-benefits-of-migration"  # numbered items
MEAL = "s1-favorite-meal"  # a written answer and a picture, with a description
HOMELAND = "s1-contributions-to-homeland"  # checklist, 18 options in 3 columns
CHALLENGES = "s1-diaspora-solutions-to-challenges"  # table, 5 blank numbered rows × 3
PASSION = "s1-passion-fill-in-the-gaps"  # sentence beginnings
YOUTH = "s2-youth-understanding-interests"  # labelled items
GOVERNMENT = "s2-government-structures-role"  # table: printed level, answer role
SDG = "s2-sdg-impact"  # checklist, one column
BOOK = "s1-favorite-book-or-film"  # free text
ACTORS = "s1-alliances-key-actors"  # free text in a titled group (folded in the navigator)


def type_(text: str, after_ms: int = 0, chunk: int = 16) -> dict[str, Any]:
    return {"do": "type", "text": text, "after_ms": after_ms, "chunk": chunk}


def click(prompt: str, field: str, after_ms: int = 0) -> dict[str, Any]:
    return {"do": "click", "prompt": prompt, "field": field, "after_ms": after_ms}


def tab(field: str, after_ms: int = 0) -> dict[str, Any]:
    return {"do": "key", "key": "Tab", "then": {"field": field}, "after_ms": after_ms}


def navigate(prompt: str) -> dict[str, Any]:
    return {"do": "navigate", "prompt": prompt, "after_ms": 30}


def find(text: str, prompt: str) -> dict[str, Any]:
    return {"do": "find", "text": text, "prompt": prompt, "after_ms": 30}


def long_session() -> list[dict[str, Any]]:
    """About 3,400 characters into every answerable kind, as a person would move about."""
    actions: list[dict[str, Any]] = [
        navigate(EXPLAIN),
        click(EXPLAIN, "text"),
        type_(compose(420, 0)),
        {"do": "key", "key": "Return", "after_ms": 0},
        {"do": "key", "key": "Return", "after_ms": SHORT},
        type_(compose(420, 3), after_ms=LONG),
        find("key benefits", BENEFITS),
        click(BENEFITS, "item/1"),
    ]
    for n in range(1, 6):
        actions.append(type_(compose(80, n * 2), after_ms=SHORT if n % 2 else 0))
        if n < 5:
            actions.append(tab(f"item/{n + 1}"))
    actions += [
        navigate(MEAL),
        {"do": "copy_picture"},
        {"do": "paste_picture", "prompt": MEAL, "after_ms": 50},
        click(MEAL, "caption/1"),
        type_(compose(70, 4), after_ms=SHORT),
        click(MEAL, "text"),  # the meal's name, written beside its picture
        type_("Jollof rice — "),
        type_(compose(90, 5), after_ms=SHORT),
        navigate(HOMELAND),
        click(HOMELAND, "option/remittances"),
        click(HOMELAND, "option/tourism"),
        click(HOMELAND, "option/innovation"),
        click(HOMELAND, "option/tourism"),  # changed their mind: unticked
        tab("option/cultural-diversity"),
        {"do": "key", "key": "Space", "after_ms": SHORT},
        navigate(CHALLENGES),
        click(CHALLENGES, "cell/1/challenge"),
        type_("Youth unemployment in the capital — البطالة", after_ms=0),
        tab("cell/1/solutions"),
        type_(compose(80, 6)),
        tab("cell/1/diasporas-could"),
        type_(compose(80, 9), after_ms=LONG),
        click(CHALLENGES, "cell/3/challenge"),
        type_("Brain drain of nurses / 护士外流", after_ms=SHORT),
        tab("cell/3/solutions"),
        type_(compose(60, 12)),
        click(CHALLENGES, "cell/1/solutions"),  # a filled cell: the text goes at its end
        type_(" — and online mentoring", after_ms=SHORT),
        click(CHALLENGES, "cell/2/diasporas-could"),
        type_(compose(60, 1), after_ms=SHORT),
        navigate(PASSION),
        click(PASSION, "stem/diaspora-passion-is"),
        type_(compose(120, 7)),
        tab("stem/passion-drives-change-by"),
        type_(compose(120, 10), after_ms=SHORT),
        find("Understanding interests", YOUTH),
        click(YOUTH, "item/1"),
        type_(compose(160, 11)),
        tab("item/2"),
        type_(compose(160, 13), after_ms=LONG),
        navigate(GOVERNMENT),
        click(GOVERNMENT, "cell/local/role"),
        type_(compose(70, 2)),
        tab("cell/national/role"),  # over the printed "At the national level"
        type_(compose(70, 5), after_ms=SHORT),
        navigate(SDG),
        click(SDG, "option/sdg-05"),
        click(SDG, "option/sdg-13"),
        click(SDG, "option/sdg-10", after_ms=SHORT),
        navigate(ACTORS),
        click(ACTORS, "text"),
        type_(compose(100, 9), after_ms=SHORT),
        navigate(BOOK),
        click(BOOK, "text"),
        type_(compose(560, 8), after_ms=SHORT),
        navigate(EXPLAIN),
        click(EXPLAIN, "text"),
        {"do": "key", "key": "ctrl+End"},
        type_(" " + compose(200, 14), after_ms=SHORT),
        {"do": "quit"},
    ]
    return actions


def test_a_long_session_is_kept_to_the_last_character(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    app_args = ["--data-dir", str(data_dir)]
    session = drive(tmp_path, "typing", long_session(), app_args).finish()
    assert_clean_exit("typing session", session.status, session.app.stderr)
    record = session.record
    expected = record["expected"]
    assert record["typed_chars"] >= 3000, record["typed_chars"]
    assert count_chars(expected) >= 3000
    assert len([f for f in expected[CHALLENGES] if f.startswith("cell/")]) >= 5
    assert len([f for f in expected[BENEFITS] if f.startswith("item/")]) == 5

    problems = differences(expected, stored(data_dir), "stored")

    dump_path = tmp_path / "shown.json"
    relaunch = drive(
        tmp_path,
        "relaunch",
        [{"do": "dump", "prompts": sorted(expected), "path": str(dump_path)}, {"do": "quit"}],
        app_args,
    ).finish()
    problems += problems_of_exit("relaunch", relaunch.status, relaunch.app.stderr)
    if dump_path.exists():
        dump = json.loads(dump_path.read_text(encoding="utf-8"))
        problems += differences(expected, shown(dump), "shown after relaunch")
    else:
        problems.append("relaunch: the editors' values were not dumped")
    assert not problems, (
        f"{len(problems)} problems after typing {record['typed_chars']} characters "
        f"({record['keystrokes']} keys, {record['clicks']} clicks, {record['seconds']} s):\n"
        + "\n".join(problems)
        + "\n--- driver notes ---\n"
        + "\n".join(record["notes"])
        + "\n--- stderr of the relaunch ---\n"
        + relaunch.app.stderr
    )
