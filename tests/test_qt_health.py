"""Canary: the Qt binding must not corrupt reference counts as the app's signals fire.

PySide6 6.12.0 lowered ``True``'s reference count by one on every emit of a Python-declared
signal, and the window aborted after ~1,900 keystrokes. These tests emit ten thousand times, as
a long session does, so a future release with the same bug fails here, not in a person's hands.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from journal_app import qt_health
from journal_app.packs.model import Pack, TextPrompt
from journal_app.resources import DEFAULT_PACK_ID, bundled_pack
from journal_app.ui.card import PromptCard
from journal_app.ui.editors.text import TextEditor

ROOT = Path(__file__).resolve().parent.parent
EMITS = 10_000


class _Probe(QObject):
    plain = Signal()
    carrying = Signal(str)
    flagged = Signal(str, bool)


def _counts() -> tuple[int, int]:
    return sys.getrefcount(True), sys.getrefcount(False)


def _assert_no_drift(emit: Callable[[], None]) -> None:
    # A short batch first: on a broken binding 10,000 emits could abort this very process.
    before = _counts()
    for _ in range(64):
        emit()
    assert _counts() == before, "the Qt binding leaks True/False references on emit"
    before = _counts()
    for _ in range(EMITS):
        emit()
    assert _counts() == before


def test_installed_pyside6_is_not_a_known_broken_release() -> None:
    assert PySide6.__version__ not in qt_health.BROKEN_PYSIDE6


def test_pyproject_excludes_every_known_broken_release() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (requirement,) = [d for d in project["project"]["dependencies"] if d.startswith("PySide6")]
    for version in qt_health.BROKEN_PYSIDE6:
        assert f"!={version}" in requirement


def test_python_signals_without_receivers_keep_reference_counts() -> None:
    probe = _Probe()
    _assert_no_drift(probe.plain.emit)
    _assert_no_drift(lambda: probe.carrying.emit("x"))
    _assert_no_drift(lambda: probe.flagged.emit("x", True))


def test_python_signals_with_receivers_keep_reference_counts() -> None:
    probe = _Probe()
    seen = {"calls": 0, "flags": 0}  # receivers that keep no reference to what they get

    def count(*args: object) -> None:
        seen["calls"] += 1
        seen["flags"] += sum(1 for a in args if a is False)

    probe.plain.connect(count)
    probe.carrying.connect(count)
    probe.flagged.connect(count)
    _assert_no_drift(probe.plain.emit)
    _assert_no_drift(lambda: probe.carrying.emit("x"))
    _assert_no_drift(lambda: probe.flagged.emit("x", False))
    assert seen == {"calls": 3 * (64 + EMITS), "flags": 64 + EMITS}


def test_the_editors_own_change_signals_keep_reference_counts(qtbot: QtBot) -> None:
    from journal_app.packs.loader import load_pack

    pack: Pack = load_pack(bundled_pack(DEFAULT_PACK_ID))
    prompt = next(p for p in pack.prompts() if isinstance(p, TextPrompt) and not p.items)
    editor = TextEditor(prompt)
    qtbot.addWidget(editor)
    received = [0]

    class _NoImages:
        pass

    card = PromptCard(prompt, _NoImages())  # type: ignore[arg-type]
    qtbot.addWidget(card)
    card.answer_changed.connect(lambda _id: received.__setitem__(0, received[0] + 1))
    # The path of a keystroke: the field's textChanged -> the editor's answer_changed ->
    # the card's answer_changed (a str) -> the window's autosave.
    _assert_no_drift(editor.answer_changed.emit)
    _assert_no_drift(card.editor.answer_changed.emit)
    assert received[0] == 64 + EMITS


def test_the_start_up_check_finds_this_binding_healthy() -> None:
    assert qt_health.bool_refcount_drift(emits=1000) == 0
    before = _counts()
    assert qt_health.guard() is False  # nothing to neutralise: reference counts untouched
    assert abs(_counts()[0] - before[0]) < 100
