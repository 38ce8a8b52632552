"""Runs you can trust, without a browser: the queue, the warm runner, resumed history."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from gancanvas.app import files, runs
from gancanvas.app.runs import RunManager, RunState

from .conftest import example, quick

SLOW_RUNNER = """
import json, signal, sys, time
events = sys.argv[sys.argv.index("--events") + 1]
def write(**e):
    with open(events, "a") as fh:
        fh.write(json.dumps(e) + "\\n")
def stop(*_):
    write(event="end", status="KILLED", reason="stopped by signal")
    sys.exit(0)
signal.signal(signal.SIGINT, stop)
write(event="start", run_id="r", steps=10, step=0)
time.sleep(60)
"""


def poll_until(manager: RunManager, check, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        manager.poll()
        time.sleep(0.05)


def test_queue_keeps_the_limit_and_starts_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "slow_runner.py"
    script.write_text(SLOW_RUNNER, encoding="utf-8")
    monkeypatch.setattr(runs, "RUNNER", [sys.executable, str(script)])
    manager = RunManager(tmp_path / ".runs", max_parallel=1)
    graph = tmp_path / "g.json"
    first, second, third = (manager.start(graph, "g") for _ in range(3))
    assert first.status == "STARTING" and first.pid is not None
    assert second.status == "QUEUED" and second.pid is None and third.status == "QUEUED"
    assert second.running  # it can be stopped (taken off the queue)
    # a restarted server finds the queue as it was
    again = RunManager(tmp_path / ".runs", max_parallel=1)
    assert again.runs[second.key].status == "QUEUED" and again.runs[third.key].status == "QUEUED"
    manager.stop(third.key)
    assert third.status == "KILLED" and "cancelled" in (third.reason or "")
    poll_until(manager, lambda: first.status == "RUNNING")
    manager.poll()
    assert second.status == "QUEUED"
    manager.stop(first.key)
    poll_until(manager, lambda: second.status == "RUNNING")
    assert first.status == "KILLED" and manager.active() == 1
    manager.stop(second.key)
    poll_until(manager, lambda: not second.running)
    assert third.pid is None  # the cancelled one never started


def test_resumed_run_continues_the_history_and_finished_runs_are_not_resumable(
    tmp_path: Path,
) -> None:
    old = RunState("a", "g", tmp_path / "g.json", tmp_path / "a.e", tmp_path / "a.log")
    old.apply({"event": "start", "run_id": "r", "steps": 100, "step": 0})
    for step in (10, 20, 30):
        old.apply({"event": "metrics", "step": step, "values": {"loss/D": step / 10}})
    old.apply({"event": "checkpoint", "step": 20, "path": "/c.pt"})
    old.apply({"event": "end", "status": "KILLED"})
    assert old.resumable
    new = RunState("b", "g", tmp_path / "g.json", tmp_path / "b.e", tmp_path / "b.log")
    new.continue_from(old)
    new.apply({"event": "start", "run_id": "r", "steps": 100, "step": 20})  # from the checkpoint
    assert new.series["loss/D"] == [(10, 1.0), (20, 2.0)]  # the history up to the checkpoint
    assert new.phase == "first step"
    new.apply({"event": "metrics", "step": 30, "values": {"loss/D": 9.0}})
    assert new.series["loss/D"][-1] == (30, 9.0) and new.phase is None
    new.apply({"event": "end", "status": "FINISHED"})
    assert not new.resumable  # nothing more to run
    done = RunState("c", "g", tmp_path / "g.json", tmp_path / "c.e", tmp_path / "c.log")
    done.apply({"event": "start", "run_id": "r", "steps": 30, "step": 0})
    done.apply({"event": "metrics", "step": 30, "values": {}})
    done.apply({"event": "checkpoint", "step": 30, "path": "/c.pt"})
    done.apply({"event": "end", "status": "KILLED"})
    assert not done.resumable  # stopped at its last step: nothing left either


@pytest.mark.slow
def test_warm_runner_takes_the_run(run_env: Path) -> None:
    """The run is handed to the warm worker (its PID), trains and finishes; a new one is ready."""
    graph = quick(example("grid25_vanilla"), steps=40)
    graph = graph.model_copy(update={"run": graph.run.model_copy(update={"log_every": 10})})
    path = files.save_graph(run_env / "graphs", graph.name, graph.to_json())
    manager = RunManager(run_env / "graphs" / ".runs", warm=True)
    try:
        spare = manager._spare
        assert spare is not None
        time.sleep(1.0)
        state = manager.start(path, graph.name)
        assert state.pid == spare[0].pid and state.marker == spare[1]
        assert state.phase == "loading data and building"
        assert manager._spare is not None and manager._spare[0].pid != state.pid
        poll_until(manager, lambda: not state.running, timeout=240)
        assert state.status == "FINISHED", state.reason
        assert state.step == 40 and state.series
        meta = json.loads((run_env / "graphs" / ".runs" / f"{state.key}.json").read_text())
        assert meta["marker"] == spare[1] and meta["cmd"][0] == "run"
    finally:
        manager.close()
