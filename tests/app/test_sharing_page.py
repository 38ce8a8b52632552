"""Sharing in the canvas (NiceGUI's simulated ``user``): a dropped sample PNG opens its graph, the
history opens a run's graph and diffs two runs, and the Graph tab names the data folder."""

from __future__ import annotations

import base64
import io
import uuid
from pathlib import Path

import pytest
from nicegui.testing import User
from PIL import Image

from gancanvas.app.canvas import GraphCanvas
from gancanvas.app.page import CanvasPage
from gancanvas.app.server import make_services, register
from schemas import Graph
from schemas.png import graph_text_chunks, png_info

from .conftest import example

pytestmark = pytest.mark.nicegui_main_file("")


def picture(graph: Graph | None, run_id: str | None = None) -> bytes:
    """PNG bytes, carrying ``graph`` (as a run's sample pictures do) when given."""
    buf = io.BytesIO()
    text = graph_text_chunks(graph.to_json(indent=None), run_id) if graph else None
    Image.new("RGB", (8, 8), (0, 90, 0)).save(buf, "PNG", pnginfo=png_info(text) if text else None)
    return buf.getvalue()


def tracked_run(uri: str, graph: Graph) -> str:
    """An MLflow run holding ``graph`` as ``graph.json``, tagged as the runner tags its runs."""
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    exp = client.get_experiment_by_name(graph.name)
    exp_id = exp.experiment_id if exp else client.create_experiment(graph.name)
    run = client.create_run(exp_id, run_name=graph.name, tags={"graph_name": graph.name})
    client.log_text(run.info.run_id, graph.to_json(), "graph.json")
    client.set_terminated(run.info.run_id)
    return str(run.info.run_id)


async def open_page(user: User, graphs: Path, graph: Graph | None = None) -> CanvasPage:
    register(make_services(graphs, graph))
    await user.open("/")
    return CanvasPage.latest()


async def test_dropped_sample_png_opens_its_graph(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path / "graphs")
    graph = example("grid25_diffusion")
    canvas = user.find(GraphCanvas)
    data = base64.b64encode(picture(graph, "r" * 32)).decode()
    canvas.trigger("file", {"name": "0002000.png", "data": data, "text": "", "size": 99})
    await user.should_see("Opened 0002000.png")
    assert page.editor.to_graph() == graph  # layout included
    before = page.editor.to_json()
    plain = base64.b64encode(picture(None)).decode()
    canvas.trigger("file", {"name": "holiday.png", "data": plain, "text": "", "size": 99})
    await user.should_see("this PNG carries no gancanvas graph")
    canvas.trigger("file", {"name": "huge.png", "data": "", "text": "", "size": 6_000_000})
    await user.should_see("larger than 5 MB")
    assert page.editor.to_json() == before


async def test_history_opens_a_runs_graph_and_diffs_two_runs(
    user: User, run_env: Path, mlflow_uri: str
) -> None:
    name = f"share-{uuid.uuid4().hex[:8]}"
    first = example("grid25_vanilla").model_copy(update={"name": name})
    data = first.to_dict()
    data["nodes"][2]["params"]["hidden"] = [64]  # G
    data["run"]["seed"] = 7
    second = Graph.model_validate(data)
    a, b = tracked_run(mlflow_uri, first), tracked_run(mlflow_uri, second)
    page = await open_page(user, run_env / "graphs", Graph(name=name))
    await page.history.refresh()
    user.find(marker=f"open-run-{b}").click()
    await user.should_see(f"Opened the graph of run {b[:8]}")
    assert page.editor.to_graph() == second and page.editor.graph["layout"] == data["layout"]
    user.find(marker=f"compare-{a}").click()
    assert not page.history.diff_button.enabled and not page.history.compare_button.enabled
    user.find(marker=f"compare-{b}").click()
    assert page.history.compare == [a, b] and page.history.diff_button.enabled
    assert page.history.compare_button.enabled
    user.find(marker="diff-runs").click()
    await user.should_see(f"Run {a[:8]} → run {b[:8]}")
    await user.should_see("~ nodes.G.params.hidden: [128, 128] → [64]")
    await user.should_see("~ run.seed: 0 → 7")
    # Compare: runs without metrics or samples still show what differs between their graphs
    user.find(marker="compare-runs").click()
    await user.should_see("Compare 2 runs")
    await user.should_see("nodes.G.params.hidden")
    await user.should_see(f"{name} ({a[:8]}) · no samples")


async def test_graph_tab_names_the_data_folder(
    user: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GANCANVAS_DATA", str(tmp_path / "datasets"))
    await open_page(user, tmp_path / "graphs")
    await user.should_see(f"Data folder: {tmp_path / 'datasets'} (GANCANVAS_DATA)")
