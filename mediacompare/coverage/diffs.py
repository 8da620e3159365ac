"""How a stored word diff is shown, from either side of its link.

The engine stores a diff from side ``a`` to side ``b`` as ``[op, text]`` pairs (``=``,
``-`` words only ``a`` has, ``+`` words only ``b`` has). A passage shows:

- ``same``: words both sides have;
- ``own``: words only it has (underlined, or struck in the pivot of two columns);
- ``other``: words only the passage it is compared with has (struck, in a column that
  shows what it leaves out of the pivot's);
- ``minor``: its own spelling where the two differ in punctuation or capitals only,
  shown as such on both sides rather than as words cut or added.
"""

import re

SAME, OWN, OTHER, MINOR = "same", "own", "other", "minor"
_NOT_WORDS = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Text without case, punctuation or spacing: what a minor change leaves equal."""
    return _NOT_WORDS.sub("", text.casefold())


def chunks(diff: list, *, side: str, full: bool = False) -> list[tuple[str, str]]:
    """The words of side ``"a"`` or ``"b"`` of ``diff``, each run marked as above.

    With ``full``, the other side's words are kept too (``other``), where they stand.
    """
    own, theirs = ("-", "+") if side == "a" else ("+", "-")
    result: list[tuple[str, str]] = []
    pairs = list(diff)
    i = 0
    while i < len(pairs):
        op, text = pairs[i]
        following = pairs[i + 1] if i + 1 < len(pairs) else None
        if (
            op in ("-", "+")
            and following is not None
            and {op, following[0]} == {"-", "+"}
            and _key(text) == _key(following[1])
        ):
            mine = text if op == own else following[1]
            result.append((MINOR, mine))
            i += 2
            continue
        if op == "=":
            result.append((SAME, text))
        elif op == own:
            result.append((OWN, text))
        elif op == theirs and full:
            result.append((OTHER, text))
        i += 1
    return result


def own_text(marked: list[tuple[str, str]]) -> str:
    """The passage's own words: what its marked chunks spell without the other side's."""
    return "".join(text for op, text in marked if op != OTHER)
