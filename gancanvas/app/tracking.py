"""MLflow for the canvas: this graph's run history, and an MLflow UI started on demand.

The UI is bound to 127.0.0.1 only, on a free port, and stopped with the app. It runs in its own
session: ``mlflow ui`` starts uvicorn, a job runner and several huey consumers, and stopping
only the first process left the others behind, so the whole process group is stopped.
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from . import procs
from .gate import child_env

DEFAULT_URI = "sqlite:///mlflow.db"  # the runner's default (gancanvas.runner.tracking)
PREFIX = "/mlflow"  # where the canvas serves the MLflow UI (``mlflow_proxy``), behind its gate


def resolve_uri(explicit: str | None = None) -> str:
    """The tracking URI runs are logged to: explicit, ``MLFLOW_TRACKING_URI``, else the default."""
    return explicit or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_URI


def history(uri: str, graph_name: str, limit: int = 50) -> list[dict[str, Any]]:
    """This graph's MLflow runs, newest first: id, status, start time, steps and last losses."""
    if uri.startswith("sqlite:///") and not Path(uri.removeprefix("sqlite:///")).exists():
        return []
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    experiments = [e.experiment_id for e in client.search_experiments()]
    if not experiments:
        return []
    escaped = graph_name.replace("'", "\\'")
    runs = client.search_runs(
        experiments,
        filter_string=f"tags.graph_name = '{escaped}'",
        order_by=["attributes.start_time DESC"],
        max_results=limit,
    )
    if not runs:  # older runs may only carry the run name
        runs = client.search_runs(
            experiments,
            filter_string=f"attributes.run_name LIKE '{escaped}%'",
            order_by=["attributes.start_time DESC"],
            max_results=limit,
        )
    out = []
    for run in runs:
        metrics = run.data.metrics
        key_metrics = {k: round(v, 4) for k, v in sorted(metrics.items()) if k.startswith("loss/")}
        for k, v in sorted(metrics.items()):
            if k.startswith(("eval/", "metric/", "modes", "hq")) and len(key_metrics) < 6:
                key_metrics[k] = round(v, 4)
        out.append(
            {
                "run_id": run.info.run_id,
                "experiment_id": run.info.experiment_id,
                "name": run.info.run_name,
                "status": run.info.status,
                "start": time.strftime(
                    "%Y-%m-%d %H:%M", time.localtime((run.info.start_time or 0) / 1000)
                ),
                "metrics": key_metrics,
            }
        )
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class MlflowUi:
    """One ``mlflow ui`` subprocess per app, started the first time a link is opened."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str | None:
        """The UI's own address (127.0.0.1: reachable from this machine only)."""
        return f"http://127.0.0.1:{self.port}{PREFIX}" if self.port else None

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 120.0) -> str:
        """Start the UI if needed and wait until it answers; returns its base URL. Safe to call
        from several threads at once (one UI is started)."""
        with self._lock:
            return self._start(timeout)

    def _start(self, timeout: float) -> str:
        if not self.running():
            self.port = _free_port()
            cmd = [
                sys.executable,
                "-m",
                "mlflow",
                "ui",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--backend-store-uri",
                self.uri,
                "--workers",
                "1",
                "--static-prefix",  # every page, asset and API path under /mlflow, as proxied
                PREFIX,
            ]
            self.process = subprocess.Popen(
                cmd,
                env=child_env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # its own process group: one signal reaches its workers
            )
            atexit.register(self.stop)  # also when the app ends without its shutdown hooks
        url = f"http://127.0.0.1:{self.port}{PREFIX}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.running():
                raise RuntimeError("the MLflow UI exited right away")
            try:
                with urllib.request.urlopen(url + "/health", timeout=1):
                    return url
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the MLflow UI did not answer on {url} within {timeout:.0f} s")

    def run_url(self, experiment_id: str | None, run_id: str) -> str:
        """The run's page as the browser opens it: through the canvas (same host, same token)."""
        base = PREFIX + "/"
        if experiment_id:
            return f"{base}#/experiments/{experiment_id}/runs/{run_id}"
        return f"{base}#/runs/{run_id}"

    def stop(self) -> None:
        """Stop the UI and every process it started (its process group); none is left over."""
        if self.process is not None:
            procs.stop_group(self.process)
            atexit.unregister(self.stop)
        self.process = None
