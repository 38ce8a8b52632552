"""The inspector: the selected node's form (from its params schema) or the selected edge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nicegui import ui

from . import core
from .editor import Editor
from .forms import SchemaField, schema_form


class Inspector:
    """Right-drawer panel; rebuilt when the selection changes, errors refreshed on every change."""

    def __init__(
        self,
        editor: Editor,
        on_change: Callable[[], None],
        on_rename: Callable[[str, str], None],
        on_delete: Callable[[], None],
        on_expand: Callable[[str], Any] = lambda _: None,
    ) -> None:
        self.editor = editor
        self.on_expand = on_expand
        self.on_change = on_change
        self.on_rename = on_rename
        self.on_delete = on_delete
        self.node_id: str | None = None
        self.edge_index: int | None = None
        self.fields: dict[str, SchemaField] = {}
        self.container = ui.column().classes("w-full gap-2 p-2")
        self.show(None, None)

    def show(self, node_id: str | None, edge_index: int | None = None) -> None:
        """Build the form for a node (or the view of an edge, or a hint when nothing is chosen)."""
        self.node_id, self.edge_index = node_id, edge_index
        self.fields = {}
        self.container.clear()
        with self.container:
            node = self.editor.node(node_id) if node_id else None
            sub = self.editor.subgraph(node_id) if node_id else None
            if node is not None:
                self._node_form(node)
            elif sub is not None:
                self._subgraph_view(sub)
            elif edge_index is not None and 0 <= edge_index < len(self.editor.graph["edges"]):
                self._edge_view(edge_index)
            else:
                ui.label("Select a block to edit its settings.").classes("text-grey-7")
                ui.markdown(
                    "**Shortcuts**: `Del` delete · `Ctrl+Z`/`Ctrl+Y` undo/redo · "
                    "`Ctrl+C`/`Ctrl+V` copy/paste · `Ctrl+D` duplicate · `F` fit view · "
                    "`L` auto-layout · `Ctrl+S` save · `Ctrl+G` frame · "
                    "`Ctrl+Shift+G` collapse/expand · `Ctrl+B` bypass"
                ).classes("text-xs text-grey-8")

    def _node_form(self, node: dict[str, Any]) -> None:
        entry = core.catalog().get(node["type"])
        node_id = node["id"]
        with ui.row().classes("w-full items-center no-wrap"):
            rename = ui.input("id", value=node_id).props("dense outlined data-testid=node-id")
            rename.without_auto_validation()
            rename.classes("grow")
            rename.on("change", lambda: self._rename(node_id, rename))
            ui.button(icon="delete", on_click=self.on_delete).props(
                "flat round dense color=negative aria-label='Delete this block'"
            ).tooltip("Delete this block (Del)")
        self.rename_input = rename
        ui.label(node["type"]).classes("font-mono text-xs text-grey-8")
        if entry is None:
            ui.label(f"Unknown block type {node['type']!r}.").classes("text-negative")
            return
        if entry.get("description"):
            ui.label(entry["description"]).classes("text-sm")
        if entry.get("paper"):
            ui.label(entry["paper"]).classes("text-xs italic text-indigo-8")
        ui.switch(
            "Bypass (left out of training)",
            value=bool(node.get("bypass")),
            on_change=lambda e: self._bypass(node_id, bool(e.value)),
        ).props("dense data-testid=bypass").tooltip(
            "Ctrl+B. Consumers get what feeds its input of the same type instead"
        )
        self.general = ui.label().classes("text-negative text-sm whitespace-pre-line")
        schema = entry.get("params_schema") or {}
        params = node.get("params") or {}
        ui.separator()
        if not (schema.get("properties") or {}):
            ui.label("This block has no settings.").classes("text-grey-7 text-sm")
        self.fields = schema_form(schema, params, self._set, on_reject=self.on_change)
        unknown = [k for k in params if k not in (schema.get("properties") or {})]
        for key in unknown:
            with ui.row().classes("w-full items-center no-wrap"):
                ui.label(f"{key} = {params[key]!r}").classes("font-mono text-sm text-negative grow")
                ui.button(icon="close", on_click=lambda k=key: self._drop(k)).props(
                    f"flat round dense aria-label='Remove {key}'"
                ).tooltip("Remove this unknown setting")
        with ui.expansion("Ports", value=False).classes("w-full text-sm"):
            for port in entry["inputs"]:
                req = "" if port.get("required", True) else " (optional)"
                ui.label(f"in  {port['name']}: {' | '.join(port['accepts'])}{req}").classes(
                    "font-mono text-xs"
                )
            for port in entry["outputs"]:
                ui.label(f"out {port['name']}: {port['type']}").classes("font-mono text-xs")
        self.refresh_errors()

    def _bypass(self, node_id: str, on: bool) -> None:
        if bool((self.editor.node(node_id) or {}).get("bypass")) != on:
            self.editor.set_bypass([node_id], on)
            self.on_change()

    def _subgraph_view(self, sub: dict[str, Any]) -> None:
        """A collapsed subgraph: its name, blocks (with their issues), ports, and Expand."""
        sub_id = sub["id"]
        ui.label(f"Subgraph {sub_id}").classes("text-weight-bold")
        label = ui.input("name", value=sub.get("label", "")).props("dense outlined")
        label.on("change", lambda: self._relabel(sub_id, str(label.value or "")))
        ui.button("Expand", icon="unfold_more", on_click=lambda: self.on_expand(sub_id)).props(
            "outline dense data-testid=expand"
        ).tooltip("Ctrl+Shift+G or double-click")
        ui.label("Blocks inside").classes("text-sm text-weight-medium")
        for node in sub["nodes"]:
            muted = " (bypassed)" if node.get("bypass") else ""
            ui.label(f"{node['id']}: {node['type']}{muted}").classes("font-mono text-xs")
        problems = [i.message for i in self.editor.issues_for_node(sub_id)]
        self.general = ui.label("\n".join(problems)).classes(
            "text-negative text-sm whitespace-pre-line"
        )
        self.general.set_visibility(bool(problems))
        with ui.expansion("Ports", value=True).classes("w-full text-sm"):
            for port, refs in sub.get("inputs", {}).items():
                ui.label(f"in  {port} → {', '.join(refs)}").classes("font-mono text-xs")
            for port, ref in sub.get("outputs", {}).items():
                ui.label(f"out {port} ← {ref}").classes("font-mono text-xs")

    def _relabel(self, sub_id: str, label: str) -> None:
        sub = self.editor.subgraph(sub_id)
        if sub is not None and sub.get("label") != label:
            self.editor.set_subgraph_label(sub_id, label)
            self.on_change()

    def _edge_view(self, index: int) -> None:
        edge = self.editor.graph["edges"][index]
        ui.label("Connection").classes("text-weight-bold")
        ui.label(f"{edge['from']} → {edge['to']}").classes("font-mono text-sm")
        for issue in self.editor.issues:
            if issue.path == f"edges.{index}":
                ui.label(issue.message).classes("text-negative text-sm")
        ui.button("Delete connection", icon="delete", on_click=self.on_delete).props(
            "flat color=negative"
        )

    def _set(self, key: str, value: Any) -> None:
        if self.node_id is None:
            return
        self.editor.set_param(self.node_id, key, value)
        self.on_change()

    def _drop(self, key: str) -> None:
        if self.node_id is None:
            return
        self.editor.reset_param(self.node_id, key)
        self.on_change()
        self.show(self.node_id)

    def _rename(self, old: str, field: ui.input) -> None:
        new = str(field.value or "").strip()
        error = self.editor.rename_node(old, new)
        field.error = error
        if error:
            return
        self.on_rename(old, new)

    def rejected(self) -> list[str]:
        """Typed values the form refused (the graph kept its value): ``G.lr: not a number…``."""
        return [
            f"{self.node_id}.{name}: {field.json_error}"
            for name, field in self.fields.items()
            if field.json_error
        ]

    def refresh_errors(self) -> None:
        """Put the validator's messages under the fields of the shown node."""
        if self.node_id is None or self.editor.node(self.node_id) is None:
            return
        errors = self.editor.param_errors(self.node_id)
        for name, field in self.fields.items():
            field.set_error(errors.get(name))
        general = [
            i.message
            for i in self.editor.issues_for_node(self.node_id)
            if not any(i.path.startswith(f"nodes.{self.node_id}.params.{f}") for f in self.fields)
        ]
        if hasattr(self, "general"):
            self.general.set_text("\n".join(general))
            self.general.set_visibility(bool(general))
