"""Runs started from the canvas: the headless runner as a subprocess, followed via its events file.

The app never trains in its own process (DESIGN §2). Each run gets a key, a saved graph, an
events file and a small metadata file under the runs folder, so a page opened later (or a
restarted server) finds runs that are still going, and their views never mix. Exited runners
are collected at once (no zombies); a re-attached one is trusted only if its PID still names
the same process (start time and run key in its command line), never a stranger that got the
PID after it.
"""

from __future__ import annotations

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
    version: int = 0
    offset: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self.status in ("STARTING", "RUNNING", "STOPPING")

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
            self.step = int(event.get("step") or self.step)
            if self.status == "STARTING":
                self.status = "RUNNING"
        elif kind == "metrics":
            step = int(event.get("step", self.step))
            self.step = max(self.step, step)
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
    """All runs of this server (shared by every page and browser tab)."""

    def __init__(self, runs_dir: Path, tracking_uri: str | None = None) -> None:
        self.runs_dir = runs_dir
        self.tracking_uri = tracking_uri
        self.runs: dict[str, RunState] = {}
        self._lock = threading.Lock()
        self._reattach()

    # ---- starting and stopping -----------------------------------------------------------

    def start(self, graph_path: Path, graph_name: str) -> RunState:
        """Start ``gancanvas run`` on a saved graph file."""
        return self._launch(["run", str(graph_path)], graph_path, graph_name, None)

    def resume(self, key: str) -> RunState:
        """Continue a stopped run from its last checkpoint (or its MLflow run id)."""
        old = self.runs[key]
        if old.running:
            raise RuntimeError("the run is still going")
        target = old.checkpoint or old.run_id
        if not target:
            raise RuntimeError("this run has no checkpoint to resume from")
        args = ["resume", target, "--graph-dir", str(old.graph_path.parent)]
        return self._launch(args, old.graph_path, old.graph_name, key)

    def stop(self, key: str) -> None:
        """Ask the runner to stop: it saves a checkpoint and ends with status KILLED."""
        run = self.runs[key]
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

    def _launch(self, args: list[str], graph_path: Path, name: str, parent: str | None) -> RunState:
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        key = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        events = self.runs_dir / f"{key}.events.jsonl"
        log = self.runs_dir / f"{key}.log"
        events.touch()
        cmd = [*RUNNER, *args, "--events", str(events), "--quiet"]  # never the token
        if self.tracking_uri:
            cmd += ["--tracking-uri", self.tracking_uri]
        # Several runs and the UI share the CPU: half the cores each, unless the user chose
        # (oversubscribed torch threads can slow a small GAN tenfold).
        env = child_env()  # the canvas's token stays with the canvas
        env.setdefault("GANCANVAS_THREADS", str(max(1, (os.cpu_count() or 2) // 2)))
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                cmd,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # closing the browser or the UI does not kill the run
            )
        run = RunState(
            key=key,
            graph_name=name,
            graph_path=graph_path,
            events_path=events,
            log_path=log,
            pid=process.pid,
            pid_start=procs.start_time(process.pid),
            resumed_from=parent,
            process=process,
        )
        meta = {
            "key": key,
            "graph_name": name,
            "graph_path": str(graph_path),
            "pid": process.pid,
            "pid_start": run.pid_start,
            "resumed_from": parent,
            "started_at": run.started_at,
            "cmd": cmd,
        }
        (self.runs_dir / f"{key}.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        with self._lock:
            self.runs[key] = run
        return run

    # ---- following the events files ------------------------------------------------------

    def poll(self) -> None:
        """Read new event lines of every live run; notice runners that died silently."""
        with self._lock:
            for run in self.runs.values():
                if run.process is not None:
                    run.process.poll()  # collects an exited runner (even after its end event)
                if run.running or run.offset < _size(run.events_path):
                    self._read(run)
                if run.running and not self._alive(run):
                    self._read(run)
                    if run.running:
                        self._mark_dead(run)

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
        return procs.is_same_process(run.pid, run.pid_start, run.key)

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
            )
            self._read(run)
            if run.running and not self._alive(run):
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
