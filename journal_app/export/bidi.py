"""The Unicode bidirectional algorithm (UAX #9): embedding levels and visual order.

A complete implementation of the rules that give levels (P2-P3, X1-X10 with isolates and
embeddings, W1-W7, N0 with paired brackets, N1-N2, I1-I2, L1) and of the reordering of a line
(L2), checked against the Unicode conformance data (``BidiCharacterTest.txt``) in
``tests/export/test_bidi.py``. Rule L4 (mirrored glyphs) is the caller's: :data:`MIRRORED`.

It works on bidi classes (``unicodedata.bidirectional``) and, for rule N0, on the characters
themselves; the PDF export calls it once per laid-out line (textlayout.BidiParagraph).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Final

__all__ = ["MIRRORED", "base_level", "levels", "visual_order"]

MAX_DEPTH: Final = 125

# BidiBrackets.txt (Unicode 15.0): opening bracket -> its closing bracket.
_OPENING: Final = {
    "(": ")", "[": "]", "{": "}", "\u0f3a": "\u0f3b", "\u0f3c": "\u0f3d", "\u169b": "\u169c",
    "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e", "\u2308": "\u2309",
    "\u230a": "\u230b", "\u2329": "\u232a", "\u2768": "\u2769", "\u276a": "\u276b",
    "\u276c": "\u276d", "\u276e": "\u276f", "\u2770": "\u2771", "\u2772": "\u2773",
    "\u2774": "\u2775", "\u27c5": "\u27c6", "\u27e6": "\u27e7", "\u27e8": "\u27e9",
    "\u27ea": "\u27eb", "\u27ec": "\u27ed", "\u27ee": "\u27ef", "\u2983": "\u2984",
    "\u2985": "\u2986", "\u2987": "\u2988", "\u2989": "\u298a", "\u298b": "\u298c",
    "\u298d": "\u2990", "\u298f": "\u298e", "\u2991": "\u2992", "\u2993": "\u2994",
    "\u2995": "\u2996", "\u2997": "\u2998", "\u29d8": "\u29d9", "\u29da": "\u29db",
    "\u29fc": "\u29fd", "\u2e22": "\u2e23", "\u2e24": "\u2e25", "\u2e26": "\u2e27",
    "\u2e28": "\u2e29", "\u2e55": "\u2e56", "\u2e57": "\u2e58", "\u2e59": "\u2e5a",
    "\u2e5b": "\u2e5c", "\u3008": "\u3009", "\u300a": "\u300b", "\u300c": "\u300d",
    "\u300e": "\u300f", "\u3010": "\u3011", "\u3014": "\u3015", "\u3016": "\u3017",
    "\u3018": "\u3019", "\u301a": "\u301b", "\ufe59": "\ufe5a", "\ufe5b": "\ufe5c",
    "\ufe5d": "\ufe5e", "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d",
    "\uff5f": "\uff60", "\uff62": "\uff63",
}  # fmt: skip
_CLOSING: Final = {close: open_ for open_, close in _OPENING.items()}
_CANONICAL: Final = {"\u2329": "\u3008", "\u232a": "\u3009"}  # BD16: canonical equivalents

MIRRORED: Final = {
    **_OPENING,
    **_CLOSING,
    "<": ">",
    ">": "<",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
}
"""Characters drawn as their mirror image at right-to-left levels (rule L4), the common ones."""

_STRONG: Final = frozenset({"L", "R", "AL"})
_ISOLATES: Final = frozenset({"LRI", "RLI", "FSI"})
_EMBEDDINGS: Final = frozenset({"LRE", "RLE", "LRO", "RLO"})
_REMOVED: Final = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "BN"})  # rule X9
_NEUTRAL: Final = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})  # NI


def _class(char: str) -> str:
    return unicodedata.bidirectional(char) or "L"


def _first_strong(classes: Iterable[str], start: int = 0, stop_at_pdi: bool = False) -> str | None:
    """The first L, R or AL from ``start``, skipping isolates (rules P2, X5c)."""
    depth = 0
    for kind in islice(classes, start, None):
        if kind in _ISOLATES:
            depth += 1
        elif kind == "PDI":
            if depth:
                depth -= 1
            elif stop_at_pdi:
                return None
        elif kind == "B":
            return None
        elif depth == 0 and kind in _STRONG:
            return kind
    return None


def base_level(text: str) -> int:
    """The paragraph level of ``text`` (rules P2-P3): 1 if its first strong character is R/AL."""
    # Classes made as the search goes: it usually stops at the first letter.
    return 1 if _first_strong(map(_class, text)) in ("R", "AL") else 0


def levels(
    text: str | Sequence[str], base: int | None = None, *, classes: Sequence[str] | None = None
) -> list[int | None]:
    """The embedding level of each character of one paragraph (or line) of text.

    Args:
        text: The characters (for N0's brackets), in logical order.
        base: The paragraph level, 0 or 1; None to find it from the text (P2-P3).
        classes: Bidi classes to use instead of the characters' own (e.g. for a glyph that
            stands for a letter); same length as ``text``.

    Returns:
        Per character, its level, or None for a character rule X9 removes (embedding and
        override controls, boundary neutrals), which is not displayed.
    """
    kinds = list(classes) if classes is not None else [_class(c) for c in text]
    chars = list(text)
    n = len(kinds)
    if base is None:
        base = 1 if _first_strong(kinds) in ("R", "AL") else 0
    original = list(kinds)
    level = _explicit(kinds, base)  # X1-X8 (kinds now carries overrides)
    for sequence, sos, eos in _run_sequences(kinds, original, level, base):  # X10
        _weak(kinds, sequence, sos, eos)
        _brackets(kinds, original, chars, sequence, sos, level)
        _neutral(kinds, sequence, sos, eos, level)
        for i in sequence:  # I1, I2
            if kinds[i] in _REMOVED:
                continue
            if level[i] % 2 == 0:
                level[i] += 1 if kinds[i] == "R" else 2 if kinds[i] in ("AN", "EN") else 0
            elif kinds[i] in ("L", "EN", "AN"):
                level[i] += 1
    result: list[int | None] = [None if original[i] in _REMOVED else level[i] for i in range(n)]
    # L1: segment and paragraph separators, and white space before them or at the end, reset.
    trailing = True
    for i in range(n - 1, -1, -1):
        kind = original[i]
        if kind in ("S", "B"):
            result[i] = base
            trailing = True
        elif kind in ("WS", "LRI", "RLI", "FSI", "PDI") and trailing:
            result[i] = base
        elif kind in _REMOVED:
            continue
        else:
            trailing = False
    return result


def _explicit(kinds: list[str], base: int) -> list[int]:
    """Rules X1-X8: explicit levels; overrides change ``kinds``."""
    n = len(kinds)
    level = [base] * n
    stack: list[tuple[int, str | None, bool]] = [(base, None, False)]  # level, override, isolate
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for i in range(n):
        kind = kinds[i]
        current, override, _ = stack[-1]
        if kind in _EMBEDDINGS:  # X2-X5
            rtl = kind in ("RLE", "RLO")
            new = (current + 1) | 1 if rtl else (current + 2) & ~1
            level[i] = current
            if new <= MAX_DEPTH and overflow_isolates == 0 and overflow_embeddings == 0:
                forced = None if kind.endswith("E") else ("R" if rtl else "L")
                stack.append((new, forced, False))
            elif overflow_isolates == 0:
                overflow_embeddings += 1
        elif kind in _ISOLATES:  # X5a-X5c
            level[i] = current
            if override:
                kinds[i] = override
            rtl = kind == "RLI" or (
                kind == "FSI" and _first_strong(kinds, i + 1, stop_at_pdi=True) in ("R", "AL")
            )
            new = (current + 1) | 1 if rtl else (current + 2) & ~1
            if new <= MAX_DEPTH and overflow_isolates == 0 and overflow_embeddings == 0:
                valid_isolates += 1
                stack.append((new, None, True))
            else:
                overflow_isolates += 1
        elif kind == "PDI":  # X6a
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            current, override, _ = stack[-1]
            level[i] = current
            if override:
                kinds[i] = override
        elif kind == "PDF":  # X7
            level[i] = current
            if overflow_isolates:
                pass
            elif overflow_embeddings:
                overflow_embeddings -= 1
            elif not stack[-1][2] and len(stack) > 1:
                stack.pop()
        elif kind == "B":  # X8
            level[i] = base
        else:  # X6
            level[i] = current
            if kind != "BN" and override:
                kinds[i] = override
    return level


def _run_sequences(
    kinds: Sequence[str], original: Sequence[str], level: Sequence[int], base: int
) -> list[tuple[list[int], str, str]]:
    """Rule X10: the isolating run sequences, each with its sos and eos.

    ``original`` gives the isolate initiators and PDIs (an override may have changed ``kinds``).
    """
    n = len(kinds)
    kept = [i for i in range(n) if original[i] not in _REMOVED]
    runs: list[list[int]] = []
    for i in kept:
        if runs and level[runs[-1][-1]] == level[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    sequences: list[list[int]] = []
    waiting: dict[int, list[int]] = {}  # index of an isolate initiator -> its sequence
    for run in runs:
        first = run[0]
        initiator = _matching_initiator(original, first) if original[first] == "PDI" else None
        if initiator is not None and initiator in waiting:
            sequence = waiting.pop(initiator)
            sequence.extend(run)
        else:
            sequence = list(run)
            sequences.append(sequence)
        last = run[-1]
        if original[last] in _ISOLATES and _matching_pdi(original, last) is not None:
            waiting[last] = sequence
    out: list[tuple[list[int], str, str]] = []
    for sequence in sequences:
        first, last = sequence[0], sequence[-1]
        before = next(
            (level[i] for i in range(first - 1, -1, -1) if original[i] not in _REMOVED), base
        )
        if original[last] in _ISOLATES:  # an initiator whose PDI is missing: the paragraph's
            after = base
        else:
            after = next(
                (level[i] for i in range(last + 1, n) if original[i] not in _REMOVED), base
            )
        sos = "R" if max(before, level[first]) % 2 else "L"
        eos = "R" if max(after, level[last]) % 2 else "L"
        out.append((sequence, sos, eos))
    return out


def _matching_pdi(kinds: Sequence[str], start: int) -> int | None:
    depth = 0
    for i in range(start + 1, len(kinds)):
        if kinds[i] in _ISOLATES:
            depth += 1
        elif kinds[i] == "PDI":
            if depth == 0:
                return i
            depth -= 1
        elif kinds[i] == "B":
            return None
    return None


def _matching_initiator(kinds: Sequence[str], pdi: int) -> int | None:
    depth = 0
    for i in range(pdi - 1, -1, -1):
        if kinds[i] == "PDI":
            depth += 1
        elif kinds[i] in _ISOLATES:
            if depth == 0:
                return i
            depth -= 1
        elif kinds[i] == "B":
            return None
    return None


def _weak(kinds: list[str], sequence: list[int], sos: str, eos: str) -> None:
    """Rules W1-W7 on one isolating run sequence."""
    previous = sos
    for i in sequence:  # W1
        if kinds[i] == "NSM":
            kinds[i] = "ON" if previous in _ISOLATES or previous == "PDI" else previous
        previous = kinds[i]
    strong = sos
    for i in sequence:  # W2, W3
        if kinds[i] in _STRONG:
            strong = kinds[i]
            if kinds[i] == "AL":
                kinds[i] = "R"
        elif kinds[i] == "EN" and strong == "AL":
            kinds[i] = "AN"
    for k in range(1, len(sequence) - 1):  # W4
        before, here, after = (kinds[sequence[k - 1]], kinds[sequence[k]], kinds[sequence[k + 1]])
        if here == "ES" and before == after == "EN":
            kinds[sequence[k]] = "EN"
        elif here == "CS" and before == after and before in ("EN", "AN"):
            kinds[sequence[k]] = before
    k = 0
    while k < len(sequence):  # W5
        if kinds[sequence[k]] == "ET":
            j = k
            while j < len(sequence) and kinds[sequence[j]] == "ET":
                j += 1
            near_en = (k and kinds[sequence[k - 1]] == "EN") or (
                j < len(sequence) and kinds[sequence[j]] == "EN"
            )
            if near_en:
                for m in sequence[k:j]:
                    kinds[m] = "EN"
            k = j
        else:
            k += 1
    for i in sequence:  # W6
        if kinds[i] in ("ES", "ET", "CS"):
            kinds[i] = "ON"
    strong = sos
    for i in sequence:  # W7
        if kinds[i] in ("L", "R"):
            strong = kinds[i]
        elif kinds[i] == "EN" and strong == "L":
            kinds[i] = "L"


def _brackets(
    kinds: list[str],
    original: Sequence[str],
    chars: Sequence[str],
    sequence: list[int],
    sos: str,
    level: Sequence[int],
) -> None:
    """Rule N0: paired brackets take the direction of what they enclose, or of their context."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k, i in enumerate(sequence):  # BD16
        if kinds[i] != "ON" or i >= len(chars):
            continue
        char = _CANONICAL.get(chars[i], chars[i])
        if char in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_CANONICAL.get(_OPENING[char], _OPENING[char]), k))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    if not pairs:
        return
    pairs.sort()
    embedding = "R" if level[sequence[0]] % 2 else "L"

    def strong(kind: str) -> str | None:
        return "R" if kind in ("R", "EN", "AN") else "L" if kind == "L" else None

    for opening, closing in pairs:
        inside = {strong(kinds[sequence[k]]) for k in range(opening + 1, closing)} - {None}
        if embedding in inside:
            direction = embedding
        elif inside:
            context = sos
            for k in range(opening - 1, -1, -1):
                found = strong(kinds[sequence[k]])
                if found:
                    context = found
                    break
            direction = context if context != embedding else embedding
        else:
            continue
        for k in (opening, closing):
            kinds[sequence[k]] = direction
            for m in range(k + 1, len(sequence)):  # NSMs after a bracket follow it
                if original[sequence[m]] == "NSM":
                    kinds[sequence[m]] = direction
                elif original[sequence[m]] != "BN":
                    break


def _neutral(
    kinds: list[str], sequence: list[int], sos: str, eos: str, level: Sequence[int]
) -> None:
    """Rules N1-N2: neutrals between two strong types of one direction take it."""
    embedding = "R" if level[sequence[0]] % 2 else "L"

    def strong(kind: str) -> str:
        return "R" if kind in ("R", "EN", "AN") else "L"

    k = 0
    while k < len(sequence):
        if kinds[sequence[k]] in _NEUTRAL:
            j = k
            while j < len(sequence) and kinds[sequence[j]] in _NEUTRAL:
                j += 1
            before = strong(kinds[sequence[k - 1]]) if k else sos
            after = strong(kinds[sequence[j]]) if j < len(sequence) else eos
            for m in sequence[k:j]:
                kinds[m] = before if before == after else embedding
            k = j
        else:
            k += 1


def visual_order(line_levels: Sequence[int | None]) -> list[int]:
    """Indices of a line's characters in visual (left-to-right) order: rule L2.

    Characters whose level is None (removed by rule X9) are left out.
    """
    shown = [i for i, level in enumerate(line_levels) if level is not None]
    values = [line_levels[i] for i in shown]
    order = list(range(len(shown)))
    odd = [v for v in values if v is not None and v % 2]
    if not odd:
        return shown
    highest = max(v for v in values if v is not None)
    for level in range(highest, min(odd) - 1, -1):
        k = 0
        while k < len(order):
            if (values[order[k]] or 0) >= level:
                j = k
                while j < len(order) and (values[order[j]] or 0) >= level:
                    j += 1
                order[k:j] = order[k:j][::-1]
                k = j
            else:
                k += 1
    return [shown[k] for k in order]
