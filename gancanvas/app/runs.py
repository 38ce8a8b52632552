"""Runs started from the canvas: the headless runner as a subprocess, followed via its events file.

The app never trains in its own process (DESIGN §2). Each run gets a key, a saved graph, an
events file and a small metadata file under the runs folder, so a page opened later (or a
restarted server) finds runs that are still going, and their views never mix. Exited runners
are collected at once (no zombies); a re-attached one is trusted only if its PID still names
the same process (start time and run key in its command line), never a stranger that got the
PID after it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import procs
from .gate import child_env

MAX_POINTS = 4000  # per series; older points are thinned out
RUNNER = [sys.executable, "-m", "gancanvas"]  # the headless runner's command


@dataclass
class RunState:
    """Everything the page shows about one run, rebuilt from its events file."""

    key: str
    graph_name: str
    graph_path: Path
    events_path: Path
    log_path: Path
    pid: int | None = None
    pid_start: str | None = None  # the process's start time, to tell it from a reused PID
    resumed_from: str | None = None
    started_at: float = field(default_factory=time.time)
    run_id: str | None = None
    run_dir: str | None = None
    steps: int = 0
    step: int = 0
    steps_per_s: float | None = None
    status: str = "STARTING"
    reason: str | None = None
    series: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    evals: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    sample_path: str | None = None
    sample_step: int | None = None
    checkpoint: str | None = None
    #: diagnostics' warnings by name: (step of the latest, its message)
    warnings: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: what the runner is doing before its first step (None once steps are counted)
    phase: str | None = "waiting for the runner"
    marker: str | None = None  # the argument that names this runner's process (else the key)
    args: list[str] | None = None  # the runner's arguments (kept while the run is queued)
    version: int = 0
    offset: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self.status in ("QUEUED", "STARTING", "RUNNING", "STOPPING")

    @property
    def resumable(self) -> bool:
        """Stopped with a checkpoint (or an MLflow run) and steps left to run."""
        if self.running or not (self.checkpoint or self.run_id) or self.status == "FINISHED":
            return False
        return not self.steps or self.step < self.steps

    def continue_from(self, parent: RunState) -> None:
        """Start the charts from a resumed run's history (trimmed to the resume step later)."""
        self.series = {k: list(v) for k, v in parent.series.items()}
        self.evals = {k: list(v) for k, v in parent.evals.items()}
        self.steps = parent.steps

    @property
    def progress(self) -> float:
        return min(1.0, self.step / self.steps) if self.steps else 0.0

    def apply(self, event: dict[str, Any]) -> None:
        """Fold one event line into the state."""
        kind = event.get("event")
        if kind == "start":
            self.run_id = event.get("run_id") or self.run_id
            self.run_dir = event.get("run_dir") or self.run_dir
            self.steps = int(event.get("steps") or self.steps)
            self.step = int(event.get("step") or 0)
            for points in (*self.series.values(), *self.evals.values()):  # a resume: history
                points[:] = [p for p in points if p[0] <= self.step]  # up to its checkpoint
            self.phase = "first step"
            if self.status in ("QUEUED", "STARTING"):
                self.status = "RUNNING"
        elif kind == "phase":
            self.phase = str(event.get("phase") or self.phase)
        elif kind == "metrics":
            step = int(event.get("step", self.step))
            self.step = max(self.step, step)
            self.phase = None
            if event.get("steps_per_s") is not None:
                self.steps_per_s = float(event["steps_per_s"])
            for name, value in (event.get("values") or {}).items():
                _append(self.series.setdefault(name, []), step, value)
        elif kind == "eval":
            step = int(event.get("step", self.step))
            for name, value in (event.get("values") or {}).items():
                _append(self.evals.setdefault(name, []), step, value)
        elif kind == "samples":
            self.sample_path = event.get("path")
            self.sample_step = event.get("step")
        elif kind == "warning":
            step = int(event.get("step", self.step))
            self.warnings[str(event.get("name"))] = (step, str(event.get("message") or ""))
        elif kind == "checkpoint":
            self.checkpoint = event.get("path") or self.checkpoint
        elif kind == "end":
            self.status = str(event.get("status") or "FINISHED")
            self.reason = event.get("reason")
            self.phase = None
        self.version += 1

    def summary(self) -> dict[str, Any]:
        """Key numbers for the run list."""
        last = {k: v[-1][1] for k, v in self.series.items() if v and k.startswith("loss/")}
        return {
            "key": self.key,
            "graph": self.graph_name,
            "status": self.status,
            "step": self.step,
            "steps": self.steps,
            **{k: round(v, 4) for k, v in last.items()},
        }


def _append(points: list[tuple[int, float]], step: int, value: Any) -> None:
    try:
        points.append((step, float(value)))
    except (TypeError, ValueError):
        return
    if len(points) > MAX_POINTS:
        del points[1::2]


class RunManager:
    """All runs of this server (shared by every page and browser tab).

    At most ``max_parallel`` runners go at once (None: no limit); later runs wait as QUEUED and
    start, oldest first, when one ends. With ``warm`` a runner process that has already
    imported torch and the blocks is kept ready (``gancanvas.warm``), and a run is handed to it.
    """

    def __init__(
        self,
        runs_dir: Path,
        tracking_uri: str | None = None,
        max_parallel: int | None = None,
        warm: bool = False,
    ) -> None:
        self.runs_dir = runs_dir
        self.tracking_uri = tracking_uri
        self.max_parallel = max_parallel
        self.warm = warm
        self.runs: dict[str, RunState] = {}
        self._lock = threading.RLock()
        self._spare: tuple[subprocess.Popen[bytes], str] | None = None  # (warm worker, slot)
        self._reattach()
        if warm:
            self._spawn_spare()

    # ---- starting and stopping -----------------------------------------------------------

    def start(self, graph_path: Path, graph_name: str, graph_dir: Path | None = None) -> RunState:
        """Start ``gancanvas run`` on a saved graph file (queued while the limit is reached);
        ``graph_dir``: where its relative data roots are looked up, if not the file's folder."""
        extra = ["--graph-dir", str(graph_dir)] if graph_dir is not None else []
        return self._submit(["run", str(graph_path), *extra], graph_path, graph_name, None)

    def resume(self, key: str) -> RunState:
        """Continue a stopped run from its last checkpoint (or its MLflow run id); the new run's
        charts start from the old one's history."""
        old = self.runs[key]
        if old.running:
            raise RuntimeError("the run is still going")
        if old.status == "FINISHED" or (old.steps and old.step >= old.steps):
            raise RuntimeError("the run has finished: there is nothing left to run")
        target = old.checkpoint or old.run_id
        if not target:
            raise RuntimeError("this run has no checkpoint to resume from")
        args = ["resume", target, "--graph-dir", str(old.graph_path.parent)]
        return self._submit(args, old.graph_path, old.graph_name, key)

    def stop(self, key: str) -> None:
        """Ask the runner to stop: it saves a checkpoint and ends with status KILLED. A queued
        run is taken off the queue."""
        run = self.runs[key]
        if run.status == "QUEUED":
            with self._lock:
                self._end_queued(run, "cancelled before it started")
            return
        if not run.running or run.pid is None:
            return
        try:
            if run.process is not None:
                run.process.send_signal(signal.SIGINT)  # a no-op once it has been collected
            elif self._alive(run):  # re-attached: only if the PID is still that runner
                os.kill(run.pid, signal.SIGINT)
            else:
                raise ProcessLookupError(run.pid)
            run.status = "STOPPING"
            run.version += 1
        except ProcessLookupError:
            self._mark_dead(run)

    def stop_all(self) -> None:
        for key, run in list(self.runs.items()):
            if run.running:
                self.stop(key)

    def close(self) -> None:
        """Let the spare warm worker go (runs keep going: they are on their own)."""
        spare, self._spare = self._spare, None
        if spare is not None:
            (self.runs_dir / f".warm-{spare[1]}").unlink(missing_ok=True)
            with contextlib.suppress(OSError, ValueError):
                spare[0].stdin.close()  # type: ignore[union-attr]
            spare[0].terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                spare[0].wait(5)

    def active(self) -> int:
        return sum(r.running and r.status != "QUEUED" for r in self.runs.values())

    def _submit(self, args: list[str], graph_path: Path, name: str, parent: str | None) -> RunState:
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        key = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        run = RunState(
            key=key,
            graph_name=name,
            graph_path=graph_path,
            events_path=self.runs_dir / f"{key}.events.jsonl",
            log_path=self.runs_dir / f"{key}.log",
            resumed_from=parent,
            status="QUEUED",
            phase="queued: waiting for a free slot",
            args=args,
        )
        run.events_path.touch()
        if parent is not None and parent in self.runs:
            run.continue_from(self.runs[parent])
        with self._lock:
            self.runs[key] = run
            self._write_meta(run)
            self._drain()
        return run

    def _drain(self) -> None:
        """Start queued runs, oldest first, while the limit allows."""
        queued = sorted(
            (r for r in self.runs.values() if r.status == "QUEUED"), key=lambda r: r.started_at
        )
        for run in queued:
            if self.max_parallel is not None and self.active() >= self.max_parallel:
                return
            self._launch(run)

    def _launch(self, run: RunState) -> None:
        assert run.args is not None
        cmd = [*run.args, "--events", str(run.events_path), "--quiet"]  # never the token
        if self.tracking_uri:
            cmd += ["--tracking-uri", self.tracking_uri]
        job = {"argv": cmd, "log": str(run.log_path), "events": str(run.events_path)}
        process, marker = self._hand_to_spare(job)
        if process is None:  # no warm worker ready: a fresh runner
            with run.log_path.open("wb") as log_file:
                process = subprocess.Popen(
                    [*RUNNER, *cmd],
                    env=_runner_env(),
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,  # closing the browser or the UI does not kill it
                )
            marker = run.key
            run.phase = "starting the runner (imports)"
        else:
            run.phase = "loading data and building"
        run.process = process
        run.pid = process.pid
        run.pid_start = procs.start_time(process.pid)
        run.marker = marker
        run.status = "STARTING"
        run.started_at = time.time()
        run.version += 1
        self._write_meta(run, cmd)
        if self.warm and self._spare is None:
            self._spawn_spare()

    def _spawn_spare(self) -> None:
        slot = uuid.uuid4().hex
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        ready = self.runs_dir / f".warm-{slot}"
        process = subprocess.Popen(
            [sys.executable, "-m", "gancanvas.warm", "--slot", slot, "--ready", str(ready)],
            env=_runner_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._spare = (process, slot)

    def spare_ready(self) -> bool:
        """A warm worker is waiting with its imports done."""
        spare = self._spare
        return bool(
            spare and spare[0].poll() is None and (self.runs_dir / f".warm-{spare[1]}").exists()
        )

    def _hand_to_spare(
        self, job: dict[str, Any]
    ) -> tuple[subprocess.Popen[bytes] | None, str | None]:
        """Give the job to the warm worker; (None, None) when there is none alive."""
        spare, self._spare = self._spare, None
        if spare is None or spare[0].poll() is not None:
            return None, None
        process, slot = spare
        (self.runs_dir / f".warm-{slot}").unlink(missing_ok=True)
        try:
            assert process.stdin is not None
            run_log = Path(job["log"])
            run_log.touch()
            process.stdin.write((json.dumps(job) + "\n").encode())
            process.stdin.close()
        except (OSError, ValueError):
            process.kill()
            process.wait()
            return None, None
        return process, slot

    def _end_queued(self, run: RunState, reason: str) -> None:
        end = {"event": "end", "time": time.time(), "status": "KILLED", "reason": reason}
        with run.events_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(end) + "\n")
        self._read(run)

    def _write_meta(self, run: RunState, cmd: list[str] | None = None) -> None:
        meta = {
            "key": run.key,
            "graph_name": run.graph_name,
            "graph_path": str(run.graph_path),
            "pid": run.pid,
            "pid_start": run.pid_start,
            "marker": run.marker,
            "resumed_from": run.resumed_from,
            "started_at": run.started_at,
            "queued": run.status == "QUEUED",
            "args": run.args,
            "cmd": cmd,
        }
        path = self.runs_dir / f"{run.key}.json"
        path.write_text(json.dumps(meta, indent=2), encoding="utf-8")

    # ---- following the events files ------------------------------------------------------

    def poll(self) -> None:
        """Read new event lines of every live run; notice runners that died silently."""
        with self._lock:
            for run in self.runs.values():
                if run.status == "QUEUED":
                    continue
                if run.process is not None:
                    run.process.poll()  # collects an exited runner (even after its end event)
                if run.running or run.offset < _size(run.events_path):
                    self._read(run)
                if run.running and not self._alive(run):
                    self._read(run)
                    if run.running:
                        self._mark_dead(run)
            self._drain()

    def _read(self, run: RunState) -> None:
        try:
            with run.events_path.open("rb") as fh:
                fh.seek(run.offset)
                chunk = fh.read()
        except OSError:
            return
        end = chunk.rfind(b"\n")
        if end < 0:
            return
        for line in chunk[: end + 1].splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict):
                run.apply(event)
        run.offset += end + 1

    def _alive(self, run: RunState) -> bool:
        if run.process is not None:
            return run.process.poll() is None
        if run.pid is None:
            return False
        return procs.is_same_process(run.pid, run.pid_start, run.marker or run.key)

    def _mark_dead(self, run: RunState) -> None:
        run.status = "FAILED"
        run.reason = f"the runner exited without an end event; see {run.log_path}:\n" + tail(
            run.log_path
        )
        run.version += 1

    def _reattach(self) -> None:
        """Pick up runs started by an earlier server from their metadata files."""
        if not self.runs_dir.is_dir():
            return
        for meta_path in sorted(self.runs_dir.glob("*.json")):
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                key = str(meta["key"])
            except (OSError, ValueError, KeyError):
                continue
            run = RunState(
                key=key,
                graph_name=str(meta.get("graph_name", "?")),
                graph_path=Path(meta.get("graph_path", "")),
                events_path=self.runs_dir / f"{key}.events.jsonl",
                log_path=self.runs_dir / f"{key}.log",
                pid=meta.get("pid"),
                pid_start=meta.get("pid_start"),
                resumed_from=meta.get("resumed_from"),
                started_at=float(meta.get("started_at", 0.0)),
                marker=meta.get("marker"),
                args=meta.get("args"),
            )
            self._read(run)
            if meta.get("queued") and run.pid is None and run.args and run.status == "STARTING":
                run.status = "QUEUED"  # still waiting for its turn
                run.phase = "queued: waiting for a free slot"
            elif run.running and not self._alive(run):
                run.status = "FAILED" if run.status == "STARTING" else "KILLED"
                run.reason = run.reason or "the runner is gone (server restarted?)"
            self.runs[key] = run

    def for_graph(self, name: str) -> list[RunState]:
        """Runs of one graph, newest first."""
        return sorted(
            (r for r in self.runs.values() if r.graph_name == name),
            key=lambda r: r.started_at,
            reverse=True,
        )

    def ordered(self) -> list[RunState]:
        return sorted(self.runs.values(), key=lambda r: r.started_at, reverse=True)


def _runner_env() -> dict[str, str]:
    """The runner's environment: the canvas's token stays with the canvas. Several runs and the
    UI share the CPU: half the cores each, unless the user chose (oversubscribed torch threads
    can slow a small GAN tenfold)."""
    env = child_env()
    env.setdefault("GANCANVAS_THREADS", str(max(1, (os.cpu_count() or 2) // 2)))
    return env


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def tail(path: Path, lines: int = 15) -> str:
    """The last lines of a log file (for a failed run's reason)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])
