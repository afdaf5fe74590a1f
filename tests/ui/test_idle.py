"""Idle work: one step per turn of the event loop, in turn, never for a deleted owner."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from journal_app.ui.idle import IdleWork, idle_work


def counter(name: str, times: int, log: list[str]) -> object:
    left = [times]

    def step() -> bool:
        log.append(name)
        left[0] -= 1
        return left[0] > 0

    return step


def test_steps_take_turns_one_per_turn(qtbot: QtBot) -> None:
    work = IdleWork()
    first, second = QObject(), QObject()
    log: list[str] = []
    work.add(first, counter("a", 3, log))  # type: ignore[arg-type]
    work.add(second, counter("b", 2, log))  # type: ignore[arg-type]
    for expected in (["a"], ["a", "b"], ["a", "b", "a"]):
        work._run_one()  # what one turn of the event loop does
        assert log == expected
    qtbot.waitUntil(lambda: work.waiting == 0)
    assert log == ["a", "b", "a", "b", "a"]


def test_a_waiting_step_is_not_queued_twice_and_dies_with_its_owner(qtbot: QtBot) -> None:
    work = IdleWork()
    owner = QObject()
    log: list[str] = []
    step = counter("a", 5, log)
    work.add(owner, step)  # type: ignore[arg-type]
    work.add(owner, step)  # type: ignore[arg-type]
    assert work.waiting == 1
    work._run_one()
    assert log == ["a"]
    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: work.waiting == 0)
    assert log == ["a"]  # deleted before its next turn


def test_the_shared_queue_is_one_per_application(qtbot: QtBot) -> None:
    assert idle_work() is idle_work()
