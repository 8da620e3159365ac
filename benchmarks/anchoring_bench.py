"""Worst-case time to re-anchor one note (``mediacompare.notes.anchoring.match_quote``).

Issue 12 found that a JSON-LD import whose note quotes ~3,000 characters matching
nothing spun fuzzy re-anchoring for seconds per note. This times hostile and ordinary
quotes against an article body made of the demo event's English texts (concatenated
to the length asked), and prints the slowest run of each case. Pure Python, no Django.

    python benchmarks/anchoring_bench.py [--body 20000] [--repeat 3]
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mediacompare.notes.anchoring import match_quote  # noqa: E402

DEMO = ROOT / "mediacompare" / "coverage" / "demo" / "event1"


def article_body(length: int) -> str:
    texts = [path.read_text() for path in sorted(DEMO.glob("*_en.txt"))]
    body = "\n".join(texts)
    while len(body) < length:
        body += "\n" + body
    return body[:length]


def noise(rng: random.Random, length: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def cases(body: str) -> dict[str, tuple[str, str, str, int]]:
    """name -> (quote, prefix, suffix, hint)."""
    rng = random.Random(12)
    words = body.split()
    middle = len(body) // 2
    real = body[middle : middle + 300]
    edited = real.replace("the", "a").replace("e", "é")
    shuffled = " ".join(rng.sample(words, 500))[:3000]
    return {
        "ordinary quote, unchanged": (
            real,
            body[middle - 32 : middle],
            body[middle + 300 :][:32],
            middle,
        ),
        "ordinary quote, edited": (edited, body[middle - 32 : middle], "", middle),
        "3,000 chars matching nothing (issue 12)": (noise(rng, 3000, "qxzjkvw "), "", "", 0),
        "3,000 chars of the article's words, shuffled": (shuffled, "", "", middle),
        "20,000 chars matching nothing": (noise(rng, 20_000, "qxzjkvw "), "", "", 0),
        "3,000 chars + 3,000-char prefix and suffix": (
            noise(rng, 3000, "qxzjkvw "),
            noise(rng, 3000, "qxzjkvw "),
            noise(rng, 3000, "qxzjkvw "),
            middle,
        ),
        "one letter repeated (many exact hits)": ("e", "q" * 32, "q" * 32, 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--body", type=int, default=20_000, help="article body length")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    body = article_body(args.body)
    print(f"article body: {len(body):,} characters; slowest of {args.repeat} runs")
    worst = 0.0
    for name, (quote, prefix, suffix, hint) in cases(body).items():
        times, found = [], None
        for _ in range(args.repeat):
            began = time.perf_counter()
            found = match_quote(body, quote, prefix=prefix, suffix=suffix, hint=hint)
            times.append(time.perf_counter() - began)
        worst = max(worst, max(times))
        result = "not found" if found is None else f"found at {found.start}, {found.errors} errors"
        print(f"  {max(times) * 1000:9.1f} ms  {name} ({result})")
    print(f"worst case per note: {worst * 1000:.1f} ms")


if __name__ == "__main__":
    main()
