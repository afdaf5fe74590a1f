"""A session on journals protected by a passphrase: typed at start, wrong first, then right.

The real app under the driver: the passphrase dialog appears before the journal opens, a wrong
passphrase brings it back with the reason, the right one opens the journal; the person types an
answer and quits from the menu. What was typed is stored, encrypted, and nowhere in the clear.
"""

from __future__ import annotations

from pathlib import Path

from sessionkit import PACK_ID, compose, differences, drive, problems_of_exit, stored

EXPLAIN = "s1-explain-diaspora-engagement"


def test_a_protected_journal_opens_with_its_passphrase_and_keeps_what_was_typed(
    tmp_path: Path,
) -> None:
    from journal_app import resources
    from journal_app.packs.loader import load_pack
    from journal_app.store import cipher
    from journal_app.store.repository import Repository

    data_dir = tmp_path / "data"
    pack = load_pack(resources.bundled_pack(PACK_ID))
    with Repository.open(data_dir, key=cipher.Key("our workshop phrase")) as repository:
        repository.create_journal("Amina", pack)
    text = compose(400, 2)
    actions = [
        {"do": "navigate", "prompt": EXPLAIN},
        {"do": "click", "prompt": EXPLAIN, "field": "text"},
        {"do": "type", "text": text, "chunk": 8},
        {"do": "record"},
        {"do": "quit", "via": "menu"},
    ]
    session = drive(
        tmp_path,
        "protected",
        actions,
        ["--data-dir", str(data_dir)],
        passphrases=["our workshop phras", "our workshop phrase"],
    ).finish()
    problems = problems_of_exit("protected", session.status, session.app.stderr)
    expected = session.record["expected"]
    problems += differences(expected, stored(data_dir, passphrase="our workshop phrase"), "stored")
    assert not problems, "\n".join(problems) + f"\n--- stderr ---\n{session.app.stderr}"
    assert session.record["passphrases_typed"] == 2  # the wrong one asked again
    assert expected[EXPLAIN]["text"].endswith(text[-40:])
    needle = text[:60].encode("utf-8")
    in_clear = [p.name for p in data_dir.rglob("*") if p.is_file() and needle in p.read_bytes()]
    assert in_clear == []
