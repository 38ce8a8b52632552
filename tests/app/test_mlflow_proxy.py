"""The MLflow UI through the canvas: paths, queries and bodies forwarded; credentials not."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from fastapi import FastAPI

from gancanvas.app import mlflow_proxy
from gancanvas.app.gate import Gate
from gancanvas.app.tracking import PREFIX, MlflowUi


class Echo(BaseHTTPRequestHandler):
    """Answers with what it got; ``/mlflow/go`` redirects to an absolute upstream URL."""

    def _reply(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        if self.path.startswith(PREFIX + "/go"):
            self.send_response(302)
            self.send_header("Location", f"{self.server.base}/#/experiments/0")  # type: ignore[attr-defined]
            self.end_headers()
            return
        data = json.dumps(
            {"path": self.path, "headers": dict(self.headers), "body": body, "cmd": self.command}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", "upstream=1")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _reply

    def log_message(self, *args: object) -> None:
        return


class FakeUi(MlflowUi):
    def __init__(self, base: str) -> None:
        super().__init__("sqlite:///unused.db")
        self.base = base

    def start(self, timeout: float = 120.0) -> str:
        return self.base


@pytest.fixture
def upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.base = base  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


async def test_proxy_forwards_and_keeps_credentials_back(upstream: str) -> None:
    app = FastAPI()
    mlflow_proxy.add_routes(app, FakeUi(upstream))
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://canvas:8080") as c:
        reply = await c.post(
            "/mlflow/ajax-api/2.0/mlflow/runs/search?token=SECRET&a=1",
            content=b'{"x": 1}',
            headers={
                "Cookie": "gancanvas_session=abc",
                "Authorization": "Bearer SECRET",
                "Origin": "http://canvas:8080",
                "Content-Type": "application/json",
            },
        )
        assert reply.status_code == 200
        seen = reply.json()
        assert seen["path"] == "/mlflow/ajax-api/2.0/mlflow/runs/search?a=1"
        assert seen["cmd"] == "POST" and seen["body"] == '{"x": 1}'
        sent = {k.lower(): v for k, v in seen["headers"].items()}
        assert "cookie" not in sent and "authorization" not in sent and "origin" not in sent
        assert sent["host"].startswith("127.0.0.1:")  # MLflow's host check sees itself
        assert "SECRET" not in json.dumps(seen)
        assert "set-cookie" not in reply.headers  # MLflow sets nothing on the canvas's origin
        moved = await c.get("/mlflow/go")
        assert moved.status_code == 302 and moved.headers["location"] == "/mlflow/#/experiments/0"
        root = await c.get("/mlflow")
        assert root.status_code == 307 and root.headers["location"] == "/mlflow/"


async def test_proxy_says_when_the_ui_is_down() -> None:
    app = FastAPI()
    mlflow_proxy.add_routes(app, FakeUi("http://127.0.0.1:9/mlflow"))  # nothing listens there
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://canvas") as c:
        reply = await c.get("/mlflow/")
    assert reply.status_code == 502 and "did not answer" in reply.text


async def test_proxy_is_behind_the_canvas_token(upstream: str) -> None:
    app = FastAPI()
    mlflow_proxy.add_routes(app, FakeUi(upstream))
    gated = Gate(app, token="T0ken")
    transport = httpx.ASGITransport(gated)
    async with httpx.AsyncClient(transport=transport, base_url="http://canvas:8080") as c:
        assert (await c.get("/mlflow/")).status_code == 401
        first = await c.get("/mlflow/?token=T0ken")  # once; the cookie does the rest
        assert first.status_code == 200 and "token" not in first.json()["path"]
        again = await c.get("/mlflow/static-files/main.js")
        assert again.status_code == 200 and again.json()["path"] == "/mlflow/static-files/main.js"
