"""Command line: align two article files and print the result.

Usage::

    python -m mediacompare.alignment A.txt B.txt [--json] [--language-a X] [--language-b Y]

Corpus files (``key: value`` header lines, ``---``, body; see :mod:`corpus`)
are read with their header removed and their ``language`` field used unless
a language is given; plain text files are read whole.  Offsets in the output
are offsets into the body.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap

from mediacompare.alignment import corpus
from mediacompare.alignment.align import align
from mediacompare.alignment.results import Alignment

__all__ = ["main"]


def _render(al: Alignment, width: int) -> str:
    col = max(20, (width - 22) // 2)
    out: list[str] = []

    def rows(left: str, right: str, label: str) -> None:
        lw = textwrap.wrap(left, col) or [""]
        rw = textwrap.wrap(right, col) or [""]
        for k in range(max(len(lw), len(rw))):
            lab = label if k == 0 else ""
            out.append(
                f"{lab:<18}  {lw[k] if k < len(lw) else '':<{col}}  {rw[k] if k < len(rw) else ''}"
            )
        out.append("")

    for link in sorted(al.links, key=lambda x: (min(x.a), min(x.b))):
        left = " ".join(f"[{i}] {al.a[i].text}" for i in link.a)
        right = " ".join(f"[{j}] {al.b[j].text}" for j in link.b)
        rows(left, right, f"{link.kind} {link.score:.2f}")
    for i in al.unmatched_a:
        rows(f"[{i}] {al.a[i].text}", "", "only in A")
    for j in al.unmatched_b:
        rows("", f"[{j}] {al.b[j].text}", "only in B")
    if not al.compared:
        out.append(f"Not compared: the model does not know {al.language_a!r} or {al.language_b!r}.")
    n_a = len([p for p in al.a if not p.is_boilerplate])
    n_b = len([p for p in al.b if not p.is_boilerplate])
    out.append(
        f"{len(al.links)} links; A: {n_a} passages, {len(al.unmatched_a)} only in A; "
        f"B: {n_b} passages, {len(al.unmatched_b)} only in B"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    ap = argparse.ArgumentParser(
        prog="python -m mediacompare.alignment", description=__doc__.split("\n")[0]
    )
    ap.add_argument("a", help="first article (side a)")
    ap.add_argument("b", help="second article (side b)")
    ap.add_argument("--json", action="store_true", help="print Alignment.to_dict() as JSON")
    ap.add_argument("--language-a", default=None, help="BCP 47 code of A (default: its header)")
    ap.add_argument("--language-b", default=None, help="BCP 47 code of B (default: its header)")
    args = ap.parse_args(argv)
    a = corpus.read(args.a, require_header=False)
    b = corpus.read(args.b, require_header=False)
    al = align(
        a.body,
        b.body,
        language_a=args.language_a if args.language_a is not None else a.language,
        language_b=args.language_b if args.language_b is not None else b.language,
    )
    if args.json:
        json.dump(al.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(_render(al, shutil.get_terminal_size((160, 40)).columns))
    return 0
