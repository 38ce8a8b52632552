"""The page's file dialogs: examples, the graphs folder, upload, and the save conflict."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal

from nicegui import events, ui

from . import files

#: what the user chose when a save would replace a different graph
Choice = Literal["overwrite", "version", "cancel"]


def examples_dialog(on_open: Callable[[str], Any]) -> ui.dialog:
    """The example gallery; ``on_open(stem)`` after the dialog closes."""
    with ui.dialog() as dialog, ui.card().classes("w-[640px] max-w-full"):
        ui.label("Examples").classes("text-h6")
        examples = files.list_examples()
        if not examples:
            ui.label("No example folder found.").classes("text-grey-7")
        for ex in examples:
            with ui.row().classes("w-full items-center no-wrap border-b py-1"):
                with ui.column().classes("gap-0 grow"):
                    ui.label(ex.name).classes("text-weight-medium")
                    ui.label(f"{ex.description} · {ex.blocks} blocks").classes(
                        "text-xs text-grey-8"
                    )
                ui.button("Open", on_click=lambda s=ex.stem: (dialog.close(), on_open(s))).props(
                    f"dense outline data-example={ex.stem}"
                )
    dialog.open()
    return dialog


def saved_dialog(folder: Path, on_open: Callable[[str], Any]) -> ui.dialog:
    """The graphs in ``folder``; ``on_open(stem)`` after the dialog closes."""
    with ui.dialog() as dialog, ui.card().classes("w-[520px] max-w-full"):
        ui.label(f"Graphs in {folder}").classes("text-h6")
        saved = files.list_graphs(folder)
        if not saved:
            ui.label("Nothing saved yet.").classes("text-grey-7")
        for path in saved:
            with ui.row().classes("w-full items-center no-wrap"):
                ui.label(path.name).classes("grow font-mono text-sm")
                ui.button("Open", on_click=lambda p=path: (dialog.close(), on_open(p.stem))).props(
                    f"dense outline data-saved={path.stem}"
                )
    dialog.open()
    return dialog


def too_large() -> None:
    ui.notify("The file is larger than 5 MB: not a graph file.", type="negative")


def upload_dialog(on_content: Callable[[bytes, str], bool]) -> ui.dialog:
    """Upload one graph JSON or sample PNG; ``on_content(data, name)`` True closes the dialog.

    The 5 MB bound holds three times: the browser refuses a larger file at selection
    (``max_file_size``), the server's gate stops reading an upload body past it
    (``gate.Gate``), and the size is checked here before the file is read into memory.
    """
    with ui.dialog() as dialog, ui.card():
        ui.label("Upload a graph JSON or a sample PNG (or drop it on the canvas)").classes(
            "text-weight-medium"
        )

        async def handle(e: events.UploadEventArguments) -> None:
            if e.file.size() > files.MAX_UPLOAD_BYTES:
                too_large()
                return
            if on_content(await e.file.read(), e.file.name):
                dialog.close()

        ui.upload(
            on_upload=handle,
            on_rejected=too_large,
            auto_upload=True,
            max_file_size=files.MAX_UPLOAD_BYTES,
        ).props("accept=.json,application/json,.png,image/png data-testid=upload")
    dialog.open()
    return dialog


def conflict_dialog(
    conflict: files.SaveConflict, on_choice: Callable[[Choice], Awaitable[Any] | Any]
) -> ui.dialog:
    """A save would replace a different graph: overwrite it, save a new version, or cancel."""
    with ui.dialog().props("persistent") as dialog, ui.card().classes("w-[520px] max-w-full"):
        ui.label(f"{conflict.path.name} already holds a different graph").classes("text-h6")
        ui.label(
            f"Saving would replace it in {conflict.path.parent}. Keep both by saving this "
            f"graph as {conflict.free.name}, or overwrite the file."
        ).classes("text-sm")

        def choose(choice: Choice) -> Any:
            dialog.close()
            return on_choice(choice)

        with ui.row().classes("w-full justify-end"):
            ui.button("Cancel", on_click=lambda: choose("cancel")).props(
                "flat data-testid=save-cancel"
            ).mark("save-cancel")
            ui.button("Overwrite", on_click=lambda: choose("overwrite")).props(
                "flat color=negative data-testid=save-overwrite"
            ).mark("save-overwrite")
            ui.button(f"Save as {conflict.free.name}", on_click=lambda: choose("version")).props(
                "color=primary data-testid=save-version"
            ).mark("save-version")
    dialog.open()
    return dialog


def drafts_dialog(
    drafts: list[tuple[str, str, float, int]], on_open: Callable[[str], Any]
) -> ui.dialog:
    """Drafts of other tabs (closed ones, say): ``on_open(tab id)`` after the dialog closes."""
    import time

    with ui.dialog() as dialog, ui.card().classes("w-[520px] max-w-full"):
        ui.label("Drafts of other tabs").classes("text-h6")
        if not drafts:
            ui.label("No other drafts.").classes("text-grey-7")
        for tab, name, modified, blocks in drafts:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(modified))
            with ui.row().classes("w-full items-center no-wrap"):
                ui.label(f"{name} · {blocks} blocks · {when}").classes("grow text-sm")
                ui.button("Open", on_click=lambda t=tab: (dialog.close(), on_open(t))).props(
                    f"dense outline data-draft={tab}"
                )
    dialog.open()
    return dialog
