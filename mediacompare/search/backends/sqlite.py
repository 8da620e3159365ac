"""The index on SQLite: an FTS5 table (``search_entry_fts``, rowid = ``search_entry.id``)
kept by row triggers written in plain SQL, so that every writer keeps it right, even
one outside Django.

FTS5's ``unicode61`` tokenizer folds case and Latin accents; there is no stemming (the
embedded database matches words as written; PostgreSQL matches their forms). CJK runs
are cut into character pairs in SQL before FTS5 sees them: the triggers walk the text
a character at a time, numbering characters with a 1,000-row table of digits
(``search_digits``) joined to itself, since triggers may not use recursive queries.
"""

import contextlib
from dataclasses import dataclass

from django.db.models import BooleanField, FloatField

from mediacompare.search import cjk, languages
from mediacompare.search.backends import SQL

# Texts up to this many characters have their CJK runs cut into pairs.
MAX_CJK_TEXT = 1_000_000


def _is_cjk(code: str) -> str:
    return "(" + " OR ".join(f"{code} BETWEEN {low} AND {high}" for low, high in cjk.RANGES) + ")"


_GLOB = "*[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in cjk.RANGES) + "]*"


def prepare_sql(text: str) -> str:
    """SQL for ``text`` with its CJK runs replaced by pairs (see cjk.index_text)."""
    char = f"substr({text}, n, 1)"
    following = f"substr({text}, n + 1, 1)"
    return f"""(CASE WHEN {text} GLOB '{_GLOB}' THEN (
      SELECT group_concat(piece, '') OVER (
               ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        FROM (SELECT n, CASE WHEN {_is_cjk(f"unicode({char})")}
                        THEN ' ' || substr({text}, n,
                                 CASE WHEN {_is_cjk(f"unicode({following})")} THEN 2 ELSE 1 END)
                             || ' '
                        ELSE {char} END AS piece
                FROM (SELECT hi.d * 1000 + lo.d + 1 AS n
                        FROM search_digits AS hi, search_digits AS lo
                       WHERE hi.d <= (length({text}) - 1) / 1000
                         AND lo.d < length({text}) - hi.d * 1000))
       LIMIT 1)
    ELSE coalesce({text}, '') END)"""


def _base_language(column: str) -> str:
    return (
        f"lower(CASE WHEN instr({column}, '-') > 0 "
        f"THEN substr({column}, 1, instr({column}, '-') - 1) ELSE {column} END)"
    )


def _config(column: str) -> str:
    cases = " ".join(
        f"WHEN '{language.code}' THEN '{language.config}'"
        for language in languages.languages().values()
    )
    return f"(CASE {_base_language(column)} {cases} ELSE '{languages.FALLBACK_CONFIG}' END)"


_ENTRY_COLUMNS = (
    "kind, article_id, passage_id, note_id, event_id, outlet_id, language, published_at, config"
)
# Entries are replaced (deleted, then inserted) rather than upserted: a conflict clause
# in a trigger gives way to the one of the statement that fired it (INSERT OR IGNORE).


def _upsert_articles(where: str) -> str:
    return f"""
    DELETE FROM search_entry WHERE kind = 'article'
       AND article_id IN (SELECT a.id FROM coverage_article AS a WHERE {where});
    INSERT INTO search_entry ({_ENTRY_COLUMNS})
    SELECT 'article', a.id, NULL, NULL, a.event_id, a.outlet_id,
           {_base_language("a.language")}, a.published_at, {_config("a.language")}
      FROM coverage_article AS a WHERE {where};
    INSERT INTO search_entry_fts (rowid, heading, meta, body)
    SELECT e.id, {prepare_sql("a.title")},
           {prepare_sql("(a.byline || ' ' || o.name || ' ' || a.translated_from)")},
           {prepare_sql("a.body")}
      FROM coverage_article AS a
      JOIN coverage_outlet AS o ON o.id = a.outlet_id
      JOIN search_entry AS e ON e.article_id = a.id AND e.kind = 'article'
     WHERE {where};
    """


def _upsert_passages(where: str) -> str:
    return f"""
    DELETE FROM search_entry WHERE kind = 'passage'
       AND passage_id IN (SELECT p.id FROM coverage_passage AS p WHERE {where});
    INSERT INTO search_entry ({_ENTRY_COLUMNS})
    SELECT 'passage', p.article_id, p.id, NULL, a.event_id, a.outlet_id,
           {_base_language("a.language")}, a.published_at, {_config("a.language")}
      FROM coverage_passage AS p JOIN coverage_article AS a ON a.id = p.article_id
     WHERE {where};
    INSERT INTO search_entry_fts (rowid, heading, meta, body)
    SELECT e.id, '', '', {prepare_sql("p.text")}
      FROM coverage_passage AS p
      JOIN search_entry AS e ON e.passage_id = p.id AND e.kind = 'passage'
     WHERE {where};
    """


_NOTE_TAGS = (
    "(SELECT group_concat(t.name, ' ') FROM notes_note_tags AS nt "
    "JOIN notes_tag AS t ON t.id = nt.tag_id WHERE nt.note_id = n.id)"
)


def _upsert_notes(where: str) -> str:
    return f"""
    DELETE FROM search_entry WHERE kind = 'note'
       AND note_id IN (SELECT n.id FROM notes_note AS n WHERE {where});
    INSERT INTO search_entry ({_ENTRY_COLUMNS})
    SELECT 'note', p.article_id, n.passage_id, n.id, a.event_id, a.outlet_id,
           {_base_language("a.language")}, a.published_at, '{languages.NOTE_CONFIG}'
      FROM notes_note AS n
      JOIN coverage_passage AS p ON p.id = n.passage_id
      JOIN coverage_article AS a ON a.id = p.article_id
     WHERE {where};
    INSERT INTO search_entry_fts (rowid, heading, meta, body)
    SELECT e.id, '', {prepare_sql(_NOTE_TAGS)}, {prepare_sql("n.body")}
      FROM notes_note AS n
      JOIN search_entry AS e ON e.note_id = n.id AND e.kind = 'note'
     WHERE {where};
    """


TRIGGERS = {
    "search_article_inserted": (
        "AFTER INSERT ON coverage_article",
        _upsert_articles("a.id = NEW.id"),
    ),
    "search_article_updated": (
        """AFTER UPDATE ON coverage_article WHEN
           OLD.title IS NOT NEW.title OR OLD.byline IS NOT NEW.byline
           OR OLD.translated_from IS NOT NEW.translated_from OR OLD.body IS NOT NEW.body
           OR OLD.outlet_id IS NOT NEW.outlet_id OR OLD.event_id IS NOT NEW.event_id
           OR OLD.language IS NOT NEW.language OR OLD.published_at IS NOT NEW.published_at""",
        _upsert_articles("a.id = NEW.id")
        + f"""
        UPDATE search_entry
           SET event_id = NEW.event_id, outlet_id = NEW.outlet_id,
               language = {_base_language("NEW.language")}, published_at = NEW.published_at,
               config = CASE kind WHEN 'note' THEN config ELSE {_config("NEW.language")} END
         WHERE article_id = NEW.id AND kind <> 'article';
        """,
    ),
    "search_article_deleted": (
        "AFTER DELETE ON coverage_article",
        "DELETE FROM search_entry WHERE article_id = OLD.id;",
    ),
    "search_passage_inserted": (
        "AFTER INSERT ON coverage_passage",
        _upsert_passages("p.id = NEW.id"),
    ),
    # Renumbering (the writer parks passages at new indexes) changes no words.
    "search_passage_updated": (
        "AFTER UPDATE OF text, article_id ON coverage_passage "
        "WHEN OLD.text IS NOT NEW.text OR OLD.article_id IS NOT NEW.article_id",
        _upsert_passages("p.id = NEW.id"),
    ),
    "search_passage_deleted": (
        "AFTER DELETE ON coverage_passage",
        "DELETE FROM search_entry WHERE kind = 'passage' AND passage_id = OLD.id;",
    ),
    "search_note_inserted": ("AFTER INSERT ON notes_note", _upsert_notes("n.id = NEW.id")),
    # Visibility and hiding are not copied: who may see a note is asked of the notes app
    # at search time, never of the index.
    "search_note_updated": (
        "AFTER UPDATE OF body, passage_id, deleted_at ON notes_note "
        "WHEN OLD.body IS NOT NEW.body OR OLD.passage_id IS NOT NEW.passage_id "
        "OR OLD.deleted_at IS NOT NEW.deleted_at",
        _upsert_notes("n.id = NEW.id"),
    ),
    "search_note_deleted": (
        "AFTER DELETE ON notes_note",
        "DELETE FROM search_entry WHERE kind = 'note' AND note_id = OLD.id;",
    ),
    "search_note_tags_inserted": (
        "AFTER INSERT ON notes_note_tags",
        _upsert_notes("n.id = NEW.note_id"),
    ),
    "search_note_tags_deleted": (
        "AFTER DELETE ON notes_note_tags",
        _upsert_notes("n.id = OLD.note_id"),
    ),
    "search_tag_updated": (
        "AFTER UPDATE OF name ON notes_tag WHEN OLD.name IS NOT NEW.name",
        _upsert_notes("n.id IN (SELECT note_id FROM notes_note_tags WHERE tag_id = NEW.id)"),
    ),
    "search_outlet_updated": (
        "AFTER UPDATE OF name ON coverage_outlet WHEN OLD.name IS NOT NEW.name",
        _upsert_articles("a.outlet_id = NEW.id"),
    ),
    # Whatever removes an entry (a trigger above, a flush) removes its words.
    "search_entry_deleted": (
        "AFTER DELETE ON search_entry",
        "DELETE FROM search_entry_fts WHERE rowid = OLD.id;",
    ),
}


def install(cursor) -> None:
    """Create the FTS5 table, the digits table and the triggers. Idempotent."""
    cursor.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_entry_fts USING fts5("
        "heading, meta, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    cursor.execute("CREATE TABLE IF NOT EXISTS search_digits (d INTEGER PRIMARY KEY)")
    cursor.execute(
        "INSERT OR IGNORE INTO search_digits (d) "
        "WITH RECURSIVE digits(d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM digits WHERE d < 999) "
        "SELECT d FROM digits"
    )
    for name in TRIGGERS:
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(_trigger_sql(name))


def suspend(cursor) -> None:
    """Drop the triggers only (see services.index_suspend)."""
    for name in TRIGGERS:
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def uninstall(cursor) -> None:
    suspend(cursor)
    cursor.execute("DROP TABLE IF EXISTS search_entry_fts")
    cursor.execute("DROP TABLE IF EXISTS search_digits")


def _trigger_sql(name: str) -> str:
    when, body = TRIGGERS[name]
    return f"CREATE TRIGGER {name} {when} BEGIN {body} END"


def missing(cursor) -> list[str]:
    """The index's triggers (and tables) that are not in the database, or differ from
    this code's."""
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'table')")
    present = dict(cursor.fetchall())
    absent = [name for name in TRIGGERS if present.get(name) != _trigger_sql(name)]
    return absent + [name for name in ("search_entry_fts", "search_digits") if name not in present]


def rebuild(cursor) -> None:
    """Empty the index and fill it again from articles, passages and notes."""
    cursor.execute("DELETE FROM search_entry")
    cursor.execute("DELETE FROM search_entry_fts")
    for script in (_upsert_articles("1"), _upsert_passages("1"), _upsert_notes("1")):
        for statement in script.split(";"):
            if statement.strip():
                cursor.execute(statement)


# Searching -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """The query as an FTS5 expression: every term a quoted string, so nothing typed is
    ever FTS5 syntax."""

    expression: str
    empty: bool = False


def _phrase(term) -> str:
    text, prefix = cjk.query_text(term.text)
    tokens = f"{text} {prefix}" if prefix else text
    return '"' + tokens.strip().replace('"', '""') + '"' + ("*" if prefix else "")


def prepare(query, configs: list[str]) -> Prepared:
    positive = [
        "(" + " OR ".join(_phrase(term) for term in clause.terms) + ")"
        for clause in query.clauses
        if not clause.negated
    ]
    expression = "(" + " AND ".join(positive) + ")"
    for clause in query.clauses:
        if clause.negated:
            expression = f"({expression} NOT {_phrase(clause.terms[0])})"
    return Prepared(expression=expression)


def reading():
    """No transaction: SQLite's are taken IMMEDIATE here, which would queue searches
    behind writes."""
    return contextlib.nullcontext()


def match(prepared: Prepared) -> SQL:
    return SQL(
        "{id} IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
        [prepared.expression],
        output_field=BooleanField(),
        id="id",
    )


def score(prepared: Prepared) -> SQL:
    # bm25 is lower for better matches; titles weigh 10, tags and metadata 4, text 1.
    return SQL(
        "(SELECT -bm25(search_entry_fts, 10.0, 4.0, 1.0) FROM search_entry_fts "
        "WHERE search_entry_fts MATCH %s AND rowid = {id})",
        [prepared.expression],
        output_field=FloatField(),
        id="id",
    )
