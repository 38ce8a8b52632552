"""Starting the app: ``serve`` (called by ``gancanvas ui``), the token gate, page registration."""

from __future__ import annotations

import ipaddress
import os
import secrets
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from nicegui import app, ui

from schemas import Graph, GraphLoadError, load_graph_file
from schemas.datapaths import data_places

from . import files, tracking
from .page import CanvasPage, Services
from .runs import RunManager

TOKEN_ENV = "GANCANVAS_TOKEN"
COOKIE = "gancanvas_token"
DEFAULT_EXAMPLE = "grid25_diffusion"


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class TokenGate:
    """ASGI middleware: every request and websocket needs the token.

    The token comes as ``?token=…`` once (then a cookie, HttpOnly, SameSite=Strict, is set) or as
    ``Authorization: Bearer …``. Everything else gets 401, the websocket is closed.
    """

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.token = token

    def _ok(self, value: str | None) -> bool:
        return bool(value) and secrets.compare_digest(str(value), self.token)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:
            cookie = SimpleCookie()
        from_cookie = cookie[COOKIE].value if COOKIE in cookie else None
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        from_query = (query.get("token") or [None])[0]
        auth = headers.get("authorization", "")
        from_header = auth[7:] if auth.lower().startswith("bearer ") else None
        if self._ok(from_cookie) or self._ok(from_header):
            await self.app(scope, receive, send)
            return
        if self._ok(from_query):
            if scope["type"] == "websocket":
                await self.app(scope, receive, send)
                return

            async def send_with_cookie(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    value = f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
                    message = {
                        **message,
                        "headers": [
                            *message.get("headers", []),
                            (b"set-cookie", value.encode("latin-1")),
                        ],
                    }
                await send(message)

            await self.app(scope, receive, send_with_cookie)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        body = b"gancanvas: this server needs a token: open it with ?token=<token>\n"
        await send(
            {
                "type": "http.response.start",
                "status": 401,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def initial_graph(file: Path | None) -> Graph | None:
    """The graph the canvas opens with: FILE, else the default example, else None (empty)."""
    if file is not None:
        try:
            return load_graph_file(file)
        except GraphLoadError as err:
            raise ValueError(f"{file}: {files.describe_load_error(err)}") from None
    try:
        return files.load_example(DEFAULT_EXAMPLE)
    except (FileNotFoundError, GraphLoadError):
        return None


def make_services(
    graphs_dir: Path, initial: Graph | None, tracking_uri: str | None = None
) -> Services:
    """Run manager (runs folder inside the graphs folder) and the MLflow UI launcher."""
    graphs_dir = graphs_dir.resolve()
    uri = tracking.resolve_uri(tracking_uri)
    return Services(
        graphs_dir=graphs_dir,
        runs=RunManager(graphs_dir / ".runs", tracking_uri=tracking_uri),
        mlflow=tracking.MlflowUi(uri),
        initial=initial,
    )


def register(services: Services) -> None:
    """Register the page (``/``) and the shutdown hooks for these services."""

    @ui.page("/", title="gancanvas")
    def index() -> None:
        CanvasPage(services)

    app.on_shutdown(services.mlflow.stop)


def check_bind(host: str, token: str | None) -> str | None:
    """The effective token; ``ValueError`` for a non-loopback host without one."""
    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise ValueError(
            f"refusing to listen on {host} without a token: anyone who can reach it could run "
            f"code through the runner. Pass --token T (or set {TOKEN_ENV}), or bind 127.0.0.1."
        )
    return token


def serve(
    file: Path | None,
    host: str = "127.0.0.1",
    port: int = 8080,
    graphs_dir: Path = Path("graphs"),
    token: str | None = None,
    show: bool = False,
    graph: Graph | None = None,
    tracking_uri: str | None = None,
) -> None:
    """Start the canvas. Raises ``ValueError`` (message for the user) on a refused bind or a bad
    FILE; ``graph`` (e.g. a run's, from MLflow) opens instead of FILE. Runs started here keep
    going when the browser closes. Relative data roots are checked as the runs will see them:
    the data folder, then the graphs folder (where the canvas saves the file it runs)."""
    token = check_bind(host, token)
    services = make_services(graphs_dir, graph or initial_graph(file), tracking_uri)
    services.graphs_dir.mkdir(parents=True, exist_ok=True)
    register(services)
    if token:
        app.add_middleware(TokenGate, token=token)
        print(f"gancanvas: open http://{host}:{port}/?token=<your token>")
    with data_places(graph=services.graphs_dir):
        ui.run(
            host=host,
            port=port,
            title="gancanvas",
            show=show,
            reload=False,
            favicon="🎨",
            storage_secret=None,
            uvicorn_logging_level="warning",
        )
