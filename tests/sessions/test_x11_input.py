"""Real X input on a real (virtual) screen: Xvfb, the xcb platform, xdotool.

xdotool clicks and types with no pause between the click and the keys, as fast hands do. Table
cells first: a click on a cell then typing must keep every character, and typing on a filled
cell adds to its end.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sessionkit import (
    PACK_ID,
    TIMEOUT_S,
    console_command,
    differences,
    drive,
    environment,
    problems_of_exit,
    start,
    stored,
)

CHALLENGES = "s1-diaspora-solutions-to-challenges"  # the pack's first table
AREAS = "s1-five-areas-of-opportunity"  # numbered items, just above it
INSTALL = (
    "sudo apt-get install -y xvfb xauth xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
    "libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 "
    "libxkbcommon-x11-0 libx11-xcb1"
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11 input through Xvfb and xdotool: Linux only"
)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: the X11 session test needs it. Install with:\n{INSTALL}")
    return found


@contextlib.contextmanager
def xvfb(folder: Path) -> Iterator[str]:
    """A fresh Xvfb screen on a free display number (``-displayfd``), stopped afterwards.

    ``-noreset``: by default the server resets when its last client leaves, and an app started
    just then cannot connect.
    """
    read_end, write_end = os.pipe()
    log_path = folder / "xvfb.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [tool("Xvfb"), "-displayfd", str(write_end)]
            + ["-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + TIMEOUT_S
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                pytest.fail("Xvfb did not start: " + log_path.read_text(errors="replace"))
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(10)


def xdotool(display: str, *arguments: str) -> None:
    result = subprocess.run(
        [tool("xdotool"), *arguments],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert result.returncode == 0, f"xdotool {' '.join(arguments)}: {result.stderr}"


def click_and_type(display: str, point: list[int], text: str) -> None:
    """One xdotool command: move, click, type at once (no pause between click and keys)."""
    x, y = (str(v) for v in point)
    xdotool(display, "mousemove", "--sync", x, y, "click", "1", "type", "--delay", "0", text)


def seed_a_filled_cell(data_dir: Path) -> None:
    """A journal whose table already has one cell written (an earlier day's work)."""
    from journal_app import resources
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TableValue
    from journal_app.store.repository import Repository

    pack = load_pack(resources.bundled_pack(PACK_ID))
    prompt = pack.prompt(CHALLENGES)
    assert prompt is not None
    with Repository.open(data_dir, snapshot_on_open=False) as repository:
        journal = repository.create_journal("My journal", pack)
        repository.save_answer(journal, prompt, TableValue((("4", "challenge", "Brain drain"),)))


def test_clicking_and_typing_at_once_into_a_table_under_x11(tmp_path: Path) -> None:
    tool("Xvfb")
    tool("xdotool")
    with xvfb(tmp_path) as display:
        problems = x11_session(tmp_path, display)
    assert not problems, "\n".join(problems)


def x11_session(tmp_path: Path, display: str) -> list[str]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seed_a_filled_cell(data_dir)
    cells = tmp_path / "cells.json"
    item = tmp_path / "item.json"
    go_on = tmp_path / "go-on"
    actions = [
        {"do": "navigate", "prompt": CHALLENGES, "after_ms": 100},
        {
            "do": "points",
            "targets": {
                "first": {"prompt": CHALLENGES, "field": "cell/1/challenge"},
                "second": {"prompt": CHALLENGES, "field": "cell/2/solutions"},
                "filled": {"prompt": CHALLENGES, "field": "cell/4/challenge"},
            },
            "path": str(cells),
            "wait_for": str(go_on),
        },
        {
            "do": "points",
            "targets": {"item": {"prompt": AREAS, "field": "item/2"}},
            "path": str(item),
            "wait_for": str(tmp_path / "never"),
        },
    ]
    env = environment(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    session = drive(tmp_path, "x11", actions, ["--data-dir", str(data_dir)], env=env)
    app = session.app
    try:
        app.wait_for(cells.exists, "cell coordinates")
        points = json.loads(cells.read_text(encoding="utf-8"))
        click_and_type(display, points["first"], "Youth unemployment")
        click_and_type(display, points["second"], "Mentoring programmes")
        click_and_type(display, points["filled"], " and return")
        go_on.touch()
        app.wait_for(item.exists, "item coordinates")
        point = json.loads(item.read_text(encoding="utf-8"))["item"]
        click_and_type(display, point, "Diaspora bonds")
        xdotool(display, "key", "ctrl+q")  # File ▸ Quit under X11
        session.finish()
    finally:
        app.kill()  # only if something above failed: the app is gone by now

    expected = {
        CHALLENGES: {
            "cell/1/challenge": "Youth unemployment",
            "cell/2/solutions": "Mentoring programmes",
            "cell/4/challenge": "Brain drain and return",  # added at the end of the text
        },
        AREAS: {"item/2": "Diaspora bonds"},
    }
    problems = problems_of_exit("x11 session", session.status, app.stderr)
    problems += differences(expected, stored(data_dir), "stored")
    if problems:
        problems.append(f"--- stderr ---\n{app.stderr}")
    return problems


EXPLAIN = "s1-explain-diaspora-engagement"
LAYOUTS = [
    ("us", " run {run}: "),
    ("lt", "ąčęėįšųūž"),
    ("ua", " Привіт"),
    ("ara", " مرحبا"),
    ("us", " (end {run})"),
]


def keyboard(display: str, layout: str) -> None:
    result = subprocess.run(
        [tool("setxkbmap"), layout],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert result.returncode == 0, f"setxkbmap {layout}: {result.stderr}"


def test_relaunching_the_plain_app_and_typing_without_a_click_under_x11(tmp_path: Path) -> None:
    # The console entry as a person starts it, with no window manager: each start must take the
    # keyboard itself (the cursor is back in the answer it was in), Ctrl+Q must quit, and
    # every character of every start must be there at the end.
    from journal_app import resources
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    data_dir = tmp_path / "data"
    pack = load_pack(resources.bundled_pack(PACK_ID))
    prompt = pack.prompt(EXPLAIN)
    assert prompt is not None
    with Repository.open(data_dir, snapshot_on_open=False) as repository:
        journal = repository.create_journal("My journal", pack)
        repository.save_answer(journal, prompt, TextValue("Day one."))
        repository.set_last_prompt(journal.id, EXPLAIN)
    typed = "Day one."
    problems: list[str] = []
    with xvfb(tmp_path) as display:
        env = environment(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        for run in range(4):
            app = start(
                [*console_command(), "--data-dir", str(data_dir)], tmp_path, f"run{run}", env
            )
            try:
                # The journal's name in the title: its answer is open (keys typed before are
                # held and given to it, but a keyboard layout switched meanwhile would race).
                app.wait_for(
                    lambda: "My journal" in (_focused_window(display) or ""), "the journal open"
                )
                # Every script through a keyboard layout of its own, as people type them
                # (xdotool's remapping of spare keys races with the app reading the keymap).
                words = ""
                for layout, text in LAYOUTS:
                    keyboard(display, layout)
                    if not words:
                        xdotool(display, "key", "ctrl+End")
                    text = text.format(run=run)
                    xdotool(display, "type", "--delay", "12", text)
                    words += text
                keyboard(display, "us")
                xdotool(display, "key", "ctrl+q")
                status = app.wait()
            finally:
                app.kill()
            typed += words
            problems += problems_of_exit(f"run {run}", status, app.stderr)
    found = stored(data_dir).get(EXPLAIN, {}).get("text")
    if found != typed:
        problems.append(f"stored {found!r}\nexpected {typed!r}")
    assert not problems, "\n".join(problems)


def _focused_window(display: str) -> str | None:
    """The window that has the X keyboard focus, if it is the app's."""
    result = subprocess.run(
        [tool("xdotool"), "getwindowfocus", "getwindowname"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    name = result.stdout.strip()
    return name if result.returncode == 0 and "Reflection Journal" in name else None
