"""The canvas intents of guided wiring, mixed into ``CanvasPage`` (which owns ``editor``).

A block added from the palette or the quick-add search may come with a wire to make (the port
a wire was dragged from and dropped on empty canvas) or a wire to go into (dropped on it);
a wire refused in the browser while dragging comes back here to be said in words.
"""

from __future__ import annotations

from collections.abc import Callable

from nicegui import events, ui

from . import core
from .editor import Editor


class WiringIntents:
    """``add`` (with ``wire``/``edge``), ``insert`` and ``refused`` events of the canvas."""

    editor: Editor
    refusal: str | None

    add_block: Callable[..., str]  # CanvasPage's
    redraw: Callable[[], None]

    def _on_add(self, e: events.GenericEventArguments) -> None:
        """A block from the palette or the quick-add search; it may come with a wire to make
        (``wire``: the port a dropped wire started at) or a wire to go into (``edge``)."""
        if e.args.get("type") not in core.catalog():
            return
        node_id = self.add_block(
            e.args["type"], float(e.args.get("x", 0)), float(e.args.get("y", 0))
        )
        wire = e.args.get("wire") or {}
        if wire.get("port"):
            reason = self.editor.wire_new(node_id, str(wire["port"]), str(wire.get("side")))
            self._refused(reason)
        elif isinstance(e.args.get("edge"), int):
            self.insert(node_id, e.args["edge"])

    def insert(self, node_id: str, index: int) -> str | None:
        """Put a block into a wire (dropped on it); a refusal says why."""
        reason = self.editor.insert(node_id, index)
        self._refused(reason)
        return reason

    def _on_insert(self, e: events.GenericEventArguments) -> None:
        if isinstance(e.args.get("edge"), int):
            self.insert(str(e.args.get("node")), e.args["edge"])

    def _on_refused(self, e: events.GenericEventArguments) -> None:
        """A wire the browser refused while it was dragged (the ports do not fit)."""
        source, target = e.args.get("source"), e.args.get("target")
        where = f" {source} → {target}" if source and target else ""
        self._refused(str(e.args.get("reason") or "the ports do not fit"), where)

    def _refused(self, reason: str | None, where: str = "") -> None:
        """Say why a wire was not made (refused while dragging, or by the engine)."""
        self.refusal = reason
        if reason:
            ui.notify(f"Refused{where}: {reason}", type="negative", position="bottom", timeout=6000)
        self.redraw()

    def _opened(self, source: str) -> None:
        """Say a graph was opened; one that has issues is not announced in green."""
        count = len(self.editor.issues)
        if count and self.editor.graph["nodes"]:
            plural = "s" * (count != 1)
            ui.notify(
                f"Opened {source} with {count} issue{plural}: see the Issues tab",
                type="warning",
                timeout=4000,
            )
        else:
            ui.notify(f"Opened {source}", type="positive", timeout=2000)
