"""Text normalisation: word tokens, content stems, comparison keys.

Everything the scorer compares goes through here, so that case, curly vs
straight quotes, dash variants and spacing never count as differences.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "STOPWORDS",
    "content_stems",
    "is_cjk",
    "normalise",
    "stem",
    "word_tokens",
]

_QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "`": "'",
        "´": "'",
        "–": "-",
        "—": "-",
        "−": "-",
        "‐": "-",
        "\u00a0": " ",
        "\u200b": "",
    }
)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_WORD = re.compile(r"\w+(?:'\w+)*")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, unify quotes and dashes, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return _SPACES.sub(" ", text).strip()


def is_cjk(token: str) -> bool:
    """Whether a token is (starts with) a CJK character."""
    return bool(_CJK_CHAR.match(token))


def word_tokens(text: str) -> list[str]:
    """Normalised word tokens; CJK runs become single characters.

    Punctuation is dropped, so "lines.'”" and "lines" compare equal.
    """
    out: list[str] = []
    for m in _WORD.finditer(normalise(text)):
        w = m.group(0)
        if _CJK_CHAR.search(w):
            # CJK has no spaces: one token per character, Latin/digit runs kept.
            out.extend(
                t
                for t in re.findall(
                    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+", w
                )
            )
        else:
            out.append(w.replace("_", ""))
    return [t for t in out if t]


# Small per-language function-word lists: enough to stop short generic
# sentences from linking on shared glue words.  Content words stay in.
_EN = ["a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "let", "like", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "same", "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "saying", "told", "tell", "according", "also", "s", "t", "don", "didn", "doesn", "isn", "aren", "wasn", "weren", "won", "wouldn", "shouldn", "couldn", "mr", "mrs", "ms", "dr", "already", "another", "still", "well", "way", "ways", "get", "got", "make", "made", "many", "two", "three", "new"]
_RU = ["и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она", "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее", "мне", "было", "вот", "от", "меня", "еще", "нет", "о", "из", "ему", "теперь", "когда", "даже", "ну", "вдруг", "ли", "если", "уже", "или", "ни", "быть", "был", "него", "до", "вас", "нибудь", "опять", "уж", "вам", "ведь", "там", "потом", "себя", "ничего", "ей", "может", "они", "тут", "где", "есть", "надо", "ней", "для", "мы", "тебя", "их", "чем", "была", "сам", "чтоб", "без", "будто", "чего", "раз", "тоже", "себе", "под", "будет", "ж", "тогда", "кто", "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь", "этом", "один", "почти", "мой", "тем", "чтобы", "нее", "сейчас", "были", "куда", "зачем", "всех", "никогда", "можно", "при", "наконец", "два", "об", "другой", "хоть", "после", "над", "больше", "тот", "через", "эти", "нас", "про", "всего", "них", "какая", "много", "разве", "три", "эту", "моя", "впрочем", "хорошо", "свою", "этой", "перед", "иногда", "лучше", "чуть", "том", "нельзя", "такой", "им", "более", "всегда", "конечно", "всю", "между", "это", "также", "который", "которая", "которые", "которых", "заявил", "сказал", "отметил"]
_DE = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "nicht", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "hat", "haben", "hatte", "zu", "im", "in", "am", "an", "auf", "aus", "bei", "mit", "nach", "von", "vor", "für", "über", "unter", "um", "durch", "als", "auch", "es", "sie", "er", "wir", "ihr", "ich", "du", "sich", "dass", "daß", "wie", "so", "noch", "nur", "schon", "sehr", "kann", "können", "soll", "sollen", "muss", "müssen", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "kein", "keine", "man"]
_FR = ["le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "et", "ou", "mais", "ne", "pas", "est", "sont", "était", "été", "sera", "a", "ont", "avait", "au", "aux", "en", "dans", "sur", "sous", "par", "pour", "avec", "sans", "que", "qui", "quoi", "dont", "où", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "nous", "vous", "on", "se", "sa", "son", "ses", "leur", "leurs", "plus", "moins", "très", "aussi", "comme", "si"]
_IT = ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "e", "o", "ma", "non", "che", "chi", "cui", "è", "sono", "era", "stato", "essere", "ha", "hanno", "del", "della", "dei", "delle", "degli", "al", "alla", "ai", "alle", "nel", "nella", "nei", "nelle", "sul", "sulla", "si", "ci", "come", "anche", "più"]
_ES = ["el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "a", "al", "en", "con", "por", "para", "sin", "sobre", "y", "o", "pero", "no", "que", "quien", "es", "son", "era", "fue", "ha", "han", "se", "su", "sus", "le", "les", "lo", "como", "más", "muy", "también"]
STOPWORDS: frozenset[str] = frozenset(_EN + _RU + _DE + _FR + _IT + _ES)

_EN_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ities",
    "ity",
    "ingly",
    "edly",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)
_RU_SUFFIXES = (
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ый",
    "ий",
    "ой",
    "ов",
    "ев",
    "ам",
    "ям",
    "ах",
    "ях",
    "ом",
    "ем",
    "ию",
    "ия",
    "а",
    "я",
    "ы",
    "и",
    "у",
    "ю",
    "е",
    "о",
)


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Very light suffix stripping (English, Russian), enough to match
    "countries"/"country", "criticized"/"criticizing", "ambassadors"/"ambassador".

    Deliberately crude: a mis-stem only costs a little recall, and a real
    stemmer would be a dependency.
    """
    token = token.removesuffix("'s")
    if len(token) <= 4 or is_cjk(token):
        return token
    if "а" <= token[0] <= "я" or token[0] == "ё":
        for suf in _RU_SUFFIXES:
            if token.endswith(suf) and len(token) - len(suf) >= 4:
                return token[: -len(suf)]
        return token
    for suf in _EN_SUFFIXES:
        if token.endswith(suf) and len(token) - len(suf) >= 4:
            base = token[: -len(suf)]
            if suf in ("ies", "ied", "ities", "ity"):
                base += "i"  # countries -> countri, country -> countri
            if base.endswith("y"):
                base = base[:-1] + "i"
            # doubled consonant: "stopped" -> "stop"
            if (
                suf in ("ed", "ing", "er", "ers")
                and len(base) > 4
                and base[-1] == base[-2]
            ):
                base = base[:-1]
            return base.removesuffix("e")
    if token.endswith("y"):
        return token[:-1] + "i"
    return token.removesuffix("e")


def content_stems(tokens: list[str]) -> list[str]:
    """Stems of the content tokens (stopwords and 1-char tokens dropped).

    For CJK (one token per character) content features are character
    bigrams, since single characters are about as generic as stopwords.
    """
    out: list[str] = []
    prev_cjk = ""
    for t in tokens:
        if is_cjk(t):
            if prev_cjk:
                out.append(prev_cjk + t)
            prev_cjk = t
            continue
        prev_cjk = ""
        if t in STOPWORDS or (len(t) < 2 and not t.isdigit()):
            continue
        out.append(stem(t))
    return out
