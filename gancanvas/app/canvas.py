"""The node editor as a NiceGUI element (Vue Flow, bundled in ``esm/``, see ``frontend/``)."""

from __future__ import annotations

from typing import Any

from nicegui import ui


class GraphCanvas(ui.element, component="canvas.js", esm={"gancanvas-flow": "esm"}):
    """Renders a graph dict and reports user intents as events.

    Events (``e.args``): ``add`` {type, x, y}; ``connect`` {source, target}; ``move`` {positions};
    ``select`` {nodes, edges}; ``shortcut`` {action, nodes, edges}; ``frame`` {action, id} (a
    frame's rename or ungroup); ``file`` {name, text}
    or, for a dropped picture, {name, data (base64), size} (see ``canvas.js``);
    ``layout`` {positions}; ``ready`` {t}.
    """

    def __init__(self, catalog: dict[str, Any], flow_id: str = "gancanvas") -> None:
        super().__init__()
        self._props["catalog"] = catalog
        self._props["graph"] = {"nodes": [], "edges": [], "layout": {}}
        self._props["issues"] = []
        self._props["selection"] = {"nodes": [], "edges": []}
        self._props["shapes"] = {}
        self._props["flowId"] = flow_id

    def show(
        self,
        graph: dict[str, Any],
        issues: list[dict[str, str]],
        selection: dict[str, list[Any]] | None = None,
        shapes: dict[str, str] | None = None,
        subgraphs: dict[str, Any] | None = None,
    ) -> None:
        """Send the graph (nodes, edges, layout, frames), its issues and the selection to the
        browser; ``subgraphs`` gives each collapsed subgraph's label, size and typed ports."""
        self._props["graph"] = {
            "nodes": graph.get("nodes", []),
            "edges": graph.get("edges", []),
            "layout": graph.get("layout", {}),
            "groups": graph.get("groups", []),
            "subgraphs": subgraphs or {},
        }
        self._props["issues"] = issues
        if selection is not None:
            self._props["selection"] = selection
        if shapes is not None:
            self._props["shapes"] = shapes
        self.update()

    def set_selection(self, selection: dict[str, list[Any]]) -> None:
        """The selection to send with the next ``show`` (the browser already shows it)."""
        self._props["selection"] = selection

    def fit_view(self) -> None:
        self.run_method("fitView")

    def auto_layout(self) -> None:
        """Run dagre in the browser; the positions come back as a ``layout`` event."""
        self.run_method("autoLayout")

    def focus(self, node_ids: list[str]) -> None:
        self.run_method("focus", node_ids)
