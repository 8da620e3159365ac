"""Full-text search over articles, passages and notes (``/search/``).

The index (``SearchEntry``: one row per article, passage and note, with the event,
outlet, language and date the filters need) is kept by database triggers on the
coverage and notes tables, so every writer keeps it right (services, the admin,
bulk_create/bulk_update, queryset updates, imports, raw SQL); no other app imports this
one. On PostgreSQL each row holds a tsvector of its words, through the text-search
configuration of its language (``languages.json``; notes: 'simple'), with a GIN index;
on SQLite the words go to an FTS5 table. Chinese, Japanese and Korean are indexed as
character pairs on both (``cjk.py``). Who may see a note is asked of the notes app
(``notes_visible_to``) at search time; the index holds no visibility.

Rebuild the index (e.g. after loading data with the triggers disabled):
``manage.py search_reindex``; ``manage.py search_reindex --check`` only compares.
Migrations install the triggers (and fill the index from existing data); after every
``migrate`` any missing or outdated trigger is put back and the index rebuilt.
"""
