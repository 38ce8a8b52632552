"""Runs from the canvas: the headless runner as a subprocess, followed through its events file."""

from __future__ import annotations

import json
import time
from pathlib import Path

from gancanvas.app import files, tracking
from gancanvas.app.run_view import chart_of
from gancanvas.app.runs import RunManager, RunState

from .conftest import example, quick


def test_events_fold_into_separate_states(tmp_path: Path) -> None:
    manager = RunManager(tmp_path / "runs")
    states = []
    for i in range(2):
        events = tmp_path / f"{i}.jsonl"
        lines = [
            {"event": "start", "run_id": f"r{i}", "run_dir": "x", "steps": 100},
            {
                "event": "metrics",
                "step": 10,
                "values": {"loss/Dmain/loss": i, "D/real": 0.5, "sched/diff/T": 10 * i},
                "steps_per_s": 50.0,
            },
            {"event": "samples", "step": 10, "path": str(tmp_path / "s.png")},
            {"event": "eval", "step": 10, "values": {"modes/covered": 20 + i}},
        ]
        events.write_text("".join(json.dumps(x) + "\n" for x in lines) + '{"event": "metr')
        state = RunState(
            key=f"k{i}",
            graph_name="g",
            graph_path=tmp_path,
            events_path=events,
            log_path=tmp_path / "log",
            started_at=float(i),
        )
        manager.runs[state.key] = state
        states.append(state)
    manager._read(states[0])
    manager._read(states[1])
    a, b = states
    assert a.series["loss/Dmain/loss"] == [(10, 0.0)] and b.series["loss/Dmain/loss"] == [(10, 1.0)]
    assert a.evals["modes/covered"] == [(10, 20.0)] and b.run_id == "r1"
    assert a.progress == 0.1 and a.steps_per_s == 50.0 and a.status == "RUNNING"
    with a.events_path.open("a") as fh:  # the half-written line completes later
        fh.write(
            'ics", "step": 20, "values": {"D/real": 0.7}}\n{"event": "end", "status": "FINISHED"}\n'
        )
    manager._read(a)
    assert a.series["D/real"][-1] == (20, 0.7) and a.status == "FINISHED"
    assert [r.key for r in manager.ordered()] == ["k1", "k0"]
    assert {chart_of(k) for k in ("loss/Dmain/loss", "D/fake", "sched/diff/T", "grad_norm/G")} == {
        "losses",
        "dout",
        "sched",
        "diag",
    }


def wait_for(manager: RunManager, state: RunState, check, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        manager.poll()
        if check(state):
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out; status {state.status}, log:\n{state.log_path.read_text()}")


def test_run_stop_resume_and_reattach(run_env: Path) -> None:
    graph = quick(example("grid25_vanilla"), steps=100000)
    path = files.save_graph(run_env / "graphs", graph.name, graph.to_json())
    manager = RunManager(run_env / "graphs" / ".runs")
    state = manager.start(path, graph.name)
    wait_for(manager, state, lambda s: s.series.get("loss/Dmain/loss"))
    # a second manager (a restarted server) sees the run still going
    again = RunManager(run_env / "graphs" / ".runs")
    assert again.runs[state.key].running and again.runs[state.key].run_id == state.run_id
    manager.stop(state.key)
    wait_for(manager, state, lambda s: not s.running)
    assert state.status == "KILLED", state.reason
    assert state.checkpoint and Path(state.checkpoint).is_file()
    stopped_at = state.step
    resumed = manager.resume(state.key)
    wait_for(manager, resumed, lambda s: s.step > stopped_at and s.series)
    assert resumed.run_id == state.run_id  # same MLflow run continues
    manager.stop(resumed.key)
    wait_for(manager, resumed, lambda s: not s.running)
    assert resumed.status == "KILLED"
    # the History tab finds this graph's MLflow run, and the MLflow UI opens it on 127.0.0.1
    uri = tracking.resolve_uri()
    rows = tracking.history(uri, graph.name)
    assert [r["run_id"] for r in rows] == [state.run_id]
    assert rows[0]["status"] == "KILLED" and rows[0]["metrics"]
    mlflow_ui = tracking.MlflowUi(uri)
    try:
        base = mlflow_ui.start(timeout=90)
        assert base.startswith("http://127.0.0.1:")
        url = mlflow_ui.run_url(rows[0]["experiment_id"], state.run_id)
        assert url.endswith(f"/runs/{state.run_id}")
    finally:
        mlflow_ui.stop()
    assert not mlflow_ui.running()
