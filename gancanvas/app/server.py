"""Starting the app: ``serve`` (called by ``gancanvas ui``), the gate, page registration."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from nicegui import app, background_tasks, run, ui

from schemas import Graph, GraphLoadError, load_graph_file
from schemas.datapaths import data_places

from . import files, mlflow_proxy, tracking
from .gate import TOKEN_ENV, Gate, is_loopback_name, resolve_token
from .page import CanvasPage, Services
from .runs import RunManager

DEFAULT_EXAMPLE = "grid25_diffusion"
MAX_RUNS_ENV = "GANCANVAS_MAX_RUNS"
is_loopback = is_loopback_name  # 127.0.0.0/8, ::1 and ``localhost``


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


def max_runs() -> int:
    """How many runs go at once (``$GANCANVAS_MAX_RUNS``, default 2); later ones queue."""
    value = os.environ.get(MAX_RUNS_ENV, "2")
    try:
        n = int(value)
    except ValueError:
        raise ValueError(f"${MAX_RUNS_ENV}: expected a whole number >= 1, got {value!r}") from None
    if n < 1:
        raise ValueError(f"${MAX_RUNS_ENV}: expected a whole number >= 1, got {value!r}")
    return n


def make_services(
    graphs_dir: Path,
    initial: Graph | None,
    tracking_uri: str | None = None,
    *,
    warm: bool = False,
    max_parallel: int | None = None,
) -> Services:
    """Run manager (runs folder inside the graphs folder; ``warm``: keep a runner ready, at most
    ``max_parallel`` runs at once) and the MLflow UI launcher."""
    graphs_dir = graphs_dir.resolve()
    uri = tracking.resolve_uri(tracking_uri)
    runs = RunManager(
        graphs_dir / ".runs", tracking_uri=tracking_uri, max_parallel=max_parallel, warm=warm
    )
    return Services(
        graphs_dir=graphs_dir,
        runs=runs,
        mlflow=tracking.MlflowUi(uri),
        initial=initial,
    )


def register(services: Services) -> None:
    """Register the page (``/``) and the shutdown hooks for these services."""

    @ui.page("/", title="gancanvas")
    def index() -> None:
        page = CanvasPage(services)
        # this tab's unsaved work, after a reload or a restart (once the browser is connected)
        background_tasks.create(page.draft.restore(), name="restore draft")

    mlflow_proxy.add_routes(app, services.mlflow)  # the MLflow UI at /mlflow, behind the gate
    app.on_shutdown(services.mlflow.stop)
    app.on_shutdown(services.runs.close)


async def _prestart(services: Services) -> None:
    """Start the MLflow UI in the background, so its button opens at once."""
    try:
        await run.io_bound(services.mlflow.start)
    except RuntimeError as err:
        print(f"gancanvas: the MLflow UI did not start ({err}); its button will retry")


def check_bind(host: str, token: str | None, token_file: str | Path | None = None) -> str | None:
    """The effective token (``--token``, ``--token-file``, ``$GANCANVAS_TOKEN``); ``ValueError``
    for a non-loopback host without one, or an unreadable token file."""
    token = resolve_token(token, token_file)
    if not is_loopback(host) and not token:
        raise ValueError(
            f"refusing to listen on {host} without a token: anyone who can reach it could run "
            f"code through the runner. Pass --token-file F (or set {TOKEN_ENV}), or bind "
            "127.0.0.1."
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
    token_file: str | Path | None = None,
    allow_origins: Sequence[str] = (),
) -> None:
    """Start the canvas. Raises ``ValueError`` (message for the user) on a refused bind or a bad
    FILE; ``graph`` (e.g. a run's, from MLflow) opens instead of FILE. Runs started here keep
    going when the browser closes. Relative data roots are checked as the runs will see them:
    the data folder, then the graphs folder (where the canvas saves the file it runs).
    ``allow_origins`` are extra page origins (a reverse proxy's) allowed to open the websocket."""
    token = check_bind(host, token, token_file)
    services = make_services(
        graphs_dir,
        graph or initial_graph(file),
        tracking_uri,
        warm=True,  # Run hands the run to a runner that has imported torch already
        max_parallel=max_runs(),
    )
    services.graphs_dir.mkdir(parents=True, exist_ok=True)
    register(services)
    app.on_startup(lambda: background_tasks.create(_prestart(services), name="mlflow ui"))
    app.add_middleware(Gate, token=token, allow_origins=tuple(allow_origins))
    if token:
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
