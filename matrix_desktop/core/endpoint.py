"""The one reading of a Weibo API base URL: scheme, host and port, refused when ambiguous.

The HTTP client sends requests to `ApiEndpoint.origin` and the keyring keys tokens by
`ApiEndpoint.secret_key`, both from one `parse_api_endpoint` call, so a token is only ever offered to the
host and port it was stored for. URL parsers disagree on odd input — `http://127.0.0.1:9\\@api.weibo.com`
is 127.0.0.1 to `requests` and api.weibo.com to `urllib.parse` — so anything a parser could read two
ways is refused instead of interpreted: user info, backslashes, whitespace, control or non-ASCII
characters, percent escapes in the host, a path, a query or a fragment.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_NAME = re.compile(r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")
_PATH_OK = re.compile(r"^[A-Za-z0-9._~/-]*$")


class EndpointError(ValueError):
    """The URL cannot be read one unambiguous way; the message says why, in words."""


@dataclass(frozen=True)
class ApiEndpoint:
    """Where requests go: scheme, lower-case host (IPv6 without brackets) and the port actually used."""

    scheme: str
    host: str
    port: int
    path: str = ""

    @property
    def _netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def origin(self) -> str:
        """`scheme://host[:port]`, the port written only when it is not the scheme's default."""
        return f"{self.scheme}://{self._netloc}"

    @property
    def url(self) -> str:
        return self.origin + self.path

    @property
    def secret_key(self) -> str:
        """The keyring's name for this platform: `host:port`, except the bare host for HTTPS on 443.

        The bare form is what earlier versions wrote for https://api.weibo.com, so the real platform's
        tokens stay where they are; every other port (HTTP's 80 included) is spelled out, so each key
        names exactly one host and port.
        """
        host = f"[{self.host}]" if ":" in self.host else self.host
        if self.scheme == "https" and self.port == 443:
            return host
        return f"{host}:{self.port}"


def parse_api_endpoint(url: str, *, allow_path: bool = False) -> ApiEndpoint:
    """Read `url` as an http(s) origin (with `allow_path`, also a plain path such as /callback).

    Raises `EndpointError` for anything that is not one unambiguous scheme, host and port.
    """
    if not isinstance(url, str) or not url:
        raise EndpointError("the URL is empty")
    bad = next((ch for ch in url if ord(ch) <= 32 or ord(ch) == 127 or ch.isspace() or ord(ch) > 126), None)
    if bad is not None:
        raise EndpointError(f"the URL contains a space, control or non-ASCII character ({bad!r}); "
                            "write the host in plain ASCII (punycode for a Chinese domain)")
    if "\\" in url:
        raise EndpointError("the URL contains a backslash")
    parts = urlsplit(url.rstrip("/") if not allow_path else url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not url.lower().startswith(scheme + "://"):
        raise EndpointError("the URL must start with http:// or https://")
    netloc = parts.netloc
    if "@" in netloc:
        raise EndpointError("the URL contains user info (an @ before the host); give the host alone")
    if "%" in netloc:
        raise EndpointError("the URL's host contains a percent escape")
    if parts.query or parts.fragment or "?" in url or "#" in url or ";" in url:
        raise EndpointError("the URL may not have a query (?), fragment (#) or parameters (;)")
    path = parts.path
    if path and not allow_path:
        raise EndpointError("the base URL must be the host alone, with no path")
    if path and (not path.startswith("/") or not _PATH_OK.match(path) or "//" in path
                 or any(seg in (".", "..") for seg in path.split("/"))):
        raise EndpointError("the URL's path has characters or segments that read more than one way")
    raw_host = parts.hostname or ""
    if not raw_host:
        raise EndpointError("the URL has no host")
    host = raw_host.lower()
    if netloc.startswith("["):
        try:
            host = str(ipaddress.IPv6Address(host))
        except ValueError:
            raise EndpointError(f"{raw_host!r} is not an IPv6 address") from None
    elif not _HOST_NAME.match(host):
        raise EndpointError(f"{raw_host!r} is not a host name")
    elif host.replace(".", "").isdigit():
        try:
            host = str(ipaddress.IPv4Address(host))
        except ValueError:
            raise EndpointError(f"{raw_host!r} is not an IPv4 address") from None
    try:
        port = parts.port
    except ValueError:
        raise EndpointError("the URL's port is not a number from 1 to 65535") from None
    if netloc.endswith(":"):
        raise EndpointError("the URL's port is empty")
    if port == 0:
        raise EndpointError("the URL's port is not a number from 1 to 65535")
    return ApiEndpoint(scheme, host, port or DEFAULT_PORTS[scheme], path if allow_path else "")


#: The real platform's API host, whose people's pages are on weibo.com.
REAL_API_HOST = "api.weibo.com"


def profile_url(api_base_url: str, uid: str) -> str:
    """Where a person sees account `uid`'s page on the platform the app talks to: weibo.com for the real
    API, the same host's `/u/<uid>` elsewhere (the sandbox serves one), so a sandbox account never opens
    a stranger's page on the real site."""
    try:
        endpoint = parse_api_endpoint(api_base_url)
    except EndpointError:
        return ""
    if endpoint.host == REAL_API_HOST:
        return f"https://weibo.com/u/{uid}"
    return f"{endpoint.origin}/u/{uid}"
