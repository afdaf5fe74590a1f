"""Fixtures for store tests: a pack, and a repository in a fresh data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.repository import Journal, Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    repository = Repository.open(data_dir)
    yield repository
    repository.close()


@pytest.fixture
def journal(repo: Repository, pack: Pack) -> Journal:
    return repo.create_journal("Amina", pack)
