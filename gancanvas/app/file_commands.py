"""File commands of a canvas tab: open, upload, drop, save (never silently over another graph),
download, examples, drafts. A mixin of ``CanvasPage``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nicegui import ui

from schemas import Graph, GraphLoadError

from . import dialogs, files

if TYPE_CHECKING:
    from .canvas import GraphCanvas
    from .drafts import TabDraft
    from .editor import Editor
    from .inspector import Inspector
    from .panels import GraphSettings
    from .services import Services


class FileCommands:
    """What the File menu, Ctrl+S and a dropped file do."""

    editor: Editor
    services: Services
    file: Path | None
    draft: TabDraft
    inspector: Inspector
    graph_settings: GraphSettings
    canvas: GraphCanvas
    redraw: Callable[[], None]
    _set_selection: Callable[[list[str], list[int]], None]
    _opened: Callable[[str], None]

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
