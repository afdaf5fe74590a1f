"""Smoke test of the built app: run the frozen executable the way a user would.

Usage::

    python packaging/smoke_test.py dist/journal-app                 # Linux, Windows
    python packaging/smoke_test.py "dist/Reflection Journal.app"    # macOS

Steps: ``--help`` and ``--version``; ``check-pack`` on the bundled pack and on a broken file;
what Qt finds in the bundle (``JOURNAL_APP_SELFCHECK=1``, see ``packaging/launcher.py``);
the window (offscreen) in portable mode from a copy of the folder, with ``HOME`` pointed at an
empty temporary folder, stopped with SIGTERM; ``export-pdf`` and ``export-docx`` from that
portable data folder; a
database of the first schema migrated by the frozen app; a hand-in written, imported and
compiled from it; its journals protected with a passphrase, opened with it and unprotected;
nothing written into the bundle.
Prints PASS, FAIL or SKIP (with the reason) per step and exits 1 if any step failed.

Needs only the standard library (``platformdirs`` is used when present), and the repository's
``tests/data`` for the migration step.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = ROOT / "tests" / "data"
APP_NAME = "journal-app"
IS_WINDOWS = sys.platform == "win32"
EXE = ".exe" if IS_WINDOWS else ""
START_TIMEOUT = 60.0  # seconds until the window's database exists
SETTLE = 3.0  # seconds the window runs before it is asked to stop
STOP_TIMEOUT = 20.0  # seconds to exit after SIGTERM
COMMAND_TIMEOUT = 180.0  # seconds for one command-line run (a PDF with every font)
IMAGE_FORMATS = {"png", "jpeg", "jpg", "gif", "bmp", "ico", "svg", "webp", "tiff"}


class StepFailed(Exception):
    """A step's check did not hold; the message says what was seen."""


class StepSkipped(Exception):
    """A step cannot run here; the message says why."""


@dataclass
class Build:
    """Where the executables of one built folder (or macOS bundle) are."""

    top: Path  # the folder or the .app that is copied around as a whole
    window: Path  # the executable that opens the window (windowed on Windows and macOS)
    cli: Path  # the executable for the command line (the console twin on Windows)

    @property
    def beside(self) -> Path:
        """The folder where ``portable`` goes and ``data/`` appears."""
        return self.top.parent if self.top.suffix == ".app" else self.top

    def copied_to(self, folder: Path) -> Build:
        """The same build copied into ``folder`` (symbolic links kept)."""
        target = folder / self.top.name
        shutil.copytree(self.top, target, symlinks=True)
        return Build(
            target,
            target / self.window.relative_to(self.top),
            target / self.cli.relative_to(self.top),
        )


def find_build(path: Path) -> Build:
    """The executables in a built folder or a macOS ``.app``.

    Raises:
        SystemExit: nothing that looks like a build is there.
    """
    if path.suffix == ".app":
        window = path / "Contents" / "MacOS" / APP_NAME
        cli = window
    else:
        window = path / f"{APP_NAME}{EXE}"
        cli = path / f"{APP_NAME}-cli{EXE}"
        if not cli.is_file():
            cli = window
    if not window.is_file():
        raise SystemExit(f"smoke_test.py: no {window.name} in {path}: build it first")
    return Build(path, window, cli)


@dataclass
class Results:
    """The outcome of each step, printed as it comes."""

    counts: dict[str, int] = field(default_factory=lambda: {"PASS": 0, "FAIL": 0, "SKIP": 0})

    def run(self, name: str, step: Callable[[], str | None]) -> bool:
        """Run one step; print ``PASS``, ``FAIL`` or ``SKIP`` with details.

        Returns:
            Whether the step passed.
        """
        started = time.monotonic()
        try:
            detail = step()
        except StepSkipped as reason:
            return self._say("SKIP", name, str(reason))
        except StepFailed as problem:
            return self._say("FAIL", name, str(problem))
        except Exception as error:  # a bug in the test or a broken build: still a failure
            return self._say("FAIL", name, f"{type(error).__name__}: {error}")
        took = f"{time.monotonic() - started:.1f} s"
        return self._say("PASS", name, f"{detail}; {took}" if detail else took)

    def _say(self, outcome: str, name: str, detail: str) -> bool:
        self.counts[outcome] += 1
        lines = detail.splitlines() or [""]
        print(f"{outcome}  {name}" + (f": {lines[0]}" if lines[0] else ""), flush=True)
        for line in lines[1:]:
            print(f"      {line}", flush=True)
        return outcome == "PASS"

    def summary(self) -> str:
        """The closing line, e.g. ``smoke: 7 passed, 0 failed, 1 skipped``."""
        c = self.counts
        return f"smoke: {c['PASS']} passed, {c['FAIL']} failed, {c['SKIP']} skipped"


@dataclass
class Sandbox:
    """A temporary home folder and the environment every run of the app gets."""

    root: Path
    home: Path
    env: dict[str, str]

    @classmethod
    def create(cls, root: Path) -> Sandbox:
        """An empty ``HOME`` (and Windows profile folders) under ``root``."""
        home = root / "home"
        appdata = home / "AppData" / "Roaming"
        local = home / "AppData" / "Local"
        for folder in (home, appdata, local):
            folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        for name in ("JOURNAL_APP_HOME", "JOURNAL_APP_DEBUG", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            env.pop(name, None)
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(appdata),
            LOCALAPPDATA=str(local),
            WIN_PD_OVERRIDE_APPDATA=str(appdata),
            WIN_PD_OVERRIDE_LOCAL_APPDATA=str(local),
            QT_QPA_PLATFORM="offscreen",
            PYTHONIOENCODING="utf-8",
        )
        return cls(root, home, env)

    def run(
        self, exe: Path, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run the app's command line to its end, capturing its output.

        Args:
            exe: the executable.
            *args: its arguments.
            env: variables to add to the sandbox's environment.
        """
        try:
            return subprocess.run(
                [str(exe), *args],
                cwd=self.root,
                env={**self.env, **(env or {})},
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=COMMAND_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise StepFailed(
                f"{exe.name} {' '.join(args)}: still running after {COMMAND_TIMEOUT:.0f} s"
            ) from None

    def app_data_left(self) -> list[Path]:
        """Anything of the app's in the temporary home (there should be nothing)."""
        return sorted(
            path for path in self.home.rglob("*") if path.name in (APP_NAME, "journal.sqlite3")
        )


def describe(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status and the tail of the output, for a failure message."""
    tail = (result.stdout + result.stderr).strip().splitlines()[-8:]
    return f"exit status {result.returncode}" + "".join(f"\n| {line}" for line in tail)


def expect_ok(result: subprocess.CompletedProcess[str]) -> None:
    """Raise unless the command exited 0."""
    if result.returncode != 0:
        raise StepFailed(describe(result))


def expect_pdf(path: Path) -> str:
    """Raise unless ``path`` is a PDF; returns its size for the report."""
    if not path.is_file():
        raise StepFailed(f"{path} was not written")
    if not path.read_bytes()[:5] == b"%PDF-":
        raise StepFailed(f"{path} does not start with %PDF-")
    return f"{path.name}, {path.stat().st_size / 1024:.0f} KB"


def expect_docx(path: Path) -> str:
    """Raise unless ``path`` is a Word document (a zip with ``word/document.xml``)."""
    if not path.is_file():
        raise StepFailed(f"{path} was not written")
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except zipfile.BadZipFile:
        raise StepFailed(f"{path} is not a zip file") from None
    if not {"[Content_Types].xml", "word/document.xml"} <= names:
        raise StepFailed(f"{path} has no word/document.xml")
    return f"{path.name}, {path.stat().st_size / 1024:.0f} KB"


def schema_revision(database: Path) -> str:
    """The Alembic revision recorded in a journal database."""
    uri = f"{database.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""


def journal_count(database: Path) -> int:
    """How many journals a database holds (0 while it is still being set up)."""
    uri = f"{database.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1)) as connection:
            return int(connection.execute("SELECT count(*) FROM journals").fetchone()[0])
    except sqlite3.Error:
        return 0


def bundled_migrations(build: Build) -> Path:
    """The migration scripts' folder inside a build."""
    found = sorted(build.top.rglob("journal_app/store/migrations/versions"))
    if not found:
        raise StepFailed(f"no journal_app/store/migrations/versions in {build.top}")
    return found[0]


def default_data_dir() -> Path | None:
    """The user's real data folder for the app, if platformdirs is here to say where it is."""
    try:
        import platformdirs  # noqa: PLC0415 - optional
    except ImportError:
        return None
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def snapshot(folder: Path | None) -> set[tuple[str, int]]:
    """The files under ``folder`` with their modification times (empty if it does not exist)."""
    if folder is None or not folder.is_dir():
        return set()
    return {(str(p), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def log_tail(log: Path) -> str:
    """The last lines the window printed."""
    lines = log.read_text("utf-8", errors="replace").strip().splitlines()[-8:]
    return "".join(f"\n| {line}" for line in lines)


class SmokeTest:
    """The steps, sharing one sandbox and one portable copy of the build."""

    def __init__(self, build: Build, root: Path) -> None:
        self.build = build
        self.sandbox = Sandbox.create(root)
        self.portable: Build | None = None
        self.window: subprocess.Popen[bytes] | None = None
        self.window_log = root / "window.log"
        self.window_started = False
        self.migrated = False
        self.real_data: Path | None = None
        self.real_before: set[tuple[str, int]] = set()

    # ------------------------------------------------------------ command line
    def help(self) -> str:
        """``--help`` prints the usage; ``--version`` the version."""
        result = self.sandbox.run(self.build.cli, "--help")
        expect_ok(result)
        if "usage: journal-app" not in result.stdout:
            raise StepFailed("no 'usage: journal-app' in the output; " + describe(result))
        version = self.sandbox.run(self.build.cli, "--version")
        expect_ok(version)
        return version.stdout.strip()

    def check_bundled_pack(self) -> str:
        """``check-pack idiaspora-journal`` finds the bundled pack and says OK."""
        result = self.sandbox.run(self.build.cli, "check-pack", "idiaspora-journal")
        expect_ok(result)
        if not result.stdout.startswith("OK"):
            raise StepFailed("the output does not start with OK; " + describe(result))
        return result.stdout.strip().split(": ", 1)[-1]

    def check_broken_pack(self) -> str:
        """``check-pack`` on broken JSON: non-zero, one line, no traceback."""
        broken = self.sandbox.root / "broken.json"
        broken.write_text('{"id": "broken", "sections": [', encoding="utf-8")
        result = self.sandbox.run(self.build.cli, "check-pack", str(broken))
        output = (result.stdout + result.stderr).strip().splitlines()
        if result.returncode == 0:
            raise StepFailed("exit status 0 for a broken pack")
        if "Traceback" in result.stdout + result.stderr:
            raise StepFailed("a traceback was printed; " + describe(result))
        if len(output) != 1:
            raise StepFailed(f"{len(output)} lines of output, not one; " + describe(result))
        return f"exit status {result.returncode}: {output[0]}"

    def qt_bundle(self) -> str:
        """Qt finds its image formats, the SVG icon engine and the translations in the bundle."""
        result = self.sandbox.run(self.build.cli, env={"JOURNAL_APP_SELFCHECK": "1"})
        expect_ok(result)
        try:
            facts = json.loads(result.stdout)
        except ValueError:
            raise StepFailed("the self-check printed no JSON; " + describe(result)) from None
        problems = []
        if not facts.get("frozen"):
            problems.append("not a frozen program")
        if not facts.get("utf8_mode"):
            problems.append("Python's UTF-8 mode is off")
        missing = sorted(IMAGE_FORMATS - set(facts.get("image_formats", [])))
        if missing:
            problems.append("image formats missing: " + ", ".join(missing))
        if not facts.get("svg_icon"):
            problems.append("the SVG icon does not render")
        for kind in ("qt_translations", "app_translations"):
            found = facts.get(kind) or {}
            bad = sorted(name for name, loaded in found.items() if not loaded)
            if not found or bad:
                problems.append(f"{kind} not loaded: {', '.join(bad) or 'none found'}")
        if not facts.get("english_plurals"):
            problems.append("no English plural forms (journal-app_en.ts missing from the bundle)")
        if problems:
            raise StepFailed("; ".join(problems))
        return (
            f"image formats {' '.join(facts['image_formats'])}; SVG icon; Qt translations"
            f" {' '.join(facts['qt_translations'])}; app translations"
            f" {' '.join(n.split('_')[-1] for n in facts['app_translations'])}"
        )

    # ------------------------------------------------------------ the window, portable
    def portable_copy(self) -> Build:
        """A copy of the build with the ``portable`` marker beside it (made once)."""
        if self.portable is None:
            folder = self.sandbox.root / "stick"
            folder.mkdir()
            self.portable = self.build.copied_to(folder)
            (self.portable.beside / "portable").write_text("", encoding="utf-8")
        return self.portable

    def window_starts(self) -> str:
        """The window starts offscreen in portable mode and keeps running."""
        build = self.portable_copy()
        database = build.beside / "data" / "journal.sqlite3"
        self.real_data = default_data_dir()
        self.real_before = snapshot(self.real_data)
        self.window_log = self.sandbox.root / "window.log"
        started = time.monotonic()
        with self.window_log.open("wb") as output:
            self.window = subprocess.Popen(
                [str(build.window)],
                cwd=self.sandbox.root,
                env=self.sandbox.env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        process = self.window
        while not (database.is_file() and journal_count(database) > 0):
            if process.poll() is not None:
                raise StepFailed(
                    f"the window exited ({process.returncode}) before {database} had a"
                    f" journal{log_tail(self.window_log)}"
                )
            if time.monotonic() - started > START_TIMEOUT:
                self.stop_window()
                where = "has no journal yet" if database.is_file() else "does not exist"
                raise StepFailed(
                    f"{database} {where} after {START_TIMEOUT:.0f} s (is portable mode in this"
                    f" build?){log_tail(self.window_log)}"
                )
            time.sleep(0.2)
        ready = time.monotonic() - started
        time.sleep(SETTLE)
        if process.poll() is not None:
            raise StepFailed(
                f"the window exited ({process.returncode}) on its own{log_tail(self.window_log)}"
            )
        self.window_started = True
        return (
            f"data/journal.sqlite3 (with a journal) beside the program after {ready:.1f} s;"
            f" still running {SETTLE:.0f} s later"
        )

    def clean_shutdown(self) -> str:
        """SIGTERM closes the window: exit status 0 within ``STOP_TIMEOUT`` seconds."""
        process = self.window
        if process is None or process.poll() is not None:
            raise StepSkipped("the window is not running")
        if IS_WINDOWS:
            self.stop_window()
            raise StepSkipped(
                "Windows has no SIGTERM; the window was ended with TerminateProcess instead, so"
                " a clean shutdown was not tested"
            )
        process.send_signal(signal.SIGTERM)
        try:
            status = process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.stop_window()
            raise StepFailed(
                f"still running {STOP_TIMEOUT:.0f} s after SIGTERM{log_tail(self.window_log)}"
            ) from None
        if status != 0:
            how = " (ended by the signal itself: no SIGTERM handler?)" if status < 0 else ""
            raise StepFailed(f"exit status {status} after SIGTERM{how}{log_tail(self.window_log)}")
        return "exit status 0"

    def nothing_in_home(self) -> str:
        """Portable mode wrote nothing into the home folder or the user data folder."""
        if not self.window_started:
            raise StepSkipped("the window did not run")
        left = self.sandbox.app_data_left()
        if left:
            raise StepFailed("written into the home folder: " + ", ".join(map(str, left)))
        note = f"no {APP_NAME} folder under the temporary HOME"
        if self.real_data is not None and not self.real_before:
            if snapshot(self.real_data):
                raise StepFailed(f"the user data folder {self.real_data} was written to")
            note += f"; {self.real_data} not created"
        return note

    def stop_window(self) -> None:
        """End the window if it still runs (forcefully: for failures and clean-up)."""
        if self.window is not None and self.window.poll() is None:
            self.window.kill()
            self.window.wait(timeout=30)

    def export_pdf(self) -> str:
        """``export-pdf`` in the portable copy reads the portable data folder."""
        if not self.window_started:
            raise StepSkipped("the window step made no portable data folder")
        build = self.portable_copy()
        output = self.sandbox.root / "out.pdf"
        result = self.sandbox.run(build.cli, "export-pdf", "-o", str(output))
        expect_ok(result)
        left = self.sandbox.app_data_left()
        if left:
            raise StepFailed("written into the home folder: " + ", ".join(map(str, left)))
        return f"{expect_pdf(output)}: {result.stdout.strip()}"

    def export_docx(self) -> str:
        """``export-docx`` in the portable copy: python-docx's files found in the bundle."""
        if not self.window_started:
            raise StepSkipped("the window step made no portable data folder")
        build = self.portable_copy()
        output = self.sandbox.root / "out.docx"
        result = self.sandbox.run(build.cli, "export-docx", "-o", str(output))
        expect_ok(result)
        return f"{expect_docx(output)}: {result.stdout.strip()}"

    def migration(self) -> str:
        """A database of schema 0001 as the portable ``data/journal.sqlite3`` is migrated."""
        old = TEST_DATA / "journal-schema-0001.sqlite3"
        pack = TEST_DATA / "minimal-pack.json"
        if not (old.is_file() and pack.is_file()):
            raise StepSkipped(f"{old.name} and {pack.name} are not here (run from a checkout)")
        build = self.portable_copy()
        versions = bundled_migrations(build)
        head = max(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*.py"))
        data = build.beside / "data"
        if data.exists():
            shutil.rmtree(data)
        data.mkdir()
        shutil.copyfile(old, data / "journal.sqlite3")
        output = self.sandbox.root / "migrated.pdf"
        result = self.sandbox.run(build.cli, "--pack", str(pack), "export-pdf", "-o", str(output))
        expect_ok(result)
        revision = schema_revision(data / "journal.sqlite3")
        if revision != head:
            raise StepFailed(f"the database is at revision {revision!r}, not {head!r}")
        kept = sorted((data / "backups").glob("*migration*"))
        if not kept:
            raise StepFailed("no backup was taken before the migration")
        self.migrated = True
        return f"0001 -> {revision}, backup {kept[0].name}, {expect_pdf(output)}"

    def handins(self) -> str:
        """``hand-in``, ``import`` and ``compile`` on the migrated journal (pictures, charts)."""
        pack = TEST_DATA / "minimal-pack.json"
        if not self.migrated:
            raise StepSkipped("the migration step did not leave a journal of the test pack")
        build = self.portable_copy()
        handin = self.sandbox.root / "amina.journal.zip"
        result = self.sandbox.run(build.cli, "--pack", str(pack), "hand-in", "-o", str(handin))
        expect_ok(result)
        if not zipfile.is_zipfile(handin):
            raise StepFailed(f"{handin.name} is not a zip file")
        imported = self.sandbox.run(
            build.cli, "--pack", str(pack), "import", str(handin), "--name", "Copy"
        )
        expect_ok(imported)
        outcome = self.sandbox.root / "outcome.pdf"
        table = self.sandbox.root / "outcome.csv"
        word = self.sandbox.root / "outcome.docx"
        compiled = self.sandbox.run(
            build.cli,
            *("--pack", str(pack), "compile", str(handin), "-o", str(outcome)),
            *("--csv", str(table), "--docx", str(word)),
        )
        expect_ok(compiled)
        if not table.is_file():
            raise StepFailed(f"{table.name} was not written")
        if not zipfile.is_zipfile(word):  # the outcome document as Word, from the bundle too
            raise StepFailed(f"{word.name} is not a Word document")
        # A hand-in locked with a workshop passphrase (cryptography in the bundle), compiled.
        workshop = {"JOURNAL_APP_WORKSHOP_PASSPHRASE": "smoke test workshop"}
        locked = self.sandbox.root / "locked.journal.zip"
        result = self.sandbox.run(
            build.cli, "--pack", str(pack), "hand-in", "-o", str(locked), "--lock", env=workshop
        )
        expect_ok(result)
        if zipfile.is_zipfile(locked):
            raise StepFailed(f"{locked.name} was not locked")
        compiled = self.sandbox.run(
            build.cli,
            *("--pack", str(pack), "compile", str(locked), "--docx", str(word)),
            env=workshop,
        )
        expect_ok(compiled)
        return f"{imported.stdout.strip()} {expect_pdf(outcome)}"

    def passphrase(self) -> str:
        """``passphrase set`` encrypts the portable journals (SQLCipher in the bundle); remove."""
        pack = TEST_DATA / "minimal-pack.json"
        if not self.migrated:
            raise StepSkipped("the migration step did not leave a journal of the test pack")
        build = self.portable_copy()
        database = build.beside / "data" / "journal.sqlite3"
        phrase = "smoke test phrase"
        result = self.sandbox.run(
            build.cli, "passphrase", "set", env={"JOURNAL_APP_NEW_PASSPHRASE": phrase}
        )
        no_wheel = sys.platform == "linux" and platform.machine() != "x86_64"  # (as pyproject)
        if no_wheel and result.returncode and "cannot protect journals" in result.stderr:
            raise StepSkipped(result.stderr.strip())  # (pyproject.toml: no sqlcipher3 there)
        expect_ok(result)
        if database.read_bytes()[:16] == b"SQLite format 3\x00":
            raise StepFailed(f"{database.name} is still plain after 'passphrase set'")
        output = self.sandbox.root / "protected.pdf"
        export = ("--pack", str(pack), "export-pdf", "-o", str(output))
        refused = self.sandbox.run(build.cli, *export)
        if refused.returncode == 0 or refused.stderr.count("\n") != 1:
            raise StepFailed(f"without the passphrase: {describe(refused)}")
        expect_ok(self.sandbox.run(build.cli, *export, env={"JOURNAL_APP_PASSPHRASE": phrase}))
        removed = self.sandbox.run(
            build.cli, "passphrase", "remove", env={"JOURNAL_APP_PASSPHRASE": phrase}
        )
        expect_ok(removed)
        if database.read_bytes()[:16] != b"SQLite format 3\x00":
            raise StepFailed(f"{database.name} is not plain after 'passphrase remove'")
        return f"set, refused without it, {expect_pdf(output)} with it, removed"

    def bundle_untouched(self) -> str:
        """Running the app wrote nothing into its own folder (no ``__pycache__``)."""
        if self.portable is None:
            raise StepSkipped("no portable copy was run")
        written = sorted(self.portable.top.rglob("__pycache__"))
        if written:
            raise StepFailed("written inside the bundle: " + ", ".join(map(str, written)))
        return "no __pycache__ inside the bundle"


def main(argv: list[str] | None = None) -> int:
    """Run every step against a built folder.

    Args:
        argv: the command line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 when no step failed.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist_dir", metavar="DIST_DIR", help="dist/journal-app or the .app")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    build = find_build(Path(args.dist_dir).resolve())
    print(f"Smoke test of {build.top}")
    root = Path(tempfile.mkdtemp(prefix="journal-smoke-"))
    results = Results()
    test = SmokeTest(build, root)
    try:
        results.run("--help and --version", test.help)
        results.run("check-pack idiaspora-journal", test.check_bundled_pack)
        results.run("check-pack on broken JSON", test.check_broken_pack)
        results.run("Qt plugins, icon and translations", test.qt_bundle)
        results.run("window starts in portable mode (offscreen)", test.window_starts)
        results.run("clean shutdown on SIGTERM", test.clean_shutdown)
        results.run("nothing written to the home folder", test.nothing_in_home)
        results.run("export-pdf from the portable data folder", test.export_pdf)
        results.run("export-docx from the portable data folder", test.export_docx)
        results.run("migration of a schema 0001 database", test.migration)
        results.run("hand-in, import and compile", test.handins)
        results.run("passphrase set, used and removed", test.passphrase)
        results.run("nothing written into the bundle", test.bundle_untouched)
    finally:
        test.stop_window()
        if args.keep:
            print(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(results.summary())
    return 1 if results.counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
