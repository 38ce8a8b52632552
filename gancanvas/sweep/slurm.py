"""Variant runs as Slurm jobs through submitit (``gancanvas sweep … --executor slurm``).

Each variant is one submitit job whose function runs the same ``gancanvas run`` command as the
local executor, with its output in the same log file; the job writes its events into the sweep
folder, which must be on a filesystem the nodes share, and the sweep follows them from the
login node as it follows local processes. ``--parallel K`` is how many jobs are queued or
running at once. Stopping a variant (a pruned trial, Ctrl-C) cancels its job: Slurm sends
SIGTERM, which the job passes to the run, and the run ends with a checkpoint.

``CLUSTER`` names submitit's backend: ``slurm``, or ``local`` (submitit's local executor:
the same pickled job on this machine; the tests use it).
"""

from __future__ import annotations

import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from gancanvas.sweep.local import Executor, Handle, RunSettings
from gancanvas.sweep.variants import Variant

CLUSTER = "slurm"
#: how often a job's state is asked for while waiting for it to end (sacct is throttled)
WAIT_POLL_S = 1.0


@dataclass(frozen=True)
class SlurmOptions:
    partition: str | None = None
    time_min: int = 60
    gpus: int = 0


def run_variant(cmd: list[str], env: dict[str, str], log: str) -> int:
    """What a job runs: the variant's command, SIGTERM/SIGINT passed on (a checkpoint)."""
    import os

    with open(log, "wb") as out:
        child = subprocess.Popen(
            cmd,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

        def forward(sig: int, _frame: FrameType | None) -> None:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, forward)
        return child.wait()


class SubmititHandle:
    """A submitit job seen as a process (``Handle``): poll, SIGTERM (cancel), wait."""

    def __init__(self, job: Any):
        self.job = job
        self._code: int | None = None

    @property
    def returncode(self) -> int | None:
        return self._code

    def poll(self) -> int | None:
        if self._code is None and self.job.done():
            try:
                result = self.job.result()
                self._code = result if isinstance(result, int) else 0
            except Exception:  # the job failed, was cancelled or timed out (its log says why)
                self._code = 1
        return self._code

    def send_signal(self, sig: int) -> None:
        self.job.cancel(check=False)

    def wait(self, timeout: float | None = None) -> int:
        end = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if end is not None and time.monotonic() > end:
                raise subprocess.TimeoutExpired(str(self.job.job_id), timeout or 0)
            time.sleep(WAIT_POLL_S)
        return code

    def kill(self) -> None:
        self.job.cancel(check=False)


class SlurmPool(Executor):
    """Variants as submitit jobs (Slurm, or submitit's local backend)."""

    name = "slurm"

    def __init__(self, settings: RunSettings, folder: Path, options: SlurmOptions):
        super().__init__(settings, folder)
        import submitit

        self.executor = submitit.AutoExecutor(folder=folder / "submitit", cluster=CLUSTER)
        params: dict[str, Any] = {
            "timeout_min": options.time_min,
            "cpus_per_task": settings.threads,
            "tasks_per_node": 1,
            "nodes": 1,
            "name": f"gancanvas-{folder.name}",
        }
        if options.partition:
            params["slurm_partition"] = options.partition
        if options.gpus:
            params["gpus_per_node"] = options.gpus
        self.executor.update_parameters(**params)

    def start(self, cmd: list[str], env: dict[str, str], log: Path, variant: Variant) -> Handle:
        return SubmititHandle(self.executor.submit(run_variant, cmd, env, str(log)))
