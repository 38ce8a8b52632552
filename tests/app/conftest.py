"""Fixtures for the canvas tests: isolated graphs folder, MLflow store and runner environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import Graph, load_graph_file

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


@pytest.fixture
def run_env(tmp_path: Path, mlflow_uri: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Runs write into tmp_path (cwd) and the shared session store, never into the repo."""
    monkeypatch.setenv("MLFLOW_TRACKING_URI", mlflow_uri)  # the session store (tests/conftest.py)
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    )
    monkeypatch.setenv("GANCANVAS_EXAMPLES", str(EXAMPLES))
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def example(stem: str) -> Graph:
    """An example graph from the repo."""
    return load_graph_file(EXAMPLES / f"{stem}.json")


def quick(graph: Graph, steps: int = 200) -> Graph:
    """The same graph with a short CPU budget that logs and samples often."""
    run = graph.run.model_copy(
        update={
            "steps": steps,
            "batch_size": 64,
            "device": "cpu",
            "log_every": 20,
            "sample_every": 100,
            "checkpoint_every": 100,
            "eval_every": 0,
        }
    )
    return graph.model_copy(update={"run": run})
