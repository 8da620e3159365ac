"""The index on each database: the triggers that keep it, its rebuild, and the pieces
of a search query that differ (PostgreSQL tsvector/tsquery, SQLite FTS5).

Both backends expose the same functions: ``install(cursor)``, ``uninstall(cursor)``,
``missing(cursor)`` (names of absent triggers), ``rebuild(cursor)``, ``prepare(query,
configs)``, ``match(prepared)``, ``score(prepared)`` and ``with_marks(entries, prepared)``.
"""

import re
from types import ModuleType

from django.db import connections
from django.db.models import Expression, F


class UnsupportedDatabase(RuntimeError):
    pass


def for_connection(connection) -> ModuleType:
    from mediacompare.search.backends import postgresql, sqlite

    if connection.vendor == "postgresql":
        return postgresql
    if connection.vendor == "sqlite":
        return sqlite
    raise UnsupportedDatabase(f"Search runs on PostgreSQL or SQLite, not {connection.vendor}.")


def current(using: str = "default") -> ModuleType:
    return for_connection(connections[using])


class SQL(Expression):
    """A piece of SQL naming the entry's columns as ``{document}``, ``{config}``, ``{id}``
    (or any expression given), compiled by the ORM so its table alias is always right,
    with user input only ever in ``params``."""

    def __init__(self, template: str, params=(), *, output_field, **columns):
        super().__init__(output_field=output_field)
        self.template = template
        self.params = tuple(params)
        self.names = list(columns)
        self.columns = [F(c) if isinstance(c, str) else c for c in columns.values()]

    def get_source_expressions(self):
        return self.columns

    def set_source_expressions(self, exprs):
        self.columns = list(exprs)

    def as_sql(self, compiler, connection):
        compiled = {}
        for name, column in zip(self.names, self.columns, strict=True):
            compiled[name] = compiler.compile(column)
        # Parameters in the order their placeholders appear in the final SQL.
        own = iter(self.params)
        sql, params = [], []
        position = 0
        for match in _PLACEHOLDER.finditer(self.template):
            sql.append(self.template[position : match.start()])
            position = match.end()
            if match.group(1):
                column_sql, column_params = compiled[match.group(1)]
                sql.append(column_sql)
                params.extend(column_params)
            else:
                sql.append("%s")
                params.append(next(own))
        sql.append(self.template[position:])
        return "".join(sql), params


_PLACEHOLDER = re.compile(r"\{(\w+)\}|%s")
