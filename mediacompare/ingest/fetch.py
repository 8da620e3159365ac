"""Fetching a web page an editor names, without letting the address reach inside.

An editor's URL is untrusted: it could name the server itself, the database, a cloud
metadata service or another machine on the private network (SSRF). So: http and https
only, on their usual ports or any port above 1023; the host is resolved here and every
address it resolves to must be public (not private, loopback, link-local, multicast,
reserved or unspecified); the connection goes to the address that was checked (no
second lookup that could answer differently); redirects are followed by hand, each hop
checked the same way, at most :data:`MAX_REDIRECTS`; the body is read up to
:data:`MAX_BYTES`, within :data:`TIMEOUT` seconds; only HTML is accepted.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT = 10.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "mediacompare-import/1.0 (an editor's request; one page)"


class FetchError(ValueError):
    """The page cannot be fetched; the message says why, for an editor."""


@dataclass(frozen=True)
class Page:
    url: str
    html: bytes
    content_type: str


def public_addresses(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, if all of them are public; else FetchError."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The host “{host}” cannot be found.") from None
    addresses = []
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise FetchError(
                f"“{host}” resolves to an address that is not public ({address}): the "
                "server fetches public pages only. Upload the saved page instead."
            )
        addresses.append(str(address))
    if not addresses:
        raise FetchError(f"The host “{host}” cannot be found.")
    return addresses


def _invalid(url: str) -> FetchError:
    return FetchError(f"“{url[:200]}” is not a valid address.")


def _target(url: str) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        # "http://[x": an unclosed or invalid IPv6 address.
        raise _invalid(url) from None
    if parts.scheme not in ("http", "https"):
        raise FetchError("Only http and https addresses can be fetched.")
    if not parts.hostname:
        raise FetchError("The address has no host.")
    if parts.username or parts.password:
        raise FetchError("Addresses with a user name or password are not fetched.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("The address has an invalid port.") from None
    if port not in (80, 443) and port < 1024:
        raise FetchError(f"Port {port} is not fetched (80, 443 or above 1023 only).")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port, path


def _request(scheme: str, host: str, address: str, port: int, path: str, deadline: float):
    """One GET to the checked ``address``, naming ``host`` (Host header, TLS name)."""
    timeout = urllib3.Timeout(connect=min(5.0, TIMEOUT), read=max(deadline - time.monotonic(), 0.1))
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address,
            port=port,
            server_hostname=host,
            assert_hostname=host,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
            timeout=timeout,
            retries=False,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port=port, timeout=timeout, retries=False)
    headers = {"Host": host, "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    return pool.urlopen(
        "GET", path, headers=headers, redirect=False, preload_content=False, assert_same_host=False
    )


def fetch_page(url: str) -> Page:
    """The HTML at ``url``, following safe redirects; FetchError says why not."""
    deadline = time.monotonic() + TIMEOUT
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = _target(url)
        address = public_addresses(host, port)[0]
        try:
            response = _request(scheme, host, address, port, path, deadline)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"The page could not be fetched: {type(exc).__name__}.") from None
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location", "")
                if not location:
                    raise FetchError("The page redirects nowhere.")
                try:
                    url = urljoin(url, location)
                except ValueError:
                    raise _invalid(location) from None
                continue
            if response.status != 200:
                raise FetchError(f"The server answered {response.status}, not the page.")
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type not in HTML_TYPES:
                raise FetchError(
                    f"This address gives {content_type or 'no content type'}, not an HTML page."
                )
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise FetchError(f"The page is larger than {MAX_BYTES // 2**20} MB.")
            body = bytearray()
            for chunk in response.stream(64 * 1024):
                body += chunk
                if len(body) > MAX_BYTES:
                    raise FetchError(f"The page is larger than {MAX_BYTES // 2**20} MB.")
                if time.monotonic() > deadline:
                    raise FetchError(f"The page took longer than {TIMEOUT:.0f} seconds.")
            return Page(url=url, html=bytes(body), content_type=content_type)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"The page could not be read: {type(exc).__name__}.") from None
        finally:
            response.release_conn()
    raise FetchError(f"The page redirects more than {MAX_REDIRECTS} times.")
