"""Drafts: the unsaved state of each browser tab, kept on the server's disk.

A tab names itself with an id in its ``sessionStorage`` (kept across reloads, and restored with
the tab after a browser crash); the page writes ``<graphs>/.drafts/<id>.json`` after every change
(atomically), so a reload, a crashed browser or a restarted server brings the work back. A draft
also keeps the text last saved or opened (``clean``), so the page knows whether there are unsaved
changes (and warns before the tab is left) the same way after a restore.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nicegui import ui

if TYPE_CHECKING:
    from .page import CanvasPage

TAB_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")

#: run in the browser: this tab's id (made once per tab, kept in sessionStorage)
TAB_ID_JS = """
(() => {
  let id = sessionStorage.getItem('gancanvas-tab');
  if (!id) {
    id = Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
    sessionStorage.setItem('gancanvas-tab', id);
  }
  return id;
})()
"""

#: in the page head: leaving with unsaved changes asks first
BEFOREUNLOAD_JS = """
<script>
window.__gancanvasDirty = false;
window.addEventListener('beforeunload', (e) => {
  if (window.__gancanvasDirty) { e.preventDefault(); e.returnValue = ''; }
});
</script>
"""


class Drafts:
    """The drafts folder: one JSON file per tab id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, tab: str) -> Path:
        if not TAB_ID.match(tab):
            raise ValueError(f"draft tab id {tab!r}: expected 8-64 letters, digits or '-'")
        return self.folder / f"{tab}.json"

    def read(self, tab: str) -> dict[str, Any] | None:
        """``{"graph": dict, "clean": str | None, "file": str | None}``, None if there is none."""
        try:
            data = json.loads(self.path(tab).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("graph"), dict):
            return None
        return data

    def listed(self, skip: str | None = None) -> list[tuple[str, str, float, int]]:
        """``(tab id, graph name, modified time, blocks)`` of every draft, newest first."""
        out = []
        for path in self.folder.glob("*.json"):
            tab = path.stem
            if tab == skip or not TAB_ID.match(tab):
                continue
            draft = self.read(tab)
            if draft is None:
                continue
            graph = draft["graph"]
            name = str(graph.get("name") or "untitled")
            with contextlib.suppress(OSError):
                out.append((tab, name, path.stat().st_mtime, len(graph.get("nodes") or [])))
        return sorted(out, key=lambda d: d[2], reverse=True)

    def write(self, tab: str, graph: dict[str, Any], clean: str | None, file: Path | None) -> Path:
        """Write the draft atomically (a crash mid-write leaves the previous one)."""
        path = self.path(tab)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        data = {"graph": graph, "clean": clean, "file": str(file) if file else None}
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
        return path


class TabDraft:
    """One tab's draft: restored when the tab comes back, written after every change, and the
    browser told whether leaving would lose unsaved changes."""

    def __init__(self, page: CanvasPage) -> None:
        self.page = page
        self.tab_id: str | None = None  # set once the browser told it (``restore``)
        self.clean = page.editor.to_json()  # the text last saved or opened
        self.dirty = False
        self.written = -1  # the editor revision last written

    @property
    def drafts(self) -> Drafts:
        drafts = self.page.services.drafts
        assert drafts is not None
        return drafts

    def saved(self, text: str) -> None:
        """The graph was saved (or opened) as ``text``: no unsaved changes."""
        self.clean = text
        self.written = -1  # the draft records the new clean state at the next tick

    async def restore(self) -> bool:
        """Learn this tab's id from the browser; bring back its draft if there is one."""
        client = self.page.client
        try:
            await client.connected(timeout=30)
            tab = await client.run_javascript(TAB_ID_JS, timeout=20)
        except TimeoutError:  # a browser that never connected (or a simulated one)
            return False
        with client:  # a background task: enter the tab's context
            return self._apply(str(tab))

    def _apply(self, tab: str) -> bool:
        try:
            self.drafts.path(tab)
        except ValueError:
            return False
        self.tab_id = tab
        draft = self.drafts.read(tab)
        if draft is None:
            self.keep()
            return False
        file = Path(draft["file"]) if draft.get("file") else None
        if draft["graph"] != self.page.editor.graph or file != self.page.file:
            self.page.restore(draft["graph"], file)
        # else the page already shows it (a reload of an unchanged graph): drawing it again
        # would only double the first render of a big canvas
        self.clean = draft.get("clean") or ""
        self.written = self.page.editor.revision
        self._mark()
        ui.notify("Restored this tab's draft", type="info", timeout=2500)
        return True

    def others(self) -> list[tuple[str, str, float, int]]:
        """The drafts of other tabs, newest first (``Drafts.listed``)."""
        return self.drafts.listed(skip=self.tab_id)

    def recover(self, tab: str) -> bool:
        """Open another tab's draft (one whose tab is gone) in this tab."""
        draft = self.drafts.read(tab)
        if draft is None:
            return False
        file = Path(draft["file"]) if draft.get("file") else None
        if draft["graph"] != self.page.editor.graph or file != self.page.file:
            self.page.restore(draft["graph"], file)
        # else the page already shows it (a reload of an unchanged graph): drawing it again
        # would only double the first render of a big canvas
        self.clean = draft.get("clean") or ""
        self.written = -1
        self.keep()
        return True

    def keep(self) -> None:
        """Write the draft when the graph changed since the last write."""
        editor = self.page.editor
        if self.tab_id is None or self.written == editor.revision:
            return
        try:
            self.drafts.write(self.tab_id, editor.graph, self.clean, self.page.file)
        except OSError as err:
            ui.notify(f"Could not keep the draft: {err}", type="negative")
            return
        self.written = editor.revision
        self._mark()

    def _mark(self) -> None:
        """Tell the browser whether leaving would lose unsaved changes."""
        dirty = self.page.editor.to_json() != self.clean
        if dirty != self.dirty:
            self.dirty = dirty
            flag = "true" if dirty else "false"
            self.page.client.run_javascript(f"window.__gancanvasDirty = {flag}")
