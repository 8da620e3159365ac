"""Local scoring of one candidate pair and the decision of its kind.

Signals (all cheap on sentence-sized inputs):

* ``ratio``: 2*M/T over word tokens (M: longest common subsequence, computed
  by rapidfuzz's Indel distance) -- reproduction with edits.
* ``cover``: share of the shorter passage inside matching runs of >= 3
  tokens that contain a content word -- quotation of a stretch.
* ``longrun``: longest common token run.
* ``long_cover``: share of the shorter passage inside runs of at least
  ``partial_run`` tokens -- told apart from ``cover``, it separates a copied
  stretch (partial; edited with a frame added) from a rewording that keeps a
  phrase or two (paraphrase).
* ``dice`` / ``cont_a`` / ``cont_b``: IDF-weighted overlap of content stems
  -- same content in other words.  For pairs not already decided, stems that
  share a long prefix ("democratic"/"democracy") count too (reduced weight).
* ``_reworded`` (only asked of would-be partials): whether the shorter side
  has, in one place and in one clause with a shared stretch, content words the
  longer lacks where the longer has other words -- a phrase rewritten ("this
  trend contradicts" / "that runs counter to") next to a shared one is a
  paraphrase keeping a phrase, not a quoted stretch.

Thresholds are module constants (``THRESHOLDS``) so that they can be
inspected and tuned in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from rapidfuzz.distance import Indel

from mediacompare.alignment.index import Idf, PreparedPassage
from mediacompare.alignment.kinds import EDITED, PARAPHRASE, PARTIAL, VERBATIM
from mediacompare.alignment.normalise import content_stems

__all__ = ["THRESHOLDS", "PairScore", "score_pair"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    edited_ratio: float = 0.7  # word-sequence similarity for "edited"
    edited_len: float = 0.6  # shorter/longer token length for "edited"
    partial_cover: float = 0.55  # share of the shorter inside shared runs
    partial_run: int = 4  # longest shared run, tokens
    partial_min_tokens: int = 5  # the quoted stretch must be substantial
    partial_len: float = 0.7  # shorter/longer below this for "partial"
    para_dice: float = 0.42  # weighted content-stem dice for "paraphrase"
    para_cont: float = 0.62  # ... or containment of the shorter side
    para_min_shared: int = 3  # shared content stems, never fewer
    para_min_rare: float = 1.6  # shared IDF mass, in units of a unique stem's IDF
    para_mixed: float = 0.4  # mean of dice and word-order ratio
    para_frame_ratio: float = 0.6  # word-order ratio of a rewrite in place
    para_frame_len: float = 0.7  # ... between passages of similar length
    para_frame_rare: float = 1.0  # ... and this shared IDF mass (see para_min_rare)
    # Share of the shorter side inside long shared runs (>= partial_run
    # tokens): a quoted stretch, or a reproduction with a frame added, is
    # copied in long pieces; a rewording keeps a phrase or two and changes
    # the words around them.
    copy_cover: float = 0.5
    # The shorter side copied (almost) whole, in long runs, inside a clearly
    # longer passage (shorter/longer < partial_len) is a quote of it: partial,
    # however high the word-order ratio (edited is one sentence with small
    # changes, not a sentence inside a longer one).
    quote_cover: float = 0.9
    # A would-be partial whose shorter side has, in one place, at least
    # reworded_stems content stems replaced by other words, absent from the
    # longer and weighing reworded_rare (in units of a unique stem's IDF), is a
    # rewording around a shared phrase: not partial.  One replaced word is an
    # edit inside a quote ("any"/"a particular"), and trailing words without a
    # counterpart (', the pair write') are a frame, not a rewording.
    reworded_stems: int = 2
    reworded_rare: float = 1.0
    # Stems that differ only in their ending ("democratic"/"democracy",
    # "governance"/"government") count for this share of their IDF.
    fuzzy_prefix: int = 6  # common prefix, characters, at least
    fuzzy_share: float = 0.7  # ... and this share of the longer stem
    fuzzy_weight: float = 0.8


THRESHOLDS = Thresholds()


@dataclass(frozen=True, slots=True)
class PairScore:
    kind: str | None
    score: float  # 0..1, kind-specific strength
    rank: float  # used to order competing links
    ratio: float
    cover: float
    longrun: int
    dice: float
    cont_a: float
    cont_b: float
    shared: int
    long_cover: float = 1.0  # share of the shorter side in runs >= partial_run


def _fuzzy_weight(sa: frozenset[str], sb: frozenset[str], idf: Idf, t: Thresholds) -> float:
    """IDF mass of unshared stems of ``sa`` that have a near-identical stem
    in ``sb``: a common prefix of at least ``fuzzy_prefix`` characters that
    is either ``fuzzy_share`` of the longer stem or the whole shorter one -- a crude stand-in for
    derivation ("democratic"/"democracy", "govern"/"governance").  One to
    one, rarest first.  It can pair false friends ("universe"/"university"),
    which is why a match counts only ``fuzzy_weight`` of its IDF."""
    if not sa or not sb:
        return 0.0
    k = t.fuzzy_prefix
    by_prefix: dict[str, list[str]] = {}
    for y in sb:
        if len(y) >= k:
            by_prefix.setdefault(y[:k], []).append(y)
    if not by_prefix:
        return 0.0
    total = 0.0
    used: set[str] = set()
    for x in sorted(sa, key=lambda x: (-idf[x], x)):
        if len(x) < k:
            continue
        for y in by_prefix.get(x[:k], ()):
            if y in used:
                continue
            cp = k
            n = min(len(x), len(y))
            while cp < n and x[cp] == y[cp]:
                cp += 1
            if cp == n or cp >= t.fuzzy_share * max(len(x), len(y)):
                used.add(y)
                total += t.fuzzy_weight * min(idf[x], idf[y])
                break
    return total


def _reworded(
    anchors: list[tuple[int, int, int]],
    a: PreparedPassage,
    b: PreparedPassage,
    idf: Idf,
    t: Thresholds,
) -> bool:
    """Whether the shorter of ``a`` and ``b`` says, in one place, in other words what
    the longer says there: a gap of the shorter between shared stretches with a
    content word (``anchors``: ``(start in a, start in b, length)``, in order) that
    faces a non-empty gap of the longer and is in one clause with a neighbouring
    stretch (no clause punctuation between them: a frame of its own, ", officials in
    Beijing hit back", is not a rewording of the quoted stretch), with at least
    ``reworded_stems`` content stems the longer lacks, weighing at least
    ``reworded_rare`` unique stems."""
    short_is_a = len(a.tokens) <= len(b.tokens)
    short, other = (a, b) if short_is_a else (b, a)
    breaks = short.breaks if len(short.breaks) == len(short.tokens) else ()
    # Stretch bounds on the shorter side and the longer one, with the passage ends.
    bounds = (
        [(0, 0, 0)]
        + [((i, j, n) if short_is_a else (j, i, n)) for i, j, n in anchors]
        + [(len(short.tokens), len(other.tokens), 0)]
    )
    for (s0, o0, n0), (s1, o1, _) in zip(bounds, bounds[1:], strict=False):
        start, end = s0 + n0, s1
        if start >= end or o0 + n0 >= o1:
            continue  # nothing of the shorter here, or nothing facing it
        joined = (n0 and not (breaks and breaks[start])) or (
            s1 < len(short.tokens) and not (breaks and breaks[end])
        )
        if not joined:
            continue
        new = set(content_stems(list(short.tokens[start:end]))) - other.stems
        if len(new) >= t.reworded_stems and idf.weight(new) >= t.reworded_rare * idf.max:
            return True
    return False


def score_pair(
    a: PreparedPassage,
    b: PreparedPassage,
    idf: Idf,
    t: Thresholds = THRESHOLDS,
    *,
    paraphrase: bool = True,
    codes: tuple[str, str] | None = None,
) -> PairScore:
    """Score passages ``a`` and ``b`` and decide whether / how they link.

    ``paraphrase=False`` decides the copying kinds only (verbatim, edited,
    partial): the engine leaves paraphrases to its fitted scorer whenever it has
    embeddings, and asks for the word-based paraphrase rule only without them.
    ``codes``: the two passages' tokens as strings of one character per token (the
    same character for the same token, as the engine's tables have them): the
    sequence match then compares characters, not strings (the same result, sooner).
    """
    shared_stems = a.stems & b.stems
    ws = idf.weight(shared_stems)
    wa = idf.set_weight(a.stems) or 1e-9
    wb = idf.set_weight(b.stems) or 1e-9
    dice = 2 * ws / (wa + wb)
    cont_a, cont_b = ws / wa, ws / wb
    ta, tb = a.tokens, b.tokens
    la, lb = len(ta), len(tb)
    if not la or not lb or a.boilerplate or b.boilerplate:
        return PairScore(None, 0.0, 0.0, 0.0, 0.0, 0, 0.0, 0.0, 0.0, 0)
    if ta == tb:
        return PairScore(VERBATIM, 1.0, 1.0, 1.0, 1.0, la, 1.0, 1.0, 1.0, len(shared_stems))
    if len(shared_stems) < 2:
        # Every kind below needs two shared content stems (or a run with two
        # content words); skip the costly sequence match.
        return PairScore(None, 0.0, dice, 0.0, 0.0, 0, dice, cont_a, cont_b, len(shared_stems))

    matched = 0
    covered = 0
    covered_content = 0
    longrun = 0
    runs: list[tuple[int, int, int]] = []
    # Shared stretches with a content word (a lone "in" or "the" matched across two
    # different phrases anchors nothing), for _reworded.
    anchors: list[tuple[int, int, int]] = []
    before = a.content_before
    if len(before) != la + 1:
        before = (0, *accumulate(a.content))
    sequences = codes if codes is not None else (ta, tb)
    for tag, start, end, dest, _ in Indel.opcodes(*sequences).as_list():
        if tag != "equal":
            continue
        size = end - start
        matched += size
        n_content = before[end] - before[start]
        if n_content:
            anchors.append((start, dest, size))
        if n_content and (size >= 3 or (size == 2 and n_content == 2)):
            covered += size
            covered_content += n_content
            longrun = max(longrun, size)
            runs.append((start, dest, size))
    ratio = 2 * matched / (la + lb)
    short = min(la, lb)
    cover = covered / short
    lenratio = short / max(la, lb)
    n_shared = len(shared_stems)
    long_cover = sum(n for _, _, n in runs if n >= t.partial_run) / short
    # The shorter side is (almost) wholly inside the longer one.
    short_contained = max(cont_a, cont_b) >= 0.9 if la != lb else False

    kind: str | None = None
    score = 0.0
    if (
        lenratio < t.partial_len
        and cover >= t.quote_cover
        and long_cover >= t.quote_cover
        and longrun >= t.partial_run
        and covered >= t.partial_min_tokens
        and covered_content >= 2
    ):
        # The shorter side whole, inside a clearly longer passage: a quote.
        kind, score = PARTIAL, cover
    elif ratio >= t.edited_ratio and lenratio >= t.edited_len and n_shared >= 2:
        kind, score = EDITED, ratio
    elif (
        cover >= t.partial_cover
        and longrun >= t.partial_run
        and covered >= t.partial_min_tokens
        and (covered_content >= 3 or (covered_content >= 2 and short_contained))
    ):
        # "Partial" means one side is a stretch of a clearly longer other;
        # between passages of similar length, shared runs plus changes
        # elsewhere are a rewording of the whole.
        if (
            lenratio < t.partial_len
            and ratio < t.edited_ratio - 0.05
            and long_cover >= t.copy_cover
            and not _reworded(anchors, a, b, idf, t)
        ):
            kind, score = PARTIAL, cover
        elif (
            ratio >= t.edited_ratio - 0.05
            and lenratio >= t.edited_len
            and long_cover >= t.copy_cover
        ):
            # long shared runs and high word-order overlap: a reproduction
            # with an added or dropped frame ("The article emphasizes that")
            kind, score = EDITED, ratio
        else:
            kind, score = PARAPHRASE, max(dice, ratio)
    if kind is None and not paraphrase:
        return PairScore(
            None, 0.0, max(ratio, dice, 0.8 * cover), ratio, cover, longrun, dice,
            cont_a, cont_b, n_shared, long_cover,
        )  # fmt: skip
    if kind is None and 2 * (ws + t.fuzzy_weight * (min(wa, wb) - ws)) / (wa + wb) >= 0.3:
        # Same content in other words often keeps the word but not its
        # ending ("democratic"/"democracy"): count near-identical stems.
        ws += _fuzzy_weight(a.stems - shared_stems, b.stems - shared_stems, idf, t)
        dice = 2 * ws / (wa + wb)
        cont_a, cont_b = ws / wa, ws / wb
    if kind is not None:
        pass
    elif (
        (n_shared >= t.para_min_shared and ws >= t.para_min_rare * idf.max)
        # A sentence rewritten in place (same frame, same length, most
        # words in order) needs less shared content.
        or (
            n_shared >= 2
            and ratio >= t.para_frame_ratio
            and lenratio >= t.para_frame_len
            and ws >= t.para_frame_rare * idf.max
        )
    ) and (
        dice >= t.para_dice
        or (max(cont_a, cont_b) >= t.para_cont and dice >= 0.3)
        # Reworded copies keep much of the word order even when the
        # content words change: count ordered overlap too.
        or (dice >= 0.3 and (dice + ratio) / 2 >= t.para_mixed)
    ):
        kind, score = (
            PARAPHRASE,
            min(1.0, max(dice, 0.5 * (dice + max(cont_a, cont_b)))),
        )
    rank = max(ratio, dice, 0.8 * cover)
    return PairScore(
        kind,
        round(score, 4),
        rank,
        ratio,
        cover,
        longrun,
        dice,
        cont_a,
        cont_b,
        n_shared,
        long_cover,
    )
