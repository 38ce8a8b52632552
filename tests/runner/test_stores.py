"""Runs and their stores: concurrent starts on a fresh store, full or read-only storage, replayed
steps after kill -9, and the last good checkpoint of a resumed run."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import RESOURCE_ALREADY_EXISTS
from mlflow.tracking import MlflowClient

from gancanvas.cli import main
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.tracking import StorageError, Tracker
from gancanvas.runner.train import Run, RunOptions
from schemas import load_graph_dict
from tests.conftest import ROOT
from tests.graphs import tiny


def opts(uri: str, **kw) -> RunOptions:  # type: ignore[no-untyped-def]
    return RunOptions(tracking_uri=uri, quiet=True, device="cpu", **kw)


def gancanvas(*args: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "gancanvas", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def no_temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.suffix == ".tmp"]


# ---- 1. a fresh store, three runs started at once -------------------------------------------


def test_three_runs_started_at_once_on_a_fresh_store_all_succeed(tmp_path: Path) -> None:
    graph = tmp_path / "g.json"
    graph.write_text(json.dumps(tiny("grid25_vanilla", steps=3)))
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    args = ("run", str(graph), "--quiet", "--threads", "1", "--tracking-uri", uri)
    procs = [gancanvas(*args, cwd=tmp_path) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err and "warning" not in err, err
    client = MlflowClient(uri)
    experiments = [e for e in client.search_experiments() if e.name == "grid25-vanilla"]
    assert len(experiments) == 1
    runs = client.search_runs([experiments[0].experiment_id])
    assert sorted(r.info.status for r in runs) == ["FINISHED"] * 3
    # the store still takes new runs and their metrics
    run = client.create_run(experiments[0].experiment_id)
    client.log_metric(run.info.run_id, "x", 1.0, step=1)
    assert client.get_metric_history(run.info.run_id, "x")[0].value == 1.0


def test_an_experiment_created_by_another_process_meanwhile_is_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uri = f"sqlite:///{tmp_path / 'race.db'}"
    create = MlflowClient.create_experiment

    def lose_the_race(self, name, *args, **kw):  # type: ignore[no-untyped-def]
        create(self, name)  # the other process, between our lookup and our insert
        raise MlflowException(f"Experiment(name={name}) already exists", RESOURCE_ALREADY_EXISTS)

    monkeypatch.setattr(MlflowClient, "create_experiment", lose_the_race)
    tracker = Tracker(uri, "raced")
    tracker.close("FINISHED")
    exp = MlflowClient(uri).get_experiment_by_name("raced")
    assert exp is not None
    assert MlflowClient(uri).get_run(tracker.run_id).info.experiment_id == exp.experiment_id


# ---- 2. full or read-only storage ------------------------------------------------------------


def test_a_checkpoint_write_refused_at_fsync_names_the_path_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    g = load_graph_dict(tiny("grid25_vanilla", steps=2))
    from gancanvas.compiler import compile_graph
    from gancanvas.runner.loop import StepRunner

    prog = compile_graph(g, "cpu")
    state = ckpt.capture(prog, StepRunner(prog), 0, None)
    path = tmp_path / "checkpoints" / "latest.pt"
    ckpt.save(state, path)
    before = path.read_bytes()

    def full(fd: int) -> None:  # NFS and quotas report a full disk as late as fsync
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match=f"disk full: {path}"):
        ckpt.save({**state, "step": 1}, path)
    assert path.read_bytes() == before  # the last good checkpoint is untouched
    assert no_temporaries(tmp_path) == []


def test_a_read_only_artifact_store_fails_the_run(
    mlflow_uri: str, in_tmp: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from mlflow.store.artifact.local_artifact_repo import LocalArtifactRepository

    def read_only(self, local_file, artifact_path=None):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), self.artifact_dir)

    monkeypatch.setattr(LocalArtifactRepository, "log_artifact", read_only)
    f = in_tmp / "g.json"
    f.write_text(json.dumps(tiny("grid25_vanilla", steps=4)))
    assert main(["run", str(f), "--quiet", "--tracking-uri", mlflow_uri]) == 1
    captured = capsys.readouterr()
    run_id = captured.out.split()[1].rstrip(":")
    assert "FAILED" in captured.out
    assert "error: read-only: " in captured.err and "Read-only file system" in captured.err
    run = MlflowClient(mlflow_uri).get_run(run_id)
    assert run.info.status == "FAILED"
    assert run.data.tags["failure_reason"].startswith("read-only: ")


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs: a real full or read-only file system, even for root (skipped if the
    machine does not let this process mount)."""
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_runs_disk_fails_the_run_plainly_with_no_partial_files(
    mlflow_uri: str, in_tmp: Path, capsys: pytest.CaptureFixture
) -> None:
    g = tiny("grid25_vanilla", steps=6)
    G = next(n for n in g["nodes"] if n["id"] == "G")
    G["params"]["hidden"] = [512, 512]  # a checkpoint (~3 MB) the 1 MB disk cannot hold
    f = in_tmp / "g.json"
    f.write_text(json.dumps(g))
    with tmpfs(in_tmp / "small", "1m") as disk:
        code = main(
            ["run", str(f), "--quiet", "--tracking-uri", mlflow_uri, "--runs-dir", str(disk)]
        )
        captured = capsys.readouterr()
        assert code == 1, captured.err
        assert f"error: disk full: {disk}" in captured.err, captured.err
        assert "inline_container" not in captured.err and "Traceback" not in captured.err
        assert no_temporaries(disk) == []
    run_id = captured.out.split()[1].rstrip(":")
    run = MlflowClient(mlflow_uri).get_run(run_id)
    assert run.info.status == "FAILED"
    assert run.data.tags["failure_reason"].startswith(f"disk full: {disk}")


def test_a_runs_disk_turned_read_only_mid_run_fails_the_run(mlflow_uri: str, in_tmp: Path) -> None:
    with tmpfs(in_tmp / "disk", "16m") as disk:
        run = Run(
            load_graph_dict(tiny("grid25_vanilla", steps=10)), opts(mlflow_uri, runs_root=disk)
        )
        original, calls = run.prog.data.next, [0]

        def then_read_only(n: int) -> torch.Tensor:
            calls[0] += 1
            if calls[0] == 4:
                subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            return original(n)

        run.prog.data.next = then_read_only  # type: ignore[method-assign]
        result = run.execute()
        assert result.status == "FAILED"
        assert result.reason and result.reason.startswith(f"read-only: {disk}"), result.reason
        assert no_temporaries(disk) == []
    mlrun = MlflowClient(mlflow_uri).get_run(result.run_id)
    assert mlrun.info.status == "FAILED"
    assert mlrun.data.tags["failure_reason"] == result.reason


def test_a_read_only_artifact_file_system_fails_the_run(tmp_path: Path, in_tmp: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'store.db'}"
    with tmpfs(in_tmp / "artifacts", "16m") as disk:
        client = MlflowClient(uri)
        client.create_experiment("grid25-vanilla", artifact_location=str(disk))
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = Run(load_graph_dict(tiny("grid25_vanilla", steps=4)), opts(uri)).execute()
    assert result.status == "FAILED"
    assert result.reason and result.reason.startswith(f"read-only: {disk}"), result.reason
    mlrun = client.get_run(result.run_id)
    assert mlrun.info.status == "FAILED"
    assert mlrun.data.tags["failure_reason"] == result.reason


# ---- 3. kill -9, then resume: replayed steps are logged once ---------------------------------


def test_resume_after_kill_9_logs_each_step_once(mlflow_uri: str, in_tmp: Path) -> None:
    g = tiny("grid25_vanilla", steps=100000)
    # logs far enough apart that MLflow's writer keeps up with training
    g["run"].update(log_every=20, checkpoint_every=100)
    f = in_tmp / "g.json"
    f.write_text(json.dumps(g))
    events = in_tmp / "events.jsonl"
    proc = gancanvas(
        "run", str(f), "--quiet", "--tracking-uri", mlflow_uri, "--events", str(events), cwd=in_tmp
    )
    client, key = MlflowClient(mlflow_uri), "loss/Dmain/loss"
    deadline, run_id, logged, saved = time.time() + 240, None, 0, 0
    try:
        while time.time() < deadline:
            time.sleep(0.3)
            if run_id is None and events.exists() and events.read_text():
                run_id = json.loads(events.read_text().splitlines()[0])["run_id"]
            latest = in_tmp / "runs" / str(run_id) / "checkpoints" / "latest.pt"
            if run_id is None or not latest.exists():
                continue
            proc.send_signal(signal.SIGSTOP)  # freeze it: the store and checkpoint hold still
            try:
                history = client.get_metric_history(run_id, key)
            except MlflowException:  # frozen inside a write: the database is locked
                proc.send_signal(signal.SIGCONT)
                continue
            logged = max((m.step for m in history), default=0)
            saved = ckpt.load(latest)["step"]
            if logged > saved:  # steps after the checkpoint are in MLflow: the replay's steps
                proc.kill()
                break
            proc.send_signal(signal.SIGCONT)
    finally:
        proc.kill()
        proc.communicate(timeout=60)
    assert run_id and logged > saved > 0, (logged, saved)
    total = logged + 40
    assert (
        main(["resume", run_id, "--steps", str(total), "--quiet", "--tracking-uri", mlflow_uri])
        == 0
    )
    for metric in (key, "loss/Gmain/loss", "D/real", "perf/steps_per_s"):
        steps = [m.step for m in client.get_metric_history(run_id, metric)]
        assert steps == list(range(20, total + 1, 20)), metric
    assert client.get_run(run_id).info.status == "FINISHED"


# ---- 4. a resumed run that fails again names the checkpoint it resumed from -------------------


def test_a_resumed_run_that_fails_again_names_its_last_good_checkpoint(
    mlflow_uri: str, in_tmp: Path
) -> None:
    g = tiny("grid25_vanilla", steps=20)
    g["run"].update(log_every=2, checkpoint_every=4)

    def poison(run: Run, after: int) -> None:
        original, calls = run.prog.data.next, [0]

        def poisoned(n: int) -> torch.Tensor:
            calls[0] += 1
            x = original(n)
            return x * float("nan") if calls[0] > after else x

        run.prog.data.next = poisoned  # type: ignore[method-assign]

    first = Run(load_graph_dict(g), opts(mlflow_uri))
    poison(first, 10)
    failed = first.execute()
    assert failed.status == "FAILED" and failed.checkpoint is not None
    again = Run(
        ckpt.graph_of(ckpt.load(failed.checkpoint)),
        opts(mlflow_uri),
        state=ckpt.load(failed.checkpoint),
    )
    poison(again, 0)
    result = again.execute()
    assert result.status == "FAILED" and result.run_id == failed.run_id
    assert result.reason and f"last good checkpoint: {failed.checkpoint}" in result.reason
    assert result.checkpoint == failed.checkpoint and ckpt.load(result.checkpoint)["step"] == 8


def test_metrics_reach_the_store_before_the_checkpoint_is_written(
    mlflow_uri: str, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill -9 right after a checkpoint loses no metric: the writer queue is empty by then."""
    seen: list[dict[str, int]] = []
    real_save = ckpt.save

    def save_and_look(state, path):  # type: ignore[no-untyped-def]
        client = MlflowClient(tracking_uri=mlflow_uri)
        hist = client.get_metric_history(state["run_id"], "D/real")
        seen.append({"step": int(state["step"]), "last_logged": max(m.step for m in hist)})
        return real_save(state, path)

    monkeypatch.setattr(ckpt, "save", save_and_look)
    g = tiny(steps=40)
    g["run"].update(log_every=5, checkpoint_every=20, sample_every=0)
    run = Run(load_graph_dict(g), opts(mlflow_uri, runs_root=in_tmp / "runs"))
    # a slow store: every write waits, so the queue is behind when the checkpoint comes
    slow = run.tracker._put

    def put_slowly(fn, *a, **k):  # type: ignore[no-untyped-def]
        slow(lambda *a2, **k2: (time.sleep(0.05), fn(*a2, **k2)), *a, **k)

    monkeypatch.setattr(run.tracker, "_put", put_slowly)
    assert run.execute().status == "FINISHED"
    assert seen and all(s["last_logged"] == s["step"] for s in seen), seen


def test_eval_export_and_run_lookups_open_a_fresh_store_under_its_lock(tmp_path: Path) -> None:
    """``open_client`` (eval, export, the run lookups) waits for a run holding the lock."""
    import threading

    from gancanvas.runner.tracking import open_client, store_lock
    from gancanvas.sharing.runs import client

    db = tmp_path / "mlflow.db"
    uri = f"sqlite:///{db}"
    opened: list[object] = []
    with store_lock(uri):  # as a run creating the store holds it
        worker = threading.Thread(target=lambda: opened.append(client(uri)))
        worker.start()
        worker.join(timeout=0.5)
        assert worker.is_alive() and not db.exists()  # waiting, nothing created yet
    worker.join(timeout=60)
    assert len(opened) == 1 and db.exists()
    assert open_client(uri).search_experiments()[0].name == "Default"
