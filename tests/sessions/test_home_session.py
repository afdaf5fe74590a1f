"""A first start opens on the journal's home page; a later start opens where the person left.

The real app, in its own process, driven by input events (``driver.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

from sessionkit import assert_clean_exit, drive, stored

FIRST_PROMPT = "s1-explain-diaspora-engagement"


def test_first_start_welcomes_then_the_next_start_continues(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "data")]
    first_where, typed_where = tmp_path / "first.json", tmp_path / "typed.json"
    first = drive(
        tmp_path,
        "first",
        [
            {"do": "where", "path": str(first_where)},
            {"do": "continue", "after_ms": 100},
            {"do": "type", "text": "Bridges between places."},
            {"do": "where", "path": str(typed_where)},
            {"do": "quit"},
        ],
        args,
    ).finish()
    assert_clean_exit("first start", first.status, first.app.stderr)
    welcome = json.loads(first_where.read_text(encoding="utf-8"))
    assert welcome["page"] == "home"
    assert welcome["journal_name"] == "My journal"  # whose journal it is, always in view
    assert welcome["continue"] == "Start the journal"
    assert welcome["sections"][0] == "0 answered · 0 skipped · 39 open"
    assert json.loads(typed_where.read_text(encoding="utf-8"))["page"] == FIRST_PROMPT
    assert stored(tmp_path / "data")[FIRST_PROMPT]["text"] == "Bridges between places."

    again_where, home_where = tmp_path / "again.json", tmp_path / "home.json"
    again = drive(
        tmp_path,
        "again",
        [
            {"do": "where", "path": str(again_where)},
            {"do": "key", "key": "alt+home", "after_ms": 50},  # View ▸ Home
            {"do": "where", "path": str(home_where)},
            {"do": "quit"},
        ],
        args,
    ).finish()
    assert_clean_exit("second start", again.status, again.app.stderr)
    assert json.loads(again_where.read_text(encoding="utf-8"))["page"] == FIRST_PROMPT
    home = json.loads(home_where.read_text(encoding="utf-8"))
    assert home["page"] == "home"
    assert home["continue"] == "Continue where you left off"
    assert home["sections"][0] == "1 answered · 0 skipped · 38 open"
