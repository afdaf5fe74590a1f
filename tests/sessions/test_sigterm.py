"""Sessions ended by SIGTERM (a logout, a shutdown, ``kill``).

The app closes as if the person had closed it, saves what was typed (even within the autosave
delay) and exits with status 0.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sessionkit import (
    Answers,
    compose,
    console_command,
    differences,
    drive,
    environment,
    problems_of_exit,
    start,
    stored,
)

EXPLAIN = "s1-explain-diaspora-engagement"
BENEFITS = "s1-five-benefits-of-migration"
PASSION = "s1-passion-fill-in-the-gaps"
HOMELAND = "s1-contributions-to-homeland"
CHALLENGES = "s1-diaspora-solutions-to-challenges"


def a_little_typing(run: int) -> list[dict[str, Any]]:
    """A few seconds of use; runs 2 and 5 pause past the autosave delay before the end comes."""
    steps: list[list[dict[str, Any]]] = [
        [
            {"do": "navigate", "prompt": EXPLAIN},
            {"do": "click", "prompt": EXPLAIN, "field": "text"},
            {"do": "type", "text": compose(70, 0)},
        ],
        [
            {"do": "navigate", "prompt": BENEFITS},
            {"do": "click", "prompt": BENEFITS, "field": "item/3"},
            {"do": "type", "text": compose(60, 3)},
        ],
        [
            {"do": "navigate", "prompt": HOMELAND},
            {"do": "click", "prompt": HOMELAND, "field": "option/trade"},
            {"do": "navigate", "prompt": PASSION},
            {"do": "click", "prompt": PASSION, "field": "stem/passion-drives-change-by"},
            {"do": "type", "text": compose(60, 5)},
        ],
        [
            {"do": "navigate", "prompt": CHALLENGES},
            {"do": "click", "prompt": CHALLENGES, "field": "cell/2/solutions"},
            {"do": "type", "text": compose(50, 6)},
        ],
        [
            {"do": "navigate", "prompt": EXPLAIN},
            {"do": "click", "prompt": EXPLAIN, "field": "text"},
            {"do": "key", "key": "ctrl+End"},
            {"do": "type", "text": " " + compose(50, 12)},
        ],
    ]
    actions = steps[run]
    if run in (1, 4):
        actions.append({"do": "pause", "ms": 900})
    return actions


def test_five_sessions_ended_by_sigterm_keep_what_was_typed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    expected: Answers = {}
    problems: list[str] = []
    for run in range(5):
        name = f"sigterm-{run + 1}"
        marker = tmp_path / f"{name}.typed"
        actions = [*a_little_typing(run), {"do": "mark", "path": str(marker)}, {"do": "idle"}]
        session = drive(tmp_path, name, actions, ["--data-dir", str(data_dir)], initial=expected)
        session.app.wait_for(session.ready_path.exists, "window (ready file)")
        session.app.wait_for(marker.exists, "end of the typing")
        session.app.terminate()
        session.finish()
        expected = session.record["expected"]
        found = problems_of_exit(name, session.status, session.app.stderr)
        found += differences(expected, stored(data_dir), f"{name} stored")
        if found:
            problems += [*found, f"--- stderr of {name} ---\n{session.app.stderr}"]
    assert not problems, "\n".join(problems)


def test_the_console_entry_ends_cleanly_on_sigterm(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    command = [*console_command(), "--data-dir", str(data_dir)]

    # Once the database file is there, the app is starting: a logout now must not kill it.
    first = start(command, tmp_path, "console-1", environment())
    first.wait_for((data_dir / "journal.sqlite3").exists, "database file")
    first.terminate()
    status = first.wait()
    problems = problems_of_exit("console, SIGTERM once the database exists", status, first.stderr)
    if status == -15:
        problems.append(
            "  (the default SIGTERM action ended the process: the app's handler is not in place"
            " yet while it opens the database and builds the window)"
        )

    # With the window up: the "open" snapshot is taken once the window is shown.
    def snapshots() -> int:
        return len(list((data_dir / "backups").glob("journal-*-open.sqlite3")))

    before = snapshots()
    second = start(command, tmp_path, "console-2", environment())
    second.wait_for(lambda: snapshots() > before, "start-up snapshot")
    second.terminate()
    status = second.wait()
    problems += problems_of_exit("console, SIGTERM with the window up", status, second.stderr)
    assert not problems, "\n".join(problems) + "\n--- stderr ---\n" + first.stderr + second.stderr
