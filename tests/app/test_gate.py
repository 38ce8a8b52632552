"""The gate in front of the app: byte-wise token checks that never fail, a derived session
cookie, same-origin websockets only, DNS-rebinding refusal and the upload size bound."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from gancanvas.app.gate import (
    COOKIE,
    MAX_UPLOAD_BODY,
    TOKEN_ENV,
    Gate,
    child_env,
    normalise_origin,
    resolve_token,
)

INNER = Starlette(
    routes=[
        Route("/", lambda r: PlainTextResponse("canvas")),
        Route("/_nicegui_ws/socket.io/", lambda r: PlainTextResponse("sio")),
    ]
)


def client(gate: Gate, host: str = "127.0.0.1:8080") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(gate), base_url=f"http://{host}")


async def call(gate: Any, scope: dict[str, Any], body: bytes = b"") -> list[Message]:
    """Run one raw ASGI call; the messages the gate (or the app) sent."""
    sent: list[Message] = []
    chunks = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return chunks.pop(0) if chunks else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    await gate(scope, receive, send)
    return sent


def scope(
    kind: str = "http",
    path: str = "/",
    query: bytes = b"",
    headers: list[tuple[bytes, bytes]] | None = None,
    method: str = "GET",
) -> dict[str, Any]:
    return {
        "type": kind,
        "path": path,
        "query_string": query,
        "method": method,
        "headers": [(b"host", b"127.0.0.1:8080"), *(headers or [])],
    }


def status(messages: list[Message]) -> int:
    """The HTTP status the client sees (a websocket accepted: 101; closed unaccepted: 4000+)."""
    start = messages[0]
    if start["type"] == "websocket.accept":
        return 101
    if start["type"] == "websocket.close":
        return int(start["code"]) - 4000
    return int(start["status"])


class Recorder:
    """An inner app that records whether the gate let the request through."""

    def __init__(self) -> None:
        self.called = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.called += 1
        if scope["type"] == "websocket":
            await send({"type": "websocket.accept"})
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


@pytest.mark.parametrize("query", ["%C3%A9", "%FF", "%00", "%ED%A0%80", "é", "%"])
async def test_non_ascii_token_is_a_clean_401(query: str) -> None:
    async with client(Gate(INNER, token="s3cret")) as c:
        assert (await c.get(f"/?token={query}")).status_code == 401
        auth = [(b"authorization", "Bearer é".encode()), (b"cookie", f"{COOKIE}=é\xff".encode())]
        assert (await c.get("/", headers=auth)).status_code == 401


async def test_a_non_ascii_token_works_as_utf8() -> None:
    async with client(Gate(INNER, token="é-ключ")) as c:
        assert (await c.get("/?token=%C3%A9-%D0%BA%D0%BB%D1%8E%D1%87")).status_code == 200
        assert (await c.get("/")).status_code == 200  # the cookie set by that reply
        bearer = [(b"authorization", "Bearer é-ключ".encode())]
    async with client(Gate(INNER, token="é-ключ")) as c:
        assert (await c.get("/", headers=bearer)).status_code == 200


@settings(max_examples=150, deadline=None)
@given(
    query=st.binary(max_size=40),
    cookie=st.binary(max_size=40),
    auth=st.binary(max_size=40),
    origin=st.binary(max_size=30),
    kind=st.sampled_from(["http", "websocket"]),
)
async def test_no_value_makes_the_gate_fail(
    query: bytes, cookie: bytes, auth: bytes, origin: bytes, kind: str
) -> None:
    headers = [(b"cookie", cookie), (b"authorization", b"Bearer " + auth), (b"origin", origin)]
    gate = Gate(Recorder(), token="s3cret")
    assert status(await call(gate, scope(kind, query=query, headers=headers))) in (401, 403)


async def test_cookie_is_derived_never_the_token() -> None:
    gate = Gate(INNER, token="s3cret")
    async with client(gate) as c:
        ok = await c.get("/?token=s3cret")
        assert ok.status_code == 200
        cookies = ok.headers.get_list("set-cookie")
        session = next(v for v in cookies if v.startswith(f"{COOKIE}="))
        value = session.split(";")[0].split("=", 1)[1]
        assert "s3cret" not in " ".join(cookies) and len(value) == 64
        assert "HttpOnly" in session and "SameSite=Strict" in session
        assert (await c.get("/")).status_code == 200  # the cookie opens the pages
    async with client(gate) as c:  # the raw token as a cookie is not a session
        raw = {"Cookie": f"{COOKIE}=s3cret; gancanvas_token=s3cret"}
        assert (await c.get("/", headers=raw)).status_code == 401
    async with client(Gate(INNER, token="s3cret")) as c:  # another server: another secret
        assert (await c.get("/", headers={"Cookie": f"{COOKIE}={value}"})).status_code == 401


async def test_cross_origin_websocket_and_socketio_refused() -> None:
    async def sees(gate: Gate, kind: str, origin: bytes | None) -> int:
        headers = [(b"authorization", b"Bearer s3cret")]
        headers += [(b"origin", origin)] if origin is not None else []
        return status(await call(gate, scope(kind, "/_nicegui_ws/socket.io/", b"EIO=4", headers)))

    for token in (None, "s3cret"):
        inner = Recorder()
        gate = Gate(inner, token=token, allow_origins=["https://gan.example.org"])

        for kind in ("websocket", "http"):
            ok = 101 if kind == "websocket" else 200
            assert await sees(gate, kind, b"http://evil.example") == 403
            assert await sees(gate, kind, b"null") == 403
            assert await sees(gate, kind, b"http://127.0.0.1:9999") == 403  # another port
            assert await sees(gate, kind, b"http://localhost:8080") == 403  # another host name
            assert await sees(gate, kind, b"http://127.0.0.1:8080") == ok  # the page's own origin
            assert await sees(gate, kind, b"https://gan.example.org") == ok  # --allow-origin
            assert await sees(gate, kind, None) == ok  # same-origin GET, or not a browser
        assert inner.called == 6


async def test_without_token_only_loopback_host_names() -> None:
    """DNS rebinding: a hostile name resolving to 127.0.0.1 is served nothing."""
    inner = Recorder()
    gate = Gate(inner, allow_origins=["http://proxy.lan:8080"])
    for host, ok in (
        (b"127.0.0.1:8080", True),
        (b"localhost:9000", True),  # an ssh tunnel
        (b"[::1]:8080", True),
        (b"proxy.lan:8080", True),
        (b"evil.example:8080", False),
        (b"127.0.0.1.evil.example", False),
    ):
        s = scope()
        s["headers"] = [(b"host", host)]
        assert status(await call(gate, s)) == (200 if ok else 403), host
        origin = b"http://" + host  # a rebinding page is same-origin with the hostile name
        ws = scope("websocket", "/_nicegui_ws/socket.io/", headers=[(b"origin", origin)])
        ws["headers"][0] = (b"host", host)
        assert status(await call(gate, ws)) == (101 if ok else 403), host


async def test_upload_over_the_bound_refused_before_reading() -> None:
    inner = Recorder()
    gate = Gate(inner)
    path = "/_nicegui/client/abc/upload/7"

    async def post(headers: list[tuple[bytes, bytes]]) -> int:
        read: list[int] = []

        async def receive() -> dict[str, Any]:
            read.append(1)
            return {"type": "http.request", "body": b"x" * 1024, "more_body": True}

        sent: list[Message] = []

        async def send(message: Message) -> None:
            sent.append(message)

        await gate(scope("http", path, headers=headers, method="POST"), receive, send)
        assert not read  # refused or passed on: the gate itself never reads the body
        return int(sent[0]["status"])

    assert await post([(b"content-length", str(MAX_UPLOAD_BODY + 1).encode())]) == 413
    assert await post([(b"content-length", b"100000000000")]) == 413
    assert await post([(b"transfer-encoding", b"chunked")]) == 411
    assert inner.called == 0
    assert await post([(b"content-length", str(MAX_UPLOAD_BODY).encode())]) == 200
    assert inner.called == 1


def test_token_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    secret = tmp_path / "token"
    secret.write_text("  from-file \n# a comment line\n", encoding="utf-8")
    assert resolve_token(None, secret) == "from-file"
    assert resolve_token("flag", secret) == "flag"
    assert resolve_token() is None
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    assert resolve_token() == "from-env" and resolve_token(None, secret) == "from-file"
    assert TOKEN_ENV not in child_env() and child_env()["PATH"]
    (tmp_path / "empty").write_text("\n\n")
    with pytest.raises(ValueError, match="empty"):
        resolve_token(None, tmp_path / "empty")
    with pytest.raises(ValueError, match="cannot read"):
        resolve_token(None, tmp_path / "missing")


@pytest.mark.parametrize(
    ("origin", "normal"),
    [
        ("http://LocalHost:8080", "http://localhost:8080"),
        ("https://gan.example.org:443", "https://gan.example.org"),
        ("http://[::1]:80", "http://[::1]"),
        ("null", None),
        ("file://", None),
        ("http://x:99999", None),
    ],
)
def test_normalise_origin(origin: str, normal: str | None) -> None:
    assert normalise_origin(origin) == normal
