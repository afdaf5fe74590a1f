"""Sessions on a facilitator's pack (``journal-app --pack FILE``).

The bundled journal has no checklist with an "Other" line; ``prompts/virtual-exchange.json``
has four. A facilitator's pack is also opened on a data folder already used with the bundled
journal: both journals must then open.
"""

from __future__ import annotations

import json
from pathlib import Path

from sessionkit import (
    ROOT,
    assert_clean_exit,
    compose,
    differences,
    drive,
    problems_of_exit,
    shown,
    stored,
)

PACK = ROOT / "prompts" / "virtual-exchange.json"
PACK_ID = "virtual-exchange"
COMMUNITIES = "diaspora-communities"  # three options in three columns, and Other
CONTRIBUTIONS = "contributions"  # nine options in two columns, and Other


def test_other_answers_of_checklists_are_kept(tmp_path: Path) -> None:
    app_args = ["--data-dir", str(tmp_path / "data"), "--pack", str(PACK)]
    actions = [
        {"do": "navigate", "prompt": COMMUNITIES},
        {"do": "click", "prompt": COMMUNITIES, "field": "option/african"},
        {"do": "click", "prompt": COMMUNITIES, "field": "other"},
        {"do": "type", "text": "Caribbean, Pacific — الكاريبي، 加勒比, Кариби", "after_ms": 150},
        {"do": "navigate", "prompt": CONTRIBUTIONS},
        {"do": "click", "prompt": CONTRIBUTIONS, "field": "other"},
        {"do": "type", "text": compose(90, 4), "after_ms": 900},
        {"do": "click", "prompt": CONTRIBUTIONS, "field": "option/local-languages"},
        {"do": "click", "prompt": CONTRIBUTIONS, "field": "other"},
        {"do": "key", "key": "End"},
        {"do": "type", "text": " · ጥበብ"},
        {"do": "quit"},
    ]
    session = drive(tmp_path, "other", actions, app_args).finish()
    assert_clean_exit("session", session.status, session.app.stderr)
    expected = session.record["expected"]
    assert expected[COMMUNITIES]["other_checked"] is True

    problems = differences(expected, stored(tmp_path / "data", PACK_ID), "stored")
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
    assert not problems, "\n".join(problems) + "\n--- stderr ---\n" + relaunch.app.stderr


def test_a_second_pack_opens_on_a_data_folder_already_used(tmp_path: Path) -> None:
    data_args = ["--data-dir", str(tmp_path / "data")]
    first = drive(tmp_path, "bundled", [{"do": "quit"}], data_args).finish()
    assert_clean_exit("the bundled journal", first.status, first.app.stderr)
    second = drive(tmp_path, "pack", [{"do": "quit"}], [*data_args, "--pack", str(PACK)]).finish()
    assert_clean_exit("then --pack virtual-exchange.json", second.status, second.app.stderr)
