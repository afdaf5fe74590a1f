"""Benchmark: export time grows with an answer's length, not with its square.

ReportLab lays out the rest of a paragraph again at every page it breaks, so one huge paragraph
costs n² (200,000 characters took 4.1 s, 1.9 million several minutes); the export lays long
answers out in pieces (``pdf.CHUNK``). The floor is the same export of a quarter of the text, in
the same run, interleaved: four times the text must cost at most 6 times (n² would be 16).

Run from the repository: ``python bench/bench_long_answer.py``. Exits 1 if the target is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from journal_app.export.pdf import export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "minimal-pack.json"
TARGET = 6.0


def main() -> int:
    pack = load_pack(MINIMAL)
    prompt = pack.prompt("free")
    assert prompt is not None
    text = "lorem ipsum dolor sit amet " * 16000
    times: dict[int, list[float]] = {50_000: [], 200_000: []}
    with tempfile.TemporaryDirectory() as folder, Repository.open(Path(folder) / "d") as repo:
        journals = {n: repo.create_journal(f"n{n}", pack) for n in times}
        for n, journal in journals.items():
            repo.save_answer(journal, prompt, TextValue(text[:n]))
        for _ in range(3):
            for n, journal in journals.items():
                started = time.perf_counter()
                export_pdf(pack, gather(repo, journal), Path(folder) / f"{n}.pdf")
                times[n].append(time.perf_counter() - started)
    floor, long = (statistics.median(times[n]) for n in times)
    ratio = long / floor
    print(f"50,000 characters: {floor:.2f} s; 200,000: {long:.2f} s; ratio {ratio:.1f}×")
    print(f"target: ≤ {TARGET}× (linear 4×, n² 16×): {'OK' if ratio <= TARGET else 'MISSED'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
