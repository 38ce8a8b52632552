"""The server's gate (ASGI middleware): token, Origin and upload-size checks before NiceGUI.

* Token: ``?token=…`` once (the reply sets a session cookie), ``Authorization: Bearer …`` or the
  cookie. Tokens are compared as UTF-8 bytes in constant time; no header, cookie or query value
  can make the gate fail (a malformed one counts as no credential). The cookie holds an HMAC of
  the token under a random per-server secret, never the token itself, and dies with the server.
* Origin: a websocket or socket.io request from a page of another origin is refused (403), so
  a web page the user visits cannot drive the canvas (and the runner behind it). Allowed: the
  page's own origin (Origin host:port equals the Host header) and each ``--allow-origin``.
  Without a token the server is loopback-only and the Host must be a loopback name too, which
  stops DNS rebinding (a hostile name resolving to 127.0.0.1 is not ``localhost``).
* Uploads: a POST to NiceGUI's upload route must declare a Content-Length within the 5 MB bound
  plus the multipart framing; larger bodies get 413 before one byte is read.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .files import MAX_UPLOAD_BYTES

TOKEN_ENV = "GANCANVAS_TOKEN"
COOKIE = "gancanvas_session"
OLD_COOKIE = "gancanvas_token"  # older servers stored the raw token here: expired on sight
SOCKET_PREFIX = "/_nicegui_ws/"
UPLOAD_ROUTE = re.compile(r"/_nicegui/client/[^/]+/upload/[^/]+")
#: room for the multipart framing around one file: boundaries, part headers, a long file name
UPLOAD_SLACK = 64 * 1024
MAX_UPLOAD_BODY = MAX_UPLOAD_BYTES + UPLOAD_SLACK


def resolve_token(token: str | None = None, token_file: str | Path | None = None) -> str | None:
    """The token: ``--token``, else the first line of ``--token-file``, else ``$GANCANVAS_TOKEN``.

    ``ValueError`` (a message for the user) for an unreadable or empty token file.
    """
    if token:
        return token
    if token_file is not None:
        try:
            text = Path(token_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ValueError(f"--token-file {token_file}: cannot read it ({err})") from None
        lines = text.strip().splitlines()
        if not lines or not lines[0].strip():
            raise ValueError(f"--token-file {token_file}: the file is empty")
        return lines[0].strip()
    return os.environ.get(TOKEN_ENV) or None


def child_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for subprocesses (runs, the MLflow UI): everything but the token."""
    out = dict(os.environ if env is None else env)
    out.pop(TOKEN_ENV, None)
    return out


def normalise_origin(origin: str) -> str | None:
    """``scheme://host[:port]``, lower-case, default port dropped; None if not http(s)."""
    try:
        parts = urlsplit(origin.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" + (f":{port}" if port and port != default else "")


def _host_name(netloc: str) -> str:
    """The host of a ``host[:port]`` (IPv6 in brackets)."""
    if netloc.startswith("["):
        return netloc[1 : netloc.find("]")] if "]" in netloc else netloc
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def is_loopback_name(host: str) -> bool:
    """``localhost`` (and its subdomains), 127.0.0.0/8 or ::1."""
    import ipaddress

    host = host.strip().strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def query_values(query: bytes, name: bytes) -> list[bytes]:
    """The raw (percent-decoded) bytes of every ``name=`` in a query string."""
    out = []
    for pair in query.split(b"&"):
        key, _, value = pair.partition(b"=")
        if unquote_to_bytes(key.replace(b"+", b" ")) == name:
            out.append(unquote_to_bytes(value.replace(b"+", b" ")))
    return out


def cookie_values(header: bytes, name: bytes) -> list[bytes]:
    """Every value of cookie ``name`` in a Cookie header (raw bytes, quotes removed)."""
    out = []
    for part in header.split(b";"):
        key, sep, value = part.strip().partition(b"=")
        if sep and key.strip() == name:
            out.append(value.strip().strip(b'"'))
    return out


class Gate:
    """ASGI middleware in front of the whole app (pages, API, uploads, socket.io)."""

    def __init__(
        self,
        app: ASGIApp,
        token: str | None = None,
        allow_origins: Iterable[str] = (),
        max_upload_body: int = MAX_UPLOAD_BODY,
    ) -> None:
        self.app = app
        self.token = token.encode("utf-8", "surrogatepass") if token else None
        # per-server secret: the cookie proves the token was given to *this* server, and a
        # stolen cookie shows nothing about the token (nor outlives a restart)
        self.session = (
            hmac.new(secrets.token_bytes(32), self.token, hashlib.sha256).hexdigest().encode()
            if self.token
            else None
        )
        self.allowed = {o for o in map(normalise_origin, allow_origins) if o}
        self.max_upload_body = max_upload_body

    # ---- checks ------------------------------------------------------------------------------

    def _matches(self, value: bytes | None, expected: bytes | None) -> bool:
        if not value or expected is None:
            return False
        return hmac.compare_digest(value, expected)  # constant time, bytes: any value works

    def _credentials(self, scope: Scope, headers: dict[bytes, bytes]) -> str | None:
        """``"cookie"``/``"header"``/``"query"``: how the request proved the token; else None."""
        try:
            if any(
                self._matches(v, self.session)
                for v in cookie_values(headers.get(b"cookie", b""), COOKIE.encode())
            ):
                return "cookie"
            auth = headers.get(b"authorization", b"")
            if auth[:7].lower() == b"bearer " and self._matches(auth[7:].strip(), self.token):
                return "header"
            query = scope.get("query_string") or b""
            if any(self._matches(v, self.token) for v in query_values(query, b"token")):
                return "query"
        except Exception:  # a value we cannot read is no credential, never a 500
            return None
        return None

    def host_ok(self, headers: dict[bytes, bytes]) -> bool:
        """Without a token: the Host must be a loopback name or an allowed origin's host."""
        if self.token is not None:
            return True
        host = headers.get(b"host", b"").decode("latin-1").strip().lower()
        if not host:
            return True  # HTTP/1.0 clients; a browser (and so a rebinding page) always sends it
        return is_loopback_name(_host_name(host)) or any(
            o.split("://", 1)[1] == host for o in self.allowed
        )

    def origin_ok(self, headers: dict[bytes, bytes]) -> bool:
        """Same origin as the page (host:port), or explicitly allowed; no Origin: a same-origin
        GET or a non-browser client (browsers always send it on cross-origin requests)."""
        raw = headers.get(b"origin")
        if raw is None:
            return True
        origin = normalise_origin(raw.decode("latin-1"))
        if origin is None:  # "null" (sandboxed frames, file://) or garbage
            return False
        if origin in self.allowed:
            return True
        host = headers.get(b"host", b"").decode("latin-1").strip().lower()
        netloc = origin.split("://", 1)[1]
        return bool(host) and (netloc == host or netloc == _default_port_dropped(host))

    # ---- ASGI --------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers: dict[bytes, bytes] = {}
        for key, value in scope.get("headers") or []:
            headers.setdefault(bytes(key).lower(), bytes(value))
        path = str(scope.get("path") or "")
        if not self.host_ok(headers):
            await _refuse(kind, send, 403, "gancanvas: this server answers to localhost only\n")
            return
        if (kind == "websocket" or path.startswith(SOCKET_PREFIX)) and not self.origin_ok(headers):
            await _refuse(kind, send, 403, "gancanvas: cross-origin connection refused\n")
            return
        how = self._credentials(scope, headers) if self.token is not None else "open"
        if how is None:
            await _refuse(
                kind, send, 401, "gancanvas: this server needs a token: open it with ?token=…\n"
            )
            return
        if kind == "http" and scope.get("method") == "POST" and UPLOAD_ROUTE.fullmatch(path):
            refusal = self._upload_refusal(headers)
            if refusal:
                await _refuse(kind, send, *refusal)
                return
        if how == "query" and kind == "http":
            send = self._setting_cookie(send)
        await self.app(scope, receive, send)

    def _upload_refusal(self, headers: dict[bytes, bytes]) -> tuple[int, str] | None:
        length = headers.get(b"content-length", b"")
        if not length.strip().isdigit():
            return 411, "gancanvas: an upload must declare its Content-Length\n"
        if int(length) > self.max_upload_body:
            return 413, "gancanvas: the file is larger than 5 MB: not a graph file\n"
        return None

    def _setting_cookie(self, send: Send) -> Send:
        assert self.session is not None
        cookie = f"{COOKIE}={self.session.decode()}; Path=/; HttpOnly; SameSite=Strict".encode()
        expire_old = f"{OLD_COOKIE}=; Path=/; Max-Age=0".encode()

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(b"set-cookie", cookie), (b"set-cookie", expire_old)]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return send_with_cookie


def _default_port_dropped(host: str) -> str:
    for suffix in (":80", ":443"):
        if host.endswith(suffix):
            return host[: -len(suffix)]
    return host


async def _refuse(kind: str, send: Send, status: int, text: str) -> None:
    """A short plain-text answer; a websocket is closed before it is accepted (HTTP 403)."""
    if kind == "websocket":
        await send({"type": "websocket.close", "code": 4000 + status})
        return
    body = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
