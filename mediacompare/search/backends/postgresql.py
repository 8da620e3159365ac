"""The index on PostgreSQL: a tsvector per row with a GIN index, kept by statement-level
triggers that read the changed rows from transition tables (one INSERT ... SELECT per
statement, however many rows a bulk_create or bulk_update touched).

Every row's words go through its language's text-search configuration
(:mod:`mediacompare.search.languages`) after CJK runs are cut into character pairs
(:mod:`mediacompare.search.cjk`), both done in SQL here so that any writer, ORM or not,
keeps the index right.
"""

import hashlib
from dataclasses import dataclass, field

from django.db.models import BooleanField, FloatField, TextField

from mediacompare.search import cjk, languages
from mediacompare.search.backends import SQL
from mediacompare.search.highlight import FRAGMENT, START, STOP

_CLASS = "".join(
    f"\\u{low:04x}-\\u{high:04x}" if high <= 0xFFFF else f"\\U{low:08x}-\\U{high:08x}"
    for low, high in cjk.RANGES
)

# Inserts and deletes: one call per statement, the rows in a transition table (a
# bulk_create of thousands of passages is one INSERT ... SELECT). Updates: per row, only
# for statements that set the columns the index reads, only when one of them changed
# (a bulk_update of other columns, renumbering say, never calls them).
_ARTICLE_WORDS = ("title", "byline", "translated_from", "body", "outlet_id", "language")
_ARTICLE_FILTERS = ("event_id", "outlet_id", "language", "published_at")


def _changed(columns) -> str:
    new = ", ".join(f"NEW.{c}" for c in columns)
    old = ", ".join(f"OLD.{c}" for c in columns)
    return f"({new}) IS DISTINCT FROM ({old})"


TRIGGERS = {
    # name: (table, "INSERT"/"DELETE" with a transition table, or "UPDATE OF ..." with
    # a WHEN condition per row, function body)
    "search_article_inserted": (
        "coverage_article",
        "INSERT",
        "PERFORM search_refresh_articles(ARRAY(SELECT id FROM new_rows));",
    ),
    "search_article_updated": (
        "coverage_article",
        "UPDATE OF " + ", ".join(dict.fromkeys(_ARTICLE_WORDS + _ARTICLE_FILTERS)),
        f"""
        IF {_changed(_ARTICLE_WORDS + _ARTICLE_FILTERS)} THEN
          PERFORM search_refresh_articles(ARRAY[NEW.id]);
        END IF;
        -- Its passages and notes carry the article's filters.
        IF {_changed(_ARTICLE_FILTERS)} THEN
          UPDATE search_entry
             SET event_id = NEW.event_id, outlet_id = NEW.outlet_id,
                 language = search_base_language(NEW.language), published_at = NEW.published_at
           WHERE article_id = NEW.id AND kind <> 'article';
        END IF;
        -- Another language, another configuration for its passages' words.
        IF search_config(NEW.language) <> search_config(OLD.language) THEN
          PERFORM search_refresh_passages(ARRAY(
              SELECT id FROM coverage_passage WHERE article_id = NEW.id));
        END IF;
        """,
    ),
    "search_article_deleted": (
        "coverage_article",
        "DELETE",
        "DELETE FROM search_entry WHERE article_id IN (SELECT id FROM old_rows);",
    ),
    "search_passage_inserted": (
        "coverage_passage",
        "INSERT",
        "PERFORM search_refresh_passages(ARRAY(SELECT id FROM new_rows));",
    ),
    "search_passage_updated": (
        "coverage_passage",
        "UPDATE OF text, article_id",
        "PERFORM search_refresh_passages(ARRAY[NEW.id]);",
    ),
    "search_passage_deleted": (
        "coverage_passage",
        "DELETE",
        "DELETE FROM search_entry WHERE kind = 'passage' AND passage_id IN "
        "(SELECT id FROM old_rows);",
    ),
    "search_note_inserted": (
        "notes_note",
        "INSERT",
        "PERFORM search_refresh_notes(ARRAY(SELECT id FROM new_rows));",
    ),
    # Visibility and hiding are not copied: who may see a note is asked of the notes app
    # at search time, never of the index.
    "search_note_updated": (
        "notes_note",
        "UPDATE OF body, passage_id, deleted_at",
        "PERFORM search_refresh_notes(ARRAY[NEW.id]);",
    ),
    "search_note_deleted": (
        "notes_note",
        "DELETE",
        "DELETE FROM search_entry WHERE kind = 'note' AND note_id IN (SELECT id FROM old_rows);",
    ),
    "search_note_tags_inserted": (
        "notes_note_tags",
        "INSERT",
        "PERFORM search_refresh_notes(ARRAY(SELECT DISTINCT note_id FROM new_rows));",
    ),
    "search_note_tags_deleted": (
        "notes_note_tags",
        "DELETE",
        "PERFORM search_refresh_notes(ARRAY(SELECT DISTINCT note_id FROM old_rows));",
    ),
    "search_tag_updated": (
        "notes_tag",
        "UPDATE OF name",
        "PERFORM search_refresh_notes(ARRAY("
        "SELECT note_id FROM notes_note_tags WHERE tag_id = NEW.id));",
    ),
    "search_outlet_updated": (
        "coverage_outlet",
        "UPDATE OF name",
        "PERFORM search_refresh_articles(ARRAY("
        "SELECT id FROM coverage_article WHERE outlet_id = NEW.id));",
    ),
}
# The columns whose change an UPDATE trigger acts on (its WHEN condition).
_WATCHED = {
    "search_article_updated": _ARTICLE_WORDS + _ARTICLE_FILTERS,
    "search_passage_updated": ("text", "article_id"),
    "search_note_updated": ("body", "passage_id", "deleted_at"),
    "search_tag_updated": ("name",),
    "search_outlet_updated": ("name",),
}

# The GIN index of the search (see _statements).
INDEX = "search_entry_words"
# Equality filters only: a range of publication times would be a scan of every key in
# the range inside GIN (slower, measured, than the btree index search_entry_published).
INDEX_COLUMNS = ("document", "language", "kind", "event_id", "outlet_id")

_ENTRY_COLUMNS = (
    "kind, article_id, passage_id, note_id, event_id, outlet_id, language, published_at, "
    "config, document"
)
_UPDATE_ENTRY = """
    event_id = EXCLUDED.event_id, outlet_id = EXCLUDED.outlet_id, language = EXCLUDED.language,
    published_at = EXCLUDED.published_at, config = EXCLUDED.config,
    document = EXCLUDED.document, article_id = EXCLUDED.article_id,
    passage_id = EXCLUDED.passage_id
"""


def _config_function(available: set[str]) -> str:
    cases = "\n".join(
        f"        WHEN '{language.code}' THEN '{language.config}'"
        for language in languages.languages().values()
        if language.config in available
    )
    return f"""
    CREATE OR REPLACE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT (CASE search_base_language(language)
{cases}
        ELSE '{languages.FALLBACK_CONFIG}' END)::regconfig
    $$;
    """


def _refresh(name: str, select: str, key: str, conflict: str) -> str:
    """A function upserting the index rows of the given ids, or of every row for NULL.

    Two statements, not one ``WHERE ids IS NULL OR key = ANY (ids)``: a SQL function's
    statements get one plan for any argument, and that condition can only be planned
    as a scan of the whole table (of every passage, at each trigger call: an import
    slowed down as the database grew). ``key = ANY (ids)`` is an index scan, and
    ``ids IS NULL`` a test made once."""
    insert = f"INSERT INTO search_entry ({_ENTRY_COLUMNS})"
    upsert = f"ON CONFLICT {conflict} DO UPDATE SET {_UPDATE_ENTRY}"
    return f"""
        CREATE OR REPLACE FUNCTION {name}(ids bigint[]) RETURNS void
        LANGUAGE sql AS $$
          {insert} {select}
           WHERE {key} = ANY (ids)
          {upsert};
          {insert} {select}
           WHERE ids IS NULL
          {upsert};
        $$;
        """


def _functions(available: set[str]) -> list[str]:
    return [
        """
        CREATE OR REPLACE FUNCTION search_base_language(language text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT lower(split_part(language, '-', 1))
        $$;
        """,
        _config_function(available),
        # CJK runs become overlapping pairs plus their last character (see cjk.py).
        f"""
        CREATE OR REPLACE FUNCTION search_prepare(t text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN t ~ '[{_CLASS}]' THEN (
            SELECT string_agg(
                CASE WHEN r.m[1] ~ '^[{_CLASS}]' THEN (
                    SELECT string_agg(substr(r.m[1], i, 2), ' ' ORDER BY i)
                      FROM generate_series(1, char_length(r.m[1])) AS i)
                ELSE r.m[1] END, ' ' ORDER BY r.n)
              FROM regexp_matches(t, '[{_CLASS}]+|[^{_CLASS}]+', 'g') WITH ORDINALITY AS r(m, n))
          ELSE t END
        $$;
        """,
        """
        CREATE OR REPLACE FUNCTION search_vector(cfg regconfig, a text, b text, d text)
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT setweight(to_tsvector(cfg, search_prepare(coalesce(a, ''))), 'A')
              || setweight(to_tsvector(cfg, search_prepare(coalesce(b, ''))), 'B')
              || to_tsvector(cfg, search_prepare(coalesce(d, '')))
        $$;
        """,
        # Each refresh upserts the rows of the given ids (all of them for NULL).
        _refresh(
            "search_refresh_articles",
            """
          SELECT 'article', a.id, NULL, NULL, a.event_id, a.outlet_id,
                 search_base_language(a.language), a.published_at,
                 search_config(a.language)::text,
                 search_vector(search_config(a.language), a.title,
                               concat_ws(' ', a.byline, o.name, a.translated_from), a.body)
            FROM coverage_article a JOIN coverage_outlet o ON o.id = a.outlet_id""",
            "a.id",
            "(article_id) WHERE kind = 'article'",
        ),
        _refresh(
            "search_refresh_passages",
            """
          SELECT 'passage', p.article_id, p.id, NULL, a.event_id, a.outlet_id,
                 search_base_language(a.language), a.published_at,
                 search_config(a.language)::text,
                 to_tsvector(search_config(a.language), search_prepare(p.text))
            FROM coverage_passage p JOIN coverage_article a ON a.id = p.article_id""",
            "p.id",
            "(passage_id) WHERE kind = 'passage'",
        ),
        _refresh(
            "search_refresh_notes",
            f"""
          SELECT 'note', p.article_id, n.passage_id, n.id, a.event_id, a.outlet_id,
                 search_base_language(a.language), a.published_at,
                 '{languages.NOTE_CONFIG}',
                 search_vector('{languages.NOTE_CONFIG}', '',
                     (SELECT string_agg(t.name, ' ') FROM notes_note_tags nt
                        JOIN notes_tag t ON t.id = nt.tag_id WHERE nt.note_id = n.id),
                     n.body)
            FROM notes_note n
            JOIN coverage_passage p ON p.id = n.passage_id
            JOIN coverage_article a ON a.id = p.article_id""",
            "n.id",
            "(note_id) WHERE kind = 'note'",
        ),
    ]


def _available_configs(cursor) -> set[str]:
    cursor.execute("SELECT cfgname FROM pg_ts_config")
    return {name for (name,) in cursor.fetchall()}


def _statements(cursor) -> list[str]:
    statements = _functions(_available_configs(cursor))
    for name, (table, event, body) in TRIGGERS.items():
        statements.append(
            f"""
            CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              {body}
              RETURN NULL;
            END $$;
            """
        )
        if event.startswith("UPDATE"):
            level = f"FOR EACH ROW WHEN ({_changed(_WATCHED[name])})"
        else:
            rows = "NEW TABLE AS new_rows" if event == "INSERT" else "OLD TABLE AS old_rows"
            level = f"REFERENCING {rows} FOR EACH STATEMENT"
        statements.append(
            f"CREATE OR REPLACE TRIGGER {name} AFTER {event} ON {table} "
            f"{level} EXECUTE FUNCTION {name}()"
        )
    # One GIN index over the words and the filter columns (btree_gin gives GIN the
    # equality and range operators of plain columns): a search with filters is then
    # pruned inside the index, to the rows that match both, instead of fetching every
    # row with the word and testing its filters in the table.
    statements += [
        "CREATE EXTENSION IF NOT EXISTS btree_gin",
        "DROP INDEX IF EXISTS search_entry_document",
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_entry"
        f" USING gin ({', '.join(INDEX_COLUMNS)})",
    ]
    return statements


def _fingerprint(statements: list[str]) -> str:
    return "mediacompare search " + hashlib.sha256("\n".join(statements).encode()).hexdigest()


def install(cursor) -> None:
    """Create (or replace) the functions, triggers and GIN index. Idempotent."""
    statements = _statements(cursor)
    for sql in statements:
        cursor.execute(sql)
    # Marks which version of this SQL is installed (see missing()).
    cursor.execute(
        f"COMMENT ON FUNCTION search_refresh_articles(bigint[]) IS '{_fingerprint(statements)}'"
    )


def uninstall(cursor) -> None:
    for name, (table, *_rest) in TRIGGERS.items():
        cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        cursor.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for function in (
        "search_refresh_notes(bigint[])",
        "search_refresh_passages(bigint[])",
        "search_refresh_articles(bigint[])",
        "search_vector(regconfig, text, text, text)",
        "search_prepare(text)",
        "search_config(text)",
        "search_base_language(text)",
    ):
        cursor.execute(f"DROP FUNCTION IF EXISTS {function}")
    cursor.execute("DROP INDEX IF EXISTS search_entry_document")
    cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


def missing(cursor) -> list[str]:
    """The index's triggers that are not in the database, or are of another version
    of this code ("outdated")."""
    cursor.execute(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname = ANY (%s)",
        [list(TRIGGERS)],
    )
    present = {name for (name,) in cursor.fetchall()}
    absent = [name for name in TRIGGERS if name not in present]
    cursor.execute(
        "SELECT obj_description(to_regprocedure('search_refresh_articles(bigint[])'), 'pg_proc')"
    )
    if cursor.fetchone()[0] != _fingerprint(_statements(cursor)):
        absent.append("outdated")
    return absent


def rebuild(cursor) -> None:
    """Empty the index and fill it again from articles, passages and notes."""
    cursor.execute("TRUNCATE search_entry")
    cursor.execute("SELECT search_refresh_articles(NULL)")
    cursor.execute("SELECT search_refresh_passages(NULL)")
    cursor.execute("SELECT search_refresh_notes(NULL)")
    cursor.execute("ANALYZE search_entry")


# Searching -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """The query as a tsquery per configuration ('' where only stop words were left), for
    the configurations the index holds rows of."""

    by_config: dict[str, str]
    # A negated term is where a row could match another configuration's query and not
    # its own (its own form of the word it must not contain): rows are then held to
    # their own configuration's query.
    negated: bool = False
    # The query without its negated clauses, per configuration: what the GIN index is
    # asked (the words that must not appear would only add their posting lists, often
    # long ones, to the index scan); each row is then held to the whole query.
    positive_by_config: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.by_config.values())

    @property
    def combined(self) -> str:
        """One tsquery any row may match, for the GIN index; rows are then held to their
        own configuration's query."""
        return _any_of(self.by_config.values())

    @property
    def combined_positive(self) -> str:
        """What the index is asked: every row matching ``combined`` matches it (where a
        configuration left only negated words, "the -china", its whole query)."""
        if not self.negated:
            return self.combined
        return _any_of(
            self.positive_by_config.get(config) or query for config, query in self.by_config.items()
        )

    @property
    def uniform(self) -> bool:
        return len(set(self.by_config.values())) == 1

    def row_query(self) -> tuple[str, list]:
        """SQL for the query of the row's configuration ({config}), with its params:
        one branch per distinct query (most configurations agree on most words)."""
        if self.uniform:
            return "%s::tsquery", [self.combined]
        configs_of: dict[str, list[str]] = {}
        for config, query in self.by_config.items():
            if query:
                configs_of.setdefault(query, []).append(config)
        whens, params = [], []
        for query, configs in configs_of.items():
            whens.append("WHEN {config} = ANY (%s) THEN %s::tsquery")
            params += [configs, query]
        return f"(CASE {' '.join(whens)} END)", params


def _any_of(queries) -> str:
    distinct = dict.fromkeys(q for q in queries if q)
    return " | ".join(f"( {q} )" for q in distinct)


def _term_sql(term) -> tuple[str, list[str]]:
    text, prefix = cjk.query_text(term.text)
    # A CJK character is never a quote or a backslash, so this is a valid tsquery operand.
    prefix_query = f"'{prefix}':*" if prefix else None
    if prefix and text:
        return "tsquery_phrase(phraseto_tsquery(c.cfg, %s), to_tsquery(c.cfg, %s))", [
            text,
            prefix_query,
        ]
    if prefix:
        return "to_tsquery(c.cfg, %s)", [prefix_query]
    return "phraseto_tsquery(c.cfg, %s)", [text]


def prepare(query, configs: list[str], *, restrict: bool = True) -> Prepared:
    """Build the query once per configuration the index holds rows of, in one round
    trip: a configuration no row uses would only add other stems of the words (and their
    posting lists) to the index scan."""
    from django.db import connection

    clauses, positives, params, positive_params = [], [], [], []
    for clause in query.clauses:
        parts, clause_params = [], []
        for term in clause.terms:
            sql, term_params = _term_sql(term)
            parts.append(sql)
            clause_params += term_params
        sql = "(" + " || ".join(parts) + ")"
        clauses.append(f"!!{sql}" if clause.negated else sql)
        params += clause_params
        if not clause.negated:
            positives.append(sql)
            positive_params += clause_params
    expression = " && ".join(clauses)
    negated = any(clause.negated for clause in query.clauses)
    positive = " && ".join(positives) if negated else "''"
    # JIT compilation (jit_above_cost) costs far more than it saves on these queries; off
    # until the end of the search's transaction (see reading()). The configurations in
    # use are found by a loose scan of search_entry_config: one min() probe per distinct
    # configuration, whatever the number of rows.
    in_use = " AND cfgname::text IN (SELECT config FROM used)" if restrict else ""
    statement = (
        "WITH RECURSIVE used(config) AS (SELECT min(config) FROM search_entry UNION ALL"
        " SELECT (SELECT min(e.config) FROM search_entry e WHERE e.config > used.config)"
        " FROM used WHERE used.config IS NOT NULL)"
        f" SELECT c.name, ({expression})::text, ({positive})::text FROM (SELECT cfgname AS"
        f" name, oid::regconfig AS cfg FROM pg_ts_config WHERE cfgname = ANY (%s){in_use})"
        " AS c, set_config('jit', 'off', true) ORDER BY 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *(positive_params if negated else []), list(configs)])
        rows = cursor.fetchall()
    if not rows and restrict:
        # No row in reach (an empty index, a language no article is in): the query as
        # every configuration asked for reads it, so that a search of stop words is
        # still told so, and any other finds nothing.
        return prepare(query, configs, restrict=False)
    return Prepared(
        by_config={name: full for name, full, _positive in rows},
        negated=negated,
        positive_by_config={name: positive for name, _full, positive in rows if negated},
    )


def reading():
    """The transaction a search runs in (for its local settings)."""
    from django.db import transaction

    return transaction.atomic(savepoint=False)


def match(prepared: Prepared) -> SQL:
    # Without a per-row CASE the planner estimates the matches from the index statistics
    # (and may read the table until LIMIT is reached for a very common word).
    if not prepared.negated:
        return SQL(
            "{document} @@ %s::tsquery",
            [prepared.combined],
            output_field=BooleanField(),
            document="document",
        )
    # The index is asked the positive words; each row found is then held to its own
    # configuration's whole query through ts_match_vq (the function behind @@, which
    # the planner does not offer to the index: with the negation in it, the GIN scan
    # would read the long posting lists of the words left out, or be given up for a
    # sequential scan).
    row_sql, row_params = prepared.row_query()
    return SQL(
        "({document} @@ %s::tsquery AND ts_match_vq({document}, " + row_sql + "))",
        [prepared.combined_positive, *row_params],
        output_field=BooleanField(),
        document="document",
        config="config",
    )


def score(prepared: Prepared) -> SQL:
    row_sql, row_params = prepared.row_query()
    # Normalisation 1: divide by 1 + log(length), so long articles do not win by size.
    return SQL(
        "ts_rank({document}, " + row_sql + ", 1)",
        row_params,
        output_field=FloatField(),
        document="document",
        config="config",
    )


_ALL = f"HighlightAll=true, StartSel={START}, StopSel={STOP}"
_FRAGMENTS = (
    f"MaxFragments=1, MaxWords=35, MinWords=15, FragmentDelimiter={FRAGMENT},"
    f" StartSel={START}, StopSel={STOP}"
)
# ts_headline reads every word of what it is given: long bodies are cut first.
HEADLINE_INPUT = 1500


def headline(prepared: Prepared, text, *, fragments: bool = False) -> SQL:
    """The text with the matched words between START and STOP marks: whole, or (for long
    texts, from their first HEADLINE_INPUT characters) the best fragment, between
    FRAGMENT marks."""
    row_sql, row_params = prepared.row_query()
    source = f"left({{text}}, {HEADLINE_INPUT})" if fragments else "{text}"
    return SQL(
        f"%s || ts_headline(CAST({{config}} AS regconfig), translate({source}, %s, ''), "
        + row_sql
        + ", %s) || %s",
        [
            FRAGMENT if fragments else "",
            # FRAGMENT marks already in the text are around()'s.
            START + STOP + (FRAGMENT if fragments else ""),
            *row_params,
            _FRAGMENTS if fragments else _ALL,
            FRAGMENT if fragments else "",
        ],
        output_field=TextField(),
        config="config",
        text=text,
    )


def around(text, run: str) -> SQL:
    """About 400 characters of ``text`` around the first occurrence of ``run`` (CJK text,
    which ts_headline cannot find), with FRAGMENT marks where text was left out."""
    return SQL(
        "(CASE WHEN strpos({text}, %s) > 91 THEN %s ELSE '' END"
        " || translate(substr({text}, greatest(strpos({text}, %s) - 90, 1), 400), %s, '')"
        " || CASE WHEN length({text}) > greatest(strpos({text}, %s) - 90, 1) + 399"
        " THEN %s ELSE '' END)",
        [run, FRAGMENT, run, START + STOP + FRAGMENT, run, FRAGMENT],
        output_field=TextField(),
        text=text,
    )
