"""Done-when check of the failure-mode diagnostics: a collapsing toy run raises the collapse
warning as an MLflow tag and as a chip on the run view; a healthy run raises none.

The collapsing run is ``examples/ring8_diagnostics.json``: the Unrolled-GAN "standard GAN"
setting (non-saturating loss, Adam β₁ = 0.5, G lr 1e-3, D lr 1e-4) on the 8-Gaussians ring,
which puts its samples on one or two modes from the first evaluations on. The healthy run is the
same graph with D's lr raised to 1e-3: its samples reach all eight modes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mlflow.tracking import MlflowClient
from nicegui.testing import User

from gancanvas.app.runs import RunState
from gancanvas.runner.train import RunOptions, RunResult, run_graph
from schemas import load_graph_dict
from tests.graphs import example

from .test_page import open_page

pytestmark = pytest.mark.nicegui_main_file("")

WARNING = "failure.collapse"


def ring8(d_lr: float, steps: int, seed: int = 0) -> dict[str, Any]:
    """The example with only the failure-mode metric (fast), evaluated every 100 steps."""
    g = example("ring8_diagnostics")
    keep = {"failure"}
    drop = {n["id"] for n in g["nodes"] if n["type"].startswith("metric.") and n["id"] not in keep}
    g["nodes"] = [n for n in g["nodes"] if n["id"] not in drop]
    g["edges"] = [e for e in g["edges"] if e["to"].split(".")[0] not in drop]
    for n in g["nodes"]:
        if n["id"] == "optD":
            n["params"]["lr"] = d_lr
        if n["id"] == "failure":
            n["params"] = {"n_samples": 1000, "n_diversity": 300}
    g["run"].update(
        steps=steps, seed=seed, device="cpu", sample_every=0, checkpoint_every=0, eval_every=100
    )
    return g


def train(g: dict[str, Any], uri: str) -> RunResult:
    result = run_graph(load_graph_dict(g), RunOptions(tracking_uri=uri, quiet=True, device="cpu"))
    assert result.status == "FINISHED", result.reason
    return result


def warning_events(result: RunResult) -> list[dict[str, Any]]:
    lines = (result.run_dir / "events.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["event"] == "warning"]


def view_state(result: RunResult, key: str) -> RunState:
    """The run as the canvas folds it from its events file."""
    state = RunState(
        key=key,
        graph_name="ring8-diagnostics",
        graph_path=result.run_dir,
        events_path=result.run_dir / "events.jsonl",
        log_path=result.run_dir / "log.txt",
    )
    for line in state.events_path.read_text().splitlines():
        state.apply(json.loads(line))
    return state


async def test_collapse_warns_in_mlflow_and_run_view_healthy_does_not(
    user: User, tmp_path: Path, mlflow_uri: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    collapsing = train(ring8(1e-4, 200), mlflow_uri)
    healthy = train(ring8(1e-3, 200), mlflow_uri)
    client = MlflowClient(mlflow_uri)
    tags = client.get_run(collapsing.run_id).data.tags
    assert f"warning.{WARNING}" in tags and "mode collapse" in tags[f"warning.{WARNING}"]
    steps = [e["step"] for e in warning_events(collapsing) if e["name"] == WARNING]
    assert steps and steps[0] == 100
    hist = client.get_metric_history(collapsing.run_id, "metric/failure/modes_with_mass")
    assert max(m.value for m in hist) <= 3
    assert not any(k.startswith("warning.") for k in client.get_run(healthy.run_id).data.tags)
    assert warning_events(healthy) == []
    hist = client.get_metric_history(healthy.run_id, "metric/failure/modes_with_mass")
    assert [m.value for m in hist] == [8.0] * len(hist) and len(hist) == 2

    page = await open_page(user, tmp_path)
    runs = page.services.runs.runs
    runs["bad"], runs["good"] = view_state(collapsing, "bad"), view_state(healthy, "good")
    page.run_view.refresh_picker()  # the picker lists both runs before one is picked
    page.run_view.select("bad")
    page.run_view.refresh()
    await user.should_see(marker=f"warning-{WARNING}")
    await user.should_see("mode collapse")
    page.run_view.select("good")
    page.run_view.refresh()
    await user.should_not_see(marker=f"warning-{WARNING}")
    assert not page.run_view.warnings.visible


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 1])
def test_collapse_over_2000_steps(seed: int, mlflow_uri: str, in_tmp: Path) -> None:
    """The long variant: the collapsing run stays collapsed, the healthy one never warns."""
    collapsing = train(ring8(1e-4, 2000, seed), mlflow_uri)
    healthy = train(ring8(1e-3, 2000, seed), mlflow_uri)
    bad = [e["step"] for e in warning_events(collapsing) if e["name"] == WARNING]
    assert bad and bad[0] <= 200 and len(bad) >= 15
    assert not [e for e in warning_events(healthy) if e["name"] == WARNING]
