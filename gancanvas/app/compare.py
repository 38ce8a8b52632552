"""The Compare dialog: ticked runs' curves overlaid, their final metrics in one table, their
latest sample grids side by side, and the settings in which their graphs differ."""

from __future__ import annotations

import base64
from typing import Any

from nicegui import ui

from gancanvas.sharing.compare import Comparison

from .run_view import line_option

#: one colour per run, the same in every chart and above its samples
COLORS = ["#1976d2", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41", "#546e7a"]


def color(i: int) -> str:
    return COLORS[i % len(COLORS)]


def curve_chart(comparison: Comparison, key: str) -> dict[str, Any]:
    """One metric's history, one line per run."""
    option = line_option(key)
    option["series"] = [
        {
            "name": run.label,
            "type": "line",
            "showSymbol": len(run.curves.get(key, [])) < 3,  # a lone point stays visible
            "color": color(i),
            "data": [[s, v] for s, v in run.curves.get(key, [])],
        }
        for i, run in enumerate(comparison.runs)
    ]
    return option


def show_compare(comparison: Comparison) -> ui.dialog:
    """Open the dialog (it is also returned, open)."""
    runs = comparison.runs
    with ui.dialog() as dialog, ui.card().classes("w-[1100px] max-w-full"):
        with ui.row().classes("w-full items-center"):
            ui.label(f"Compare {len(runs)} runs").classes("text-h6")
            ui.space()
            ui.button(icon="close", on_click=dialog.close).props(
                "flat round dense data-testid=compare-close"
            )
        with ui.row().classes("gap-3 items-center"):
            for i, run in enumerate(runs):  # the legend: each run's colour, name and status
                with ui.row().classes("gap-1 items-center").props(f"data-compare-run={run.run_id}"):
                    ui.icon("circle").style(f"color: {color(i)}")
                    ui.label(f"{run.label} · {run.status.lower()}").classes("text-sm")
        ui.label("Settings that differ").classes("text-weight-bold")
        if comparison.settings:
            columns = [{"name": "setting", "label": "setting", "field": "setting", "align": "left"}]
            columns += [
                {"name": f"r{i}", "label": run.label, "field": f"r{i}", "align": "left"}
                for i, run in enumerate(runs)
            ]
            rows = [
                {"setting": path, **{f"r{i}": v for i, v in enumerate(values)}}
                for path, values in comparison.settings.items()
            ]
            ui.table(columns=columns, rows=rows, row_key="setting").props(
                "dense flat bordered data-testid=compare-settings"
            ).classes("w-full font-mono text-xs")
        else:
            ui.label("none: the graphs are the same (layout ignored)").classes("text-sm").props(
                "data-testid=compare-settings"
            )
        ui.label("Final metrics").classes("text-weight-bold")
        metric_columns: list[dict[str, Any]] = [
            {"name": "metric", "label": "metric", "field": "metric", "align": "left"}
        ]
        metric_columns += [
            {"name": f"r{i}", "label": run.label, "field": f"r{i}", "sortable": True}
            for i, run in enumerate(runs)
        ]
        metric_rows: list[dict[str, Any]] = [
            {
                "metric": key,
                **{f"r{i}": _round(run.final.get(key)) for i, run in enumerate(runs)},
            }
            for key in comparison.final_keys()
        ]
        ui.table(columns=metric_columns, rows=metric_rows, row_key="metric").props(
            "dense flat bordered data-testid=compare-metrics"
        ).classes("w-full text-xs")
        ui.label("Samples (the latest grid of each run)").classes("text-weight-bold")
        with ui.row().classes("w-full gap-2"):  # wraps: a scrolled row shrank to nothing
            for i, run in enumerate(runs):
                with ui.column().classes("items-center gap-0 w-[320px]"):
                    caption = f"{run.label} · {run.sample_name or 'no samples'}"
                    ui.label(caption).classes("text-xs").style(f"color: {color(i)}")
                    if run.sample is not None:
                        data = base64.b64encode(run.sample).decode()
                        ui.image(f"data:image/png;base64,{data}").classes(
                            "w-[300px] h-[300px]"
                        ).props(f"fit=contain no-spinner data-compare-sample={run.run_id}")
        ui.label("Curves").classes("text-weight-bold")
        with ui.element("div").classes("w-full gc-run-grid").props("data-testid=compare-curves"):
            for key in comparison.curve_keys():
                ui.echart(curve_chart(comparison, key)).classes("gc-chart").props(
                    f"data-compare-chart={key}"
                )
    dialog.open()
    return dialog


def _round(value: float | None) -> float | str:
    return "" if value is None else float(f"{value:.6g}")
