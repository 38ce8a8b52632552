"""The canvas page: header (files, edit, run), palette, canvas, inspector/issues, run view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from nicegui import background_tasks, events, run, ui

from schemas import Graph, GraphLoadError

from . import core, dialogs, files
from .canvas import GraphCanvas
from .drafts import BEFOREUNLOAD_JS, TabDraft
from .editor import Editor, empty_graph
from .inspector import Inspector
from .palette import Palette
from .panels import GraphSettings, HistoryPanel, IssueList, data_folder_note
from .run_view import RunView
from .runs import RunState
from .services import Services
from .style import STYLE
from .wiring import WiringIntents

__all__ = ["CanvasPage", "Services"]


class CanvasPage(WiringIntents):
    """One browser tab's editor; the graph lives here, runs live in ``Services.runs``."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.editor = Editor(services.initial if services.initial is not None else empty_graph())
        self.selection: dict[str, list[Any]] = {"nodes": [], "edges": []}
        self.refusal: str | None = None
        self.file: Path | None = None  # the graphs-folder file this editor opened or saved
        self.client = ui.context.client
        self.draft = TabDraft(self)  # this tab's unsaved work, on the server's disk
        self.history_shown: tuple[str, int] | None = None  # (graph name, ended runs) shown
        ui.add_css(STYLE)
        ui.add_head_html(BEFOREUNLOAD_JS)
        self._header()
        with ui.left_drawer(value=True, bordered=True).props("width=300").classes("p-0"):
            self.palette = Palette(self.add_block)
        with ui.right_drawer(value=True, bordered=True).props("width=380").classes("p-0"):
            self._side_tabs()
        with ui.splitter(horizontal=True, value=64).classes("w-full h-[calc(100vh-64px)]") as split:
            with split.before:
                self.canvas = GraphCanvas(core.client_catalog()).classes("w-full h-full")
                self.canvas.owner = self  # lets tests and tools reach the page from the element
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
        self.redraw()
        ended = sum(not r.running for r in services.runs.for_graph(self.editor.name))
        self.history_shown = (self.editor.name, ended)  # the panel shows these on its own
        services.attach(self)

    # ---- layout ------------------------------------------------------------------------------

    def _header(self) -> None:
        with ui.header(elevated=True).classes("items-center gap-1 py-1 px-3 bg-blue-grey-9"):
            ui.label("gancanvas").classes("text-lg text-weight-bold mr-2")
            self.name_input = (
                ui.input(value=self.editor.name)
                .props("dense dark standout data-testid=graph-name")
                .classes("w-56")
            )
            self.name_input.on("change", lambda: self._set_meta("name", self.name_input.value))
            file_button = ui.button(icon="folder_open").props(
                "flat dense color=white data-testid=menu-file aria-label=File"
            )
            file_button.tooltip("File: new, examples, open, upload, download")
            with file_button, ui.menu():
                ui.menu_item("New graph", self.new_graph)
                ui.menu_item("Examples…", self.show_examples)
                ui.menu_item("Open from graphs folder…", self.show_saved)
                ui.menu_item("Recover a draft…", self.show_drafts)
                ui.menu_item("Upload JSON or sample PNG…", self.show_upload)
                ui.menu_item("Download JSON", self.download)
            ui.button(icon="save", on_click=self.save).props(
                "flat dense color=white data-testid=save aria-label=Save"
            ).tooltip("Save into the graphs folder (Ctrl+S)")
            ui.separator().props("vertical dark")
            self.undo_button = (
                ui.button(icon="undo", on_click=self.undo)
                .props("flat dense color=white data-testid=undo aria-label=Undo")
                .tooltip("Undo (Ctrl+Z)")
            )
            self.redo_button = (
                ui.button(icon="redo", on_click=self.redo)
                .props("flat dense color=white data-testid=redo aria-label=Redo")
                .tooltip("Redo (Ctrl+Y)")
            )
            ui.button(icon="delete", on_click=self.delete_selection).props(
                "flat dense color=white aria-label='Delete selection'"
            ).tooltip("Delete selection (Del)")
            ui.button(icon="content_copy", on_click=self.copy_selection).props(
                "flat dense color=white aria-label=Copy"
            ).tooltip("Copy (Ctrl+C)")
            ui.button(icon="content_paste", on_click=self.paste).props(
                "flat dense color=white aria-label=Paste"
            ).tooltip("Paste (Ctrl+V)")
            ui.button(icon="fit_screen", on_click=lambda: self.canvas.fit_view()).props(
                "flat dense color=white aria-label='Fit view'"
            ).tooltip("Fit view (F)")
            ui.button(icon="account_tree", on_click=lambda: self.canvas.auto_layout()).props(
                "flat dense color=white data-testid=auto-layout aria-label=Auto-layout"
            ).tooltip("Auto-layout (L)")
            ui.space()
            self.issue_chip = ui.label("").classes("text-sm mr-2").props("data-testid=issue-count")
            ui.button("Run", icon="play_arrow", on_click=self.start_run).props(
                "color=positive data-testid=run"
            )

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
                    self.editor, self.redraw, self._renamed, self.delete_selection
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
        self.canvas.show(self.editor.graph, issues, self.selection, self.editor.shapes)
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
        self.canvas._props["selection"] = self.selection
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
        known = set(self.editor.node_ids())
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
        if parts[0] == "nodes" and len(parts) > 1 and self.editor.node(parts[1]):
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

    # ---- files -------------------------------------------------------------------------------

    def load_graph(self, graph: Graph, source: str) -> None:
        self.editor.load(graph)
        self.file = None  # not from the graphs folder (``_open_saved`` sets it)
        self.draft.saved(self.editor.to_json())  # what was opened has no unsaved changes
        self._show_loaded()
        self._opened(source)

    def restore(self, graph: dict[str, Any], file: Path | None) -> None:
        """Bring back a draft (``TabDraft``): the graph and the file it belongs to."""
        self.editor.load(graph, keep_history=False)
        self.file = file
        self._show_loaded()

    def _show_loaded(self) -> None:
        """Redraw every panel for a graph just loaded, nothing selected, the whole graph in view."""
        self._set_selection([], [])
        self.inspector.show(None)
        self.graph_settings.show()
        self.redraw()
        self.canvas.fit_view()

    def load_text(self, text: str | bytes, source: str) -> bool:
        """Load a file's text (or a sample PNG's bytes); an invalid file leaves the graph as is."""
        try:
            graph = files.parse_upload(text)
        except GraphLoadError as err:
            self._load_failed(source, err)
            return False
        self.load_graph(graph, source)
        return True

    def _load_failed(self, source: str, err: GraphLoadError) -> None:
        ui.notify(
            f"{source}: {files.describe_load_error(err)}",
            type="negative",
            multi_line=True,
            timeout=10000,
            position="bottom",
        )

    def new_graph(self) -> None:
        self.load_graph(Graph(), "a new graph")

    def save(self, then: Callable[[Path], Any] | None = None) -> Path | None:
        """Save into the graphs folder under the graph's sanitised name.

        A different graph already there is never replaced silently: a dialog offers to
        overwrite it, to save a new version (``name-2.json``) or to cancel; ``then(path)`` runs
        after a save made from that dialog. Returns the path when saved at once.
        """
        text = self.editor.to_json()
        folder = self.services.graphs_dir
        try:
            path = files.save_graph(folder, self.editor.name, text, owned=self.file)
        except files.SaveConflict as conflict:
            taken = conflict.path  # ``conflict`` itself is unbound after this block
            dialogs.conflict_dialog(conflict, lambda c: self._resolve(c, taken, text, then))
            return None
        except (OSError, ValueError) as err:
            ui.notify(f"Could not save: {err}", type="negative")
            return None
        return self._saved(path, text)

    def _resolve(
        self, choice: dialogs.Choice, taken: Path, text: str, then: Callable[[Path], Any] | None
    ) -> None:
        """The user's answer to a save conflict on ``taken``."""
        if choice == "cancel":
            return
        try:
            if choice == "overwrite":
                saved = files.write_graph(taken, text, replace=True)
            else:
                saved = files.save_new_version(self.services.graphs_dir, self.editor.name, text)
        except (OSError, ValueError) as err:
            ui.notify(f"Could not save: {err}", type="negative")
            return
        self._saved(saved, text)
        if then is not None:
            then(saved)

    def _saved(self, path: Path, text: str) -> Path:
        self.file = path
        self.draft.saved(text)
        ui.notify(f"Saved {path.name} in {path.parent}", type="positive", timeout=2500)
        return path

    def download(self) -> None:
        name = files.sanitize_name(self.editor.name) + ".json"
        ui.download.content(self.editor.to_json().encode(), name, "application/json")

    def show_examples(self) -> None:
        dialogs.examples_dialog(self._open_example)

    def show_saved(self) -> None:
        dialogs.saved_dialog(self.services.graphs_dir, self._open_saved)

    def _open_example(self, stem: str) -> None:
        self.load_graph(files.load_example(stem), f"example {stem}")

    def _open_saved(self, stem: str) -> None:
        try:
            path = files.path_in(self.services.graphs_dir, stem)
            graph = files.read_graph(self.services.graphs_dir, stem)
        except (GraphLoadError, FileNotFoundError, ValueError) as err:
            message = (
                files.describe_load_error(err) if isinstance(err, GraphLoadError) else str(err)
            )
            ui.notify(message, type="negative", multi_line=True)
            return
        self.load_graph(graph, path.name)
        self.file = path  # saving again replaces this file without asking

    def show_drafts(self) -> None:
        """Drafts of other tabs (a closed tab's work is never lost)."""
        dialogs.drafts_dialog(self.draft.others(), self.draft.recover)

    def show_upload(self) -> None:
        dialogs.upload_dialog(lambda data, name: self.load_text(data, name))

    # ---- runs --------------------------------------------------------------------------------

    def start_run(self) -> RunState | None:
        """Validate, save, and start the headless runner on the saved file."""
        if self.editor.issues:
            ui.notify(f"Fix the {len(self.editor.issues)} issue(s) first.", type="warning")
            self.tabs.set_value(self.tab_issues)
            return None
        path = self.save(then=self._start_saved)  # a save conflict asks first, then starts
        return None if path is None else self._start_saved(path)

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
