"""Where packs are found: bundled with the app, in the data folder's ``packs/``, or opened.

Facilitators drop their packs in ``<data folder>/packs/`` (File ▸ Open prompt pack… copies a
pack there), so the journals started on them find their pack again at the next start.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from journal_app import resources
from journal_app.packs.loader import PackError, load_pack
from journal_app.packs.model import Pack

_NOT_PACKS = {"pack.schema.json", "hand-in.schema.json"}


@dataclass
class PackLibrary:
    """The packs this app can open, by id (the newest version when several files share an id)."""

    data_dir: Path
    extra: list[Path] = field(default_factory=list)
    problems: list[PackError] = field(default_factory=list)
    _packs: dict[str, tuple[Pack, Path]] | None = None

    @property
    def user_dir(self) -> Path:
        """The data folder's ``packs/``."""
        return self.data_dir / "packs"

    def candidates(self) -> list[Path]:
        """Every pack file: bundled, then the data folder's, then those given explicitly."""
        files: list[Path] = []
        for folder in (resources.prompts_dir(), self.user_dir):
            if folder.is_dir():
                files += sorted(p for p in folder.glob("*.json") if p.name not in _NOT_PACKS)
        return files + list(self.extra)

    def packs(self) -> dict[str, tuple[Pack, Path]]:
        """Every valid pack by id, with its file; broken files are kept in ``problems``."""
        if self._packs is None:
            found: dict[str, tuple[Pack, Path]] = {}
            self.problems = []
            for path in self.candidates():
                try:
                    pack = load_pack(path, cache_dir=self.data_dir / "cache")
                except PackError as error:
                    self.problems.append(error)
                    continue
                current = found.get(pack.id)
                if current is None or _version(pack.version) >= _version(current[0].version):
                    found[pack.id] = (pack, path)
            self._packs = found
        return self._packs

    def get(self, pack_id: str) -> Pack | None:
        """The pack with this id, if the app has it."""
        entry = self.packs().get(pack_id)
        return None if entry is None else entry[0]

    def add(self, path: Path) -> Pack:
        """Open a pack file and copy it into the data folder's ``packs/``.

        Raises:
            PackError: the file is not a valid pack (nothing is copied).
            OSError: the copy failed.
        """
        pack = load_pack(path, cache_dir=self.data_dir / "cache")
        self.user_dir.mkdir(parents=True, exist_ok=True)
        target = self.user_dir / f"{pack.id}-{pack.version}.json"
        if path.resolve() != target.resolve():
            shutil.copyfile(path, target)
        self._packs = None
        return pack


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())
