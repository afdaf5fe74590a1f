"""The pack library: bundled packs, the data folder's packs, newest version wins, broken ones kept aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal_app.packs.library import PackLibrary
from journal_app.packs.loader import PackError

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def test_bundled_packs_are_found(tmp_path: Path) -> None:
    library = PackLibrary(tmp_path)
    assert {"idiaspora-journal", "virtual-exchange"} <= set(library.packs())
    assert library.get("nope") is None
    assert library.problems == []


def test_added_pack_is_copied_and_found_again(tmp_path: Path) -> None:
    library = PackLibrary(tmp_path)
    pack = library.add(MINIMAL)
    assert (tmp_path / "packs" / "test-pack-2.1.json").is_file()
    again = PackLibrary(tmp_path)
    assert again.get("test-pack") == pack


def test_newest_version_wins_and_broken_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["version"] = "2.10"
    (tmp_path / "packs" / "newer.json").write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "packs" / "broken.json").write_text("{", encoding="utf-8")
    library = PackLibrary(tmp_path, extra=[MINIMAL])
    pack = library.get("test-pack")
    assert pack is not None
    assert pack.version == "2.10"  # 2.10 is newer than 2.1
    assert [str(e.problems[0].file) for e in library.problems] == [
        str(tmp_path / "packs" / "broken.json")
    ]


def test_a_broken_pack_is_not_added(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1}', encoding="utf-8")
    with pytest.raises(PackError):
        PackLibrary(tmp_path / "data").add(broken)
    assert not (tmp_path / "data" / "packs").exists()
