"""Re-anchoring is bounded: no quote, context or text makes one search take long
(issue 12: a 3,000-character quote matching nothing took minutes).

The bound is checked as work done (fuzzy searches and edit distances computed, with the
time budget out of the way), not as seconds: the machine running the tests is shared.
``benchmarks/anchoring_bench.py`` gives the times.
"""

import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediacompare.notes import anchoring
from mediacompare.notes.anchoring import match_quote

DEMO = Path(anchoring.__file__).resolve().parent.parent / "coverage" / "demo" / "event1"
# Fuzzy searches: the head, the tail, the prefix and the suffix, each at most twice.
MAX_SEARCHES = 8
# Edit distances: each candidate span once, then its edges refined one at a time.
MAX_DISTANCES = 1_500


@pytest.fixture(scope="module")
def body() -> str:
    text = "\n".join(path.read_text() for path in sorted(DEMO.glob("*_en.txt")))
    return (text * 3)[:20_000]


def noise(length: int, seed: int = 12) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("qxzjkvw ") for _ in range(length))


@dataclass
class Work:
    searches: int = 0
    longest_piece: int = 0
    distances: int = 0


class _Counting:
    """A stand-in for a rapidfuzz module that counts the calls made through it."""

    def __init__(self, module, count):
        self._module, self._count = module, count

    def __getattr__(self, name):
        function = getattr(self._module, name)

        def counted(first, second, *args, **kwargs):
            self._count(first, second)
            return function(first, second, *args, **kwargs)

        return counted


@pytest.fixture
def worked(monkeypatch):
    """Run match_quote (with no time budget unless one is given); return what it found
    and the work it did."""

    def run(body, quote, **context):
        work = Work()

        def search(piece, _region):
            work.searches += 1
            work.longest_piece = max(work.longest_piece, len(piece))

        def distance(_a, _b):
            work.distances += 1

        monkeypatch.setattr(anchoring, "fuzz", _Counting(anchoring.fuzz, search))
        monkeypatch.setattr(anchoring, "Levenshtein", _Counting(anchoring.Levenshtein, distance))
        found = match_quote(body, quote, **{"budget": float("inf"), **context})
        monkeypatch.undo()
        return found, work

    return run


def assert_bounded(work: Work) -> None:
    assert work.searches <= MAX_SEARCHES
    assert work.longest_piece <= anchoring.SEARCH_PIECE_LENGTH
    assert work.distances <= MAX_DISTANCES


@pytest.mark.parametrize(
    ("quote", "context"),
    [
        (noise(3000), {}),
        (noise(20_000), {}),
        (noise(3000), {"prefix": noise(3000, 1), "suffix": noise(3000, 2), "hint": 9000}),
        (noise(64), {"prefix": noise(32, 1), "suffix": noise(32, 2), "hint": 20_000}),
    ],
    ids=["3000-nothing", "20000-nothing", "3000-long-context", "short-nothing"],
)
def test_a_quote_matching_nothing_is_given_up_quickly(body, worked, quote, context):
    found, work = worked(body, quote, **context)
    assert found is None
    assert_bounded(work)


def test_a_long_quote_of_shuffled_words_is_given_up_quickly(body, worked):
    words = body.split()
    quote = " ".join(random.Random(3).sample(words, 500))[:3000]
    found, work = worked(body, quote, hint=10_000)
    assert_bounded(work)
    assert found is None or found.errors <= anchoring.max_errors(quote)


def test_an_edited_long_quote_is_still_found_quickly(body, worked):
    quote = body[5000:8000]
    edited = body[:5000] + quote.replace(" the ", " a ") + body[8000:]
    found, work = worked(edited, quote, prefix=body[4968:5000], suffix=body[8000:8032], hint=5000)
    assert_bounded(work)
    assert found is not None and found.start == 5000
    assert abs(found.end - (5000 + len(quote.replace(" the ", " a ")))) <= 2


def test_an_edited_ordinary_quote_is_found_quickly(body, worked):
    quote = body[10_000:10_300]
    edited = body[:10_000] + quote.replace("the", "a") + body[10_300:]
    found, work = worked(edited, quote, prefix=body[9968:10_000], hint=10_000)
    assert_bounded(work)
    assert found is not None and found.start == 10_000


def test_the_time_budget_stops_the_search(body, worked):
    # With no time at all, only what costs nothing is tried: exact occurrences.
    exact = body[12_000:12_040]
    assert match_quote(body, exact, hint=0, budget=0).start == body.index(exact)
    found, work = worked(body, noise(3000), budget=0)
    assert found is None
    assert work.searches == 0 and work.distances == 0
