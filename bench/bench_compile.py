"""Benchmark of compiling hand-ins into an outcome document, against its targets, on this machine.

Hand-ins for the full iDiaspora Journal are generated once: a few participants with every prompt
answered (workshop-length texts, one partly in Arabic and Chinese, every checklist, table and
sentence to complete, the timers) and two small photos each, written with ``write_handin``;
the files are then copied under new names up to the largest N. Each N (100, 1,000, 5,000) is
compiled to a PDF (the synthesis) and a CSV in a fresh subprocess, which reports the time and
its peak resident memory (``ru_maxrss``), and the same after imports and fonts only (the
baseline).

Targets: at most 15 ms per hand-in at the largest N; the time grows linearly (what each
hand-in more costs stays within 1.5× from one N to the next); peak memory at most 250 MB;
reading and folding in the hand-ins takes flat memory (at most 30 MB more for the largest N
than for the smallest). The
synthesis' length does not grow with N (its pages are shown).

``--all-answers`` measures the same with the appendix of every answer (about ten pages a
participant), against the same targets. Over ``document.APPENDIX_IN_PARTS`` participants the
document is laid out in parts of ``document.PART_PAGES`` pages, each saved before the next is
made, and joined (``pdfjoin``), so its memory is that of a part, whatever N.

``--docx`` writes the outcome document as a Word file instead of the PDF (``compile --docx``):
the same story, written into the file as it is generated (``docx.write_streamed``), against the
same targets.

Run from the repository: ``python bench/bench_compile.py [--all-answers] [--docx] [N ...]``.
Exits 1 if a target is missed.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100, 1000, 5000)
TARGET_MS_PER_HANDIN = 15.0
TARGET_PEAK_MB = 250.0
READ_GROWTH_MB = 30.0
TEMPLATES = 6
WORDS = [
    "diaspora",
    "community",
    "skills",
    "trust",
    "network",
    "investment",
    "remittances",
    "knowledge",
    "transfer",
    "youth",
    "women",
    "entrepreneurs",
    "partnership",
    "homeland",
    "hostland",
    "mentoring",
    "culture",
    "language",
    "volunteering",
    "embassy",
    "association",
    "festival",
    "school",
    "health",
    "digital",
    "platform",
    "dialogue",
    "return",
    "circulation",
]


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def photo(seed: int) -> bytes:
    """A small JPEG photo (640 × 480), as a phone picture scaled down."""
    from PIL import Image

    noise = Image.effect_noise((640, 480), 30 + seed).convert("RGB")
    gradient = Image.linear_gradient("L").resize((640, 480)).convert("RGB")
    out = io.BytesIO()
    Image.blend(noise, gradient, 0.6).save(out, format="JPEG", quality=80)
    return out.getvalue()


def make_templates(folder: Path) -> list[Path]:
    """A few hand-ins with every prompt of the full pack answered, written the real way."""
    from journal_app import resources
    from journal_app.export.handin import write_handin
    from journal_app.packs.loader import load_pack
    from journal_app.packs.model import (
        ChecklistPrompt,
        ImagePrompt,
        StemsPrompt,
        TablePrompt,
        TextPrompt,
    )
    from journal_app.store.answers import (
        AnswerValue,
        ChecklistValue,
        ItemsValue,
        StemsValue,
        TableValue,
        TextValue,
    )
    from journal_app.store.repository import Repository

    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    rng = random.Random(7)
    written = []
    with Repository.open(folder / "data", snapshot_on_open=False) as repo:
        for t in range(TEMPLATES):
            journal = repo.create_journal(f"Participant template {t}", pack)
            for prompt in pack.prompts():
                value: AnswerValue
                if isinstance(prompt, TextPrompt):
                    if prompt.items:
                        value = ItemsValue(tuple(sentence(rng, 6) for _ in prompt.items))
                    else:
                        text = " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(2))
                        if t == 1 and rng.random() < 0.2:
                            text += "\n\nتعمل الجاليات كجسور بين البلدان. 海外侨民的贡献很大。"
                        value = TextValue(text)
                elif isinstance(prompt, ChecklistPrompt):
                    options = [o.id for o in prompt.options]
                    chosen = set(rng.sample(options, k=max(1, len(options) // 3)))
                    checked = tuple(o for o in options if o in chosen)
                    other = prompt.other is not None and t % 2 == 0
                    value = ChecklistValue(checked, other, sentence(rng, 4) if other else "")
                elif isinstance(prompt, TablePrompt):
                    value = TableValue(
                        tuple((r.id, c.id, sentence(rng, 7)) for r, c in prompt.answer_cells())
                    )
                elif isinstance(prompt, StemsPrompt):
                    value = StemsValue(tuple((s.id, sentence(rng, 6)) for s in prompt.stems))
                else:
                    continue
                limit = prompt.timer_minutes
                repo.save_answer(
                    journal,
                    prompt,
                    value,
                    # Within the timer (the store refuses more than its minutes).
                    time_spent_seconds=rng.randint(60, limit * 60) if limit else None,
                )
            image_prompts = [p for p in pack.prompts() if isinstance(p, ImagePrompt)]
            for k, prompt in enumerate(image_prompts[:2]):
                repo.add_normalized_image(
                    journal,
                    prompt,
                    photo(t * 2 + k),
                    media_type="image/jpeg",
                    size=(640, 480),
                    caption=sentence(rng, 5),
                )
            written.append(write_handin(repo, pack, journal, folder / f"template-{t}"))
    return written


CHILD = """
import json, resource, sys, time
from pathlib import Path
from journal_app import resources
from journal_app.export import fonts
from journal_app.export.compile import compile_handins
from journal_app.export.compile.run import READ_SHARE
from journal_app.packs.loader import load_pack
folder, count, every = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "all"
word = sys.argv[4] == "docx"  # the outcome document as Word instead of PDF
pack = load_pack(resources.bundled_pack("idiaspora-journal"))
fonts.register_fonts()
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
paths = sorted(folder.glob("handin-*.journal.zip"))[:count]
read = {}
def progress(fraction):
    if fraction >= READ_SHARE and not read:  # every hand-in read, the PDF not started
        read["kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        read["seconds"] = time.perf_counter() - start
start = time.perf_counter()
report = compile_handins(
    paths, pack, None if word else folder / f"outcome-{count}.pdf",
    docx_path=folder / f"outcome-{count}.docx" if word else None,
    csv_path=folder / f"outcome-{count}.csv", on_progress=progress, all_answers=every,
)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "pages": report.pages, "baseline_kb": baseline,
                  "read_kb": read["kb"], "read_seconds": read["seconds"], "peak_kb": peak,
                  "pdf_mb": report.document.stat().st_size / 2**20}))
"""


def measure(folder: Path, count: int, every: bool = False, word: bool = False) -> dict[str, float]:
    kind = "docx" if word else "pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(folder),
            str(count),
            "all" if every else "synthesis",
            kind,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"compiling {count} hand-ins failed")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    """Generate, measure and print the figures."""
    every = "--all-answers" in sys.argv[1:]
    word = "--docx" in sys.argv[1:]
    sizes = tuple(int(a) for a in sys.argv[1:] if not a.startswith("--")) or SIZES
    folder = Path(tempfile.mkdtemp(prefix="bench-compile-"))
    try:
        start = time.perf_counter()
        templates = make_templates(folder)
        for i in range(max(sizes)):
            shutil.copyfile(templates[i % len(templates)], folder / f"handin-{i:04d}.journal.zip")
        generated = time.perf_counter() - start
        size_kb = sum(p.stat().st_size for p in templates) / len(templates) / 1024
        print(
            f"{max(sizes)} hand-ins generated in {generated:.1f} s"
            f" (about {size_kb:.0f} KB each: every prompt answered, 2 photos)"
        )
        rows = []
        for count in sizes:
            figures = measure(folder, count, every, word)
            rows.append((count, figures))
        mb = 1024.0
        print("\nwith the appendix of every answer (--all-answers)" if every else "")
        print("the outcome document as a Word file (--docx; 'pages': none)" if word else "")
        print(
            f"{'hand-ins':>8} {'time s':>7} {'read s':>7} {'ms/hand-in':>10} {'pages':>6}"
            f" {'file MB':>7} {'read +MB':>9} {'peak +MB':>9} {'peak RSS MB':>11}"
        )
        for count, f in rows:
            print(
                f"{count:>8} {f['seconds']:>7.2f} {f['read_seconds']:>7.2f}"
                f" {1000 * f['seconds'] / count:>10.1f} {int(f['pages']):>6}"
                f" {f['pdf_mb']:>7.1f} {(f['read_kb'] - f['baseline_kb']) / mb:>9.1f}"
                f" {(f['peak_kb'] - f['baseline_kb']) / mb:>9.1f} {f['peak_kb'] / mb:>11.1f}"
            )
        print(
            f"(+MB: resident memory above the {rows[0][1]['baseline_kb'] / mb:.0f} MB of the"
            " interpreter, libraries and fonts; 'read': after every hand-in was read and"
            " folded in, before the PDF is laid out.)"
        )
        failed = False
        largest, figures = rows[-1]
        per_handin = 1000 * figures["seconds"] / largest
        ok = per_handin <= TARGET_MS_PER_HANDIN
        failed |= not ok
        print(
            f"\n{largest} hand-ins at {per_handin:.1f} ms each:"
            f" target ≤ {TARGET_MS_PER_HANDIN:.0f} ms {'met' if ok else 'MISSED'}"
        )
        peak = max(f["peak_kb"] for _, f in rows) / mb
        ok = peak <= TARGET_PEAK_MB
        failed |= not ok
        print(
            f"peak memory {peak:.0f} MB: target ≤ {TARGET_PEAK_MB:.0f} MB"
            f" {'met' if ok else 'MISSED'}"
        )
        if len(rows) > 1:
            # Linear: each hand-in more costs the same (time = fixed + N × marginal); the
            # fixed part (imports, the synthesis' layout) is not spread over N.
            marginal = [
                (later["seconds"] - earlier["seconds"]) / (n_later - n_earlier)
                for (n_earlier, earlier), (n_later, later) in zip(rows, rows[1:], strict=False)
            ]
            ratio = max(marginal) / max(min(marginal), 1e-9)
            ok = ratio <= 1.5
            failed |= not ok
            shown = ", ".join(f"{1000 * m:.1f}" for m in marginal)
            print(
                f"each hand-in more costs {shown} ms across N: varies {ratio:.2f}×, linear"
                f" (≤ 1.5×) {'met' if ok else 'MISSED'}"
            )
            (small, first), (large, last) = rows[0], rows[-1]
            read_growth = (last["read_kb"] - first["read_kb"]) / mb
            ok = read_growth <= READ_GROWTH_MB
            failed |= not ok
            print(
                f"reading {small} → {large} hand-ins: memory +{read_growth:.1f} MB, flat"
                f" (≤ {READ_GROWTH_MB:.0f} MB) {'met' if ok else 'MISSED'}"
            )
            pdf_growth = last["pdf_mb"] - first["pdf_mb"]
            peak_growth = (last["peak_kb"] - first["peak_kb"]) / mb
            print(
                f"laying out: peak {peak_growth:+.0f} MB while the PDF grows {pdf_growth:+.0f} MB"
                " (a long document is laid out in parts, each saved before the next: not a target)"
            )
        return 1 if failed else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
