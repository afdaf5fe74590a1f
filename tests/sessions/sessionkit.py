"""What the session tests share: starting the app, the texts typed, reading answers back.

The app starts through the driver or as the plain console entry; answers are read back as flat
fields to compare with what was typed.

A "field" is one place a person types or ticks, named as the driver names it: ``text``,
``item/N``, ``stem/ID``, ``cell/ROW/COLUMN``, ``checked`` (the ticked options, sorted),
``other``, ``other_checked``, ``images`` (how many pictures) and ``caption/N``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().with_name("driver.py")
PACK_ID = "idiaspora-journal"
TIMEOUT_S = 60.0
"""Generous: a session takes a few seconds; this only bounds a hang."""

Fields = dict[str, Any]
Answers = dict[str, Fields]

# ----------------------------------------------------------------------------- texts

PHRASES = [
    "Diaspora engagement means working with people who left and still care. ",
    "L'engagement de la diaspora crée des ponts durables entre deux pays. ",
    "Café, naïve façade, São Paulo, Dvořák, Øresund, Ñandú, Kraków, Zürich. ",
    "المغتربون يساهمون في تنمية بلدانهم الأصلية. ",
    "海外侨民通过汇款、投资和知识转移帮助家乡。",
    "የዲያስፖራ ማህበረሰብ ለሀገሩ ልማት ትልቅ አስተዋፅኦ ያደርጋል። ",
    "Діаспора допомагає громаді вдома: знання, гроші, зв'язки. ",
    "Remittances, skills and trade travel in both directions. ",
    "Ein Gespräch über Rückkehr, Heimat und Zugehörigkeit. ",
    "La diáspora también invierte en pequeñas empresas locales. ",
    "في الوطن والمهجر معاً، نبني المستقبل خطوة بخطوة. ",
    "我们的社区在周末举办语言课程和文化活动。",
    "Молодь діаспори створює нові мережі та ініціативи. ",
    "ከተማችን ውስጥ የባህል ፌስቲቫል በየዓመቱ ይካሄዳል። ",
    "Mentoring young graduates (aged 18–25) works best in small groups. ",
]


def compose(length: int, start: int = 0) -> str:
    """About ``length`` characters of mixed scripts, from phrase ``start`` on (no end space)."""
    text = ""
    index = start
    while len(text) < length:
        text += PHRASES[index % len(PHRASES)]
        index += 1
    return text[:length].rstrip()


# ----------------------------------------------------------------------------- running


def environment(**extra: str) -> dict[str, str]:
    """The test's environment for the app (JOURNAL_APP_HOME, LC_ALL…), offscreen by default."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "JOURNAL_APP_DEBUG"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONFAULTHANDLER"] = "1"  # an abort prints the Python stack
    env.update(extra)
    return env


def console_command() -> list[str]:
    """The plain ``journal-app`` console entry of this environment (else ``python -m``)."""
    script = Path(sys.executable).with_name("journal-app")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "journal_app"]


@dataclass
class App:
    """A running app process; stdout and stderr go to files (never a full pipe)."""

    process: subprocess.Popen[bytes]
    folder: Path
    name: str
    started: float = field(default_factory=time.monotonic)

    @property
    def stderr(self) -> str:
        return (self.folder / f"{self.name}.stderr").read_text(encoding="utf-8", errors="replace")

    def wait_for(
        self, condition: Callable[[], bool], what: str, timeout: float = TIMEOUT_S
    ) -> None:
        """Poll a condition the app brings about, until a deadline (or the app ends)."""
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                raise AssertionError(
                    f"{self.name} ended (status {self.process.returncode}) before {what}\n"
                    f"--- stderr ---\n{self.stderr}"
                )
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"{self.name}: no {what} after {timeout:.0f} s\n{self.stderr}")
            time.sleep(0.01)

    def wait(self, timeout: float = TIMEOUT_S) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(
                f"{self.name} did not end within {timeout:.0f} s\n--- stderr ---\n{self.stderr}"
            ) from None

    def terminate(self) -> None:
        self.process.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def start(
    command: Sequence[str], folder: Path, name: str, env: Mapping[str, str] | None = None
) -> App:
    folder.mkdir(parents=True, exist_ok=True)
    with (
        (folder / f"{name}.stdout").open("wb") as out,
        (folder / f"{name}.stderr").open("wb") as err,
    ):
        process = subprocess.Popen(
            list(command),
            cwd=ROOT,
            env=dict(env) if env is not None else environment(),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
    return App(process, folder, name)


@dataclass
class Session:
    """One driven run: the script, and after the end what the driver recorded."""

    app: App
    record_path: Path
    ready_path: Path
    status: int | None = None

    @property
    def record(self) -> dict[str, Any]:
        assert self.record_path.exists(), f"the driver wrote no record\n{self.app.stderr}"
        data: dict[str, Any] = json.loads(self.record_path.read_text(encoding="utf-8"))
        return data

    def finish(self, timeout: float = TIMEOUT_S) -> Session:
        self.status = self.app.wait(timeout)
        return self


def drive(
    folder: Path,
    name: str,
    actions: list[dict[str, Any]],
    app_args: Sequence[str],
    *,
    initial: Answers | None = None,
    env: Mapping[str, str] | None = None,
    passphrases: Sequence[str] = (),
) -> Session:
    """Start the app under the driver with these actions (it runs on its own).

    ``passphrases``: typed in turn into the passphrase dialogs of protected journals at start.
    """
    folder.mkdir(parents=True, exist_ok=True)
    record = folder / f"{name}.record.json"
    ready = folder / f"{name}.ready"
    for stale in (record, ready):
        stale.unlink(missing_ok=True)
    script = {
        "record": str(record),
        "ready": str(ready),
        "timeout_s": TIMEOUT_S - 5,
        "initial": initial or {},
        "actions": actions,
        "passphrases": list(passphrases),
    }
    script_path = folder / f"{name}.script.json"
    script_path.write_text(json.dumps(script, ensure_ascii=False, indent=1), encoding="utf-8")
    command = [sys.executable, str(DRIVER), str(script_path), "--", *app_args]
    return Session(start(command, folder, name, env), record, ready)


def problems_of_exit(name: str, status: int | None, stderr: str) -> list[str]:
    """What is wrong with how a run ended: a status other than 0, a crash, a traceback."""
    found = []
    if status != 0:
        meaning = f" (killed by signal {-status})" if status is not None and status < 0 else ""
        found.append(f"{name}: exit status {status}{meaning}")
    for marker in ("Fatal Python error", "Traceback", "driver:", "unexpected error"):
        if marker in stderr:
            found.append(f"{name}: {marker!r} on stderr")
    return found


def assert_clean_exit(name: str, status: int | None, stderr: str) -> None:
    found = problems_of_exit(name, status, stderr)
    assert not found, "\n".join(found) + f"\n--- stderr of {name} ---\n{stderr}"


# ----------------------------------------------------------------------------- reading back


def flatten(value: object, captions: Sequence[str] | None = None) -> Fields:
    """An answer value (``journal_app.store.answers``) as its non-empty fields."""
    from journal_app.store.answers import (
        ChecklistValue,
        ItemsValue,
        StemsValue,
        TableValue,
        TextValue,
    )

    fields: Fields = {}
    match value:
        case TextValue(text=text):
            fields["text"] = text
        case ItemsValue(items=items):
            fields.update({f"item/{n}": text for n, text in enumerate(items, start=1)})
        case ChecklistValue(checked=checked, other_checked=other_checked, other_text=other):
            fields["checked"] = sorted(checked)
            fields["other_checked"] = other_checked
            fields["other"] = other
        case TableValue(cells=cells):
            fields.update({f"cell/{row}/{column}": text for row, column, text in cells})
        case StemsValue(completions=completions):
            fields.update({f"stem/{stem}": text for stem, text in completions})
    if captions:
        fields["images"] = len(captions)
        fields.update({f"caption/{n}": text for n, text in enumerate(captions, start=1)})
    return {k: v for k, v in fields.items() if v not in ("", [], False, None)}


def stored(data_dir: Path, pack_id: str = PACK_ID, passphrase: str | None = None) -> Answers:
    """Every non-empty answer of the pack's journal, read through the Qt-free core."""
    from journal_app.store import cipher
    from journal_app.store.repository import Repository

    key = cipher.Key.for_folder(data_dir, passphrase)
    with Repository.open(data_dir, snapshot_on_open=False, key=key) as repository:
        journals = [j for j in repository.journals() if j.pack_id == pack_id]
        assert len(journals) == 1, f"expected one journal on {pack_id}, found {journals}"
        journal = journals[0]
        answers = repository.answers(journal)
        captions: dict[str, list[str]] = {}
        for info in repository.images(journal):
            captions.setdefault(info.prompt_id, []).append(info.caption)
    found: Answers = {}
    for prompt_id in set(answers) | set(captions):
        answer = answers.get(prompt_id)
        fields = flatten(answer.value if answer else None, captions.get(prompt_id))
        if fields:
            found[prompt_id] = fields
    return found


def shown(dump: Mapping[str, Any]) -> Answers:
    """What the driver's ``dump`` action wrote (the editors' ``value()``), as fields."""
    from journal_app.packs.model import PromptKind
    from journal_app.store.answers import from_json

    found: Answers = {}
    for prompt_id, entry in dump.items():
        kind = PromptKind(entry["kind"])
        value = None if entry["value"] is None else from_json(kind, entry["value"])
        fields = flatten(value, entry.get("captions"))
        if fields:
            found[prompt_id] = fields
    return found


def clean(expected: Answers) -> Answers:
    """The expectation without its empty fields (as ``flatten`` leaves them out)."""
    result: Answers = {}
    for prompt_id, fields in expected.items():
        kept = {k: v for k, v in fields.items() if v not in ("", [], False, None, 0)}
        if kept:
            result[prompt_id] = kept
    return result


def _describe(expected: object, actual: object) -> str:
    if not (isinstance(expected, str) and isinstance(actual, str)):
        return f"expected {expected!r}, found {actual!r}"
    same = 0
    while same < min(len(expected), len(actual)) and expected[same] == actual[same]:
        same += 1
    lost = len(expected) - len(actual)
    head = f"expected {len(expected)} chars, found {len(actual)}"
    if not actual:
        head += ": nothing of what was typed is there"
    elif sorted(expected) == sorted(actual):
        head += ": the same characters in another order (typed text put before the old text?)"
    elif lost > 0 and expected.endswith(actual):
        head += f": the first {lost} typed are missing ({expected[:lost]!r})"
    elif actual and expected.startswith(actual):
        head += f": the last {lost} typed are missing ({expected[len(actual) :]!r})"
    return (
        f"{head}; first difference at {same}: expected …{expected[max(0, same - 15) : same + 25]!r}"
        f" found …{actual[max(0, same - 15) : same + 25]!r}"
    )


def differences(expected: Answers, actual: Answers, where: str) -> list[str]:
    """Every field whose content differs, described for a person reading a test failure."""
    expected = clean(expected)
    found = []
    for prompt_id in sorted(set(expected) | set(actual)):
        want, have = expected.get(prompt_id, {}), actual.get(prompt_id, {})
        for name in sorted(set(want) | set(have)):
            if want.get(name) != have.get(name):
                found.append(
                    f"{where}: {prompt_id} {name}: "
                    + _describe(want.get(name, ""), have.get(name, ""))
                )
    return found


def count_chars(answers: Answers) -> int:
    return sum(len(v) for fields in answers.values() for v in fields.values() if isinstance(v, str))
