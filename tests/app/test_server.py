"""Binding rules and the gate (every page and API call needs the token off-loopback), on the
ASGI app and on a real ``gancanvas ui`` server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from gancanvas.app import serve
from gancanvas.app.gate import COOKIE, TOKEN_ENV, Gate
from gancanvas.app.server import check_bind, is_loopback


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
    app = Gate(inner, token="s3cret")
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_listening(port: int, server: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise AssertionError("the server did not start")


def _raw_request(port: int, head: str) -> str:
    """Send only a request head (no body) and return the status line of the reply."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(head.encode())
        return s.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def test_real_server_gate(run_env: Path) -> None:
    """``gancanvas ui`` as users start it: a token from a file (not in ps), a non-ASCII token
    attempt answered 401 without a traceback, a derived cookie, cross-origin websockets
    refused, and an oversized upload refused before its body is sent."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect
    from websockets.typing import Origin

    token = "tok-" + "x" * 20
    (run_env / "token").write_text(token + "\n", encoding="utf-8")
    port = _free_port()
    cmd = [sys.executable, "-m", "gancanvas", "ui", "--no-show", "--port", str(port)]
    cmd += ["--graphs", str(run_env / "graphs"), "--token-file", str(run_env / "token")]
    stderr = run_env / "server.err"
    with stderr.open("wb") as err:
        env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}  # a real run
        server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
    try:
        _wait_listening(port, server)
        assert token not in Path(f"/proc/{server.pid}/cmdline").read_text()
        base = f"http://127.0.0.1:{port}"
        http = httpx.Client(timeout=90)  # the first page is slow on a busy machine
        assert http.get(f"{base}/?token=%C3%A9").status_code == 401
        assert http.get(f"{base}/?token=%FF%FE").status_code == 401
        assert http.get(f"{base}/").status_code == 401
        ok = http.get(f"{base}/?token={token}")
        assert ok.status_code == 200 and "gancanvas" in ok.text
        assert token not in " ".join(ok.headers.get_list("set-cookie"))
        cookie = f"{COOKIE}={ok.cookies[COOKIE]}"
        assert http.get(f"{base}/", headers={"Cookie": cookie}).status_code == 200
        ws = f"ws://127.0.0.1:{port}/_nicegui_ws/socket.io/?EIO=4&transport=websocket"
        with pytest.raises(InvalidStatus) as refused:
            connect(ws, origin=Origin("http://evil.example"), additional_headers={"Cookie": cookie})
        assert refused.value.response.status_code == 403
        with connect(ws, origin=Origin(base), additional_headers={"Cookie": cookie}) as conn:
            assert str(conn.recv(timeout=10)).startswith("0{")  # engine.io's open packet
        head = (
            f"POST /_nicegui/client/c/upload/1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Cookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            "Content-Length: 100000000\r\n\r\n"
        )
        assert " 413 " in _raw_request(port, head)
    finally:
        server.terminate()
        server.wait(30)
    assert "Traceback" not in stderr.read_text(errors="replace")


def test_ui_token_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--token-file`` and ``--allow-origin`` reach the server; bad token options exit 2."""
    import gancanvas.app
    from gancanvas.cli import main

    monkeypatch.delenv(TOKEN_ENV, raising=False)
    opened: dict[str, object] = {}
    monkeypatch.setattr(gancanvas.app, "serve", lambda file, **kw: opened.update(kw))
    secret = tmp_path / "token"
    secret.write_text("abc\n")
    argv = ["ui", "--no-show", "--token-file", str(secret), "--allow-origin", "https://p.lan"]
    assert main(argv) == 0
    assert opened["token_file"] == str(secret) and opened["allow_origins"] == ["https://p.lan"]
    assert main(["ui", "--token", "a", "--token-file", str(secret)]) == 2
    assert "not allowed with argument" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    missing = tmp_path / "missing"
    assert main(["ui", "--host", "0.0.0.0", "--no-show", "--token-file", str(missing)]) == 2
    assert f"--token-file {missing}: cannot read it" in capsys.readouterr().err
    assert main(["ui", "--host", "0.0.0.0", "--no-show"]) == 2
    assert "without a token" in capsys.readouterr().err
