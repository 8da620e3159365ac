"""Local scoring of one candidate pair and the decision of its kind.

Signals (all cheap on sentence-sized inputs):

* ``ratio``: difflib's 2*M/T over word tokens -- reproduction with edits.
* ``cover``: share of the shorter passage inside matching runs of >= 3
  tokens that contain a content word -- quotation of a stretch.
* ``longrun``: longest common token run.
* ``dice`` / ``cont_a`` / ``cont_b``: IDF-weighted overlap of content stems
  -- same content in other words.

Thresholds are module constants (``THRESHOLDS``) so that they can be
inspected and tuned in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from mediacompare.alignment.index import Idf, PreparedPassage
from mediacompare.alignment.normalise import STOPWORDS

__all__ = ["KINDS", "THRESHOLDS", "PairScore", "score_pair"]

KINDS = ("verbatim", "edited", "partial", "paraphrase")


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


def _content(tok: str) -> bool:
    return tok not in STOPWORDS and (len(tok) > 1 or tok.isdigit() or not tok.isascii())


def score_pair(
    a: PreparedPassage, b: PreparedPassage, idf: Idf, t: Thresholds = THRESHOLDS
) -> PairScore:
    """Score passages ``a`` and ``b`` and decide whether / how they link."""
    shared_stems = a.stems & b.stems
    ws = idf.weight(shared_stems)
    wa = idf.weight(a.stems) or 1e-9
    wb = idf.weight(b.stems) or 1e-9
    dice = 2 * ws / (wa + wb)
    cont_a, cont_b = ws / wa, ws / wb
    ta, tb = a.tokens, b.tokens
    la, lb = len(ta), len(tb)
    if not la or not lb or a.boilerplate or b.boilerplate:
        return PairScore(None, 0.0, 0.0, 0.0, 0.0, 0, 0.0, 0.0, 0.0, 0)
    if ta == tb:
        return PairScore("verbatim", 1.0, 1.0, 1.0, 1.0, la, 1.0, 1.0, 1.0, len(shared_stems))

    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    matched = 0
    covered = 0
    covered_content = 0
    longrun = 0
    for blk in sm.get_matching_blocks():
        if not blk.size:
            continue
        matched += blk.size
        run = ta[blk.a : blk.a + blk.size]
        n_content = sum(1 for x in run if _content(x))
        if n_content and (blk.size >= 3 or (blk.size == 2 and n_content == 2)):
            covered += blk.size
            covered_content += n_content
            longrun = max(longrun, blk.size)
    ratio = 2 * matched / (la + lb)
    short = min(la, lb)
    cover = covered / short
    lenratio = short / max(la, lb)
    n_shared = len(shared_stems)

    kind: str | None = None
    score = 0.0
    if ratio >= t.edited_ratio and lenratio >= t.edited_len and n_shared >= 2:
        kind, score = "edited", ratio
    elif (
        cover >= t.partial_cover
        and longrun >= t.partial_run
        and covered >= t.partial_min_tokens
        and covered_content >= 3
    ):
        # "Partial" means one side is a stretch of a clearly longer other;
        # between passages of similar length, shared runs plus changes
        # elsewhere are a rewording of the whole.
        if lenratio < t.partial_len and ratio < t.edited_ratio - 0.05:
            kind, score = "partial", cover
        elif ratio >= t.edited_ratio - 0.05 and lenratio >= t.edited_len:
            # long shared runs and high word-order overlap: a reproduction
            # with an added or dropped frame ("The article emphasizes that")
            kind, score = "edited", ratio
        else:
            kind, score = "paraphrase", max(dice, ratio)
    elif (
        n_shared >= t.para_min_shared
        and ws >= t.para_min_rare * idf.max
        and (
            dice >= t.para_dice
            or (max(cont_a, cont_b) >= t.para_cont and dice >= 0.3)
            # Reworded copies keep much of the word order even when the
            # content words change: count ordered overlap too.
            or (dice >= 0.3 and (dice + ratio) / 2 >= t.para_mixed)
        )
    ):
        kind, score = (
            "paraphrase",
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
    )
