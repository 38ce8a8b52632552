"""Sweeps from the canvas: the same engine as ``gancanvas sweep``, its variants run by the canvas.

The swept values are parsed and every variant is built and validated by ``gancanvas.sweep``
(preview); queueing hands the grid to the engine's ``SweepRun`` (variant files, the MLflow
parent run, ``sweep.json``, ``results.csv``/``.md``), whose executor here is the canvas's own
``RunManager``: the variants show in the run view and wait their turn like any other run.
"""

from __future__ import annotations

import math
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gancanvas.sweep.engine import (
    GridSearch,
    SweepReport,
    SweepRun,
    SweepSpec,
    check_spec,
    grid_variants,
    sweep_folder,
)
from gancanvas.sweep.local import Executor, Job, RunSettings
from gancanvas.sweep.params import ParamError, SweepParam, parse_params
from gancanvas.sweep.results import Outcome, table
from gancanvas.sweep.variants import SweepInvalid, Variant
from schemas import Graph
from schemas.datapaths import data_places

from .runs import RunManager, RunState


@dataclass
class SweepPreview:
    """What a sweep would run: its variants (each valid or with its problems), or why not."""

    spec: SweepSpec | None = None
    variants: list[Variant] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.spec is not None and bool(self.variants) and not self.invalid

    @property
    def invalid(self) -> list[Variant]:
        return [v for v in self.variants if v.problems]


def param_lines(text: str) -> list[str]:
    """One ``KEY=a,b,c`` per non-empty line (as ``--param`` takes them)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def preview(
    base: Graph,
    text: str,
    graph_dir: Path,
    objective: str | None = None,
    direction: str | None = None,
) -> SweepPreview:
    """Parse the swept values and build every variant of the grid, validated as the CLI does
    (relative data roots looked up in ``graph_dir``, the canvas's graphs folder)."""
    try:
        params = parse_params(param_lines(text), search=False)
    except ParamError as err:
        return SweepPreview(error=str(err))
    spec = SweepSpec(base, params, objective=objective or None, direction=direction or None)
    try:
        check_spec(spec)
    except SweepInvalid as err:
        return SweepPreview(error=str(err))
    with data_places(graph=graph_dir):
        variants = grid_variants(spec)
    spec.parallel = len(variants)  # all handed over at once: the run manager queues them
    return SweepPreview(spec, variants)


class ManagedRun:
    """A variant run of the ``RunManager`` seen as a process (the engine's ``Handle``)."""

    def __init__(self, manager: RunManager, state: RunState) -> None:
        self.manager = manager
        self.state = state

    @property
    def returncode(self) -> int | None:
        if self.state.running:
            return None
        return 0 if self.state.status == "FINISHED" else 1

    def poll(self) -> int | None:
        self.manager.poll()  # reads the events (the page's timer does too: either is enough)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        self.manager.stop(self.state.key)

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"run {self.state.key}", timeout or 0)
            time.sleep(0.2)
        return code

    def kill(self) -> None:
        self.manager.stop(self.state.key)


class ManagerPool(Executor):
    """Variants started through the canvas's ``RunManager`` (queued beyond its limit)."""

    name = "canvas"

    def __init__(self, settings: RunSettings, folder: Path, manager: RunManager) -> None:
        super().__init__(settings, folder)
        self.manager = manager
        self.states: dict[str, RunState] = {}  # variant name → its run

    def launch(self, variant: Variant) -> Job:
        assert variant.path is not None and variant.graph is not None
        state = self.manager.start(variant.path, variant.graph.name, self.settings.graph_dir)
        self.states[variant.name] = state
        job = Job(variant, ManagedRun(self.manager, state), state.events_path, state.log_path)
        self.jobs.append(job)
        return job


class CanvasSweep:
    """One grid sweep queued from the canvas; the engine runs in a thread of its own."""

    def __init__(self, plan: SweepPreview, manager: RunManager, uri: str, graphs_dir: Path) -> None:
        if not plan.ok or plan.spec is None:
            raise ValueError("the sweep has invalid variants: nothing is queued")
        self.spec: SweepSpec = plan.spec
        self.variants = plan.variants
        self.uri = uri
        folder = sweep_folder(self.spec.base.name, graphs_dir / "sweeps")
        self.folder, n = folder, 1
        while self.folder.exists():  # two sweeps queued within one second: one folder each
            n += 1
            self.folder = folder.with_name(f"{folder.name}-{n}")
        settings = RunSettings(
            tracking_uri=uri,
            runs_root=manager.runs_dir,
            threads=1,  # unused here: the run manager gives each runner its share of the cores
            graph_dir=graphs_dir,
        )
        self.pool = ManagerPool(settings, self.folder, manager)
        self.run = SweepRun(
            self.spec, GridSearch(self.variants), self.folder, settings, self._log, 0.3, self.pool
        )
        self.log: list[str] = []
        self.report: SweepReport | None = None
        self.error: str | None = None
        self._thread = threading.Thread(target=self._execute, name="sweep", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _log(self, line: str) -> None:
        self.log.append(line)

    def _execute(self) -> None:
        try:
            self.report = self.run.execute(self.uri)
        except Exception as err:  # shown in the dialog: the sweep is not silently gone
            self.error = f"{type(err).__name__}: {err}"

    @property
    def done(self) -> bool:
        return self.report is not None or self.error is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the sweep has ended (the headless callers' way); True once it has."""
        self._thread.join(timeout)
        return self.done

    @property
    def params(self) -> list[SweepParam]:
        return self.spec.params

    def outcomes(self) -> list[Outcome]:
        """Ended variants as the engine recorded them, the others as their runs stand now."""
        ended = list(self.run.outcomes)
        names = {o.variant for o in ended}
        jobs = {j.variant.name: j for j in self.pool.jobs}
        for variant in self.variants:
            if variant.name in names:
                continue
            state = self.pool.states.get(variant.name)
            job = jobs.get(variant.name)
            status = "PENDING" if state is None else state.status
            metrics = dict(job.evals or job.losses) if job else {}
            ended.append(
                Outcome(
                    variant.name,
                    variant.values,
                    status,
                    state.run_id if state else None,
                    state.step if state else 0,
                    metrics,
                )
            )
        return ended

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """The results table of the engine (``results.csv``'s columns), numbers as numbers."""
        header, rows = table(self.outcomes(), self.params, self.run.key, self.spec.direction)
        text = {header.index(k) for k in ("variant", "status", "run_id")}
        return header, [[c if i in text else _number(c) for i, c in enumerate(r)] for r in rows]


def _number(cell: str) -> Any:
    """A table cell as a number when it is one (so a column sorts by value, not as text)."""
    try:
        value = float(cell)
    except ValueError:
        return cell
    return value if math.isfinite(value) else cell
