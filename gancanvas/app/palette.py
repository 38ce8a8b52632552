"""The block palette: blocks grouped by kind, searchable by name, tag, description and paper.

Entries are HTML5-draggable onto the canvas (the canvas reads the block tag from the drag data);
the ``+`` button adds the block without dragging.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nicegui import ui

from . import core

DRAG_START = (
    "(e) => { e.dataTransfer.setData('application/x-gancanvas-block',"
    " e.currentTarget.dataset.block); e.dataTransfer.effectAllowed = 'move'; }"
)


def matches(entry: dict[str, Any], query: str) -> bool:
    """Whether every word of the query appears in the block's tag, title, description or paper."""
    words = query.lower().split()
    text = " ".join(
        str(entry.get(k, "")) for k in ("type", "title", "description", "paper", "kind", "package")
    ).lower()
    return all(w in text for w in words)


class Palette:
    """Left-drawer palette; ``on_add(block_type)`` is called by the ``+`` buttons."""

    def __init__(self, on_add: Callable[[str], Any]) -> None:
        self.on_add = on_add
        self.items: dict[str, ui.element] = {}
        self.groups: dict[str, tuple[ui.expansion, list[str]]] = {}
        entries = sorted(
            core.catalog().values(), key=lambda e: (core.kind_rank(e["kind"]), e["type"])
        )
        with ui.column().classes("w-full gap-1 p-2"):
            self.search = ui.input(placeholder="Search blocks, papers…", on_change=self._filter)
            self.search.props("dense outlined clearable debounce=150 data-testid=palette-search")
            self.search.classes("w-full")
            with ui.element("div").classes("w-full"):
                for kind in sorted({e["kind"] for e in entries}, key=core.kind_rank):
                    of_kind = [e for e in entries if e["kind"] == kind]
                    exp = ui.expansion(f"{kind} ({len(of_kind)})", value=True).classes("w-full")
                    exp.props(f"dense header-class='text-weight-bold' data-kind={kind}")
                    with exp:
                        for entry in of_kind:
                            self.items[entry["type"]] = self._item(entry)
                    self.groups[kind] = (exp, [e["type"] for e in of_kind])
            self.empty = ui.label("No block matches.").classes("text-grey-7 text-sm")
            self.empty.set_visibility(False)

    def _item(self, entry: dict[str, Any]) -> ui.element:
        tag = entry["type"]
        item = ui.element("div").classes("gc-palette-item w-full")
        item.props(f'draggable=true data-block="{tag}"')
        item.on("dragstart", js_handler=DRAG_START)
        with item:
            with ui.row().classes("w-full items-center no-wrap gap-1"):
                ui.label(entry.get("title") or tag).classes("text-weight-medium text-sm")
                ui.space()
                add = ui.button(icon="add", on_click=lambda t=tag: self.on_add(t))
                add.props(f"flat round dense size=sm data-add={tag}")
                add.props.update({"aria-label": f"Add {entry.get('title') or tag} to the canvas"})
                add.mark(f"add-{tag}").tooltip("Add to the canvas")
            ui.label(tag).classes("text-xs font-mono text-grey-7")
            if entry.get("description"):
                ui.label(entry["description"]).classes("text-xs text-grey-9")
            if entry.get("paper"):
                ui.label(entry["paper"]).classes("text-xs italic text-indigo-8")
            if entry.get("package", "gancanvas") != "gancanvas":  # a plugin: say whose
                ui.label(f"plugin: {entry['package']}").classes("text-xs text-teal-8")
        return item

    def _filter(self) -> None:
        query = (self.search.value or "").strip()
        catalog = core.catalog()
        shown = 0
        for kind, (exp, tags) in self.groups.items():
            visible = [t for t in tags if not query or matches(catalog[t], query)]
            for tag in tags:
                self.items[tag].set_visibility(tag in visible)
            exp.set_visibility(bool(visible))
            exp.text = f"{kind} ({len(visible)})"
            if query and visible:
                exp.value = True
            shown += len(visible)
        self.empty.set_visibility(shown == 0)

    def visible_types(self) -> list[str]:
        """Block tags currently shown (for tests)."""
        return [t for t, item in self.items.items() if item.visible]
