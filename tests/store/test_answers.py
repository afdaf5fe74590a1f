"""Answer values fit their prompt, or are refused with the prompt and the reason."""

from __future__ import annotations

import pytest

from journal_app.packs.model import Pack, PromptKind
from journal_app.store import answers
from journal_app.store.answers import (
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.errors import InvalidAnswer

VALID = {
    "free": TextValue("Una respuesta — مرحبا"),
    "five": ItemsValue(("a", "b", "c", "d", "e")),
    "labelled": ItemsValue(("because", "like this")),
    "pick": ChecklistValue(("blue",), other_checked=True, other_text="teal"),
    "fixed": TableValue((("local", "role", "Plan"), ("national", "role", "Fund"))),
    "blank": TableValue((("1", "a", "x"), ("3", "b", "y"))),
    "gaps": StemsValue((("is", "contagious"),)),
}


@pytest.mark.parametrize("prompt_id", sorted(VALID))
def test_valid_values_fit_and_survive_json(pack: Pack, prompt_id: str) -> None:
    prompt = pack.prompt(prompt_id)
    assert prompt is not None
    value = VALID[prompt_id]
    answers.check(prompt, value, None)
    assert answers.from_json(prompt.kind, answers.to_json(value)) == value


@pytest.mark.parametrize(
    ("prompt_id", "value", "reason"),
    [
        ("free", ItemsValue(("a",)), "a text prompt cannot take a ItemsValue"),
        ("five", ItemsValue(("a", "b")), "expected 5 items, got 2"),
        ("five", TextValue("one text"), "cannot take a TextValue"),
        ("pick", ChecklistValue(("green",)), "no option 'green' (options: red, blue)"),
        ("pick", ChecklistValue(("red", "red")), "an option is ticked twice"),
        ("own", ChecklistValue((), other_text="x"), 'it has no "Other" choice'),
        (
            "fixed",
            TableValue((("local", "level", "x"),)),
            "cell ('local', 'level') is not a cell to answer",
        ),
        ("fixed", TableValue((("local", "role", "x"), ("local", "role", "y"))), "is given twice"),
        ("blank", TableValue((("4", "a", "x"),)), "cell ('4', 'a') is not a cell to answer"),
        ("gaps", StemsValue((("was", "x"),)), "no sentence beginning 'was'"),
        ("gaps", StemsValue((("is", "x"), ("is", "y"))), "completed twice"),
        ("photo", TextValue("x"), "answered with pictures"),
        ("fact", None, "it is a note"),
    ],
)
def test_values_that_do_not_fit_are_refused(
    pack: Pack, prompt_id: str, value: object, reason: str
) -> None:
    prompt = pack.prompt(prompt_id)
    assert prompt is not None
    with pytest.raises(InvalidAnswer) as caught:
        answers.check(prompt, value, None)  # type: ignore[arg-type]
    assert caught.value.prompt_id == prompt_id
    assert reason in str(caught.value)


def test_time_spent_only_on_timer_prompts(pack: Pack) -> None:
    free, five = pack.prompt("free"), pack.prompt("five")
    assert free is not None
    assert five is not None
    answers.check(free, None, 90)
    with pytest.raises(InvalidAnswer, match="no timer"):
        answers.check(five, None, 90)
    with pytest.raises(InvalidAnswer, match="negative"):
        answers.check(free, None, -1)


def test_huge_text_is_refused(pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answers, "MAX_TEXT_CHARS", 10)
    free = pack.prompt("free")
    assert free is not None
    answers.check(free, TextValue("x" * 10), None)
    with pytest.raises(InvalidAnswer, match="longer than 10 characters"):
        answers.check(free, TextValue("x" * 11), None)


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        (PromptKind.TEXT, {"text": 3}),
        (PromptKind.CHECKLIST, {"checked": "red"}),
        (PromptKind.TABLE, {"cells": [["a", "b"]]}),
        (PromptKind.STEMS, {"completions": ["x"]}),
        (PromptKind.IMAGE, {}),
    ],
)
def test_from_json_refuses_malformed_values(kind: PromptKind, data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=f"{kind.value}"):
        answers.from_json(kind, data)


def test_emptiness(pack: Pack) -> None:
    assert TextValue("  \n").is_empty()
    assert not TextValue("x").is_empty()
    assert ItemsValue(("", " ")).is_empty()
    assert not ChecklistValue(other_checked=True).is_empty()
    assert TableValue((("1", "a", ""),)).is_empty()
    assert not StemsValue((("is", "x"),)).is_empty()
