"""A warm runner: a process that has imported torch, the blocks and the runner in advance and
waits for one job on stdin; the canvas keeps one ready so Run does not wait for the imports.

    python -m gancanvas.warm --slot ID [--ready FILE]   # then one JSON line on stdin:
    {"argv": ["run", "g.json", "--events", "e.jsonl", ...], "log": "run.log", "events": "e.jsonl"}

The job is exactly what ``python -m gancanvas ARGV`` would do (the same ``cli.main``), with
stdout and stderr going to ``log``; a ``phase`` event is written to ``events`` when the job is
taken. stdin closed without a job: the worker exits quietly. FILE is written once the imports
are done. ``--slot`` is the marker a
re-attached canvas checks (with the start time) before trusting the PID.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time


def prepare() -> None:
    """Import what every run needs and open the tracking store once (the slow part of a cold
    start: torch, the blocks, MLflow with SQLAlchemy and its schema check, matplotlib)."""
    import importlib

    for name in (
        "torch",
        "blocks.registry",
        "gancanvas.cli",
        "gancanvas.compiler",
        "gancanvas.runner.tracking",
        "gancanvas.runner.train",
        "gancanvas.runner.samples",
        "mlflow",
        "mlflow.tracking",
        "mlflow.entities",
        "matplotlib.pyplot",
    ):
        with contextlib.suppress(ImportError):  # a missing one is imported (and reported) later
            importlib.import_module(name)
    with contextlib.suppress(Exception):  # only a speed-up: the run itself reports errors
        from gancanvas.runner.tracking import tracking_uri

        uri = tracking_uri(None)
        local = uri.removeprefix("sqlite:///")
        if uri.startswith("sqlite:///") and os.path.exists(local):  # never creates a store
            from mlflow.tracking import MlflowClient

            MlflowClient(tracking_uri=uri).search_experiments(max_results=1)


def take(job: dict[str, object]) -> int:
    """Run one job in this process, as ``python -m gancanvas`` would."""
    argv = [str(a) for a in job["argv"]]  # type: ignore[attr-defined]
    log = os.open(str(job["log"]), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.close(log)
    events = job.get("events")
    if events:
        line = {"event": "phase", "time": time.time(), "phase": "loading data and building"}
        with open(str(events), "a", encoding="utf-8") as fh:
            fh.write(json.dumps(line) + "\n")
    from gancanvas.cli import main

    sys.argv = ["gancanvas", *argv]
    return main(argv)


def main() -> int:
    prepare()
    if "--ready" in sys.argv:  # tell whoever waits that the imports are done
        with open(sys.argv[sys.argv.index("--ready") + 1], "w", encoding="utf-8") as fh:
            fh.write(str(os.getpid()))
    line = sys.stdin.readline()
    if not line.strip():
        return 0
    return take(json.loads(line))


if __name__ == "__main__":
    raise SystemExit(main())
