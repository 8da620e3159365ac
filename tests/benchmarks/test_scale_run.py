"""The scale driver's arithmetic and its figures table (no database, no children)."""

import pytest

from benchmarks.scale import run


def test_percentile_is_the_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert run.percentile(values, 0.95) == 95.0
    assert run.percentile(values, 0.5) == 51.0
    assert run.percentile([7.0], 0.95) == 7.0
    assert run.percentile([3.0, 1.0, 2.0], 1.0) == 3.0


def test_summary_rounds_and_counts():
    figures = run.summary([10.0, 20.0, 30.0, 40.0])
    assert figures == {"n": 4, "p50_ms": 25.0, "p95_ms": 40.0, "max_ms": 40.0}


def test_database_url_swaps_the_database_name_only():
    server = "postgres://user:secret@127.0.0.1:5432"
    assert run.database_url(server, "mc_scale") == "postgres://user:secret@127.0.0.1:5432/mc_scale"
    assert run.database_url(server + "/other", "x_small").endswith(":5432/x_small")


def cell(p50, p95):
    return {"n": 5, "p50_ms": p50, "p95_ms": p95, "max_ms": p95}


def figures(api_small, api_large, extrapolated=False):
    pages = {"same events": {"events": ["scale-event-0"], "event page": cell(50, 60)}}
    data = {
        "articles": 1000,
        "events": 50,
        "generate": {"wall_s": 0.5, "mb": 4},
        "import": {"wall_s": 10.0, "cpu_s": 5.0, "peak_rss_mb": 100.0, "path": "import"},
        "align": {
            "workers": 2,
            "wall_s": 100.0,
            "stopped_by_budget": extrapolated,
            "events_aligned": 25 if extrapolated else 50,
            "events_total": 50,
            "articles_aligned": 500,
            "per_worker": [{"cpu_s": 60.0, "peak_rss_mb": 280.0, "median_rss_mb": 250.0}],
            "articles_per_cpu_s": 4.2,
            "events_per_cpu_s": 0.2,
            "articles_per_s_wall": 5.0,
        },
        "size": {
            "database_mb": 112,
            "tables": [{"table": "coverage_passagelink", "total_mb": 46, "heap_mb": 34, "rows": 9}],
        },
        "small": {
            "load_average": 1.0,
            "pages": pages,
            "search": {"no match": cell(18, 21)},
            "api": api_small,
        },
        "large": {
            "load_average": 2.0,
            "pages": pages,
            "search": {"no match": cell(19, 22)},
            "api": api_large,
        },
    }
    if extrapolated:
        data["extrapolated"] = {"align_s": 200.0, "total_s": 210.0}
    return data


def test_the_report_labels_an_extrapolation_and_an_absent_api():
    absent = {"absent": "GET /api/v1/openapi.json answered 404"}
    text = run.report(figures(absent, absent, extrapolated=True))
    assert "STOPPED by the time budget" in text
    assert "EXTRAPOLATED (not measured)" in text
    assert "answered 404" in text
    assert "18 / 21" in text and "19 / 22" in text


def test_the_report_pairs_api_lists_filtered_by_different_event_ids():
    small = {"/api/v1/articles": cell(5, 6), "/api/v1/articles?event=1": cell(7, 8)}
    large = {
        "/api/v1/articles": cell(9, 10),
        "/api/v1/articles?event=4000": cell(11, 12),
        "/api/v1/notes": {"status": 401},
    }
    text = run.report(figures(small, large))
    line = next(x for x in text.splitlines() if "?event=4000" in x)
    assert "7 / 8" in line and "11 / 12" in line
    assert "answered 401" in text
    assert "EXTRAPOLATED" not in text


def test_zero_articles_is_refused_before_anything_is_created(tmp_path, capsys):
    with pytest.raises(SystemExit):
        run.main(["--articles", "0", "--output", str(tmp_path / "out")])
    assert "at least one article and one worker" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
