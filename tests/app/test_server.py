"""Binding rules and the token gate (every page and API call needs the token off-loopback)."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from gancanvas.app import serve
from gancanvas.app.server import TOKEN_ENV, TokenGate, check_bind, is_loopback


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_non_loopback_needs_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    assert check_bind("127.0.0.1", None) is None
    with pytest.raises(ValueError, match="without a token"):
        check_bind("0.0.0.0", None)
    with pytest.raises(ValueError, match="--token"):
        serve(None, host="0.0.0.0", port=1)  # refused before anything starts
    assert check_bind("0.0.0.0", "s3cret") == "s3cret"
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    assert check_bind("0.0.0.0", None) == "from-env"


async def test_token_gate() -> None:
    inner = Starlette(
        routes=[
            Route("/", lambda r: PlainTextResponse("canvas")),
            Route("/_nicegui/x", lambda r: PlainTextResponse("api")),
        ]
    )
    app = TokenGate(inner, token="s3cret")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as c:
        assert (await c.get("/")).status_code == 401
        assert (await c.get("/_nicegui/x")).status_code == 401
        assert (await c.get("/?token=wrong")).status_code == 401
        ok = await c.get("/?token=s3cret")
        assert ok.status_code == 200 and ok.text == "canvas"
        assert "HttpOnly" in ok.headers["set-cookie"]
        # the cookie now opens every page and API call
        assert (await c.get("/_nicegui/x")).text == "api"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as c:
        bearer = await c.get("/_nicegui/x", headers={"Authorization": "Bearer s3cret"})
        assert bearer.status_code == 200
