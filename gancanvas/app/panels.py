"""Side panels: the live issue list, the graph's own settings, and its MLflow run history."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nicegui import run, ui

from schemas import GraphIssue, RunConfig

from . import tracking
from .editor import Editor
from .forms import schema_form

if TYPE_CHECKING:
    from gancanvas.sharing.compare import Comparison

    from .page import Services


class IssueList:
    """Every validator issue; clicking one selects its node or edge on the canvas."""

    def __init__(self, on_pick: Callable[[str], None]) -> None:
        self.on_pick = on_pick
        self.container = ui.column().classes("w-full gap-1 p-2").props("data-testid=issue-list")
        self.shown: list[tuple[str, str, str]] | None = None

    def show(self, issues: list[GraphIssue]) -> None:
        """List ``issues``; the same list again (a move, a selection) rebuilds nothing."""
        key = [(i.path, i.code, i.message) for i in issues]
        if key == self.shown:
            return
        self.shown = key
        self.container.clear()
        with self.container:
            if not issues:
                ui.label("No issues: the graph is valid.").classes("text-positive")
                return
            for issue in issues:
                item = ui.item(on_click=lambda p=issue.path: self.on_pick(p))
                item.classes("w-full border rounded").mark(f"issue-{issue.path}")
                item.props.update({"dense": True, "clickable": True, "data-issue": issue.path})
                with item:
                    with ui.item_section():
                        ui.item_label(issue.path).classes("font-mono text-xs text-weight-bold")
                        ui.item_label(issue.message).classes("text-sm")
                    with ui.item_section().props("side"):
                        ui.badge(issue.code, color="red-4").classes("text-xs")


class GraphSettings:
    """Name, description and the run settings (form generated from ``RunConfig``'s schema)."""

    def __init__(self, editor: Editor, on_change: Callable[[], None]) -> None:
        self.editor = editor
        self.on_change = on_change
        self.container = ui.column().classes("w-full gap-2 p-2")
        self.show()

    def show(self) -> None:
        self.container.clear()
        with self.container:
            desc = ui.textarea("Description", value=self.editor.graph.get("description", ""))
            desc.props("dense outlined autogrow").classes("w-full")
            desc.on("change", lambda: self._meta("description", desc.value))
            ui.label("Run settings").classes("text-weight-bold")
            schema = RunConfig.model_json_schema()
            self.fields = schema_form(schema, self.editor.graph.get("run") or {}, self._set_run)
            self.refresh_errors()

    def _meta(self, key: str, value: Any) -> None:
        self.editor.set_meta(key, value)
        self.on_change()

    def _set_run(self, key: str, value: Any) -> None:
        self.editor.set_run(key, value)
        self.on_change()
        self.refresh_errors()

    def refresh_errors(self) -> None:
        errors = {
            i.path.split(".")[1]: i.message
            for i in self.editor.issues
            if i.path.startswith("run.") and i.path.count(".") >= 1
        }
        for name, field in self.fields.items():
            field.set_error(errors.get(name))


def data_folder_note(graphs_dir: Path) -> ui.label:
    """Where relative data roots are looked up (the data folder first), shown in the Graph tab."""
    from schemas.datapaths import data_dir

    place = data_dir()
    text = (
        f"Data folder: {place.path} ({place.label}). Relative data roots are looked up there,"
        f" then in {graphs_dir} (the graphs folder runs start from), then in {Path.cwd()}."
    )
    return ui.label(text).classes("text-xs text-grey-8 p-2").props("data-testid=data-dir")


class HistoryPanel:
    """The graph's MLflow runs with status and key metrics: open a run's graph, diff two runs'
    graphs, or open the run in the MLflow UI."""

    def __init__(
        self,
        services: Services,
        graph_name: Callable[[], str],
        open_url: Callable[[str | None, str], Awaitable[None]],
        open_graph: Callable[[str], Awaitable[bool]] | None = None,
    ) -> None:
        self.services = services
        self.graph_name = graph_name
        self.open_url = open_url
        self.open_graph = open_graph
        self.compare: list[str] = []  # run ids ticked, in the order ticked
        with ui.column().classes("w-full gap-1 p-2"):
            with ui.row().classes("w-full items-center no-wrap"):
                self.title = ui.label("MLflow runs of this graph").classes("text-weight-bold")
                ui.space()
                ui.button(icon="refresh", on_click=self.refresh).props("flat round dense")
            with ui.row().classes("w-full items-center gap-1"):
                self.diff_button = (
                    ui.button("Diff", icon="difference", on_click=self.show_diff)
                    .props("flat dense data-testid=diff-runs")
                    .mark("diff-runs")
                    .tooltip("What differs between the graphs of the two ticked runs")
                )
                self.diff_button.disable()
                self.compare_button = (
                    ui.button("Compare", icon="stacked_line_chart", on_click=self.show_compare)
                    .props("flat dense data-testid=compare-runs")
                    .mark("compare-runs")
                    .tooltip("Curves, final metrics, samples and settings of the ticked runs")
                )
                self.compare_button.disable()
                ui.label("tick runs to compare them").classes("text-xs text-grey-7")
            ui.label(f"Tracking: {services.mlflow.uri}").classes("text-xs text-grey-7 font-mono")
            self.container = ui.column().classes("w-full gap-1")
        ui.timer(0.1, self.refresh, once=True)

    def tick(self, run_id: str, on: bool) -> None:
        """Tick or untick a run: Diff takes the last two ticked, Compare all of them."""
        if run_id in self.compare:
            self.compare.remove(run_id)
        if on:
            self.compare = [*self.compare, run_id]
        self.diff_button.set_enabled(len(self.compare) >= 2)
        self.compare_button.set_enabled(len(self.compare) >= 2)

    async def show_compare(self) -> Comparison | None:
        """Open the Compare dialog on every ticked run (in the order ticked)."""
        from gancanvas.sharing.compare import compare_runs
        from gancanvas.sharing.runs import RunLookupError

        from .compare import show_compare

        if len(self.compare) < 2:
            return None
        try:
            comparison = await run.io_bound(
                compare_runs, list(self.compare), self.services.mlflow.uri
            )
        except RunLookupError as err:
            ui.notify(str(err), type="negative", multi_line=True)
            return None
        if comparison is None:  # the app is shutting down
            return None
        show_compare(comparison)
        return comparison

    async def show_diff(self) -> list[str] | None:
        """Open a dialog listing what differs from the first of the last two ticked runs'
        graphs to the second's."""
        from gancanvas.sharing.diff import diff_graphs
        from gancanvas.sharing.runs import RunLookupError, run_graph

        if len(self.compare) < 2:
            return None
        a, b = self.compare[-2:]
        uri = self.services.mlflow.uri
        try:
            ga = await run.io_bound(run_graph, a, uri)
            gb = await run.io_bound(run_graph, b, uri)
        except RunLookupError as err:
            ui.notify(str(err), type="negative", multi_line=True)
            return None
        if ga is None or gb is None:  # the app is shutting down
            return None
        lines = [str(c) for c in diff_graphs(ga, gb)] or ["no differences (layout ignored)"]
        with ui.dialog() as dialog, ui.card().classes("w-[720px] max-w-full"):
            ui.label(f"Run {a[:8]} → run {b[:8]}").classes("text-h6")
            with ui.column().classes("gap-0 font-mono text-xs").props("data-testid=run-diff"):
                for line in lines:
                    ui.label(line)
            ui.button("Close", on_click=dialog.close).props("flat")
        dialog.open()
        return lines

    async def refresh(self) -> None:
        name = self.graph_name()
        self.title.set_text(f"MLflow runs of {name}")
        try:
            rows = await run.io_bound(tracking.history, self.services.mlflow.uri, name)
        except Exception as err:
            rows = []
            self.container.clear()
            with self.container:
                ui.label(f"Could not read MLflow: {err}").classes("text-negative text-sm")
            return
        self.container.clear()
        with self.container:
            if not rows:
                ui.label(f"No MLflow runs for '{name}' yet.").classes("text-grey-7 text-sm")
            for row in rows or []:
                self._row(row)

    def _row(self, row: dict[str, Any]) -> None:
        """One run: status, diff tick, name, open-graph and MLflow buttons, start, key metrics."""
        run_id, opener = row["run_id"], self.open_graph
        with ui.card().classes("w-full p-2").props("flat bordered"):
            with ui.row().classes("w-full items-center no-wrap"):
                ui.badge(
                    row["status"].lower(),
                    color="positive" if row["status"] == "FINISHED" else "grey",
                )
                ui.checkbox(
                    value=run_id in self.compare, on_change=lambda e: self.tick(run_id, e.value)
                ).props(f"dense data-compare={run_id}").mark(f"compare-{run_id}").tooltip(
                    "Tick runs to compare (two to diff)"
                )
                ui.label(row["name"] or run_id[:8]).classes("text-sm grow")
                if opener is not None:
                    ui.button(icon="file_open", on_click=lambda: opener(run_id)).props(
                        f"flat round dense data-open-run={run_id}"
                    ).mark(f"open-run-{run_id}").tooltip("Open this run's graph")
                ui.button(
                    icon="open_in_new",
                    on_click=lambda: self.open_url(row["experiment_id"], run_id),
                ).props("flat round dense").tooltip("Open in the MLflow UI")
            ui.label(row["start"]).classes("text-xs text-grey-7")
            if row["metrics"]:
                ui.label("  ".join(f"{k}={v}" for k, v in row["metrics"].items())).classes(
                    "text-xs font-mono"
                )
