"""The canvas page: header (files, edit, run), palette, canvas, inspector/issues, run view."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nicegui import Client, background_tasks, events, run, ui

from schemas import GraphLoadError

from . import core, files, grouping
from .canvas import GraphCanvas
from .drafts import BEFOREUNLOAD_JS, TabDraft
from .editor import Editor, empty_graph
from .file_commands import FileCommands
from .header import build_header
from .inspector import Inspector
from .palette import Palette
from .panels import GraphSettings, HistoryPanel, IssueList, data_folder_note
from .run_view import RunView
from .runs import RunState
from .services import Services
from .structure import StructureCommands
from .style import STYLE
from .sweep_dialog import SweepDialog
from .wiring import WiringIntents

__all__ = ["CanvasPage", "Services"]

#: the page of each connected tab, by client id (gone with the tab)
_PAGES: weakref.WeakValueDictionary[str, CanvasPage] = weakref.WeakValueDictionary()


class CanvasPage(WiringIntents, FileCommands, StructureCommands):
    """One browser tab's editor; the graph lives here, runs live in ``Services.runs``."""

    name_input: ui.input  # the header's widgets (``header.build_header``)
    undo_button: ui.button
    redo_button: ui.button
    issue_chip: ui.label

    def __init__(self, services: Services) -> None:
        self.services = services
        self.editor = Editor(services.initial if services.initial is not None else empty_graph())
        self.selection: dict[str, list[Any]] = {"nodes": [], "edges": []}
        self.refusal: str | None = None
        self.file: Path | None = None  # the graphs-folder file this editor opened or saved
        self.client = ui.context.client
        self.draft = TabDraft(self)  # this tab's unsaved work, on the server's disk
        self.history_shown: tuple[str, int] | None = None  # (graph name, ended runs) shown
        self.sweep_dialog: SweepDialog | None = None  # made when first opened, then kept
        ui.add_css(STYLE)
        ui.add_head_html(BEFOREUNLOAD_JS)
        build_header(self)
        with ui.left_drawer(value=True, bordered=True).props("width=300").classes("p-0"):
            self.palette = Palette(self.add_block)
        with ui.right_drawer(value=True, bordered=True).props("width=380").classes("p-0"):
            self._side_tabs()
        with ui.splitter(horizontal=True, value=64).classes("w-full h-[calc(100vh-64px)]") as split:
            with split.before:
                self.canvas = GraphCanvas(core.client_catalog()).classes("w-full h-full")
            with split.after:
                self.run_view = RunView(services.runs, self.open_run_in_mlflow)
        self.canvas.on("add", self._on_add)
        self.canvas.on("connect", self._on_connect)
        self.canvas.on("move", lambda e: self.editor.move(e.args.get("positions") or {}))
        self.canvas.on("select", self._on_select)
        self.canvas.on("shortcut", self._on_shortcut)
        self.canvas.on("file", self._on_file)
        self.canvas.on("layout", self._on_layout)
        self.canvas.on("insert", self._on_insert)
        self.canvas.on("refused", self._on_refused)
        self.canvas.on("frame", self._on_frame)
        self.redraw()
        ended = sum(not r.running for r in services.runs.for_graph(self.editor.name))
        self.history_shown = (self.editor.name, ended)  # the panel shows these on its own
        services.attach(self)
        _PAGES[self.client.id] = self

    @staticmethod
    def of(client: Client) -> CanvasPage | None:
        """The canvas page shown in a browser tab (for tools and tests that drive one)."""
        return _PAGES.get(client.id)

    @staticmethod
    def latest() -> CanvasPage:
        """The page of the most recently opened tab that is still connected."""
        for client in reversed(list(Client.instances.values())):
            if (page := _PAGES.get(client.id)) is not None:
                return page
        raise LookupError("no canvas page is open")

    # ---- layout ------------------------------------------------------------------------------

    def _side_tabs(self) -> None:
        with ui.tabs().classes("w-full").props("dense") as tabs:
            self.tab_inspect = ui.tab("inspect", "Inspector")
            self.tab_issues = ui.tab("issues", "Issues")
            self.tab_graph = ui.tab("graph", "Graph")
            self.tab_history = ui.tab("history", "History")
        self.tabs = tabs
        with ui.tab_panels(tabs, value=self.tab_inspect).classes("w-full").props("keep-alive"):
            with ui.tab_panel(self.tab_inspect).classes("p-0"):
                self.inspector = Inspector(
                    self.editor, self.redraw, self._renamed, self.delete_selection, self.expand
                )
            with ui.tab_panel(self.tab_issues).classes("p-0"):
                self.issue_list = IssueList(self.select_issue)
            with ui.tab_panel(self.tab_graph).classes("p-0"):
                self.graph_settings = GraphSettings(self.editor, self.redraw)
                data_folder_note(self.services.graphs_dir)
            with ui.tab_panel(self.tab_history).classes("p-0"):
                self.history = HistoryPanel(
                    self.services, lambda: self.editor.name, self.open_url, self.open_run_graph
                )

    # ---- drawing -----------------------------------------------------------------------------

    def redraw(self) -> None:
        """Push graph, issues and selection to the browser; refresh every panel."""
        issues = [i.model_dump() for i in self.editor.issues]
        subgraphs = grouping.subgraph_ports(self.editor.graph, core.catalog())
        self.canvas.show(self.editor.graph, issues, self.selection, self.editor.shapes, subgraphs)
        self.issue_list.show(self.editor.issues)
        self.inspector.refresh_errors()
        count = len(self.editor.issues) + len(self.inspector.rejected())  # typed, not taken
        self.issue_chip.set_text(
            "✓ valid" if count == 0 else f"⚠ {count} issue{'s' * (count != 1)}"
        )
        self.tab_issues.props(f"label='Issues ({count})'")
        self.undo_button.set_enabled(self.editor.can_undo())
        self.redo_button.set_enabled(self.editor.can_redo())
        if self.name_input.value != self.editor.name:
            self.name_input.value = self.editor.name
        self.draft.keep()  # at once (moves are kept by the 0.5 s tick)

    def _set_selection(self, nodes: list[str], edges: list[int]) -> None:
        """Remember the selection (sent to the browser with the next redraw)."""
        self.selection = {"nodes": nodes, "edges": edges}
        self.canvas.set_selection(self.selection)
        node = nodes[0] if len(nodes) == 1 else None
        edge = edges[0] if len(edges) == 1 and not nodes else None
        if (node, edge) != (self.inspector.node_id, self.inspector.edge_index):
            self.inspector.show(node, edge)
        if node is not None or edge is not None:
            self.tabs.set_value(self.tab_inspect)

    # ---- canvas intents ----------------------------------------------------------------------

    def add_block(self, block_type: str, x: float | None = None, y: float | None = None) -> str:
        if x is None or y is None:
            xs = [p[0] for p in self.editor.graph["layout"].values()]
            ys = [p[1] for p in self.editor.graph["layout"].values()]
            x = (max(xs) + 280) if xs else 40.0
            y = (min(ys) + 40 * (len(ys) % 5)) if ys else 40.0
        node_id = self.editor.add_node(block_type, x, y)
        self._set_selection([node_id], [])
        self.redraw()
        return node_id

    def connect(self, source: str, target: str) -> str | None:
        """Add an edge or refuse it with the engine's reason (shown at once)."""
        reason = self.editor.connect(source, target)
        self.refusal = reason
        if reason:
            ui.notify(
                f"Refused {source} → {target}: {reason}",
                type="negative",
                position="bottom",
                timeout=6000,
            )
        self.redraw()
        return reason

    def _on_connect(self, e: events.GenericEventArguments) -> None:
        self.connect(str(e.args.get("source")), str(e.args.get("target")))

    def _on_select(self, e: events.GenericEventArguments) -> None:
        self._set_selection(list(e.args.get("nodes") or []), list(e.args.get("edges") or []))

    def _on_layout(self, e: events.GenericEventArguments) -> None:
        self.editor.move(e.args.get("positions") or {})
        self.redraw()

    def _on_shortcut(self, e: events.GenericEventArguments) -> None:
        action = e.args.get("action")
        nodes = list(e.args.get("nodes") or [])
        edges = list(e.args.get("edges") or [])
        if action in ("delete", "cut", "copy", "duplicate"):
            self._set_selection(nodes or self.selection["nodes"], edges or self.selection["edges"])
        handlers: dict[str, Callable[[], Any]] = {
            "delete": self.delete_selection,
            "undo": self.undo,
            "redo": self.redo,
            "copy": self.copy_selection,
            "paste": self.paste,
            "cut": self.cut,
            "duplicate": self.duplicate,
            "save": self.save,
            **self.structure_handlers(nodes),
        }
        if action in handlers:
            handlers[action]()

    async def _on_file(self, e: events.GenericEventArguments) -> None:
        """A dropped file: graph JSON (as text) or a sample PNG (base64) carrying its graph."""
        name = str(e.args.get("name") or "dropped file")
        try:
            content = files.decode_drop(e.args)
        except GraphLoadError as err:
            self._load_failed(name, err)
            return
        self.load_text(content, name)

    # ---- edit commands -----------------------------------------------------------------------

    def delete_selection(self) -> None:
        if self.editor.remove(self.selection["nodes"], self.selection["edges"]):
            self._set_selection([], [])
            self.redraw()

    def copy_selection(self) -> None:
        n = self.editor.copy(self.selection["nodes"])
        if n:
            ui.notify(f"Copied {n} block{'s' * (n != 1)}", timeout=1500)

    def cut(self) -> None:
        self.copy_selection()
        self.delete_selection()

    def duplicate(self) -> None:
        self.copy_selection()
        self.paste()

    def paste(self) -> None:
        ids = self.editor.paste()
        if ids:
            self._set_selection(ids, [])
            self.redraw()

    def undo(self) -> None:
        if self.editor.undo():
            self._after_history()

    def redo(self) -> None:
        if self.editor.redo():
            self._after_history()

    def _after_history(self) -> None:
        known = set(self.editor.canvas_ids())
        self._set_selection([n for n in self.selection["nodes"] if n in known], [])
        self.inspector.show(self.inspector.node_id if self.inspector.node_id in known else None)
        self.graph_settings.show()
        self.redraw()

    def _renamed(self, old: str, new: str) -> None:
        self._set_selection([new], [])
        self.inspector.show(new)
        self.redraw()

    def _set_meta(self, key: str, value: Any) -> None:
        self.editor.set_meta(key, value)
        self.redraw()

    def select_issue(self, path: str) -> None:
        """Select what an issue points at (``nodes.<id>…`` or ``edges.<i>``) and centre on it."""
        parts = path.split(".")
        known = set(self.editor.canvas_ids())  # an issue inside a subgraph selects the subgraph
        if parts[0] in ("nodes", "subgraphs") and len(parts) > 1 and parts[1] in known:
            self._set_selection([parts[1]], [])
            self.canvas.focus([parts[1]])
        elif parts[0] == "edges" and len(parts) > 1 and parts[1].isdigit():
            index = int(parts[1])
            if index < len(self.editor.graph["edges"]):
                edge = self.editor.graph["edges"][index]
                self._set_selection([], [index])
                self.canvas.focus([edge["from"].split(".")[0], edge["to"].split(".")[0]])
        elif parts[0] in ("run", "name", "description"):
            self.tabs.set_value(self.tab_graph)
        self.redraw()

    # ---- runs --------------------------------------------------------------------------------

    def start_run(self) -> RunState | None:
        """Validate, save, and start the headless runner on the saved file."""
        if self.editor.issues:
            ui.notify(f"Fix the {len(self.editor.issues)} issue(s) first.", type="warning")
            self.tabs.set_value(self.tab_issues)
            return None
        path = self.save(then=self._start_saved)  # a save conflict asks first, then starts
        return None if path is None else self._start_saved(path)

    def show_sweep(self) -> SweepDialog:
        """Open this tab's Sweep dialog (a running sweep's table is kept in it)."""
        if self.sweep_dialog is None:
            with self.client.layout:
                self.sweep_dialog = SweepDialog(self)
        self.sweep_dialog.open()
        return self.sweep_dialog

    def _start_saved(self, path: Path) -> RunState:
        state = self.services.runs.start(path, self.editor.name)
        ui.notify(f"Run {state.key} started", type="positive", timeout=2000)
        self.run_view.select(state.key)
        return state

    def tick(self) -> None:
        """Called by the app-level timer (``Services.tick``) in this tab's context."""
        self.run_view.refresh()
        self.draft.keep()
        # History follows the graph's current name, and shows runs as they end
        ended = sum(not r.running for r in self.services.runs.for_graph(self.editor.name))
        if (self.editor.name, ended) != self.history_shown:
            self.history_shown = (self.editor.name, ended)
            background_tasks.create(self._refresh_history(), name="history")

    async def _refresh_history(self) -> None:
        with self.client:
            await self.history.refresh()

    async def open_run_graph(self, run_id: str) -> bool:
        """Open the graph an MLflow run trained (its ``graph.json``, with the layout)."""
        from gancanvas.sharing.runs import RunLookupError, run_graph

        try:
            graph = await run.io_bound(run_graph, run_id, self.services.mlflow.uri)
        except RunLookupError as err:
            ui.notify(str(err), type="negative", multi_line=True)
            return False
        if graph is None:  # the app is shutting down
            return False
        self.load_graph(graph, f"the graph of run {run_id[:8]}")
        return True

    async def open_run_in_mlflow(self, state: RunState) -> None:
        if state.run_id:
            await self.open_url(None, state.run_id)

    async def open_url(self, experiment_id: str | None, run_id: str) -> None:
        """Start the MLflow UI if needed (127.0.0.1) and open the run in a new tab."""
        note = ui.notification("Starting the MLflow UI…", spinner=True, timeout=None)
        try:
            await run.io_bound(self.services.mlflow.start)
        except RuntimeError as err:
            note.dismiss()
            ui.notify(str(err), type="negative")
            return
        note.dismiss()
        ui.navigate.to(self.services.mlflow.run_url(experiment_id, run_id), new_tab=True)
