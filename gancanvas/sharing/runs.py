"""A tracked run's records: its graph (the ``graph.json`` artifact), metrics and sample pictures.

Nothing here trains or imports torch; MLflow is imported when a run is looked up.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from schemas import Graph, GraphLoadError, load_graph_file

RUN_ID = re.compile(r"^[0-9a-f]{32}$")
_PROGRESS_ENV = "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"


class RunLookupError(Exception):
    """No such run in the tracking store, or the run has no graph: a message for the user."""


def looks_like_run_id(ref: str) -> bool:
    """True for an MLflow run id (32 lower-case hex digits)."""
    return bool(RUN_ID.match(ref.strip()))


def client(uri: str) -> Any:
    """An ``MlflowClient`` on ``uri``, its store opened under the store's lock."""
    from gancanvas.runner.tracking import open_client

    return open_client(uri)


def fetch_run(run_id: str, uri: str) -> Any:
    """The MLflow run ``run_id`` (info, params, metrics, tags)."""
    import mlflow

    try:
        return client(uri).get_run(run_id)
    except mlflow.exceptions.MlflowException as err:
        raise RunLookupError(f"no MLflow run '{run_id}' in {uri} ({_first_line(err)})") from None


def run_graph(run_id: str, uri: str) -> Graph:
    """The graph a run trained, from its ``graph.json`` artifact (with its canvas layout)."""
    fetch_run(run_id, uri)
    with tempfile.TemporaryDirectory(prefix="gancanvas-graph-") as tmp, no_progress_bar():
        try:
            path = client(uri).download_artifacts(run_id, "graph.json", tmp)
        except Exception as err:  # MLflow raises several types for a missing artifact
            raise RunLookupError(
                f"run '{run_id}' has no graph.json artifact ({_first_line(err)})"
            ) from None
        try:
            return load_graph_file(path)
        except GraphLoadError as err:
            message = f"run '{run_id}': graph.json is not a valid graph: {err}"
            raise RunLookupError(message) from None


def sample_pictures(run_id: str, uri: str) -> list[str]:
    """Artifact paths of the run's sample pictures (``samples/0000200.png``…), oldest first."""
    try:
        files = client(uri).list_artifacts(run_id, "samples")
    except Exception:
        return []
    return sorted(f.path for f in files if f.path.endswith(".png"))


def local_artifact(run: Any, artifact: str, runs_dir: Path | None = None) -> str:
    """A path to show for an artifact: the runner's local copy, the store's file, else its URI."""
    if runs_dir is not None:
        local = runs_dir / run.info.run_id / artifact
        if local.is_file():
            return str(local)
    uri = f"{run.info.artifact_uri.rstrip('/')}/{artifact}"
    if uri.startswith("file://"):
        from urllib.parse import unquote, urlparse

        return unquote(urlparse(uri).path)
    return uri


@contextmanager
def no_progress_bar() -> Iterator[None]:
    """MLflow draws a download progress bar on stderr; not for one small file."""
    old = os.environ.get(_PROGRESS_ENV)
    os.environ[_PROGRESS_ENV] = "false"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(_PROGRESS_ENV, None)
        else:
            os.environ[_PROGRESS_ENV] = old


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
