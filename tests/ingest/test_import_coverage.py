import io
import json

import pytest
from django.core.management import CommandError, call_command

from mediacompare.coverage.models import Article


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def test_the_command_imports_reports_progress_and_is_idempotent(db, row, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [row(1), row(2)])
    out, err = io.StringIO(), io.StringIO()
    call_command("import_coverage", path, "--no-align", stdout=out, stderr=err)
    assert "2 rows: 2 to import, 0 with problems" in out.getvalue()
    assert "2 created, 0 updated, 0 unchanged, in 1 events" in out.getvalue()
    assert "Importing [##############################] 2/2 (100%" in err.getvalue()
    out = io.StringIO()
    call_command("import_coverage", path, "--no-align", stdout=out, stderr=io.StringIO())
    assert "0 created, 0 updated, 2 unchanged" in out.getvalue()
    assert Article.objects.count() == 2


def test_the_command_lists_every_problem_and_fails(db, row, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [row(1), {"event": "x"}, row(3, language="??")])
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="4 problems"):
        call_command("import_coverage", path, "--no-align", stdout=out, stderr=err)
    assert "line 2: “outlet” is required" in err.getvalue()
    assert "line 3: language:" in err.getvalue()
    assert Article.objects.count() == 1


def test_a_dry_run_writes_nothing(db, row, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [row(1)])
    call_command("import_coverage", path, "--dry-run", stdout=io.StringIO(), stderr=io.StringIO())
    assert not Article.objects.exists()


def test_a_file_that_is_neither_jsonl_nor_zip_is_refused(db, tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("event,outlet\nsummit,tass\n")
    with pytest.raises(CommandError, match="neither JSON Lines"):
        call_command("import_coverage", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_coverage", str(tmp_path / "missing.jsonl"))
