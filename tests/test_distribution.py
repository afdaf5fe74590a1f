"""The wheel: built with ``python -m build``, it carries everything and runs without the source tree.

One wheel is built per test session (a few seconds: the fonts are most of it) and installed into
a new virtual environment. That environment takes the app's dependencies from the one running
the tests (a ``.pth`` file naming its site-packages, so nothing is downloaded) but not the app
itself: the app comes from the wheel alone, and the commands run from a folder outside the
repository.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = "journal_app/_bundled"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("journal_app-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed; returns its ``bin`` folder."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(home)
    bin_dir = home / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies, from the environment running the tests (the app is not among them:
    # a .pth line only adds a folder, it does not run the editable install's own .pth file).
    (Path(purelib) / "test-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
        + ["--no-index", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    return bin_dir


def test_the_wheel_carries_packs_fonts_icons_translations_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [
        f"{BUNDLED}/prompts/idiaspora-journal.json",
        f"{BUNDLED}/prompts/virtual-exchange.json",
        f"{BUNDLED}/prompts/pack.schema.json",
        f"{BUNDLED}/prompts/hand-in.schema.json",
        f"{BUNDLED}/resources/fonts/NotoSans-Regular.ttf",
        f"{BUNDLED}/resources/icons/journal-app.svg",
        f"{BUNDLED}/resources/icons/hicolor/48x48/apps/org.reflectionjournal.JournalApp.png",
        f"{BUNDLED}/resources/linux/org.reflectionjournal.JournalApp.desktop",
        f"{BUNDLED}/resources/linux/org.reflectionjournal.JournalApp.metainfo.xml",
        f"{BUNDLED}/resources/translations/journal-app_fr.qm",
        f"{BUNDLED}/resources/translations/journal-app_es.qm",
        f"{BUNDLED}/resources/translations/journal-app_en.qm",
        # English plural forms, read by the core without Qt ("1 hand-in", not "1 hand-ins").
        f"{BUNDLED}/resources/translations/journal-app_en.ts",
    ]
    assert [name for name in expected if name not in names] == []
    migrations = [n for n in names if "/migrations/" in n and n.endswith(".py")]
    assert len(migrations) >= 2, "the Alembic scripts must ship as files"
    assert not any(n.startswith(("tests/", "bench/", "tools/")) for n in names)


def test_the_installed_command_checks_the_bundled_pack_by_name(
    installed: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(installed / "journal-app"), "check-pack", "idiaspora-journal"],
        cwd=tmp_path,  # not the repository
        capture_output=True,
        text=True,
        env={**os.environ, "JOURNAL_APP_HOME": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    assert "idiaspora-journal" in result.stdout


def test_the_installed_app_reads_its_files_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import journal_app, journal_app.resources as r, journal_app.language as l;"
        "print(journal_app.__file__); print(r.prompts_dir()); print(l.translations_dir())"
    )
    result = subprocess.run(
        [str(installed / "python"), "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    venv_root = installed.parent.resolve()
    assert all(Path(line).resolve().is_relative_to(venv_root) for line in lines), lines
    assert all(Path(line).exists() for line in lines)
    assert BUNDLED.split("/")[-1] in lines[1]
