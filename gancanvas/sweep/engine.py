"""The sweep engine: plan (every variant checked first), run K at a time, track, tabulate.

A grid runs the product of the ``--param`` lists; a search (Optuna) draws its trials as slots
free up and may stop a trial early. Both are a ``Search``: the loop here starts variants,
follows their events and hands evaluations and endings back to it.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from gancanvas.sweep.local import Executor, Job, LocalPool, RunSettings
from gancanvas.sweep.params import DIRECTIONS, SweepParam, describe, format_value, grid
from gancanvas.sweep.results import Outcome, best, format_text, short, table, write_results
from gancanvas.sweep.tracking import SweepTracking
from gancanvas.sweep.variants import (
    SweepInvalid,
    Variant,
    check_all,
    make_variant,
    objective_key,
    probes,
    write_variant,
)
from schemas import Graph


@dataclass
class SweepSpec:
    """What to sweep: ``trials`` 0 is a grid of the lists, N an Optuna search of N trials."""

    base: Graph
    params: list[SweepParam]
    trials: int = 0
    objective: str | None = None
    direction: str | None = None
    sampler: str = "tpe"
    seed: int = 0
    prune: bool = True
    #: trials that finish before the median pruner may stop one (Optuna's default: 5)
    prune_startup: int = 5
    parallel: int = 1

    @property
    def kind(self) -> str:
        return "optuna" if self.trials else "grid"

    def mlflow_params(self) -> dict[str, str]:
        out = {"sweep.kind": self.kind, "sweep.parallel": str(self.parallel)}
        out.update({f"sweep.param.{p.key}": p.text.partition("=")[2] for p in self.params})
        if self.objective:
            out.update({"sweep.objective": self.objective, "sweep.direction": str(self.direction)})
        if self.trials:
            out.update(
                {
                    "sweep.trials": str(self.trials),
                    "sweep.sampler": self.sampler,
                    "sweep.seed": str(self.seed),
                    "sweep.pruner": "median" if self.prune else "none",
                }
            )
        return out


class Search(Protocol):
    """Where variants come from and what their evaluations mean."""

    def next(self) -> Variant | None: ...  # None: no more

    def on_start(self, variant: Variant, run_id: str) -> None: ...

    def on_eval(self, variant: Variant, step: int, values: dict[str, float]) -> bool: ...

    def on_end(self, outcome: Outcome) -> None: ...


class GridSearch:
    """Every variant of the grid, in order; nothing is stopped early."""

    def __init__(self, variants: list[Variant]):
        self.variants = variants
        self._todo = deque(variants)

    def next(self) -> Variant | None:
        return self._todo.popleft() if self._todo else None

    def on_start(self, variant: Variant, run_id: str) -> None:
        pass

    def on_eval(self, variant: Variant, step: int, values: dict[str, float]) -> bool:
        return False

    def on_end(self, outcome: Outcome) -> None:
        pass


def check_spec(spec: SweepSpec) -> str | None:
    """The objective's logged key; refuses an objective without a direction and vice versa."""
    if spec.trials and not spec.objective:
        raise SweepInvalid(["--optuna: give --objective (a metric, e.g. modes/hq_fraction)"])
    if bool(spec.objective) != bool(spec.direction):
        raise SweepInvalid(["--objective and --direction (minimize|maximize) go together"])
    if spec.direction is not None and spec.direction not in DIRECTIONS:
        raise SweepInvalid([f"--direction {spec.direction}: use minimize or maximize"])
    return objective_key(spec.objective, spec.base) if spec.objective else None


def optuna_storage(tracking_uri: str, folder: Path) -> str:
    """Optuna's SQLite file: beside a SQLite MLflow store (its own file: both keep an
    ``alembic_version`` table), else in the sweep folder."""
    prefix = "sqlite:///"
    if tracking_uri.startswith(prefix) and tracking_uri[len(prefix) :] not in ("", ":memory:"):
        db = Path(tracking_uri[len(prefix) :]).resolve()
        return f"{prefix}{db.parent / 'optuna.db'}"
    return f"{prefix}{folder.resolve() / 'optuna.db'}"


def sweep_folder(graph_name: str, root: Path, stamp: str | None = None) -> Path:
    """``<root>/<graph name>-<time>``: where a sweep writes its variants and results (the CLI's
    default folder under ``sweeps/``, the canvas's under its graphs folder)."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", graph_name).strip("-.")[:60] or "sweep"
    return root / f"{slug}-{stamp or time.strftime('%Y%m%d-%H%M%S')}"


def grid_variants(spec: SweepSpec) -> list[Variant]:
    """Every variant of a grid (``v001``…), each validated; invalid ones carry their problems."""
    return [make_variant(spec.base, f"v{i:03d}", v) for i, v in enumerate(grid(spec.params), 1)]


def plan(spec: SweepSpec, storage: str | None = None, study: str | None = None) -> Search:
    """Check everything before anything runs (``SweepInvalid`` lists every problem).

    A grid: every variant. A search: the probes (each range's ends, each choice), then the
    Optuna study ``study`` in ``storage`` is created.
    """
    key = check_spec(spec)
    if not spec.trials:
        variants = grid_variants(spec)
        check_all(variants)
        return GridSearch(variants)
    from gancanvas.sweep.optuna_search import OptunaSearch, optuna_module

    optuna_module()  # a clear refusal when Optuna is not installed
    bounds = probes(spec.params)
    checks = [make_variant(spec.base, f"probe {i}", v) for i, v in enumerate(bounds, 1)]
    check_all(checks, "bounds of the search (probes)")
    assert key is not None and storage is not None and study is not None
    return OptunaSearch(spec, key, storage, study)


@dataclass
class SweepReport:
    folder: Path
    parent_run_id: str
    outcomes: list[Outcome]
    text: str
    files: list[Path] = field(default_factory=list)
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.interrupted and all(
            o.status in ("FINISHED", "PRUNED") for o in self.outcomes
        )


class SweepRun:
    """One sweep in a folder: variant files, processes, the MLflow parent, the results."""

    def __init__(
        self,
        spec: SweepSpec,
        search: Search,
        folder: Path,
        settings: RunSettings,
        echo: Callable[[str], None] = print,
        poll_s: float = 0.2,
        executor: Executor | None = None,
    ):
        self.spec, self.search, self.folder = spec, search, folder
        self.settings, self.echo, self.poll_s = settings, echo, poll_s
        self.key = check_spec(spec)
        self.pool = executor or LocalPool(settings, folder)
        self.outcomes: list[Outcome] = []
        self.tracking: SweepTracking | None = None

    def _manifest(self, variants: list[Variant]) -> None:
        data = {
            "sweep": self.folder.name,
            "kind": self.spec.kind,
            "parent_run_id": self.tracking.run_id if self.tracking else None,
            "params": [p.text for p in self.spec.params],
            "objective": self.key,
            "direction": self.spec.direction,
            "variants": [
                {
                    "name": v.name,
                    "values": v.values,
                    "file": v.path.name if v.path else None,
                    "command": self.settings.user_command(v.path) if v.path else None,
                }
                for v in variants
            ],
        }
        (self.folder / "sweep.json").write_text(json.dumps(data, indent=2), encoding="utf-8")

    def _start(self, variant: Variant) -> Job | None:
        if variant.problems:  # a drawn trial the probes did not catch: recorded, never run
            reason = "; ".join(variant.problems)
            self.echo(f"{variant.name} INVALID: {reason}")
            self._done(Outcome(variant.name, variant.values, "INVALID", reason=reason))
            return None
        write_variant(variant, self.folder)
        job = self.pool.launch(variant)
        self.echo(f"{variant.name} started: {describe(variant.values)}")
        return job

    def _handle(self, job: Job, event: dict[str, Any]) -> None:
        kind, step = event.get("event"), event.get("step")
        if isinstance(step, int):
            job.step = step
        if kind == "start" and isinstance(event.get("run_id"), str):
            job.run_id = event["run_id"]
            if self.tracking:
                self.tracking.adopt(job.run_id, job.variant.name, job.variant.values)
            self.search.on_start(job.variant, job.run_id)
        elif kind == "metrics" and isinstance(event.get("values"), dict):
            job.losses = {k: v for k, v in event["values"].items() if k.startswith("loss/")}
        elif kind == "eval" and isinstance(event.get("values"), dict):
            job.evals.update(event["values"])
            if job.stopped is None and self.search.on_eval(job.variant, job.step, event["values"]):
                value = event["values"].get(self.key or "")
                self.echo(
                    f"{job.variant.name} pruned at step {job.step} ({short(self.key or '')}"
                    f"={value:.4g}: worse than the median)"
                )
                job.stop("pruned")
        elif kind == "end":
            job.status, job.reason = event.get("status"), event.get("reason")

    def _outcome(self, job: Job) -> Outcome:
        status, reason = job.status, job.reason
        if status is None:
            code = job.process.returncode
            status, reason = (
                "FAILED",
                f"exited with code {code} before the run ended: {job.log_tail()}",
            )
        if job.stopped == "pruned" and status == "KILLED":
            status, reason = "PRUNED", "stopped by the median pruner"
        metrics = dict(job.evals) or dict(job.losses)
        objective = job.evals.get(self.key) if self.key else None
        if objective is not None and not math.isfinite(objective):
            objective = None
        return Outcome(
            job.variant.name,
            job.variant.values,
            status,
            job.run_id,
            job.step,
            metrics,
            objective,
            reason,
        )

    def _done(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.search.on_end(outcome)

    def _finish(self, job: Job) -> None:
        for event in job.new_events():
            self._handle(job, event)
        outcome = self._outcome(job)
        if outcome.status == "PRUNED" and self.tracking and job.run_id:
            self.tracking.tag(job.run_id, "gancanvas.sweep_status", "PRUNED")
        shown = (
            f" {short(self.key)}={outcome.objective:.4g}"
            if self.key and outcome.objective is not None
            else ""
        )
        why = f" ({outcome.reason})" if outcome.reason and outcome.status == "FAILED" else ""
        self.echo(f"{outcome.variant} {outcome.status} at step {outcome.step}{shown}{why}")
        self._done(outcome)

    def execute(self, uri: str) -> SweepReport:
        """Run every variant, K at a time; Ctrl-C stops the running ones (with checkpoints)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = self.folder.name
        self.tracking = SweepTracking(uri, self.spec.base.name, name, self.spec.mlflow_params())
        self.echo(f"sweep {name}: MLflow parent run {self.tracking.run_id}, folder {self.folder}")
        started: list[Variant] = []
        running: list[Job] = []
        interrupted = False
        try:
            more = True
            while more or running:
                while more and len(running) < self.spec.parallel:
                    variant = self.search.next()
                    if variant is None:
                        more = False
                        break
                    started.append(variant)
                    job = self._start(variant)
                    if job is not None:
                        running.append(job)
                    self._manifest(started)
                time.sleep(self.poll_s if running else 0)
                for job in list(running):
                    for event in job.new_events():
                        self._handle(job, event)
                    if job.process.poll() is not None:
                        running.remove(job)
                        self._finish(job)
        except KeyboardInterrupt:
            interrupted = True
            self.echo("interrupted: stopping the running variants (each writes a checkpoint)")
            self.pool.stop_all("interrupted")
            for job in running:
                self._finish(job)
        return self._report(interrupted)

    def _report(self, interrupted: bool) -> SweepReport:
        header, rows = table(self.outcomes, self.spec.params, self.key, self.spec.direction)
        files = write_results(self.folder, header, rows, self.outcomes)
        text = format_text(header, rows)
        top = best(self.outcomes, self.spec.direction)
        metrics: dict[str, float] = {
            f"variants_{s.lower()}": float(sum(o.status == s for o in self.outcomes))
            for s in ("FINISHED", "FAILED", "PRUNED", "KILLED", "INVALID")
        }
        if top is not None and top.objective is not None and self.key:
            metrics[f"best/{short(self.key)}"] = top.objective
            value = format_value(top.objective)
            text += f"\nbest: {top.variant} ({describe(top.values)}) {short(self.key)}={value}"
        assert self.tracking is not None
        self.tracking.finish("KILLED" if interrupted else "FINISHED", files, metrics)
        return SweepReport(
            self.folder, self.tracking.run_id, self.outcomes, text, files, interrupted
        )
