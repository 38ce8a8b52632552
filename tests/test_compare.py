"""Comparing tracked runs: curves, final values, latest samples and the settings that differ."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from gancanvas.cli import main
from gancanvas.sharing.compare import compare_runs, differing_settings
from gancanvas.sharing.runs import RunLookupError
from schemas import load_graph_dict
from tests.graphs import tiny

PNG = b"\x89PNG\r\n\x1a\n"


def _run(folder: Path, uri: str, name: str, seed: int, lr: float) -> str:
    from mlflow.tracking import MlflowClient

    g = tiny(steps=4, batch=16)
    g["name"], g["run"]["seed"] = name, seed
    for n in g["nodes"]:
        if n["id"] == "optD":
            n["params"]["lr"] = lr
    path = folder / f"{name}-{seed}.json"
    path.write_text(json.dumps(g))
    assert main(["run", str(path), "--tracking-uri", uri, "--quiet"]) == 0
    client = MlflowClient(tracking_uri=uri)
    exp = client.get_experiment_by_name(name)
    assert exp is not None
    runs = client.search_runs([exp.experiment_id], order_by=["attributes.start_time DESC"])
    return str(runs[0].info.run_id)


def test_two_runs_side_by_side(in_tmp: Path, mlflow_uri: str) -> None:
    name = f"cmp-{uuid.uuid4().hex[:6]}"
    a = _run(in_tmp, mlflow_uri, name, seed=1, lr=1e-4)
    b = _run(in_tmp, mlflow_uri, name, seed=2, lr=2e-4)
    comparison = compare_runs([a, b], mlflow_uri)
    assert [r.run_id for r in comparison.runs] == [a, b]
    assert all(r.status == "FINISHED" for r in comparison.runs)
    keys = comparison.curve_keys()
    assert "loss/Dmain/loss" in keys and "metric/modes/hq_fraction" in keys
    for run in comparison.runs:
        steps = [s for s, _ in run.curves["loss/Dmain/loss"]]
        assert steps == sorted(steps) and steps[-1] == 4 and len(steps) >= 2
        assert run.final["loss/Dmain/loss"] == run.curves["loss/Dmain/loss"][-1][1]
        assert run.sample is not None and run.sample.startswith(PNG)
        assert run.sample_name == "samples/0000004.png"
    assert comparison.settings == {
        "nodes.optD.params.lr": ["0.0001", "0.0002"],
        "run.seed": ["1", "2"],
    }
    assert "metric/modes/hq_fraction" in comparison.final_keys()
    with pytest.raises(RunLookupError):
        compare_runs([a, "0" * 32], mlflow_uri)


def test_differing_settings_of_three_graphs() -> None:
    base = tiny()
    second, third = tiny(), tiny()
    second["run"]["seed"] = 5
    third["run"]["batch_size"] = 8
    graphs = [load_graph_dict(g) for g in (base, second, third)]
    assert differing_settings(graphs) == {
        "run.seed": ["0", "5", "0"],
        "run.batch_size": ["32", "32", "8"],
    }
    assert differing_settings([graphs[0], None, graphs[2]]) == {"run.batch_size": ["32", "?", "8"]}
    assert differing_settings([graphs[0], graphs[0]]) == {}
