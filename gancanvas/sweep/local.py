"""Variant runs as ``gancanvas run`` processes, followed through their event files.

The executor interface (``Executor``: ``launch`` a variant, ``stop_all``) and what it returns
(``Job``: a ``Handle`` on the process, its event file and log), with the local executor
(``LocalPool``: subprocesses on this machine); ``gancanvas.sweep.slurm`` is the other one.

Each process has its own torch threads (cores // parallel by default) and writes the JSON-lines
events the canvas reads; the sweep tails them for the run id, the evaluations (an Optuna
pruner's intermediate values) and the end status. A pruned run is stopped with SIGTERM: it
ends at the next step with a checkpoint, as a stopped run always does.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from gancanvas.sweep.variants import Variant

#: how long a stopped run may take to write its checkpoint before it is killed
STOP_GRACE_S = 60.0


def default_threads(parallel: int) -> int:
    """Torch threads per variant process: the cores this process may use, shared out."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, cores // max(1, parallel))


@dataclass
class RunSettings:
    """What every variant process is started with (the options of ``gancanvas run``)."""

    tracking_uri: str
    runs_root: Path
    threads: int
    graph_dir: Path
    device: str | None = None
    data_dir: str | None = None

    def user_command(self, graph_file: Path) -> str:
        """The command a person runs to train this variant again by hand."""
        cmd = ["gancanvas", "run", str(graph_file), "--tracking-uri", self.tracking_uri]
        cmd += ["--graph-dir", str(self.graph_dir)]
        cmd += ["--device", self.device] if self.device else []
        cmd += ["--data-dir", self.data_dir] if self.data_dir else []
        return shlex.join(cmd)

    def command(self, graph_file: Path, events: Path) -> list[str]:
        cmd = [sys.executable, "-m", "gancanvas", "run", str(graph_file), "--quiet"]
        cmd += ["--events", str(events), "--tracking-uri", self.tracking_uri]
        cmd += ["--runs-dir", str(self.runs_root), "--threads", str(self.threads)]
        cmd += ["--graph-dir", str(self.graph_dir)]
        if self.device:
            cmd += ["--device", self.device]
        if self.data_dir:
            cmd += ["--data-dir", self.data_dir]
        return cmd


class Handle(Protocol):
    """A started variant process, wherever it runs (``subprocess.Popen``'s calls)."""

    @property
    def returncode(self) -> int | None: ...

    def poll(self) -> int | None: ...  # None while it runs

    def send_signal(self, sig: int) -> None: ...  # SIGTERM: stop with a checkpoint

    def wait(self, timeout: float | None = None) -> int: ...  # subprocess.TimeoutExpired

    def kill(self) -> None: ...


@dataclass
class Job:
    """One running variant: its process and what its events said so far."""

    variant: Variant
    process: Handle
    events_path: Path
    log_path: Path
    run_id: str | None = None
    step: int = 0
    status: str | None = None  # from the end event: FINISHED | FAILED | KILLED
    reason: str | None = None
    evals: dict[str, float] = field(default_factory=dict)  # the latest value of each metric
    losses: dict[str, float] = field(default_factory=dict)
    stopped: str | None = None  # why the sweep stopped it (pruned, interrupted)
    _offset: int = 0
    _partial: bytes = b""

    def new_events(self) -> list[dict[str, Any]]:
        """Complete event lines written since the last call (a half-written line waits)."""
        try:
            with self.events_path.open("rb") as f:
                f.seek(self._offset)
                chunk = f.read()
        except FileNotFoundError:
            return []
        self._offset += len(chunk)
        data = self._partial + chunk
        lines = data.split(b"\n")
        self._partial = lines.pop()
        out = []
        for line in lines:
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if isinstance(event, dict):
                    out.append(event)
        return out

    def log_tail(self, n: int = 3) -> str:
        """The last lines of the process output (why a run died before its end event)."""
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        return " | ".join(ln.strip() for ln in lines[-n:] if ln.strip())

    def stop(self, why: str) -> None:
        """Ask the run to end (SIGTERM: checkpoint, status KILLED)."""
        self.stopped = self.stopped or why
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)


def thread_env(threads: int) -> dict[str, str]:
    t = str(threads)
    return {"OMP_NUM_THREADS": t, "MKL_NUM_THREADS": t, "GANCANVAS_THREADS": t}


class Executor:
    """Starts variant processes (``launch``) and ends the ones still running (``stop_all``).

    A subclass says how one is started (``start``): here, there or in a queue.
    """

    #: what ``--executor`` calls it
    name = ""

    def __init__(self, settings: RunSettings, folder: Path):
        self.settings = settings
        self.folder = folder
        self.jobs: list[Job] = []

    def start(self, cmd: list[str], env: dict[str, str], log: Path, variant: Variant) -> Handle:
        raise NotImplementedError

    def launch(self, variant: Variant) -> Job:
        assert variant.path is not None
        events = self.folder / f"{variant.name}.events.jsonl"
        log = self.folder / f"{variant.name}.log"
        events.touch()
        cmd = self.settings.command(variant.path, events)
        job = Job(
            variant, self.start(cmd, thread_env(self.settings.threads), log, variant), events, log
        )
        self.jobs.append(job)
        return job

    def stop_all(self, why: str) -> None:
        for job in self.jobs:
            job.stop(why)
        for job in self.jobs:
            try:
                job.process.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                job.process.kill()
                job.process.wait()


class LocalPool(Executor):
    """Variant processes on this machine (``--parallel K`` at once)."""

    name = "local"

    def start(self, cmd: list[str], env: dict[str, str], log: Path, variant: Variant) -> Handle:
        log_file: IO[bytes]
        with log.open("wb") as log_file:
            return subprocess.Popen(
                cmd,
                env={**os.environ, **env},
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
