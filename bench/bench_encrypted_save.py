"""Benchmark: saving an answer in journals protected by a passphrase, against plain journals.

Two data folders on the same disk, one plain and one protected (SQLCipher 4, ``store.cipher``),
each with a journal of the full iDiaspora Journal. The same ``Repository.save_answer`` calls (a
paragraph of text, over the pack's text prompts in turn) are made on both, interleaved one save
on the plain folder then one on the protected one, so that the disk's and the machine's moods
fall on both alike. The floor is the plain save: the same call, the same content, the same
pragmas (WAL, synchronous=FULL), without encryption.

Target (issue 18): median protected save / median plain save ≤ 1.5×.

Run from the repository: ``python bench/bench_encrypted_save.py [SAVES]``. Exits 1 if the
target is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from journal_app import resources
from journal_app.packs.loader import load_pack
from journal_app.packs.model import TextPrompt
from journal_app.store import cipher
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

TARGET_RATIO = 1.5
SAVES = 500
PARAGRAPH = (
    "Diaspora engagement works when ministries listen first: a consultation in the capital,"
    " then the consulates, then the associations abroad. We measured remittances but not skills."
)


def main() -> int:
    """Measure and print the figures."""
    saves = int(sys.argv[1]) if len(sys.argv) > 1 else SAVES
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    prompts = [p for p in pack.prompts() if isinstance(p, TextPrompt) and not p.items]
    with tempfile.TemporaryDirectory(prefix="bench-encrypted-") as folder:
        plain = Repository.open(Path(folder) / "plain", snapshot_on_open=False)
        protected = Repository.open(
            Path(folder) / "protected",
            snapshot_on_open=False,
            key=cipher.Key("a passphrase of some length"),
        )
        try:
            assert cipher.is_encrypted(protected.database.path)
            assert not cipher.is_encrypted(plain.database.path)
            journals = {
                id(plain): plain.create_journal("Plain", pack),
                id(protected): protected.create_journal("Protected", pack),
            }
            samples: dict[int, list[int]] = {id(plain): [], id(protected): []}
            for n in range(saves + 20):
                prompt = prompts[n % len(prompts)]
                value = TextValue(f"{n}: {PARAGRAPH}")
                for repository in (plain, protected) if n % 2 else (protected, plain):
                    start = time.perf_counter_ns()
                    repository.save_answer(journals[id(repository)], prompt, value)
                    elapsed = time.perf_counter_ns() - start
                    if n >= 20:  # (the first saves warm the connections and caches)
                        samples[id(repository)].append(elapsed)
        finally:
            plain.close()
            protected.close()
    floor = statistics.median(samples[id(plain)]) / 1e6
    measured = statistics.median(samples[id(protected)]) / 1e6
    ratio = measured / floor
    version = cipher.ENCRYPTED_MODULE.sqlite_version
    print(f"{saves} saves each, interleaved (sqlcipher3 on SQLite {version})")
    print(f"  plain journals (floor)        median {floor:6.2f} ms")
    print(f"  protected journals            median {measured:6.2f} ms")
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"  ratio protected / plain       {ratio:6.2f} ×   target ≤ {TARGET_RATIO}× {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
