"""MLflow tracking on a background thread, plus the JSONL event stream the canvas reads.

The loop hands over plain floats once per window; the writer thread talks to MLflow, so a slow
store never stalls training.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import threading
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

DEFAULT_TRACKING_URI = "sqlite:///mlflow.db"


class TrackingError(Exception):
    """The tracking store cannot be reached or written."""


def tracking_uri(explicit: str | None) -> str:
    """--tracking-uri, else MLFLOW_TRACKING_URI, else MLflow's embedded SQLite default."""
    return explicit or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI


def check_reachable(uri: str) -> None:
    """Fail fast (before any training) when a remote tracking server does not answer."""
    if not uri.startswith(("http://", "https://")):
        return
    import urllib.error
    import urllib.request

    try:
        urllib.request.urlopen(uri.rstrip("/") + "/health", timeout=5).read()
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise TrackingError(f"MLflow tracking server {uri} is unreachable: {err}") from None


def flatten(prefix: str, value: Any, out: dict[str, str]) -> dict[str, str]:
    """``{"nodes": {"D": {"hidden": [128]}}}`` → ``{"D.hidden": "[128]"}`` style params."""
    if isinstance(value, dict):
        for k, v in value.items():
            flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    else:
        out[prefix] = json.dumps(value) if not isinstance(value, str) else value
    return out


def package_versions() -> dict[str, str]:
    names = ("torch", "torchvision", "mlflow", "pydantic", "numpy")
    out = {}
    for n in names:
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[f"version.{n}"] = metadata.version(n)
    from gancanvas import __version__

    out["version.gancanvas"] = __version__
    return out


class Events:
    """Appends one JSON object per line; the canvas tails this file."""

    def __init__(self, path: Path | None):
        self.path = path
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)

    def emit(self, event: str, **fields: Any) -> None:
        if self.path is None:
            return
        line = json.dumps({"event": event, "time": time.time(), **fields}, default=str)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(line + "\n")


class Tracker:
    """One MLflow run. Calls are queued to a writer thread; ``close`` drains the queue."""

    def __init__(
        self, uri: str, experiment: str, run_id: str | None = None, run_name: str | None = None
    ):
        import mlflow
        from mlflow.tracking import MlflowClient

        os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "2")
        self.uri = uri
        self.client = MlflowClient(tracking_uri=uri)
        try:
            self.resumed_from: str | None = None
            if run_id is not None and not self._exists(run_id):
                # a checkpoint from another store: continue in a new run that names its origin
                self.resumed_from, run_id = run_id, None
            if run_id is None:
                exp = self.client.get_experiment_by_name(experiment)
                exp_id = exp.experiment_id if exp else self.client.create_experiment(experiment)
                tags = {"resumed_from": self.resumed_from} if self.resumed_from else None
                run = self.client.create_run(exp_id, run_name=run_name, tags=tags)
                run_id = run.info.run_id
            else:
                self.client.update_run(run_id, status="RUNNING")
        except mlflow.exceptions.MlflowException as err:
            raise TrackingError(f"MLflow at {uri}: {err}") from None
        self.run_id: str = run_id
        self._q: queue.Queue[Callable[[], Any] | None] = queue.Queue()
        self._errors: list[str] = []
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def _exists(self, run_id: str) -> bool:
        import mlflow

        try:
            self.client.get_run(run_id)
        except mlflow.exceptions.MlflowException:
            return False
        return True

    def _work(self) -> None:
        while True:
            job = self._q.get()
            if job is None:
                return
            try:
                job()
            except Exception as err:  # keep training; report once at close
                self._errors.append(str(err))

    def _put(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._q.put(lambda: fn(*args, **kwargs))

    def log_metrics(self, values: dict[str, float], step: int) -> None:
        from mlflow.entities import Metric

        ts = int(time.time() * 1000)
        metrics = [Metric(k, v, ts, step) for k, v in values.items()]
        for i in range(0, len(metrics), 1000):
            chunk = metrics[i : i + 1000]
            self._put(self.client.log_batch, self.run_id, metrics=chunk)

    def log_params(self, params: dict[str, str]) -> None:
        from mlflow.entities import Param

        items = [Param(k[:250], v[:6000]) for k, v in params.items()]
        for i in range(0, len(items), 100):
            chunk = items[i : i + 100]
            self._put(self.client.log_batch, self.run_id, params=chunk)

    def set_tags(self, tags: dict[str, str]) -> None:
        for k, v in tags.items():
            self._put(self.client.set_tag, self.run_id, k, v)

    def log_artifact(self, path: Path, folder: str | None = None) -> None:
        self._put(self.client.log_artifact, self.run_id, str(path), folder)

    def log_text(self, text: str, name: str) -> None:
        self._put(self.client.log_text, self.run_id, text, name)

    def close(self, status: str, reason: str | None = None) -> list[str]:
        """Drain the queue, set the final status (FINISHED/FAILED/KILLED) and the reason."""
        if reason:
            self.set_tags({"failure_reason": reason[:5000]})
        self._put(self.client.set_terminated, self.run_id, status=status)
        self._q.put(None)
        self._thread.join(timeout=120)
        return self._errors
