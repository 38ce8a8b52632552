"""Shared fixtures: one thread per test process, a session-wide MLflow store in a temp folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from hypothesis import settings

# One profile for the whole suite: no per-example deadline (2 shared cores make any timing
# flaky), examples derived from each test's name so a failure repeats run after run, and the
# reproduction blob printed with a failure. HYPOTHESIS_PROFILE=default restores Hypothesis's own.
settings.register_profile("gancanvas", deadline=None, derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gancanvas"))

pytest_plugins = ["nicegui.testing.plugin"]  # NiceGUI's `user` and `screen` fixtures

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))

# Small nets on 2 shared cores: more threads only add contention.
torch.set_num_threads(1)


@pytest.fixture(scope="session")
def mlflow_uri(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One SQLite store for the whole session (a fresh one costs ~2 s)."""
    folder = tmp_path_factory.mktemp("mlflow")
    return f"sqlite:///{folder / 'mlflow.db'}"


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in a temp working directory (runs/ and artifacts land there)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True)
def _no_env_tracking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")


@pytest.fixture(autouse=True)
def _keep_gancanvas_imported() -> Iterator[None]:
    """NiceGUI's test fixtures pop the module of every ``@ui.page`` and its parents from
    ``sys.modules`` (``gancanvas.app.server``, ``gancanvas.app``, ``gancanvas``) after a canvas
    test. Its namespace subpackages (``gancanvas.runner``) stay, and the next import of one
    of their modules fails with ``KeyError: 'gancanvas'``. Put the popped modules back (this
    fixture is set up before NiceGUI's, so it is torn down after)."""
    before = {
        k: m for k, m in sys.modules.items() if k == "gancanvas" or k.startswith("gancanvas.")
    }
    yield
    for name, module in before.items():
        sys.modules.setdefault(name, module)
