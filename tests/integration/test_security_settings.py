"""Settings that steer secrets: only admins change them, ambiguous URLs are refused, tokens go nowhere else."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from urllib3.util import parse_url

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.app.config import Config
from matrix_desktop.core.endpoint import EndpointError, parse_api_endpoint
from matrix_desktop.secrets.store import api_host
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox.server import SandboxServer


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class Listener:
    """An attacker's HTTP server on loopback: it records every request's path and headers."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, str]]] = []
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                listener.seen.append((self.path, dict(self.headers)))
                body = b'{"error_code": 21327, "error": "expired_token", "request": "/"}'
                self.send_response(403)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _record

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.mark.keyring
def test_an_operator_cannot_point_the_tokens_at_a_listener(
        sandbox: SandboxServer, listener: Listener, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert cli("--db", db, "members", "add", "boss", "--role", "admin")[0] == 0
    assert cli("--db", db, "--as", "boss", "members", "add", "op", "--role", "operator")[0] == 0
    bundle = tmp_path / "creds.json"
    bundle.write_text(json.dumps(sandbox.credentials()), encoding="utf-8")
    code, _, err = cli("--db", db, "--as", "boss", "credentials", "import", str(bundle))
    assert code == 0, err
    tokens = {str(a["access_token"]) for a in sandbox.credentials()["accounts"]}
    sandbox_port = parse_api_endpoint(sandbox.base_url).port
    attack = f"http://127.0.0.1:{listener.port}\\@127.0.0.1:{sandbox_port}"

    code, _, err = cli("--db", db, "--as", "op", "config", "set", "weibo.base_url", attack, "--yes")
    assert code == 2 and "op may not change weibo.base_url" in err, err
    code, _, err = cli("--db", db, "--as", "op", "config", "set", "weibo.base_url",
                       f"http://127.0.0.1:{listener.port}", "--yes")
    assert code == 2 and "admin" in err
    assert Config().get("weibo.base_url") == sandbox.base_url

    code, _, err = cli("--db", db, "--as", "boss", "config", "set", "weibo.base_url", attack, "--yes")
    assert code == 2 and "backslash" in err and len(err.strip().splitlines()) == 1, err
    for trick in (f"http://127.0.0.1:{listener.port}@127.0.0.1:{sandbox_port}",
                  f"http://127.0.0.1:{listener.port}#@127.0.0.1:{sandbox_port}",
                  f"http://127.0.0.1:{listener.port} @127.0.0.1:{sandbox_port}",
                  f"http://127.0.0.1:{listener.port}/..//127.0.0.1:{sandbox_port}",
                  f"ftp://127.0.0.1:{listener.port}"):
        code, _, err = cli("--db", db, "--as", "boss", "config", "set", "weibo.base_url", trick, "--yes")
        assert code == 2 and "Traceback" not in err, (trick, err)
    assert Config().get("weibo.base_url") == sandbox.base_url

    # No terminal and no --yes: refused, in one line.
    code, _, err = cli("--db", db, "--as", "boss", "config", "set", "weibo.base_url",
                       f"http://127.0.0.1:{listener.port}")
    assert code == 2 and "--yes" in err and len(err.strip().splitlines()) == 1

    # An admin may point the app at another host: it is audited, and that host gets no stored token.
    code, _, err = cli("--db", db, "--as", "boss", "config", "set", "weibo.base_url",
                       f"http://127.0.0.1:{listener.port}", "--yes")
    assert code == 0, err
    services = bootstrap(db, "boss")
    try:
        entry = [e for e in services.audit.entries() if e.action == "config.set"][-1]
        assert entry.actor == "boss" and entry.detail == {
            "key": "weibo.base_url", "old": sandbox.base_url, "new": f"http://127.0.0.1:{listener.port}"}
    finally:
        services.close()
    cli("--db", db, "--as", "op", "sync")
    seen = json.dumps(listener.seen)
    assert not any(token in seen for token in tokens)


@pytest.mark.parametrize("url", [
    "https://api.weibo.com", "http://127.0.0.1:8080", "HTTP://Example.COM:80", "https://Example.com:8443/",
    "http://[::1]:9000",
])
def test_the_keyring_key_names_exactly_where_requests_connects(url: str) -> None:
    client = WeiboClient(url, "token")
    prepared = requests.Request("GET", client.base_url + "/2/users/show.json").prepare()
    target = parse_url(prepared.url)
    port = target.port or {"http": 80, "https": 443}[target.scheme]
    endpoint = parse_api_endpoint(url)
    assert (target.host.strip("[]").lower(), port) == (endpoint.host, endpoint.port)
    host = f"[{endpoint.host}]" if ":" in endpoint.host else endpoint.host
    assert api_host(url) in ({f"{host}:{port}"} | ({host} if (target.scheme, port) == ("https", 443) else set()))


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:1\\@api.weibo.com", "http://evil@api.weibo.com", "http://a:b@api.weibo.com",
    "http://api.weibo.com\t", "http://api.weibo.com/x", "http://api.weibo.com?x=1", "http://api.weibo.com#x",
    "http://api%2eweibo.com", "http://api.weibo.com:99999", "http://api.weibo.com:", "javascript:alert(1)",
    "http://微博.com", "http:///api.weibo.com", "//api.weibo.com",
])
def test_ambiguous_base_urls_are_refused_by_client_keyring_and_settings(url: str) -> None:
    with pytest.raises(EndpointError):
        parse_api_endpoint(url)
    with pytest.raises(ValueError):
        WeiboClient(url)
    with pytest.raises(ValueError):
        api_host(url)
    assert cli("config", "set", "weibo.base_url", url, "--yes")[0] == 2
