import io
import json

import pytest


def jsonl(*rows) -> io.BytesIO:
    """A JSON Lines file of rows (dicts, or raw strings written as they are)."""
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    return io.BytesIO(("\n".join(lines) + "\n").encode())


@pytest.fixture
def row():
    def make(n: int = 0, **fields) -> dict:
        return {
            "event": "summit",
            "event_title": "The summit",
            "event_date": "2021-12-09",
            "outlet": f"outlet-{n}",
            "outlet_name": f"Outlet {n}",
            "outlet_country": "Russia",
            "title": f"Article {n}",
            "url": f"https://example.org/{n}",
            "published_at": "2021-11-27T08:00:00Z",
            "language": "en",
            "body": f"Article {n} says the ambassadors wrote a joint article.\n"
            "They said that democracy is not the patent of any one country.",
            **fields,
        }

    return make
