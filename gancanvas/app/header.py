"""The canvas page's header: graph name, File menu, edit buttons, issue count and Run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nicegui import ui

if TYPE_CHECKING:
    from .page import CanvasPage


def build_header(page: CanvasPage) -> None:
    """Header of one tab; sets ``name_input``, ``undo_button``, ``redo_button``, ``issue_chip``."""
    with ui.header(elevated=True).classes("items-center gap-1 py-1 px-3 bg-blue-grey-9"):
        ui.label("gancanvas").classes("text-lg text-weight-bold mr-2")
        page.name_input = (
            ui.input(value=page.editor.name)
            .props("dense dark standout data-testid=graph-name")
            .classes("w-56")
        )
        page.name_input.on("change", lambda: page._set_meta("name", page.name_input.value))
        file_button = ui.button(icon="folder_open").props(
            "flat dense color=white data-testid=menu-file aria-label=File"
        )
        file_button.tooltip("File: new, examples, open, upload, download")
        with file_button, ui.menu():
            ui.menu_item("New graph", page.new_graph)
            ui.menu_item("Examples…", page.show_examples)
            ui.menu_item("Open from graphs folder…", page.show_saved)
            ui.menu_item("Recover a draft…", page.show_drafts)
            ui.menu_item("Upload JSON or sample PNG…", page.show_upload)
            ui.menu_item("Download JSON", page.download)
        ui.button(icon="save", on_click=page.save).props(
            "flat dense color=white data-testid=save aria-label=Save"
        ).tooltip("Save into the graphs folder (Ctrl+S)")
        ui.separator().props("vertical dark")
        page.undo_button = (
            ui.button(icon="undo", on_click=page.undo)
            .props("flat dense color=white data-testid=undo aria-label=Undo")
            .tooltip("Undo (Ctrl+Z)")
        )
        page.redo_button = (
            ui.button(icon="redo", on_click=page.redo)
            .props("flat dense color=white data-testid=redo aria-label=Redo")
            .tooltip("Redo (Ctrl+Y)")
        )
        ui.button(icon="delete", on_click=page.delete_selection).props(
            "flat dense color=white aria-label='Delete selection'"
        ).tooltip("Delete selection (Del)")
        ui.button(icon="content_copy", on_click=page.copy_selection).props(
            "flat dense color=white aria-label=Copy"
        ).tooltip("Copy (Ctrl+C)")
        ui.button(icon="content_paste", on_click=page.paste).props(
            "flat dense color=white aria-label=Paste"
        ).tooltip("Paste (Ctrl+V)")
        arrange = ui.button(icon="dashboard_customize").props(
            "flat dense color=white data-testid=menu-arrange aria-label=Arrange"
        )
        arrange.tooltip("Arrange: frame, collapse into a subgraph, bypass")
        with arrange, ui.menu():
            ui.menu_item("Frame selection (Ctrl+G)", lambda: page.group_selection())
            ui.menu_item(
                "Collapse into subgraph / expand (Ctrl+Shift+G)",
                lambda: page.collapse_selection(),
            )
            ui.menu_item("Bypass / restore blocks (Ctrl+B)", lambda: page.bypass_selection())
        ui.button(icon="fit_screen", on_click=lambda: page.canvas.fit_view()).props(
            "flat dense color=white aria-label='Fit view'"
        ).tooltip("Fit view (F)")
        ui.button(icon="account_tree", on_click=lambda: page.canvas.auto_layout()).props(
            "flat dense color=white data-testid=auto-layout aria-label=Auto-layout"
        ).tooltip("Auto-layout (L)")
        ui.space()
        page.issue_chip = ui.label("").classes("text-sm mr-2").props("data-testid=issue-count")
        ui.button("Sweep", icon="tune", on_click=page.show_sweep).props(
            "outline dense color=white data-testid=sweep"
        ).tooltip("Sweep: variants of this graph over swept values, queued, with a results table")
        ui.button("Run", icon="play_arrow", on_click=page.start_run).props(
            "color=positive data-testid=run"
        )
