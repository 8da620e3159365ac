"""What the browser downloads: our CSS and JavaScript, compressed, stay small."""

import gzip
import re

from django.contrib.staticfiles import finders
from django.urls import reverse

BUDGET = 60 * 1024


def shipped_assets(html: str) -> list[str]:
    stylesheets = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="/static/([^"]+)"', html)
    scripts = re.findall(r'<script[^>]+src="/static/([^"]+)"', html)
    return stylesheets + scripts


def test_css_and_javascript_are_under_60_kb_compressed(client, db):
    html = client.get(reverse("coverage:event_list")).text
    assets = shipped_assets(html)
    assert "css/site.css" in assets
    assert any(path.startswith("django_htmx/htmx") for path in assets)
    sizes = {}
    for path in assets:
        found = finders.find(path)
        assert found, path
        with open(found, "rb") as handle:
            sizes[path] = len(gzip.compress(handle.read(), compresslevel=9))
    total = sum(sizes.values())
    print("compressed asset sizes (bytes):", sizes, "total:", total)
    assert total < BUDGET, sizes
