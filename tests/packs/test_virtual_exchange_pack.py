"""The "Virtual exchange" example pack: trilingual, complete, and faithful to its IOM source."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from journal_app import resources
from journal_app.packs.loader import check_pack, load_pack
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    LocalText,
    NotePrompt,
    Pack,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)

PACK_PATH = resources.bundled_pack("virtual-exchange")
LANGUAGES = {"en", "fr", "es"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(PACK_PATH)


def prompt(pack: Pack, prompt_id: str) -> AnyPrompt:
    found = pack.prompt(prompt_id)
    assert found is not None, f"no prompt {prompt_id!r}"
    return found


def prompt_texts(p: AnyPrompt) -> Iterator[tuple[str, LocalText | None]]:
    yield f"{p.id}/text", p.text
    yield f"{p.id}/short_title", p.short_title
    if isinstance(p, NotePrompt):
        yield f"{p.id}/title", p.title
        yield f"{p.id}/source", p.source
        return
    yield f"{p.id}/hint", p.hint
    if isinstance(p, TextPrompt):
        for i, item in enumerate(p.items):
            yield f"{p.id}/items/{i}", item.label
    elif isinstance(p, ChecklistPrompt):
        for option in p.options:
            yield f"{p.id}/options/{option.id}", option.text
        yield f"{p.id}/other", p.other
    elif isinstance(p, TablePrompt):
        for column in p.columns:
            yield f"{p.id}/columns/{column.id}", column.title
        for row in p.rows:
            for cid, text in row.cells:
                yield f"{p.id}/rows/{row.id}/{cid}", text
    elif isinstance(p, StemsPrompt):
        for stem in p.stems:
            yield f"{p.id}/stems/{stem.id}", stem.text


def all_texts(pack: Pack) -> Iterator[tuple[str, LocalText]]:
    """Every user-visible text of the pack, with where it is."""
    candidates: list[tuple[str, LocalText | None]] = [
        ("title", pack.title),
        ("subtitle", pack.subtitle),
        ("attribution/citation", pack.attribution.citation),
        ("attribution/notice", pack.attribution.notice),
        ("attribution/adaptation", pack.attribution.adaptation),
        ("reconstruction_notes", pack.reconstruction_notes),
    ]
    for page in pack.front_matter:
        candidates += [(f"{page.id}/title", page.title), (f"{page.id}/body", page.body)]
        candidates += [(f"{page.id}/footnote", f) for f in page.footnotes]
    for section in pack.sections:
        candidates += [
            (f"{section.id}/title", section.title),
            (f"{section.id}/intro", section.intro),
        ]
        for group in section.groups:
            candidates += [(f"{group.id}/title", group.title), (f"{group.id}/intro", group.intro)]
            for p in group.prompts:
                candidates += list(prompt_texts(p))
    for where, text in candidates:
        if text is not None:
            yield where, text


def translation_objects(node: object) -> int:
    """How many objects of translations (keys such as "en", "fr") a JSON document holds."""
    if isinstance(node, list):
        return sum(translation_objects(child) for child in node)
    if not isinstance(node, dict):
        return 0
    if (
        node
        and "id" not in node
        and all(re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", key) for key in node)
    ):
        return 1
    return sum(translation_objects(child) for child in node.values())


def test_pack_is_valid_and_loads(pack: Pack) -> None:
    assert check_pack(PACK_PATH) == []
    assert (pack.id, pack.version, pack.language) == ("virtual-exchange", "1.0.0", "en")
    assert pack.languages == ("en", "es", "fr")
    assert pack.title.get("en") == "Virtual exchange"
    assert pack.title.get("fr") == "Échange virtuel"
    assert pack.title.get("es") == "Intercambio virtual"


def test_file_header_and_facilitator_comments() -> None:
    document = json.loads(PACK_PATH.read_text(encoding="utf-8"))
    assert document["$schema"] == "./pack.schema.json"
    assert document["format"] == 1
    assert "replace" in document["attribution"]["$comment"]
    assert "with your own" in document["attribution"]["$comment"]


def test_every_text_has_english_french_and_spanish(pack: Pack) -> None:
    texts = list(all_texts(pack))
    # The walk reaches every translated object of the file (no text is left out of the check).
    assert len(texts) == translation_objects(json.loads(PACK_PATH.read_text(encoding="utf-8")))
    for where, text in texts:
        assert set(text.languages) == LANGUAGES, where
        for language in LANGUAGES:
            assert text.get(language).strip(), f"{where} [{language}] is empty"
    # French and Spanish are translations, not copies of the English (names like "Introduction" aside).
    translated = [t for _, t in texts if len(t.get("en")) > 30]
    assert all(t.get("fr") != t.get("en") and t.get("es") != t.get("en") for t in translated)


def test_ids_are_stable_kebab_case(pack: Pack) -> None:
    ids = [page.id for page in pack.front_matter]
    for section in pack.sections:
        ids.append(section.id)
        for group in section.groups:
            ids.append(group.id)
            for p in group.prompts:
                ids.append(p.id)
                if isinstance(p, ChecklistPrompt):
                    ids += [o.id for o in p.options]
                elif isinstance(p, TablePrompt):
                    ids += [c.id for c in p.columns]
                elif isinstance(p, StemsPrompt):
                    ids += [s.id for s in p.stems]
    assert all(KEBAB.match(i) for i in ids), [i for i in ids if not KEBAB.match(i)]
    prompt_ids = [p.id for p in pack.prompts()]
    assert len(prompt_ids) == len(set(prompt_ids))


def test_sections_follow_the_agenda_of_the_concept_note(pack: Pack) -> None:
    assert [(s.id, s.title.get("en")) for s in pack.sections] == [
        ("introduction", "Introduction"),
        ("sharing-successes", "Sharing successes and case studies"),
        ("exploring-best-practices", "Exploring best practices"),
        ("way-forward", "Agreeing on a way forward"),
    ]
    formats = [str(s.intro).split("\n\n")[0] for s in pack.sections]
    assert formats == [
        "Format: IOM welcoming remarks. Timing: 10 minutes.",
        "Format: panel discussion. Timing: 50 minutes.",
        "Format: plenary discussion. Timing: 40 minutes.",
        "Format: plenary discussion. Timing: 20 minutes.",
    ]
    minutes = [int(m) for f in formats for m in re.findall(r"(\d+) minutes", f)]
    assert sum(minutes) == 120  # "the Virtual Exchange Event which is planned for two hours"


def test_the_themes_of_the_source_are_there(pack: Pack) -> None:
    groups = {g.id: g for s in pack.sections for g in s.groups}
    assert {
        "welcome",
        "participation",
        "success-stories",
        "panel",
        "best-practices",
        "collaboration",
        "needs-and-gaps",
        "partnerships",
        "policy-makers-and-practitioners",
        "outcome-document",
    } <= set(groups)
    assert groups["success-stories"].title.get("en") == "Your success stories and best practices"
    assert groups["collaboration"].title.get("en") == "Your opportunities for collaboration"
    assert groups["needs-and-gaps"].title.get("en") == "Needs and gaps"
    assert groups["partnerships"].title.get("en") == "Partnerships"

    # The two things the forum invites participants to share, in the note's own words.
    assert (
        prompt(pack, "success-stories-and-best-practices").text.get("en")
        == "Share your success stories and best practices."
    )
    assert (
        prompt(pack, "opportunities-for-collaboration").text.get("en")
        == "Share your opportunities for collaboration."
    )
    assert "existing needs" in prompt(pack, "existing-needs").text.get("en")
    assert "gaps" in prompt(pack, "gaps-to-address").text.get("en")
    assert "lessons learned" in prompt(pack, "lessons-learned").text.get("en")
    assert "outcome document" in prompt(pack, "outcome-summary").text.get("en")

    # Success stories cover the current crisis and similar emergencies in the past.
    stories = prompt(pack, "success-stories-and-best-practices")
    assert isinstance(stories, TextPrompt)
    assert [str(i.label) for i in stories.items] == [
        "In response to the current COVID-19 crisis",
        "In similar emergencies in the past",
    ]


def test_quotations_are_verbatim(pack: Pack) -> None:
    quotes = {
        "welcome-quote": "first acute global crisis that most of us have experienced in our lifetime",
        "objective-quote": "The objective of the Global Diaspora Virtual Exchange on COVID-19 Response is twofold.",
        "why-share-quote": "do not account for previous experiences, lessons learned, and do not leverage possible partnerships",
        "outcome-document-quote": "in an outcome document showcasing diaspora initiatives and best practices",
    }
    for prompt_id, fragment in quotes.items():
        note = prompt(pack, prompt_id)
        assert isinstance(note, NotePrompt)
        assert fragment in note.text.get("en"), prompt_id
        assert note.source is not None
        assert "concept note" in note.source.get("en")
        assert "traduction libre" in note.source.get("fr")
        assert "traducción libre" in note.source.get("es")


def test_every_kind_is_used(pack: Pack) -> None:
    kinds = {p.kind for p in pack.prompts()}
    assert kinds == set(PromptKind)

    communities = prompt(pack, "diaspora-communities")
    assert isinstance(communities, ChecklistPrompt)
    assert [o.id for o in communities.options] == ["african", "asian", "european"]
    assert communities.other is not None

    contributions = prompt(pack, "contributions")
    assert isinstance(contributions, ChecklistPrompt)
    assert {"financial-resources", "human-capital", "local-languages"} <= {
        o.id for o in contributions.options
    }
    assert contributions.other is not None
    assert contributions.other.get("fr") == "Autre :"

    partnerships = prompt(pack, "possible-partnerships")
    assert isinstance(partnerships, TablePrompt)
    assert [c.id for c in partnerships.columns] == [
        "partner",
        "actor-type",
        "gap",
        "contact-or-status",
    ]
    assert partnerships.blank
    assert partnerships.numbered
    assert partnerships.has_header

    photos = prompt(pack, "initiative-photos")
    assert isinstance(photos, ImagePrompt)
    assert photos.max_images == 3

    message = prompt(pack, "message-to-policy-makers")
    assert isinstance(message, StemsPrompt)
    assert [s.id for s in message.stems] == ["on-the-ground", "policy-makers", "practitioners"]

    takeaways = prompt(pack, "panel-takeaways")
    assert isinstance(takeaways, TextPrompt)
    assert len(takeaways.items) == 3
    assert all(item.label is None for item in takeaways.items)


def test_attribution_credits_the_source_honestly(pack: Pack) -> None:
    credits = pack.attribution
    assert "IOM" in credits.copyright
    assert "Reflection Journal contributors, 2026" in credits.copyright
    assert credits.licence == "CC BY 4.0"
    assert credits.licence_url == "https://creativecommons.org/licenses/by/4.0/"
    assert credits.adaptation is not None
    assert "not reviewed or endorsed" in credits.adaptation.get("en")
