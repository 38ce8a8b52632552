"""Whole runs: every example trains a few steps, logs to MLflow, resumes exactly, fails clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from mlflow.tracking import MlflowClient

from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.train import Run, RunOptions, resume_run, run_graph
from schemas import load_graph_dict
from tests.conftest import EXAMPLES
from tests.graphs import tiny


def opts(uri: str, **kw) -> RunOptions:  # type: ignore[no-untyped-def]
    return RunOptions(tracking_uri=uri, quiet=True, device="cpu", **kw)


@pytest.mark.parametrize("name", [p.stem for p in EXAMPLES])
def test_every_example_trains_30_steps(name: str, mlflow_uri: str, in_tmp: Path) -> None:
    g = tiny(name, steps=30)
    g["run"]["eval_every"] = 0
    result = run_graph(load_graph_dict(g), opts(mlflow_uri))
    assert result.status == "FINISHED" and result.step == 30
    assert result.checkpoint and result.checkpoint.is_file()
    losses = {k: v for k, v in (result.last_values or {}).items() if k.startswith("loss/")}
    assert losses and all(v == v for v in losses.values())


def test_mlflow_run_holds_graph_params_metrics_samples(mlflow_uri: str, in_tmp: Path) -> None:
    g = tiny("grid25_diffusion", steps=6)
    g["run"].update(sample_every=3)
    result = run_graph(load_graph_dict(g), opts(mlflow_uri))
    client = MlflowClient(mlflow_uri)
    run = client.get_run(result.run_id)
    assert run.info.status == "FINISHED"
    assert run.data.params["G.hidden"] == "[32, 32]"
    assert run.data.params["run.batch_size"] == "32"
    assert "graph_hash" in run.data.tags and "version.torch" in run.data.tags
    for key in (
        "loss/Dmain/loss",
        "loss/Gmain/loss",
        "D/real",
        "aug/diff/T",
        "sched/adaT/p",
        "metric/modes/modes_covered",
        "perf/steps_per_s",
    ):
        assert key in run.data.metrics, key
    history = client.get_metric_history(result.run_id, "loss/Dmain/loss")
    assert [m.step for m in history] == [2, 4, 6]
    arts = {a.path for a in client.list_artifacts(result.run_id)}
    assert {"graph.json", "samples", "checkpoints"} <= arts
    samples = client.list_artifacts(result.run_id, "samples")
    assert [Path(a.path).name for a in samples] == ["0000003.png", "0000006.png"]
    events = [json.loads(x) for x in (result.run_dir / "events.jsonl").read_text().splitlines()]
    assert events[0]["event"] == "start" and events[-1]["event"] == "end"


def weights(path: Path) -> dict[str, torch.Tensor]:
    state = ckpt.load(path)
    out = {}
    for nid, sd in state["blocks"].items():
        for k, v in sd.items() if isinstance(sd, dict) else []:
            if isinstance(v, torch.Tensor):
                out[f"{nid}.{k}"] = v
    return out


@pytest.mark.parametrize("name", ["grid25_diffusion", "ring8_hinge_sn", "digits_dcgan"])
def test_resume_matches_an_uninterrupted_run(name: str, mlflow_uri: str, in_tmp: Path) -> None:
    g = load_graph_dict(tiny(name, steps=8))
    full = run_graph(g, opts(mlflow_uri, runs_root=in_tmp / "a"))
    half = Run(g, opts(mlflow_uri, runs_root=in_tmp / "b", stop_at=4)).execute()
    assert half.status == "KILLED" and half.step == 4
    assert half.checkpoint is not None
    resumed = resume_run(ckpt.load(half.checkpoint), opts(mlflow_uri, runs_root=in_tmp / "b"))
    assert resumed.run_id == half.run_id and resumed.step == 8
    assert full.checkpoint and resumed.checkpoint
    a, b = weights(full.checkpoint), weights(resumed.checkpoint)
    assert a.keys() == b.keys() and len(a) > 4
    for k in a:
        assert torch.equal(a[k], b[k]), k
    sa, sb = ckpt.load(full.checkpoint), ckpt.load(resumed.checkpoint)
    assert torch.equal(sa["rng"]["cpu"], sb["rng"]["cpu"])


def test_nan_loss_fails_clearly_and_keeps_the_last_good_checkpoint(
    mlflow_uri: str, in_tmp: Path
) -> None:
    g = tiny("grid25_vanilla", steps=20)
    g["run"].update(log_every=2, checkpoint_every=4)
    run = Run(load_graph_dict(g), opts(mlflow_uri))
    original, calls = run.prog.data.next, [0]

    def poisoned(n: int) -> torch.Tensor:
        calls[0] += 1
        x = original(n)
        return x * float("nan") if calls[0] >= 11 else x

    run.prog.data.next = poisoned  # type: ignore[method-assign]
    result = run.execute()
    assert result.status == "FAILED"
    assert result.reason and "phase Dmain, block 'loss'" in result.reason
    assert "between steps 10 and 12" in result.reason
    assert result.checkpoint is not None and ckpt.load(result.checkpoint)["step"] == 8
    mlrun = MlflowClient(mlflow_uri).get_run(result.run_id)
    assert mlrun.info.status == "FAILED"
    assert "non-finite loss" in mlrun.data.tags["failure_reason"]


def test_corrupt_checkpoint_is_refused(in_tmp: Path) -> None:
    bad = in_tmp / "bad.pt"
    bad.write_bytes(b"not a checkpoint")
    with pytest.raises(ckpt.CheckpointError, match="not a readable gancanvas checkpoint"):
        ckpt.load(bad)
    with pytest.raises(ckpt.CheckpointError, match="no such checkpoint"):
        ckpt.load(in_tmp / "missing.pt")


def test_resume_in_another_store_starts_a_run_that_names_its_origin(
    mlflow_uri: str, in_tmp: Path
) -> None:
    g = load_graph_dict(tiny("grid25_vanilla", steps=4))
    half = Run(g, opts(mlflow_uri, stop_at=2)).execute()
    assert half.checkpoint is not None
    other = f"sqlite:///{in_tmp / 'other.db'}"
    resumed = resume_run(ckpt.load(half.checkpoint), opts(other))
    assert resumed.status == "FINISHED" and resumed.run_id != half.run_id
    tags = MlflowClient(other).get_run(resumed.run_id).data.tags
    assert tags["resumed_from"] == half.run_id


def test_an_error_mid_run_ends_failed_with_reason_and_traceback(
    mlflow_uri: str, in_tmp: Path
) -> None:
    run = Run(load_graph_dict(tiny("grid25_vanilla", steps=10)), opts(mlflow_uri))
    original, calls = run.prog.data.next, [0]

    def flaky(n: int) -> torch.Tensor:
        calls[0] += 1
        if calls[0] == 4:
            raise RuntimeError("disk went away")
        return original(n)

    run.prog.data.next = flaky  # type: ignore[method-assign]
    result = run.execute()
    assert result.status == "FAILED" and result.reason == "RuntimeError: disk went away"
    client = MlflowClient(mlflow_uri)
    assert client.get_run(result.run_id).info.status == "FAILED"
    names = {a.path for a in client.list_artifacts(result.run_id)}
    assert "failure_traceback.txt" in names
