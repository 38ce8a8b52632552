"""Runs from the canvas: the headless runner as a subprocess, followed through its events file."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gancanvas.app import files, procs, runs, tracking
from gancanvas.app.gate import TOKEN_ENV
from gancanvas.app.run_view import chart_of, series_label
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


def test_series_have_readable_names() -> None:
    names = ["loss/Dmain/loss", "D/real", "D/fake", "metric/modes/hq_fraction", "grad_norm/G"]
    assert [series_label(n) for n in names] == [
        "Dmain · loss",
        "D(x)",
        "D(G(z))",
        "modes · hq_fraction",
        "grad_norm · G",
    ]
    assert series_label("sched/adaT/r_d") == "adaT · r_d"


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
    # a name of its own: other tests log runs of grid25_vanilla to the same session store
    graph = graph.model_copy(update={"name": f"stop-resume-{run_env.name}"})
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
    for done in (state, resumed):  # the real runner, once exited, is collected: no zombie
        assert done.pid is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and Path(f"/proc/{done.pid}").exists():
            manager.poll()
            time.sleep(0.2)
        assert not Path(f"/proc/{done.pid}").exists()
    # the History tab finds this graph's MLflow run, and the MLflow UI opens it on 127.0.0.1
    uri = tracking.resolve_uri()
    rows = tracking.history(uri, graph.name)
    assert [r["run_id"] for r in rows] == [state.run_id]
    assert rows[0]["status"] == "KILLED" and rows[0]["metrics"]
    assert state.run_id is not None
    mlflow_ui = tracking.MlflowUi(uri)
    try:
        base = mlflow_ui.start(timeout=90)
        assert base.startswith("http://127.0.0.1:")
        url = mlflow_ui.run_url(rows[0]["experiment_id"], state.run_id)
        assert url.endswith(f"/runs/{state.run_id}")
    finally:
        mlflow_ui.stop()
    assert not mlflow_ui.running()


FAKE_RUNNER = """
import json, os, sys, time
events = sys.argv[sys.argv.index("--events") + 1]
with open(events + ".seen", "w") as fh:  # what the runner was given
    json.dump({"argv": sys.argv, "token": os.environ.get("GANCANVAS_TOKEN")}, fh)
with open(events, "a") as fh:
    fh.write(json.dumps({"event": "start", "run_id": "r", "steps": 10}) + "\\n")
    fh.write(json.dumps({"event": "end", "status": "FINISHED"}) + "\\n")
time.sleep(float(os.environ.get("FAKE_RUNNER_LINGER", "0.5")))  # closing MLflow, say
"""


def fake_runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs start a small script that writes a run's events, instead of training."""
    script = tmp_path / "fake_runner.py"
    script.write_text(FAKE_RUNNER, encoding="utf-8")
    monkeypatch.setattr(runs, "RUNNER", [sys.executable, str(script)])


def test_finished_runner_is_collected_and_never_sees_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_runner(tmp_path, monkeypatch)
    monkeypatch.setenv(TOKEN_ENV, "tok-secret")
    manager = RunManager(tmp_path / "runs")
    state = manager.start(tmp_path / "g.json", "g")
    pid = state.pid
    assert pid is not None
    wait_for(manager, state, lambda s: s.status == "FINISHED", 60)
    seen = json.loads(Path(f"{state.events_path}.seen").read_text())
    assert seen["token"] is None and "tok-secret" not in " ".join(seen["argv"])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
        manager.poll()  # the page's timer
        time.sleep(0.1)
    assert not procs.is_zombie(pid) and not Path(f"/proc/{pid}").exists()


def test_reused_pid_is_not_taken_for_the_run(tmp_path: Path) -> None:
    """A metadata file whose PID now names another live process: not re-attached, not killed."""
    runs_dir = tmp_path / "runs"
    runs_dir.mkdir()
    stranger = subprocess.Popen(["sleep", "60"])
    key = "20260101-000000-abcdef"
    lookalike = subprocess.Popen(  # the run key in its argv, but started at another time
        [sys.executable, "-c", "import time; time.sleep(60)", f"{key}.events.jsonl"]
    )
    try:
        (runs_dir / f"{key}.events.jsonl").write_text(
            json.dumps({"event": "start", "run_id": "r", "steps": 10}) + "\n"
        )
        for pid, start in (
            (stranger.pid, None),  # an older metadata file without a start time
            (stranger.pid, procs.start_time(stranger.pid)),
            (lookalike.pid, "1"),
        ):
            meta = {"key": key, "graph_name": "g", "pid": pid, "pid_start": start}
            (runs_dir / f"{key}.json").write_text(json.dumps(meta))
            manager = RunManager(runs_dir)
            state = manager.runs[key]
            assert not state.running and state.status == "KILLED", (pid, start)
            manager.stop(key)
            manager.poll()
            time.sleep(0.2)
            assert stranger.poll() is None and lookalike.poll() is None
        # the real thing (its own start time, its key in argv) is re-attached and stoppable
        meta["pid_start"] = procs.start_time(lookalike.pid)
        (runs_dir / f"{key}.json").write_text(json.dumps(meta))
        manager = RunManager(runs_dir)
        assert manager.runs[key].running
        manager.stop(key)
        assert lookalike.wait(10) != 0 and stranger.poll() is None
    finally:
        for proc in (stranger, lookalike):
            proc.kill()
            proc.wait()


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (through /proc's parent links)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_mlflow_ui_stop_leaves_no_process(tmp_path: Path) -> None:
    """``mlflow ui`` starts uvicorn, a job runner and huey consumers: stop ends them all."""
    mlflow_ui = tracking.MlflowUi(f"sqlite:///{tmp_path / 'mlflow.db'}")
    try:
        mlflow_ui.start(timeout=120)
        assert mlflow_ui.process is not None
        leader = mlflow_ui.process.pid
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(descendants(leader)) < 3:
            time.sleep(0.5)  # the workers come up after the UI answers
        started = descendants(leader)
        assert len(started) >= 2, started  # uvicorn and the job runner at least
    finally:
        mlflow_ui.stop()
    assert procs.identity(leader) is None and not procs.is_zombie(leader)
    assert [pid for pid in started if procs.identity(pid) is not None] == []
    assert procs.group_members(leader) == []
