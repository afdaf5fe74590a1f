"""Build the standalone one-folder app with PyInstaller.

Usage (from anywhere; PyInstaller must be installed: ``pip install pyinstaller``)::

    python packaging/build.py              # dist/journal-app/ (and dist/Reflection Journal.app)
    python packaging/build.py --archive    # ... and a .zip of it in dist/, for handing out

The work files go to ``build/``. At the end the script prints the folder's size, its number of
files and its ten largest files. See docs/building.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "journal-app.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_FOLDER = "journal-app"
MAC_BUNDLE = "Reflection Journal.app"


def main(argv: list[str] | None = None) -> int:
    """Run PyInstaller on the spec and report what it made.

    Args:
        argv: the command line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 when the folder was built.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-clean", action="store_true", help="reuse PyInstaller's cache (faster rebuilds)"
    )
    parser.add_argument(
        "--archive", action="store_true", help="also write a .zip of the result into dist/"
    )
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: PLC0415 - only to check it is there
    except ImportError:
        print("build.py: PyInstaller is missing: pip install pyinstaller", file=sys.stderr)
        return 1
    print(f"PyInstaller {PyInstaller.__version__}, Python {platform.python_version()}")
    # The app would carry the binding of this environment: never one known to crash sessions.
    sys.path.insert(0, str(ROOT))
    from journal_app import qt_health  # noqa: PLC0415 - after the path is set

    if qt_health.PYSIDE6_VERSION in qt_health.BROKEN_PYSIDE6 or qt_health.bool_refcount_drift():
        print(
            f"build.py: PySide6 {qt_health.PYSIDE6_VERSION} corrupts reference counts and would "
            f"crash long sessions; install PySide6 {qt_health.TESTED_PYSIDE6}",
            file=sys.stderr,
        )
        return 1

    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        *([] if args.no_clean else ["--clean"]),
        str(SPEC),
    ]
    print("+", " ".join(command), flush=True)
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, check=False)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(f"build.py: PyInstaller failed (exit status {result.returncode})", file=sys.stderr)
        return result.returncode

    folder = DIST / APP_FOLDER
    print(f"\nBuilt {folder} in {elapsed:.0f} s")
    report(folder)
    bundle = DIST / MAC_BUNDLE
    if bundle.is_dir():
        print(f"\nmacOS bundle: {bundle}")
        report(bundle, top=0)
    if args.archive:
        target = bundle if bundle.is_dir() else folder
        print(f"\nArchive: {write_archive(target)}")
    return 0


def walk(folder: Path) -> list[Path]:
    """Every file and symbolic link under ``folder``; linked folders are not entered."""
    found = []
    for parent, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(parent, name)
            if path.is_symlink() or name in files:
                found.append(path)
    return sorted(found)


def report(folder: Path, top: int = 10) -> None:
    """Print a folder's total size, its number of files and its largest files.

    Args:
        folder: the folder to measure (symbolic links are not followed or counted).
        top: how many of the largest files to list.
    """
    files = [(path.stat().st_size, path) for path in walk(folder) if not path.is_symlink()]
    links = sum(1 for path in walk(folder) if path.is_symlink())
    total = sum(size for size, _ in files)
    print(f"{folder.name}: {total / 1e6:.1f} MB in {len(files)} files (and {links} links)")
    if top:
        print(f"The {top} largest files:")
        for size, path in sorted(files, key=lambda item: item[0], reverse=True)[:top]:
            print(f"  {size / 1e6:7.1f} MB  {path.relative_to(folder).as_posix()}")


def archive_name() -> str:
    """The archive's file name: app, version, system and processor, e.g. ``-linux-x86_64``."""
    init = (ROOT / "journal_app" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', init, re.M)
    version = match.group(1) if match else "0"
    system = {"win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform.rstrip("0123456789")
    )
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )
    return f"journal-app-{version}-{system}-{machine}.zip"


def write_archive(target: Path) -> Path:
    """Zip ``target`` (the folder or the .app) into ``dist/``, keeping modes and symbolic links.

    Args:
        target: the folder to archive; it becomes the archive's top folder.

    Returns:
        The archive's path.
    """
    archive = DIST / archive_name()
    archive.unlink(missing_ok=True)
    if sys.platform == "darwin" and shutil.which("ditto"):
        # ditto keeps what a bundle needs (symbolic links, extended attributes, signatures).
        subprocess.run(
            ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(target), str(archive)],
            check=True,
        )
        return archive
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zipped:
        for path in walk(target):
            name = path.relative_to(target.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so that the mode below counts
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zipped.writestr(info, os.readlink(path))
            else:
                zipped.write(path, name)
    return archive


if __name__ == "__main__":
    sys.exit(main())
