"""In a real headless Chromium: dropping a run's sample PNG on the canvas opens its graph."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import torch
from nicegui.testing import Screen

from blocks.data.common import MixtureSource
from gancanvas.runner.samples import save_picture
from schemas import Graph
from schemas.png import graph_text_chunks

from .browser import nodes_on_canvas, shot, wait
from .conftest import example
from .test_browser import open_app, the_page

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]

# A file dropped from the desktop: a File in a DataTransfer, dropped on the canvas' pane (a child
# of the editor), as the browser dispatches it.
DROP_FILE_JS = """
const [b64, name, type] = arguments;
const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const dt = new DataTransfer();
dt.items.add(new File([bytes], name, {type}));
const target = document.querySelector('.gc-canvas .vue-flow__pane') ||
               document.querySelector('.gc-canvas');
const r = target.getBoundingClientRect();
const at = {dataTransfer: dt, bubbles: true, cancelable: true,
            clientX: r.left + 200, clientY: r.top + 200};
target.dispatchEvent(new DragEvent('dragenter', at));
target.dispatchEvent(new DragEvent('dragover', at));
target.dispatchEvent(new DragEvent('drop', at));
"""


def sample_png(path: Path, graph: Graph | None) -> bytes:
    """A scatter sample picture written by the runner's own writer (``save_picture``)."""
    from blocks.data.toy import grid_centres

    data = MixtureSource(grid_centres(5, 2.0), 0.05, torch.device("cpu"), "grid")
    text = graph_text_chunks(graph.to_json(indent=None), "e" * 32) if graph else None
    save_picture(torch.randn(64, 2), data, path, title="step 200", text=text)
    return path.read_bytes()


def drop(screen: Screen, content: bytes, name: str) -> None:
    b64 = base64.b64encode(content).decode()
    screen.selenium.execute_script(DROP_FILE_JS, b64, name, "image/png")


def test_drop_a_sample_png_opens_its_graph(screen: Screen, run_env: Path) -> None:
    open_app(screen, run_env / "graphs")
    assert nodes_on_canvas(screen) == []
    graph = example("grid25_diffusion")
    drop(screen, sample_png(run_env / "0000200.png", graph), "0000200.png")
    wait(lambda: len(nodes_on_canvas(screen)) == len(graph.nodes), 15, "the PNG's graph")
    screen.should_contain("Opened 0000200.png")
    page = the_page()
    assert page.editor.to_graph() == graph
    assert sorted(nodes_on_canvas(screen)) == sorted(n.id for n in graph.nodes)
    shot(screen, "dropped-sample-png")

    drop(screen, sample_png(run_env / "plain.png", None), "plain.png")
    screen.should_contain("this PNG carries no gancanvas graph")
    assert page.editor.to_graph() == graph  # the graph on the canvas stays
