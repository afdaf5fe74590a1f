"""The project's own gates, run with the tests: lint, format, types, and the Qt-free core contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
        ("lint-imports",),
    ],
    ids=["ruff", "ruff-format", "mypy", "import-linter"],
)
def test_gate_passes(command: tuple[str, ...]) -> None:
    executable = BIN / command[0]
    assert executable.exists(), (
        f"{command[0]} is missing: install the test extras (pip install -e '.[test]')"
    )
    result = run(str(executable), *command[1:])
    assert result.returncode == 0, result.stdout + result.stderr
