"""MLflow tracking on a background thread, plus the JSONL event stream the canvas reads.

The loop hands over plain floats once per window; the writer thread talks to MLflow, so a slow
store never stalls training.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

DEFAULT_TRACKING_URI = "sqlite:///mlflow.db"


class TrackingError(Exception):
    """The tracking store cannot be reached or written."""


class StorageError(Exception):
    """A write refused by full or read-only storage: ``disk full: PATH (…)``, ``read-only: …``."""


_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
#: SQLite's words for the same two conditions (MLflow wraps them in an MlflowException)
_SQLITE = {"database or disk is full": "disk full", "readonly database": "read-only"}


def storage_problem(err: BaseException, where: str | None = None) -> str | None:
    """The plain reason when ``err`` (or an error it wraps) is storage that is full or
    read-only, naming the path; None for any other error."""
    seen: BaseException | None = err
    for _ in range(8):  # MLflow and SQLAlchemy wrap the OSError a few levels deep
        if seen is None:
            return None
        if isinstance(seen, StorageError):
            return str(seen)
        if isinstance(seen, OSError) and seen.errno in _FULL + _READ_ONLY:
            kind = "disk full" if seen.errno in _FULL else "read-only"
            path = seen.filename if seen.filename is not None else where or "(unnamed file)"
            return f"{kind}: {path} ({seen.strerror or os.strerror(seen.errno)})"
        for words, kind in _SQLITE.items():
            if words in str(seen):
                return f"{kind}: {where or 'the tracking store'} ({words})"
        seen = seen.__cause__ or seen.__context__
    return None


@contextlib.contextmanager
def writing(path: Path | str) -> Iterator[None]:
    """Writes to ``path``: storage that refuses them raises ``StorageError`` naming it
    (``write`` and ``fsync`` report ENOSPC without a file name)."""
    try:
        yield
    except OSError as err:
        problem = storage_problem(err, str(path))
        if problem is None:
            raise
        raise StorageError(problem) from err


def _local_store(uri: str) -> Path | None:
    """The file or folder of a local tracking store (SQLite file, file store); None otherwise."""
    if uri.startswith("sqlite:///"):
        name = uri[len("sqlite:///") :].split("?", 1)[0]
        return Path(name) if name and name != ":memory:" else None
    if uri.startswith("file:"):
        from urllib.parse import urlparse
        from urllib.request import url2pathname

        return Path(url2pathname(urlparse(uri).path))
    return None if ":" in uri or uri == "databricks" else Path(uri)  # a local folder


@contextlib.contextmanager
def store_lock(uri: str) -> Iterator[None]:
    """An exclusive fcntl lock on ``<store>.lock`` beside a local store, across processes:
    MLflow creates and migrates a fresh SQLite schema, and gets-or-creates experiments, with
    no lock of its own, so runs started at once broke the store. Servers need none."""
    store = _local_store(uri)
    fd = None
    if store is not None:
        try:
            import fcntl

            fd = os.open(store.with_name(store.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except (ImportError, OSError):  # no fcntl, or a folder we cannot write: the store says why
            if fd is not None:
                os.close(fd)
            fd = None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)  # closing releases the lock


def open_client(uri: str) -> Any:
    """An ``MlflowClient`` on ``uri`` whose store is open: a local store is opened (a fresh
    SQLite file created and migrated) under ``store_lock``, so a reader or a one-off writer
    (``eval``, ``export``, the run lookups) never races a run that creates the same store."""
    from mlflow.tracking import MlflowClient

    if _local_store(uri) is None:
        return MlflowClient(tracking_uri=uri)
    with store_lock(uri):  # the client may open the store as it is made, so it is made here
        client = MlflowClient(tracking_uri=uri)
        client.search_experiments(max_results=1)
    return client


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
            with writing(path.parent):
                path.parent.mkdir(parents=True, exist_ok=True)

    def emit(self, event: str, **fields: Any) -> None:
        if self.path is None:
            return
        line = json.dumps({"event": event, "time": time.time(), **fields}, default=str)
        with writing(self.path), self.path.open("a", encoding="utf-8") as f:
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
        #: per metric, the last step the store holds: a resumed run replays the steps after its
        #: checkpoint bitwise, and those already logged are not logged twice
        self._logged: dict[str, int] = {}
        try:
            with store_lock(uri):
                self.client = MlflowClient(tracking_uri=uri)
                self.resumed_from: str | None = None
                if run_id is not None and not self._exists(run_id):
                    # a checkpoint from another store: continue in a new run naming its origin
                    self.resumed_from, run_id = run_id, None
                if run_id is None:
                    exp_id = self._experiment_id(experiment)
                    tags = {"resumed_from": self.resumed_from} if self.resumed_from else None
                    run = self.client.create_run(exp_id, run_name=run_name, tags=tags)
                    run_id = run.info.run_id
                else:
                    self._logged = self._last_steps(run_id)
                    self.client.update_run(run_id, status="RUNNING")
        except mlflow.exceptions.MlflowException as err:
            raise TrackingError(f"MLflow at {uri}: {err}") from None
        self.run_id: str = run_id
        self._q: queue.Queue[Callable[[], Any] | None] = queue.Queue()
        self._errors: list[str] = []
        #: the first write that full or read-only storage refused: the run cannot be recorded
        self.failure: str | None = None
        self.status: str = "RUNNING"
        self.reason: str | None = None
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def _exists(self, run_id: str) -> bool:
        import mlflow

        try:
            self.client.get_run(run_id)
        except mlflow.exceptions.MlflowException:
            return False
        return True

    def _experiment_id(self, name: str) -> str:
        """The experiment called ``name``, created if missing; another process creating it at
        the same moment (a server, or a store without the lock) is a unique-name race: fetch it."""
        import mlflow

        for _ in range(5):
            exp = self.client.get_experiment_by_name(name)
            if exp is not None:
                return str(exp.experiment_id)
            try:
                return str(self.client.create_experiment(name))
            except mlflow.exceptions.MlflowException as err:
                if err.error_code != "RESOURCE_ALREADY_EXISTS" and "UNIQUE" not in str(err):
                    raise
            time.sleep(0.1)
        raise TrackingError(f"MLflow at {self.uri}: experiment '{name}' cannot be created")

    def _last_steps(self, run_id: str) -> dict[str, int]:
        run = self.client.get_run(run_id)
        out = {}
        for key in run.data.metrics:
            history = self.client.get_metric_history(run_id, key)
            out[key] = max((m.step for m in history), default=-1)
        return out

    def _work(self) -> None:
        while True:
            job = self._q.get()
            if job is None:
                self._q.task_done()
                return
            try:
                job()
            except Exception as err:  # keep training; storage refusing writes fails the run
                problem = storage_problem(err, self.uri)
                if problem and self.failure is None:
                    self.failure = problem
                self._errors.append(problem or str(err))
            finally:
                self._q.task_done()

    def check(self) -> None:
        """Raise ``StorageError`` once a queued write found the storage full or read-only."""
        if self.failure:
            raise StorageError(self.failure)

    def _put(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._q.put(lambda: fn(*args, **kwargs))

    def log_metrics(self, values: dict[str, float], step: int) -> None:
        from mlflow.entities import Metric

        ts = int(time.time() * 1000)
        logged = self._logged
        metrics = [Metric(k, v, ts, step) for k, v in values.items() if step > logged.get(k, -1)]
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

    def wait(self) -> None:
        """Block until every write queued so far is done; the writer keeps running."""
        if self._thread.is_alive():
            self._q.join()

    def drain(self) -> None:
        """Wait for every queued write (once); ``failure`` then says whether one was refused."""
        if self._thread.is_alive():
            self._q.put(None)
            self._thread.join(timeout=120)

    def close(self, status: str, reason: str | None = None) -> list[str]:
        """Drain the queue, set the final status (FINISHED/FAILED/KILLED) and the reason.

        A write refused while draining (the last checkpoint's artifact on a full or read-only
        store) turns the run FAILED with that reason; ``status``/``reason`` hold the outcome."""
        self.drain()
        if self.failure and status != "FAILED":
            status, reason = "FAILED", self.failure
        self.status, self.reason = status, reason
        try:  # the store itself may be the full one: then the reason is only printed
            if reason:
                self.client.set_tag(self.run_id, "failure_reason", reason[:5000])
            self.client.set_terminated(self.run_id, status=status)
        except Exception as err:
            self._errors.append(storage_problem(err, self.uri) or str(err))
        return self._errors
