"""Live view of one run: progress, steps/s, charts (losses, D outputs, schedulers, diagnostics,
metrics) and the latest sample grid. Several runs may go at once; the view follows one."""

from __future__ import annotations

import base64
import inspect
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nicegui import ui

from .runs import RunManager, RunState

CHARTS = {
    "losses": "Losses (per phase / block)",
    "dout": "D(x) / D(G(z))",
    "sched": "Schedulers",
    "diag": "Diagnostics",
    "metrics": "Metrics",
}
STATUS_COLORS = {
    "QUEUED": "grey",
    "STARTING": "grey",
    "RUNNING": "primary",
    "STOPPING": "orange",
    "FINISHED": "positive",
    "KILLED": "orange",
    "FAILED": "negative",
}


def chart_of(name: str) -> str:
    """Which chart a metric series goes to, by its prefix."""
    if name.startswith("loss/"):
        return "losses"
    if name.startswith("D/"):
        return "dout"
    if name.startswith("sched/"):
        return "sched"
    return "diag"


#: the discriminator's mean outputs, as GAN papers write them
D_OUTPUTS = {"D/real": "D(x)", "D/fake": "D(G(z))"}


def series_label(name: str) -> str:
    """A legend name for a logged key: its chart's prefix dropped, the parts joined with ' · '
    (``loss/Dmain/loss`` → ``Dmain · loss``, ``metric/modes/hq_fraction`` → ``modes ·
    hq_fraction``); the series id stays the MLflow key."""
    if name in D_OUTPUTS:
        return D_OUTPUTS[name]
    parts = name.split("/")
    if parts[0] in ("loss", "metric", "sched", "D") and len(parts) > 1:
        parts = parts[1:]
    return " · ".join(parts)


def line_option(title: str) -> dict[str, Any]:
    return {
        "animation": False,
        "title": {"text": title, "textStyle": {"fontSize": 12}, "left": 4},
        "tooltip": {"trigger": "axis"},
        "legend": {"type": "scroll", "top": 20, "textStyle": {"fontSize": 10}},
        "grid": {"left": 48, "right": 12, "top": 50, "bottom": 24},
        "xAxis": {"type": "value", "name": "step", "nameGap": 4, "min": "dataMin"},
        "yAxis": {"type": "value", "scale": True},
        "series": [],
    }


class RunView:
    """Bottom panel: pick a run, watch it, stop or resume it."""

    def __init__(self, manager: RunManager, on_open_mlflow: Callable[[RunState], Any]) -> None:
        self.manager = manager
        self.on_open_mlflow = on_open_mlflow
        self.key: str | None = None
        self.shown_version = -1
        self.charts: dict[str, ui.echart] = {}
        with ui.column().classes("w-full gap-1 p-2") as self.root:
            with ui.row().classes("w-full items-center gap-2 no-wrap"):
                self.picker = ui.select({}, label="Run", on_change=self._picked)
                self.picker.props("dense outlined options-dense data-testid=run-picker")
                self.picker.classes("min-w-[340px]")
                self.status = ui.badge("no run").props("data-testid=run-status")
                self.stop_button = ui.button("Stop", icon="stop", on_click=self._stop)
                self.stop_button.props("dense color=negative data-testid=stop")
                self.resume_button = ui.button("Resume", icon="replay", on_click=self._resume)
                self.resume_button.props("dense outline data-testid=resume")
                self.mlflow_button = ui.button("MLflow", icon="open_in_new", on_click=self._mlflow)
                self.mlflow_button.props("dense flat data-testid=mlflow")
                self.mlflow_button.tooltip("Open the followed run in the MLflow UI")
                ui.space()
                self.rate = ui.label("").classes("text-sm font-mono").props("data-testid=run-rate")
            self.progress = ui.linear_progress(value=0, show_value=False).props(
                "size=10px rounded instant-feedback"
            )
            self.reason = ui.label("").classes(
                "text-negative text-xs whitespace-pre-wrap font-mono"
            )
            self.warnings = ui.row().classes("w-full gap-1 items-center")
            self.warnings.props("data-testid=run-warnings")
            with ui.element("div").classes("w-full gc-run-grid"):
                with ui.column().classes("gc-chart items-center gap-0"):
                    self.sample_caption = ui.label("Samples").classes("text-xs text-weight-bold")
                    self.sample_caption.props("data-testid=sample-caption")
                    self.sample = (
                        ui.image()
                        .classes("gc-sample")
                        .props("fit=contain data-testid=sample-image no-spinner no-transition")
                    )
                for key, title in CHARTS.items():
                    chart = ui.echart(line_option(title)).classes("gc-chart")
                    chart.props(f"data-chart={key}")
                    chart.set_visibility(key == "losses")  # others appear with their data
                    self.charts[key] = chart
        self._update_buttons(self.run)
        self.refresh_picker()

    # ---- run selection -----------------------------------------------------------------------

    def refresh_picker(self) -> None:
        options = {
            r.key: f"{r.graph_name} · {r.key} · {r.status.lower()}" for r in self.manager.ordered()
        }
        if options != self.picker.options:
            self.picker.set_options(options, value=self.key if self.key in options else None)
        if self.key is None and options:
            self.select(next(iter(options)))

    def select(self, key: str | None) -> None:
        """Follow another run (its own series only: views never mix)."""
        if key == self.key:
            return
        self.key = key
        self.shown_version = -1
        if self.picker.value != key:
            self.picker.value = key
        self.refresh()

    def _picked(self) -> None:
        self.select(self.picker.value)

    @property
    def run(self) -> RunState | None:
        return self.manager.runs.get(self.key) if self.key else None

    # ---- live updates ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw from the followed run's state if it changed since the last redraw."""
        self.refresh_picker()
        run = self.run
        if run is None:
            self._update_buttons(None)
            return
        if run.version == self.shown_version:
            return
        self.shown_version = run.version
        self.status.set_text(run.status.lower())
        self.status.props(f"color={STATUS_COLORS.get(run.status, 'grey')}")
        self.progress.set_value(run.progress)
        rate = f" · {run.steps_per_s:.1f} steps/s" if run.steps_per_s else ""
        if run.running and run.phase:  # before the first step: what it is doing, and for how long
            waited = time.time() - run.started_at
            self.rate.set_text(f"{run.phase} · {waited:.0f} s")
            self.shown_version = -1  # keep the seconds counting
        else:
            self.rate.set_text(f"step {run.step}/{run.steps or '?'}{rate}")
        self.reason.set_text(run.reason if run.status == "FAILED" and run.reason else "")
        grouped: dict[str, list[dict[str, Any]]] = {k: [] for k in CHARTS}
        for name, points in sorted(run.series.items()):
            if not name.startswith("perf/"):  # steps/s is shown as text
                grouped[chart_of(name)].append(_series(name, points))
        for name, points in sorted(run.evals.items()):
            if not name.startswith("perf/"):  # evaluation seconds: in MLflow, not a curve
                grouped["metrics"].append(_series(name, points))
        for key, chart in self.charts.items():
            chart.options["series"] = grouped[key]
            chart.set_visibility(bool(grouped[key]) or key == "losses")
            chart.update()
        self._show_sample(run)
        self._show_warnings(run)
        self._update_buttons(run)

    def _show_warnings(self, run: RunState) -> None:
        """One chip per diagnostic warning the run raised (latest step and message)."""
        self.warnings.clear()
        with self.warnings:
            for name, (step, message) in sorted(run.warnings.items()):
                chip = ui.chip(f"{name} · step {step}", icon="warning", color="warning")
                chip.props(f"dense square data-testid=warning-{name}").tooltip(message)
                chip.mark(f"warning-{name}")
                ui.label(message).classes("text-xs text-warning").mark(f"warning-text-{name}")
        self.warnings.set_visibility(bool(run.warnings))

    def _show_sample(self, run: RunState) -> None:
        path = Path(run.sample_path) if run.sample_path else None
        if path is None or path.suffix.lower() != ".png" or not path.is_file():
            # this run has none yet: never show another run's grid under its name
            self.sample.set_source("")
            self.sample_caption.set_text("Samples (none yet)")
            return
        data = base64.b64encode(path.read_bytes()).decode()
        self.sample.set_source(f"data:image/png;base64,{data}")
        self.sample_caption.set_text(f"Samples at step {run.sample_step}")

    def _update_buttons(self, run: RunState | None) -> None:
        running = bool(run and run.running)
        self.stop_button.set_enabled(running)
        self.resume_button.set_enabled(bool(run and run.resumable))
        self.mlflow_button.set_enabled(bool(run and run.run_id))

    def _stop(self) -> None:
        if self.key:
            queued = self.run is not None and self.run.status == "QUEUED"
            self.manager.stop(self.key)
            ui.notify(
                "Taken off the queue."
                if queued
                else "Stopping: the runner saves a checkpoint first."
            )
            self.shown_version = -1
            self.refresh()

    def _resume(self) -> None:
        if not self.key:
            return
        try:
            run = self.manager.resume(self.key)
        except (RuntimeError, KeyError) as err:
            ui.notify(str(err), type="warning")
            return
        ui.notify(f"Resumed as {run.key}")
        self.select(run.key)

    async def _mlflow(self) -> None:
        if self.run is not None:
            result = self.on_open_mlflow(self.run)
            if inspect.isawaitable(result):
                await result


def _series(name: str, points: list[tuple[int, float]]) -> dict[str, Any]:
    return {
        "name": series_label(name),
        "id": name,
        "type": "line",
        "showSymbol": False,
        "data": [[s, v] for s, v in points],
    }
