"""Benchmark of the journal store on this machine, against the targets the store is built for.

What it measures, in a temporary data folder (on the disk of ``--dir``; by default the system's
temporary folder, so put it where journals really live if that is another disk):

(a) saving one text answer, ``Repository.save_answer`` with a paragraph, 500 times over the
    prompts of the full pack ``prompts/idiaspora-journal.json``, against its floor: the same row
    upserted (and the journal's ``updated_at`` set, in one transaction) with the ``sqlite3``
    module directly, in a database of the same schema with the same pragmas (WAL,
    synchronous=FULL) on the same disk. The two are interleaved, one store save then one floor
    save, which of them goes first taking turns, so that both meet the same disk and machine
    load (in blocks of 20 saves, bursts of load on a busy machine moved the ratio of a --quick
    run between 1.1× and 1.5×; save by save, 1.13× to 1.21×).
    Targets: median store / median floor ≤ 1.5×, and median ≤ 2 ms (p95 shown);
(b) saving one downscaled photo, ``Repository.add_normalized_image`` with an already normalised
    ~2400 × 1600 JPEG of photo-like content: median ≤ 30 ms. For information, the time of
    ``images.normalize`` on a 4000 × 3000 camera JPEG (that work runs off the UI thread);
(c) opening a journal in which every prompt of the full pack is answered and 20 photos are
    stored, without loading picture bytes: ≤ 50 ms for "open database" (``Repository.open``,
    no snapshot) plus "load journal" (``journal_by_name``, ``answers``, ``images``), each run in
    a fresh process, so nothing is cached in Python; the parts are shown separately.

Where meaningful, a floor is measured too: the same rows written or read with the ``sqlite3``
module directly, on the same schema with the same pragmas (WAL, synchronous=FULL), and the ratio
store / floor is printed (for (a) it is a target). The script ends with a table of figure,
target and pass/fail, and exits with status 1 if a target is missed.

Run it from the repository: ``python bench/bench_store.py`` (about 30 s; ``--quick`` for fewer
repetitions).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import PIL
from PIL import Image, ImageChops, ImageDraw

from journal_app.packs.loader import load_pack, load_pack_text
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    Pack,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store import images
from journal_app.store.answers import (
    AnswerValue,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.db import database_path, inspect_file
from journal_app.store.repository import Repository

ROOT = Path(__file__).resolve().parent.parent
FULL_PACK = ROOT / "prompts" / "idiaspora-journal.json"

TARGET_SAVE_TEXT_MS = 2.0
TARGET_SAVE_TEXT_RATIO = 1.5
"""Median of ``Repository.save_answer`` over the median of the same upsert with ``sqlite3``."""
INTERLEAVE_BLOCK = 1
"""Saves timed in a row before the other side's turn (see (a) above)."""
TARGET_SAVE_PHOTO_MS = 30.0
TARGET_OPEN_JOURNAL_MS = 50.0
PHOTOS_IN_JOURNAL = 20
JOURNAL_NAME = "Benchmark journal"

PARAGRAPH = (
    "When I moved abroad I thought I would miss the food most, but it was the small rituals:"
    " the Sunday phone call with my grandmother, the way neighbours greeted each other in the"
    " morning, the market on Thursdays. Here I have built new ones. I volunteer with an"
    " association that helps newcomers with their papers, and every month we cook together."
    " I would like to use what I have learned to support young people back home who want to"
    " start a business, perhaps by mentoring them online or by investing in a cooperative."
)

# The store's own connection settings (journal_app.store.db.make_engine), for the floors.
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


# ----------------------------------------------------------------------------- figures


@dataclass
class Figure:
    """One line of the final table: a time in ms, or a ratio ("×")."""

    name: str
    value: float
    target: float | None = None
    unit: str = "ms"

    @property
    def verdict(self) -> str:
        """PASS or FAIL against the target; "info" for figures without one."""
        if self.target is None:
            return "info"
        return "PASS" if self.value <= self.target else "FAIL"

    def shown(self, number: float, spec: str = ".2f") -> str:
        """A value or target of this figure, with its unit."""
        return f"{number:{spec}} ms" if self.unit == "ms" else f"{number:{spec}}{self.unit}"


def ms(nanoseconds: float) -> float:
    return nanoseconds / 1e6


def median_ms(samples: Sequence[int]) -> float:
    return ms(statistics.median(samples))


def p95_ms(samples: Sequence[int]) -> float:
    ordered = sorted(samples)
    return ms(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))])


def timed(action: Callable[[], object]) -> int:
    start = time.perf_counter_ns()
    action()
    return time.perf_counter_ns() - start


def interleaved(
    first: Callable[[int], object], second: Callable[[int], object], repetitions: int
) -> tuple[list[int], list[int]]:
    """Time ``first(i)`` and ``second(i)`` for i < ``repetitions``, in alternating blocks.

    ``INTERLEAVE_BLOCK`` calls of one, then as many of the other, and which one starts a pair of
    blocks takes turns: both meet the same disk, caches and load, in the same proportions.
    """
    samples: tuple[list[int], list[int]] = ([], [])
    for number, start in enumerate(range(0, repetitions, INTERLEAVE_BLOCK)):
        block = range(start, min(start + INTERLEAVE_BLOCK, repetitions))
        order = ((first, samples[0]), (second, samples[1]))
        for action, times in order if number % 2 == 0 else order[::-1]:
            for i in block:
                start_ns = time.perf_counter_ns()
                action(i)
                times.append(time.perf_counter_ns() - start_ns)
    return samples


def describe(label: str, samples: Sequence[int], floor: Sequence[int] | None = None) -> None:
    line = (
        f"  {label:<44} median {median_ms(samples):8.2f} ms   p95 {p95_ms(samples):8.2f} ms"
        f"   max {ms(max(samples)):8.2f} ms   (n={len(samples)})"
    )
    print(line)
    if floor is not None:
        ratio = statistics.median(samples) / statistics.median(floor)
        print(
            f"  {'  floor: sqlite3 directly, same pragmas':<44}"
            f" median {median_ms(floor):8.2f} ms   p95 {p95_ms(floor):8.2f} ms"
            f"   ratio store/floor {ratio:.1f}×"
        )


# ----------------------------------------------------------------------------- inputs


def photo(size: tuple[int, int], seed: int = 0, grain: float = 12.0) -> Image.Image:
    """Photo-like content: smooth gradients, shapes with edges, and sensor grain.

    A flat or gradient-only picture compresses to almost nothing; this gives JPEG sizes like a
    real photo's (about 1 MB at 2400 × 1600, quality 88).
    """
    rng = random.Random(seed)
    gradients = (
        Image.linear_gradient("L"),
        Image.radial_gradient("L"),
        Image.linear_gradient("L").rotate(90),
    )
    channels = [
        ImageChops.add(g.resize(size), Image.effect_noise(size, grain), 1.0, -128)
        for g in gradients
    ]
    image = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(image)
    width, height = size
    for _ in range(40):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(20, width // 6)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    grain_layer = Image.merge("RGB", [Image.effect_noise(size, grain * 3) for _ in range(3)])
    return Image.blend(image, grain_layer, 0.15)


def jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def pack_with_room_for_photos(max_images: int) -> Pack:
    """The full pack with ``max_images`` raised on its image prompts (the real one allows 1)."""
    document = json.loads(FULL_PACK.read_text(encoding="utf-8"))

    def raise_limit(node: object) -> None:
        if isinstance(node, dict):
            if node.get("kind") == "image":
                node["max_images"] = max_images
            for child in node.values():
                raise_limit(child)
        elif isinstance(node, list):
            for child in node:
                raise_limit(child)

    raise_limit(document)
    return load_pack_text(json.dumps(document), str(FULL_PACK))


def answer_for(prompt: AnyPrompt, variant: int = 0) -> AnswerValue | None:
    """A valid, realistic answer of the prompt's kind (None for picture prompts and notes)."""
    text = f"{PARAGRAPH} ({variant})"
    if isinstance(prompt, TextPrompt):
        if prompt.items:
            return ItemsValue(tuple(f"{PARAGRAPH[:120]} {i}" for i in range(len(prompt.items))))
        return TextValue(text)
    if isinstance(prompt, ChecklistPrompt):
        checked = tuple(o.id for o in prompt.options[::2])
        if prompt.other is not None:
            return ChecklistValue(checked, True, "Something else that matters to me.")
        return ChecklistValue(checked)
    if isinstance(prompt, TablePrompt):
        return TableValue(tuple((r.id, c.id, PARAGRAPH[:80]) for r, c in prompt.answer_cells()))
    if isinstance(prompt, StemsPrompt):
        return StemsValue(tuple((s.id, PARAGRAPH[:150]) for s in prompt.stems))
    return None


def copy_schema(store_db: Path, floor_db: Path) -> sqlite3.Connection:
    """A plain sqlite3 database with the store's exact schema, opened with the same pragmas."""
    with sqlite3.connect(store_db) as source:
        statements = [
            sql
            for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            )
        ]
    connection = sqlite3.connect(floor_db, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    for sql in statements:
        connection.execute(sql)
    return connection


def floor_with_journal(
    work: Path, part: str, journal_id: int, pack_id: str, pack_version: str
) -> sqlite3.Connection:
    """The floor database of a part ("a", "b"): the store's schema and the same journal row."""
    floor_db = copy_schema(database_path(work / f"{part}-data"), work / f"{part}-floor.sqlite3")
    floor_db.execute(
        "INSERT INTO journals (id, name, pack_id, pack_version, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (journal_id, JOURNAL_NAME, pack_id, pack_version, now_text(), now_text()),
    )
    return floor_db


def now_text() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


# ----------------------------------------------------------------------------- (a) text answers


def bench_text_answers(work: Path, pack: Pack, repetitions: int) -> list[Figure]:
    print(
        f"\n(a) Saving one text answer ({repetitions} saves over the full pack's prompts,"
        f" interleaved with {repetitions} floor saves, {INTERLEAVE_BLOCK} by {INTERLEAVE_BLOCK})"
    )
    text_prompts = [p for p in pack.prompts() if isinstance(p, TextPrompt) and not p.items]
    print(f"  {len(text_prompts)} single-field text prompts; a paragraph of {len(PARAGRAPH)} chars")
    repo = Repository.open(work / "a-data", snapshot_on_open=False)
    try:
        journal = repo.create_journal(JOURNAL_NAME, pack)
        journal_id, pack_id = journal.id, journal.pack_id
        floor_db = floor_with_journal(work, "a", journal_id, pack_id, pack.version)
        upsert = (
            "INSERT INTO answers (journal_id, pack_id, prompt_id, kind, value_json,"
            " time_spent_seconds, prompt_text, updated_at, skipped, private)"
            " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 0, 0)"
            " ON CONFLICT (journal_id, pack_id, prompt_id) DO UPDATE SET kind = excluded.kind,"
            " value_json = excluded.value_json,"
            " time_spent_seconds = excluded.time_spent_seconds,"
            " prompt_text = excluded.prompt_text, updated_at = excluded.updated_at"
        )

        def store_save(i: int) -> None:
            prompt = text_prompts[i % len(text_prompts)]
            repo.save_answer(journal, prompt, TextValue(f"{PARAGRAPH} ({i})"))

        def raw_save(i: int) -> None:
            prompt = text_prompts[i % len(text_prompts)]
            when = now_text()
            floor_db.execute("BEGIN")
            floor_db.execute(
                upsert,
                (
                    journal_id,
                    pack_id,
                    prompt.id,
                    "text",
                    json.dumps({"text": f"{PARAGRAPH} ({i})"}, ensure_ascii=False),
                    prompt.text.get(),
                    when,
                ),
            )
            floor_db.execute("UPDATE journals SET updated_at = ? WHERE id = ?", (when, journal_id))
            floor_db.execute("COMMIT")

        try:
            interleaved(store_save, raw_save, 20)  # warm up: first WAL pages, pools, caches
            samples, floor = interleaved(store_save, raw_save, repetitions)
        finally:
            floor_db.close()
    finally:
        repo.close()

    ratio = statistics.median(samples) / statistics.median(floor)
    describe("Repository.save_answer(TextValue)", samples, floor)
    print(
        f"  {'  ratio of the medians, store/floor':<44} {ratio:.2f}×"
        f"   (target ≤ {TARGET_SAVE_TEXT_RATIO:g}×)"
    )
    return [
        Figure("(a) save one text answer, median", median_ms(samples), TARGET_SAVE_TEXT_MS),
        Figure("(a) save one text answer, p95", p95_ms(samples)),
        Figure("(a)   floor: sqlite3 upsert + commit, median", median_ms(floor)),
        Figure("(a)   floor: sqlite3 upsert + commit, p95", p95_ms(floor)),
        Figure("(a) save one text answer / floor (medians)", ratio, TARGET_SAVE_TEXT_RATIO, "×"),
    ]


# ----------------------------------------------------------------------------- (b) photos


def bench_photos(
    work: Path, pack: Pack, stored_photo: bytes, camera_photo: bytes, repetitions: int
) -> list[Figure]:
    print(f"\n(b) Saving one downscaled photo ({repetitions} saves)")
    size = Image.open(io.BytesIO(stored_photo)).size
    print(f"  the photo: {size[0]} × {size[1]} JPEG, {len(stored_photo) / 1e6:.2f} MB")
    # Spread over the image prompts: a pack allows at most 20 pictures per prompt.
    image_prompts = [p for p in pack.prompts() if isinstance(p, ImagePrompt)]
    turn = iter(range(10**9))
    repo = Repository.open(work / "b-data", snapshot_on_open=False)
    try:
        journal = repo.create_journal(JOURNAL_NAME, pack)

        def add() -> None:
            repo.add_normalized_image(
                journal,
                image_prompts[next(turn) % len(image_prompts)],
                stored_photo,
                media_type="image/jpeg",
                size=size,
                caption="The market on Thursdays",
            )

        for _ in range(3):
            add()
        samples = [timed(add) for _ in range(repetitions)]
        journal_id, pack_id = journal.id, journal.pack_id
    finally:
        repo.close()

    floor_db = floor_with_journal(work, "b", journal_id, pack_id, pack.version)
    key = "journal_id = ? AND pack_id = ? AND prompt_id = ?"
    floor_turn = iter(range(10**9))

    def raw_add() -> None:
        floor_db.execute("BEGIN")
        prompt = image_prompts[next(floor_turn) % len(image_prompts)]
        where = (journal_id, pack_id, prompt.id)
        floor_db.execute(f"SELECT count(*) FROM images WHERE {key}", where).fetchone()
        (last,) = floor_db.execute(
            f"SELECT max(position) FROM images WHERE {key}", where
        ).fetchone()
        floor_db.execute(
            "INSERT INTO images (journal_id, pack_id, prompt_id, position, media_type, width,"
            " height, byte_size, caption, is_drawing, created_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                *where,
                0 if last is None else last + 1,
                "image/jpeg",
                *size,
                len(stored_photo),
                "The market on Thursdays",
                now_text(),
                stored_photo,
            ),
        )
        floor_db.execute(
            "UPDATE journals SET updated_at = ? WHERE id = ?", (now_text(), journal_id)
        )
        floor_db.execute("COMMIT")

    for _ in range(3):
        raw_add()
    floor = [timed(raw_add) for _ in range(repetitions)]
    floor_db.close()
    describe("Repository.add_normalized_image", samples, floor)

    camera_size = Image.open(io.BytesIO(camera_photo)).size
    print(
        f"  informational: images.normalize of a {camera_size[0]} × {camera_size[1]} camera JPEG"
        f" ({len(camera_photo) / 1e6:.2f} MB), off the UI thread"
    )
    normalize_runs = max(3, repetitions // 8)
    normalized = images.normalize(camera_photo)
    normalize_samples = [
        timed(lambda: images.normalize(camera_photo)) for _ in range(normalize_runs)
    ]
    print(
        f"    → {normalized.width} × {normalized.height} {normalized.media_type},"
        f" {len(normalized.data) / 1e6:.2f} MB"
    )
    describe("images.normalize (4000 × 3000 → 2400 px)", normalize_samples)
    return [
        Figure("(b) save one downscaled photo, median", median_ms(samples), TARGET_SAVE_PHOTO_MS),
        Figure("(b) save one downscaled photo, p95", p95_ms(samples)),
        Figure("(b)   floor: sqlite3 insert + commit", median_ms(floor)),
        Figure(
            "(b) normalize a 4000×3000 JPEG (off UI thread)",
            median_ms(normalize_samples),
        ),
    ]


# ----------------------------------------------------------------------------- (c) open


def build_full_journal(data_dir: Path, photo_bytes: bytes, photo_size: tuple[int, int]) -> str:
    """Answer every answerable prompt of the full pack and store 20 photos; returns a summary."""
    pack = pack_with_room_for_photos(PHOTOS_IN_JOURNAL)
    image_prompts = [p for p in pack.prompts() if isinstance(p, ImagePrompt)]
    answered = 0
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        journal = repo.create_journal(JOURNAL_NAME, pack)
        for number, prompt in enumerate(pack.prompts()):
            if not prompt.answerable or isinstance(prompt, ImagePrompt):
                continue
            timer = 600 if prompt.timer_minutes else None
            repo.save_answer(journal, prompt, answer_for(prompt, number), time_spent_seconds=timer)
            answered += 1
        for number in range(PHOTOS_IN_JOURNAL):
            repo.add_normalized_image(
                journal,
                image_prompts[number % len(image_prompts)],
                photo_bytes,
                media_type="image/jpeg",
                size=photo_size,
                caption=f"Photo {number + 1}",
            )
        stored_answers = len(repo.answers(journal))
        stored_images = len(repo.images(journal))
    if (stored_answers, stored_images) != (answered, PHOTOS_IN_JOURNAL):
        raise RuntimeError(f"stored {stored_answers} answers and {stored_images} photos")
    size_mb = sum(f.stat().st_size for f in data_dir.iterdir() if f.is_file()) / 1e6
    return (
        f"{answered} answers (every answerable prompt of {sum(1 for _ in pack.prompts())}),"
        f" {stored_images} photos over {len(image_prompts)} image prompts,"
        f" data folder {size_mb:.1f} MB"
    )


def open_once(data_dir: Path) -> dict[str, float]:
    """One cold open in this (fresh) process: the store, then the sqlite3 floor."""
    start = time.perf_counter_ns()
    repo = Repository.open(data_dir, snapshot_on_open=False)
    opened = time.perf_counter_ns()
    journal = repo.journal_by_name(JOURNAL_NAME)
    answers = repo.answers(journal)
    pictures = repo.images(journal)
    loaded = time.perf_counter_ns()
    repo.close()
    if not answers or len(pictures) != PHOTOS_IN_JOURNAL:
        raise RuntimeError(f"unexpected journal: {len(answers)} answers, {len(pictures)} photos")

    start_floor = time.perf_counter_ns()
    connection = sqlite3.connect(database_path(data_dir), isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    opened_floor = time.perf_counter_ns()
    journal_id, pack_id = connection.execute(
        "SELECT id, pack_id FROM journals WHERE name = ?", (JOURNAL_NAME,)
    ).fetchone()
    raw_answers = {
        prompt_id: json.loads(value) if value else None
        for prompt_id, value in connection.execute(
            "SELECT prompt_id, value_json FROM answers WHERE journal_id = ? AND pack_id = ?",
            (journal_id, pack_id),
        )
    }
    raw_images = connection.execute(
        "SELECT id, prompt_id, position, media_type, width, height, byte_size, caption,"
        " is_drawing, created_at FROM images WHERE journal_id = ? AND pack_id = ?"
        " ORDER BY prompt_id, position",
        (journal_id, pack_id),
    ).fetchall()
    loaded_floor = time.perf_counter_ns()
    connection.close()
    if (len(raw_answers), len(raw_images)) != (len(answers), len(pictures)):
        raise RuntimeError("the floor read other rows than the store")
    # Part of Repository.open: the read-only integrity check, which reads the whole file.
    checked = timed(lambda: inspect_file(database_path(data_dir), data_dir))
    return {
        "open": opened - start,
        "check": checked,
        "load": loaded - opened,
        "floor_open": opened_floor - start_floor,
        "floor_load": loaded_floor - opened_floor,
    }


def bench_open(
    work: Path, photo_bytes: bytes, photo_size: tuple[int, int], runs: int
) -> list[Figure]:
    print(f"\n(c) Opening a journal with every prompt answered and {PHOTOS_IN_JOURNAL} photos")
    data_dir = work / "c-data"
    print(f"  {build_full_journal(data_dir, photo_bytes, photo_size)}")

    fresh: list[dict[str, float]] = []
    process_ns: list[int] = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        result = subprocess.run(
            [sys.executable, __file__, "--open-once", str(data_dir)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        process_ns.append(time.perf_counter_ns() - start)
        fresh.append(json.loads(result.stdout.strip().splitlines()[-1]))

    def column(name: str) -> list[int]:
        return [int(r[name]) for r in fresh]

    totals = [int(r["open"] + r["load"]) for r in fresh]
    floor_totals = [int(r["floor_open"] + r["floor_load"]) for r in fresh]
    print(
        f"  each in a fresh process ({runs} runs; the whole process, with Python starting and"
        f" importing the store, took {median_ms(process_ns):.0f} ms, not counted):"
    )
    describe("open database (Repository.open)", column("open"), column("floor_open"))
    describe("  of which: inspect_file (quick_check)", column("check"))
    describe("load journal (by name, answers, images)", column("load"), column("floor_load"))
    describe("open + load", totals, floor_totals)

    warm = [open_once(data_dir) for _ in range(runs)]
    warm_totals = [int(r["open"] + r["load"]) for r in warm]
    print("  again in this process (Python caches warm):")
    describe("open + load", warm_totals)
    return [
        Figure("(c) open database (fresh process)", median_ms(column("open"))),
        Figure("(c)   of which: inspect_file (quick_check)", median_ms(column("check"))),
        Figure("(c) load journal (fresh process)", median_ms(column("load"))),
        Figure(
            "(c) open + load journal (fresh process), median",
            median_ms(totals),
            TARGET_OPEN_JOURNAL_MS,
        ),
        Figure("(c)   floor: sqlite3 connect + 3 selects", median_ms(floor_totals)),
        Figure("(c) open + load journal (same process)", median_ms(warm_totals)),
    ]


# ----------------------------------------------------------------------------- main


def print_table(figures: Sequence[Figure]) -> None:
    print("\nSummary")
    header = f"  {'figure':<50} {'measured':>11} {'target':>10}  result"
    print(header)
    print("  " + "-" * (len(header) - 2))
    for f in figures:
        target = "" if f.target is None else f"≤ {f.shown(f.target, 'g')}"
        print(f"  {f.name:<50} {f.shown(f.value):>11} {target:>10}  {f.verdict}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, help="where to make the temporary data folders")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--open-once", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.open_once is not None:  # the child process of (c)
        report = open_once(args.open_once)
        print(json.dumps(report))
        return 0

    started = time.perf_counter()
    text_saves, photo_saves, open_runs = (100, 12, 3) if args.quick else (500, 40, 9)
    parent = args.dir if args.dir is not None else Path(tempfile.gettempdir())
    parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-store-", dir=parent) as tmp:
        work = Path(tmp)
        print("Reflection Journal store benchmark")
        print(
            f"  Python {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
            f" Pillow {PIL.__version__}, {platform.system()} {platform.machine()},"
            f" {os.cpu_count()} CPUs"
        )
        print(f"  data folders in {work}")
        pack = load_pack(FULL_PACK)
        print(f"  pack {pack.id} {pack.version}: {sum(1 for _ in pack.prompts())} prompts")

        stored = images.normalize(jpeg(photo((2400, 1600), seed=1), quality=92))
        camera = jpeg(photo((4000, 3000), seed=2), quality=92)
        size = (stored.width, stored.height)

        figures = bench_text_answers(work, pack, text_saves)
        photo_pack = pack_with_room_for_photos(20)  # the most a pack may allow
        figures += bench_photos(work, photo_pack, stored.data, camera, photo_saves)
        figures += bench_open(work, stored.data, size, open_runs)

    print_table(figures)
    print(f"\n  total time {time.perf_counter() - started:.1f} s")
    return 1 if any(f.verdict == "FAIL" for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
