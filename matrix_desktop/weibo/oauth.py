"""The browser side of OAuth2: a one-shot loopback server that catches the redirect with the code.

    with LoopbackRedirectCatcher() as catcher:
        open_browser(authorize_url(base, app_key, catcher.redirect_uri, state))
        code = catcher.wait_for_code(state, timeout=300, cancel=token)
    grant = exchange_code(base, app_key, app_secret, code, catcher.redirect_uri)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from matrix_desktop.core.errors import Cancelled
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken
from matrix_desktop.core.weibo_errors import OAuthError, TransientError, error_for
from matrix_desktop.weibo.client import authorize_url, exchange_code

__all__ = ["LoopbackRedirectCatcher", "authorize_url", "exchange_code"]

_DONE_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>授权完成</title></head>
<body style="font-family: sans-serif; margin: 3em"><h1>授权完成，可以关闭此页</h1>
<p>You can close this page.</p></body></html>"""
_FAILED_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>授权未完成</title></head>
<body style="font-family: sans-serif; margin: 3em"><h1>授权未完成，请回到应用重试</h1>
<p>Authorisation did not complete; go back to the app and try again.</p></body></html>"""


class _Quiet(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class LoopbackRedirectCatcher:
    """Listens on 127.0.0.1 (port 0 picks a free one) for ``/callback?code=...&state=...``, once.

    The first callback ends the wait: a code (with the expected state) is returned; an `error` in the
    query (the user pressed Cancel) raises `OAuthError`; a wrong state raises `OAuthError` too.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, path: str = "/callback") -> None:
        self.host = host
        self.path = path
        self._done = threading.Event()
        self._query: dict[str, str] | None = None
        self._server: BaseWSGIServer = make_server(host, port, self._app, threaded=True, request_handler=_Quiet)
        self.port = self._server.server_port
        self._thread: threading.Thread | None = None

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        if request.path != self.path:
            return Response("not found", status=404)(environ, start_response)
        if not self._done.is_set():
            self._query = request.args.to_dict()
            self._done.set()
        page = _DONE_PAGE if "code" in request.args else _FAILED_PAGE
        return Response(page, content_type="text/html; charset=utf-8")(environ, start_response)

    def start(self) -> LoopbackRedirectCatcher:
        if self._thread is None:
            self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="oauth-catcher",
                                            daemon=True)
            self._thread.start()
        return self

    def close(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> LoopbackRedirectCatcher:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait_for_code(self, state: str | None = None, timeout: float = 300.0,
                      cancel: CancelToken | None = None) -> str:
        """Block until the browser comes back; the authorisation code. Polls `cancel` every 0.1 s."""
        self.start()
        token = cancel or NEVER_CANCELLED
        waited = 0.0
        while not self._done.wait(0.1):
            if token.cancelled:
                raise Cancelled("authorisation cancelled")
            waited += 0.1
            if waited >= timeout:
                raise TransientError(0, "no authorisation arrived in time", self.path, 0, request_sent=False)
        query = self._query or {}
        if "error" in query or "error_code" in query:
            raise error_for(query.get("error_code", 21330), query.get("error", "access_denied"), "/oauth2/authorize")
        if state is not None and query.get("state") != state:
            raise OAuthError(21323, "state mismatch", "/oauth2/authorize")
        code = query.get("code")
        if not code:
            raise OAuthError(21323, "no code in the redirect", "/oauth2/authorize")
        return code
