"""What a reader types in the search box, parsed once, strictly, into terms.

The syntax is the one people know from web search engines (and PostgreSQL's
``websearch_to_tsquery``): words must all appear; ``"a phrase"`` must appear as
written; ``-word`` or ``-"a phrase"`` leaves out what contains it; ``OR`` between two
terms accepts either. Nothing else is an operator: ``*``, ``NEAR``, ``:``, brackets and
the like are text, so no input can reach the database as query syntax (each backend
builds its own query from these terms, with every term passed as a parameter or a
quoted string).
"""

import re
import unicodedata
from dataclasses import dataclass

from mediacompare.search import cjk

MAX_LENGTH = 200
MAX_TERMS = 16
# Characters other search engines treat as operators; here they are only text.
_SPECIAL = set("*()[]{}:^~&|!<>+")
_CONTROL = re.compile(r"[\x01-\x1f\x7f\u2028\u2029\ue000\ue001]")


class QueryError(ValueError):
    """The search cannot be run as typed; the message says why, for the reader."""


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False

    @property
    def words(self) -> list[str]:
        """Its non-CJK words, folded as the SQLite index folds them."""
        return [fold(word) for word in words_of(cjk.RUN.sub(" ", self.text))]

    @property
    def cjk_runs(self) -> list[str]:
        return cjk.RUN.findall(self.text)

    def __str__(self) -> str:
        return f'"{self.text}"' if self.phrase else self.text


@dataclass(frozen=True)
class Clause:
    """Terms of which one must appear (``a OR b``), or one that must not (negated)."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    clauses: tuple[Clause, ...]
    notices: tuple[str, ...] = ()

    @property
    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses if not clause.negated for term in clause.terms]

    @property
    def highlight_words(self) -> set[str]:
        return {word for term in self.positive_terms for word in term.words}

    @property
    def highlight_runs(self) -> set[str]:
        return {run for term in self.positive_terms for run in term.cjk_runs}


def fold(word: str) -> str:
    """Lower case without Latin accents, as FTS5's ``unicode61 remove_diacritics 2``."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    )


def words_of(text: str) -> list[str]:
    """Runs of letters, digits and marks: the words FTS5's unicode61 tokenizer sees."""
    words, current = [], []
    for char in text:
        if unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Co":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _items(text: str, notices: list[str]) -> list[tuple[str, Term | None, bool]]:
    """("term", term, negated) and ("or", None, False) items, left to right."""
    items: list[tuple[str, Term | None, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            if end == -1:
                notices.append(
                    "An opening quote had no closing one: the rest was searched as a phrase."
                )
                end = n
            items.append(("term", Term(text[i + 1 : end].strip(), phrase=True), negated))
            i = end + 1
            continue
        end = i
        while end < n and not text[end].isspace() and text[end] != '"':
            end += 1
        word = text[i:end]
        i = end
        if word.lower() == "or" and not negated:
            items.append(("or", None, False))
        else:
            items.append(("term", Term(word), negated))
    return items


def parse_query(text: str) -> ParsedQuery:
    """Parse a search; raises :class:`QueryError` with a message for the reader."""
    if "\x00" in text:
        raise QueryError("The search contains a NUL character; remove it and try again.")
    if len(text) > MAX_LENGTH:
        raise QueryError(
            f"The search is too long: at most {MAX_LENGTH} characters (it has {len(text)})."
        )
    text = _CONTROL.sub(" ", text).strip()
    notices: list[str] = []
    if _SPECIAL & set(text):
        notices.append(
            "Characters such as * ( ) : are not operators here: words are matched whole. "
            'Use "quotes" for a phrase, -word to leave a word out, OR between alternatives.'
        )
    items = _items(text, notices)
    ignored = [
        str(term) for kind, term, _ in items if kind == "term" and not cjk.has_word(term.text)
    ]
    items = [item for item in items if item[0] == "or" or cjk.has_word(item[1].text)]

    clauses: list[Clause] = []
    pending_or = False
    for position, (kind, term, negated) in enumerate(items):
        if kind == "or":
            before = clauses and not clauses[-1].negated
            after = position + 1 < len(items) and items[position + 1][0] == "term"
            after = after and not items[position + 1][2]
            if before and after:
                pending_or = True
                continue
            # "OR" with nothing to join is the word itself (French "or", say).
            term, negated = Term("or"), False
        if pending_or:
            clauses[-1] = Clause(clauses[-1].terms + (term,))
            pending_or = False
        else:
            clauses.append(Clause((term,), negated=negated))

    count = sum(len(clause.terms) for clause in clauses)
    if count > MAX_TERMS:
        raise QueryError(f"At most {MAX_TERMS} words or phrases in one search (it has {count}).")
    if not any(not clause.negated for clause in clauses):
        if clauses:
            raise QueryError(
                "Add a word to look for: -word only leaves out results that contain it."
            )
        if ignored or text:
            raise QueryError(
                "Type at least one word to search for: the search had no letters or digits."
            )
        raise QueryError("Type a word to search for.")
    if ignored:
        notices.append("Ignored (no letters or digits): " + ", ".join(ignored) + ".")
    return ParsedQuery(text=text, clauses=tuple(clauses), notices=tuple(dict.fromkeys(notices)))
