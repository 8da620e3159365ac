"""Command line: align two article files and print the result.

Usage::

    python -m mediacompare.alignment A.txt B.txt [--json] [--strip-header|--no-strip-header]

Corpus files start with ``key: value`` header lines and a ``---`` line; by
default the header is detected and removed when the file has a ``---`` line
within its first 40 lines whose preceding lines all look like ``key: value``
(``--strip-header`` forces removal at the first ``---`` line,
``--no-strip-header`` keeps the file as it is).  Offsets in the output are
offsets into the body.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

from mediacompare.alignment.align import Alignment, align

__all__ = ["main", "read_body"]

_HEADER_LINE = re.compile(r"^[A-Za-z_][\w -]{0,30}:")


def read_body(path: str | Path, strip_header: bool | None = None) -> str:
    """Read an article file, removing a corpus-style header.

    ``strip_header=None`` auto-detects (see module docstring).
    """
    text = Path(path).read_text(encoding="utf-8")
    lines = text.split("\n")
    sep = next((k for k, line in enumerate(lines[:40]) if line.strip() == "---"), None)
    if sep is None or strip_header is False:
        return text
    if strip_header is None and not all(_HEADER_LINE.match(x) for x in lines[:sep] if x.strip()):
        return text
    return "\n".join(lines[sep + 1 :])


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
    ap.add_argument("--language", default="en")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--strip-header", dest="strip", action="store_true", default=None)
    g.add_argument("--no-strip-header", dest="strip", action="store_false")
    args = ap.parse_args(argv)
    al = align(read_body(args.a, args.strip), read_body(args.b, args.strip), args.language)
    if args.json:
        json.dump(al.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(_render(al, shutil.get_terminal_size((160, 40)).columns))
    return 0
