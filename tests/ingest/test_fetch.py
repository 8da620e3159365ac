import socket

import pytest

from mediacompare.ingest import fetch


@pytest.fixture
def resolve(monkeypatch):
    """Names resolve to the addresses given here, never through the network."""
    table: dict[str, list[str]] = {}

    def getaddrinfo(host, port, type=0):
        if host not in table:
            raise socket.gaierror("not found")
        family = socket.AF_INET6
        return [
            (family if ":" in a else socket.AF_INET, type, 6, "", (a, port)) for a in table[host]
        ]

    monkeypatch.setattr(fetch.socket, "getaddrinfo", getaddrinfo)
    return table


class FakeResponse:
    def __init__(self, status=200, headers=None, body=b""):
        self.status, self.headers, self.body = status, headers or {}, body

    def stream(self, size):
        for start in range(0, len(self.body), size):
            yield self.body[start : start + size]

    def release_conn(self):
        pass


@pytest.fixture
def server(monkeypatch):
    """Answers by (host, path); records the address each request was sent to."""
    answers, sent = {}, []

    def request(scheme, host, address, port, path, deadline):
        sent.append((host, address, path))
        return answers[(host, path)]

    monkeypatch.setattr(fetch, "_request", request)
    return answers, sent


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.5",
        "172.16.0.1",
        "169.254.169.254",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "100.64.0.1",
        "224.0.0.1",
        "240.0.0.1",
    ],
)
def test_addresses_that_are_not_public_are_refused(resolve, address):
    resolve["inside.example"] = [address]
    with pytest.raises(fetch.FetchError, match="not public"):
        fetch.fetch_page("http://inside.example/")


def test_a_host_with_one_private_address_among_public_ones_is_refused(resolve):
    resolve["mixed.example"] = ["93.184.216.34", "10.0.0.1"]
    with pytest.raises(fetch.FetchError, match="not public"):
        fetch.fetch_page("https://mixed.example/")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/a", "Only http and https"),
        ("file:///etc/passwd", "Only http and https"),
        ("http://user:pw@example.org/", "user name or password"),
        ("http://example.org:22/", "Port 22 is not fetched"),
    ],
)
def test_other_schemes_credentials_and_low_ports_are_refused(resolve, url, message):
    with pytest.raises(fetch.FetchError, match=message):
        fetch.fetch_page(url)


def test_the_request_goes_to_the_checked_address(resolve, server):
    resolve["news.example"] = ["93.184.216.34"]
    answers, sent = server
    answers[("news.example", "/a?x=1")] = FakeResponse(
        headers={"Content-Type": "text/html; charset=utf-8"}, body=b"<p>hello</p>"
    )
    page = fetch.fetch_page("https://news.example/a?x=1")
    assert page.html == b"<p>hello</p>"
    assert sent == [("news.example", "93.184.216.34", "/a?x=1")]


def test_a_redirect_to_a_private_address_is_refused(resolve, server):
    resolve["news.example"] = ["93.184.216.34"]
    resolve["metadata.example"] = ["169.254.169.254"]
    answers, _ = server
    answers[("news.example", "/")] = FakeResponse(
        302, {"Location": "http://metadata.example/latest/"}
    )
    with pytest.raises(fetch.FetchError, match="not public"):
        fetch.fetch_page("https://news.example/")


def test_redirects_are_followed_a_few_times_only(resolve, server):
    resolve["loop.example"] = ["93.184.216.34"]
    answers, _ = server
    answers[("loop.example", "/")] = FakeResponse(301, {"Location": "/"})
    with pytest.raises(fetch.FetchError, match="more than 5 times"):
        fetch.fetch_page("http://loop.example/")


def test_not_html_and_too_large_are_refused(resolve, server, monkeypatch):
    resolve["news.example"] = ["93.184.216.34"]
    answers, _ = server
    answers[("news.example", "/pdf")] = FakeResponse(headers={"Content-Type": "application/pdf"})
    with pytest.raises(fetch.FetchError, match="application/pdf, not an HTML page"):
        fetch.fetch_page("http://news.example/pdf")
    monkeypatch.setattr(fetch, "MAX_BYTES", 10)
    answers[("news.example", "/big")] = FakeResponse(
        headers={"Content-Type": "text/html"}, body=b"x" * 100
    )
    with pytest.raises(fetch.FetchError, match="larger than"):
        fetch.fetch_page("http://news.example/big")
    answers[("news.example", "/gone")] = FakeResponse(404)
    with pytest.raises(fetch.FetchError, match="answered 404"):
        fetch.fetch_page("http://news.example/gone")


@pytest.mark.parametrize("location", ["http://[", "http://[zz]/latest/", "//[::1"])
def test_a_redirect_to_an_address_python_cannot_split_is_refused(resolve, server, location):
    """A page redirecting to "http://[" (an invalid IPv6 address: urlsplit raises a plain
    ValueError) was a 500 on the editor's import page."""
    resolve["news.example"] = ["93.184.216.34"]
    answers, _ = server
    answers[("news.example", "/")] = FakeResponse(302, {"Location": location})
    with pytest.raises(fetch.FetchError, match="not a valid address"):
        fetch.fetch_page("https://news.example/")
