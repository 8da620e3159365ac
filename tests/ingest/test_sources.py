import io
import zipfile

import pytest

from mediacompare.ingest import sources


def zipped(**members) -> io.BytesIO:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name.replace("__", "/"), data)
    return archive


def test_only_corpus_files_and_pages_are_read_from_a_zip():
    archive = zipped(
        **{"a.txt": "outlet: A\nlanguage: en\n---\nText.", "notes.md": "x", "dir__.hidden.txt": "x"}
    )
    assert sources.count(archive) == 1
    [(where, fields)] = list(sources.read(archive))
    assert where == "a.txt"
    assert (fields["outlet"], fields["outlet_name"], fields["body"]) == ("a", "A", "Text.")


def test_a_zip_bomb_is_refused_member_by_member():
    archive = zipped(**{"bomb.txt": "a" * 3_000_000, "ok.txt": "outlet: A\nlanguage: en\n---\nT."})
    rows = dict(sources.read(archive))
    assert rows["bomb.txt"] == "compressed suspiciously well (a zip bomb?)"
    assert isinstance(rows["ok.txt"], dict)


def test_a_broken_zip_and_a_non_jsonl_file_are_refused_whole():
    with pytest.raises(sources.SourceError, match="cannot be read"):
        list(sources.read(io.BytesIO(b"PK\x03\x04broken")))
    with pytest.raises(sources.SourceError, match="neither JSON Lines"):
        list(sources.read(io.BytesIO(b"event,outlet\n")))


def test_rows_name_their_lines_and_take_the_default_event():
    stream = io.BytesIO(b'{"outlet": "a"}\n\n{"event": "e", "outlet": "b"}\nnot json\n')
    rows = list(sources.read(stream, defaults=sources.Defaults(event="given")))
    assert [where for where, _ in rows] == ["line 1", "line 3", "line 4"]
    assert rows[0][1]["event"] == "given" and rows[1][1]["event"] == "e"
    assert rows[2][1].startswith("not JSON")


def test_a_line_too_deep_or_with_a_huge_number_is_that_lines_problem():
    """Python's json raises RecursionError and ValueError (not JSONDecodeError) for
    these: a problem of the line, not a job that fails with a traceback."""
    deep = b'{"outlet": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    huge = b'{"outlet": ' + b"9" * 5_000 + b"}"
    stream = io.BytesIO(deep + b"\n" + huge + b'\n{"outlet": "a"}\n')
    rows = list(sources.read(stream))
    assert [where for where, _ in rows] == ["line 1", "line 2", "line 3"]
    assert rows[0][1] == "not JSON this site reads: it nests too deeply"
    assert rows[1][1] == "not JSON this site reads: a number has more than 4,300 digits"
    assert rows[2][1] == {"outlet": "a"}
