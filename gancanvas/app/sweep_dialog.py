"""The Sweep dialog: type swept values, preview the validated variants, queue them, and watch
the results table fill in. Parsing, variants, files and results are ``gancanvas.sweep``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nicegui import run, ui

from gancanvas.sweep.params import describe

from .sweeps import CanvasSweep, SweepPreview, preview

if TYPE_CHECKING:
    from .page import CanvasPage

HELP = (
    "One swept value per line, KEY=a,b,c (as `gancanvas sweep --param`): KEY as for --set, "
    "e.g. nodes.optD.params.lr=1e-4,2e-4 or run.seed=0,1. Every combination is one variant."
)


class SweepDialog:
    """One per tab (kept, so a running sweep's table is there when it is opened again)."""

    def __init__(self, page: CanvasPage) -> None:
        self.page = page
        self.plan: SweepPreview | None = None
        self.sweep: CanvasSweep | None = None
        with ui.dialog() as self.dialog, ui.card().classes("w-[960px] max-w-full"):
            with ui.row().classes("w-full items-center"):
                self.title = ui.label("Sweep").classes("text-h6")
                ui.space()
                ui.button(icon="close", on_click=self.dialog.close).props("flat round dense")
            ui.markdown(HELP).classes("text-xs text-grey-8")
            self.params = ui.textarea("Swept values", on_change=self._edited)
            self.params.props("outlined autogrow data-testid=sweep-params").classes("w-full")
            self.params.classes("font-mono")
            with ui.row().classes("w-full items-center gap-2"):
                self.objective = ui.input("Objective (optional)", on_change=self._edited)
                self.objective.props("dense outlined data-testid=sweep-objective")
                self.objective.props("placeholder=modes/hq_fraction").classes("w-64")
                self.direction = ui.select(
                    ["maximize", "minimize"], value="maximize", on_change=self._edited
                )
                self.direction.props("dense outlined data-testid=sweep-direction")
                ui.space()
                self.preview_button = ui.button("Preview", icon="fact_check", on_click=self.preview)
                self.preview_button.props("outline data-testid=sweep-preview")
                self.queue_button = ui.button("Queue", icon="queue", on_click=self.queue)
                self.queue_button.props("color=positive data-testid=sweep-queue")
                self.queue_button.disable()
            self.variants = ui.column().classes("w-full gap-0").props("data-testid=sweep-variants")
            self.status = ui.label("").classes("text-sm").props("data-testid=sweep-status")
            self.results = ui.table(columns=[], rows=[], row_key="variant")
            self.results.props("dense flat bordered data-testid=sweep-results").classes("w-full")
            self.results.set_visibility(False)
        self.timer = ui.timer(0.5, self.refresh_results, active=False)

    def open(self) -> None:
        self.title.set_text(f"Sweep {self.page.editor.name}")
        self.dialog.open()

    def _edited(self) -> None:
        """A changed entry needs a fresh preview before it can be queued."""
        self.plan = None
        self.queue_button.disable()

    async def preview(self) -> SweepPreview | None:
        """Build and validate every variant of the current graph; nothing is written or run."""
        self._edited()
        base = self.page.editor.to_graph()
        if base is None:
            self._show_error("The graph cannot be read as a graph file: see the Issues tab.")
            return None
        text, objective = self.params.value or "", (self.objective.value or "").strip()
        graphs_dir = self.page.services.graphs_dir
        direction = self.direction.value if objective else None
        plan = await run.io_bound(preview, base, text, graphs_dir, objective, direction)
        if plan is None:  # the app is shutting down
            return None
        self._show_error(plan.error)
        self.variants.clear()
        with self.variants:
            if plan.variants:
                bad = len(plan.invalid)
                summary = f"{len(plan.variants)} variants, " + (
                    f"{bad} invalid: fix them to queue" if bad else "all valid"
                )
                ui.label(summary).classes("text-weight-bold text-sm")
            for variant in plan.variants:
                with ui.row().classes("w-full items-start no-wrap gap-2 font-mono text-xs"):
                    ui.label(variant.name).classes("text-weight-bold")
                    ui.label(describe(variant.values)).classes("grow")
                    if variant.problems:
                        ui.label("\n".join(variant.problems)).classes(
                            "text-negative whitespace-pre-wrap"
                        ).props(f"data-variant={variant.name} data-valid=false")
                    else:
                        ui.label("valid").classes("text-positive").props(
                            f"data-variant={variant.name} data-valid=true"
                        )
        self.plan = plan
        self.queue_button.set_enabled(plan.ok and not self._running())
        return plan

    def _show_error(self, message: str | None) -> None:
        """The parser's own message (the CLI's words), in red under the entry."""
        self.params.error = message

    def _running(self) -> bool:
        return self.sweep is not None and not self.sweep.done

    def queue(self) -> CanvasSweep | None:
        """Hand the previewed variants to the engine: files in the sweep folder, runs queued."""
        if self.plan is None or not self.plan.ok or self._running():
            return None
        services = self.page.services
        sweep = CanvasSweep(self.plan, services.runs, services.mlflow.uri, services.graphs_dir)
        sweep.start()
        self.sweep = sweep
        self.queue_button.disable()
        ui.notify(f"Queued {len(sweep.variants)} variants into {sweep.folder}", type="positive")
        self.results.set_visibility(True)
        self.timer.activate()
        self.refresh_results()
        return sweep

    def refresh_results(self) -> None:
        """Redraw the results table from the engine's outcomes and the runs still going."""
        sweep = self.sweep
        if sweep is None:
            return
        header, rows = sweep.table()
        columns: list[dict[str, Any]] = [
            {"name": h, "label": h, "field": h, "sortable": True, "align": "left"} for h in header
        ]
        if columns != self.results.columns:
            self.results.columns = columns
        self.results.rows = [dict(zip(header, row, strict=True)) for row in rows]
        self.results.update()
        done = sum(r[header.index("status")] in ("FINISHED", "FAILED", "KILLED") for r in rows)
        if sweep.error:
            self.status.set_text(f"The sweep stopped: {sweep.error}")
        elif sweep.done:
            first = sweep.folder / f"{sweep.variants[0].name}.json"
            self.status.set_text(
                f"Sweep finished: results in {sweep.folder / 'results.csv'}. Each variant is a "
                f"plain graph file, e.g. gancanvas run {first}"
            )
        else:
            self.status.set_text(f"{done} of {len(rows)} variants ended · folder {sweep.folder}")
        if sweep.done:
            self.timer.deactivate()
            self.queue_button.set_enabled(bool(self.plan and self.plan.ok))
