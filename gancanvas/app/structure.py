"""Frames, subgraphs and bypass on the page, mixed into ``CanvasPage`` (which owns ``editor``).

Keys (the canvas reports them as ``shortcut`` actions): Ctrl+G frames the selection (or takes
the frame off when the selection is exactly one frame), Ctrl+Shift+G collapses it into a
subgraph (or expands a selected subgraph; double-clicking one does too), Ctrl+B bypasses the
selected blocks (or brings them back). The Arrange menu in the header does the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nicegui import events, ui

from .editor import Editor


class StructureCommands:
    """Group/ungroup, collapse/expand and bypass the selection."""

    editor: Editor
    selection: dict[str, list[Any]]
    redraw: Callable[[], None]
    _set_selection: Callable[[list[str], list[int]], None]

    def _chosen(self, nodes: list[str] | None = None) -> list[str]:
        return list(nodes) if nodes else list(self.selection["nodes"])

    def group_selection(self, nodes: list[str] | None = None) -> str | None:
        """Frame the selected blocks; a selection that is one whole frame loses its frame."""
        chosen = self._chosen(nodes)
        whole = next(
            (g for g in self.editor.graph.get("groups", []) if set(g["nodes"]) == set(chosen)),
            None,
        )
        if whole is not None:
            self.editor.ungroup(whole["id"])
            self.redraw()
            return None
        gid = self.editor.group(chosen)
        if gid is None:
            ui.notify("Select the blocks to frame first (Shift+drag or Ctrl+click).", timeout=3000)
        self.redraw()
        return gid

    def collapse_selection(self, nodes: list[str] | None = None) -> str | None:
        """Collapse the selected blocks into a subgraph (a selected subgraph expands)."""
        chosen = self._chosen(nodes)
        subs = [n for n in chosen if self.editor.subgraph(n) is not None]
        if subs and len(subs) == len(chosen):
            for sub in subs:
                self.expand(sub)
            return None
        sub_id, why = self.editor.collapse(chosen)
        if sub_id is None:
            ui.notify(why or "nothing to collapse", type="warning", timeout=4000)
            return None
        self._set_selection([sub_id], [])
        self.redraw()
        return sub_id

    def expand(self, sub_id: str) -> list[str]:
        """Put a subgraph's blocks back on the canvas, selected."""
        ids = self.editor.expand(sub_id)
        if ids:
            self._set_selection(ids, [])
            self.redraw()
        return ids

    def bypass_selection(self, nodes: list[str] | None = None) -> list[str]:
        """Toggle bypass on the selected blocks; the issues say if the graph stands without."""
        ids = self.editor.set_bypass(self._chosen(nodes))
        if not ids:
            ui.notify("Select the blocks to bypass first.", timeout=3000)
        self.redraw()
        return ids

    def structure_handlers(self, nodes: list[str]) -> dict[str, Callable[[], Any]]:
        """The canvas's ``shortcut`` actions handled here."""
        return {
            "group": lambda: self.group_selection(nodes),
            "collapse": lambda: self.collapse_selection(nodes),
            "expand": lambda: [self.expand(n) for n in nodes],
            "bypass": lambda: self.bypass_selection(nodes),
        }

    def _on_frame(self, e: events.GenericEventArguments) -> None:
        """A frame's title bar: rename (double-click) or remove (×)."""
        gid = str(e.args.get("id"))
        if e.args.get("action") == "ungroup":
            self.editor.ungroup(gid)
            self.redraw()
        elif e.args.get("action") == "rename":
            self.rename_frame(gid)

    def rename_frame(self, gid: str) -> None:
        group = next((g for g in self.editor.graph.get("groups", []) if g["id"] == gid), None)
        if group is None:
            return
        with ui.dialog() as dialog, ui.card().classes("w-80"):
            ui.label("Frame name").classes("text-weight-bold")
            field = ui.input(value=group["label"]).props("autofocus data-testid=frame-label")

            def done() -> None:
                self.editor.set_group(gid, label=str(field.value or "").strip() or group["label"])
                dialog.close()
                self.redraw()

            field.on("keydown.enter", done)
            with ui.row().classes("w-full justify-end"):
                ui.button("Cancel", on_click=dialog.close).props("flat")
                ui.button("Rename", on_click=done).props("data-testid=frame-rename")
        dialog.open()
