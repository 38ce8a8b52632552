"""The canvas page with NiceGUI's simulated ``user`` (no browser): the wiring of every panel."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from nicegui import ui
from nicegui.elements.upload import Upload
from nicegui.testing import User

from gancanvas.app import files
from gancanvas.app.canvas import GraphCanvas
from gancanvas.app.page import CanvasPage
from gancanvas.app.server import make_services, register
from schemas import Graph, load_graph_text

from .conftest import example

pytestmark = pytest.mark.nicegui_main_file("")


async def open_page(user: User, tmp_path: Path, graph: Graph | None = None) -> CanvasPage:
    register(make_services(tmp_path / "graphs", graph))
    await user.open("/")
    return CanvasPage.latest()


async def test_palette_search_by_description_and_paper(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path)
    user.find(marker="add-generator.mlp")  # the palette is there
    page.palette.search.value = "diffusion"
    shown = page.palette.visible_types()
    assert "augmenter.diffusion" in shown and "generator.mlp" not in shown
    paper_word = "Miyato"  # spectral normalization's paper
    page.palette.search.value = paper_word
    shown = page.palette.visible_types()
    assert "regularizer.spectral_norm" in shown and "generator.mlp" not in shown
    page.palette.search.value = "zzzz-nothing"
    assert page.palette.visible_types() == []


async def test_build_connect_refuse_and_inspect(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path)
    canvas = user.find(GraphCanvas)
    canvas.trigger("add", {"type": "latent.normal", "x": 10, "y": 20})
    user.find(marker="add-generator.mlp").click()
    assert page.editor.node_ids() == ["z", "G"]  # drop position and + button both add
    assert page.editor.graph["layout"]["z"] == [10.0, 20.0]
    canvas.trigger("connect", {"source": "z.z", "target": "G.z"})
    assert page.editor.graph["edges"] == [{"from": "z.z", "to": "G.z"}]
    user.find(marker="add-discriminator.mlp").click()
    canvas.trigger("connect", {"source": "z.z", "target": "D.fake"})
    await user.should_see("Refused z.z → D.fake")
    assert page.refusal and "Latent" in page.refusal and "Samples" in page.refusal
    assert len(page.editor.graph["edges"]) == 1
    # the browser got the graph and the validator's issues (no data, no D yet)
    sent = next(iter(canvas.elements)).props
    assert [n["id"] for n in sent["graph"]["nodes"]] == ["z", "G", "D"]
    assert sent["issues"]
    # select G → inspector form from its params schema
    canvas.trigger("select", {"nodes": ["G"], "edges": []})
    assert page.inspector.node_id == "G"
    assert "hidden" in page.inspector.fields


async def test_inspector_inline_error_then_fix(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    user.find(GraphCanvas).trigger("select", {"nodes": ["optD"], "edges": []})
    field = page.inspector.fields["lr"]
    field.element.value = -0.5
    assert page.editor.node("optD")["params"]["lr"] == -0.5
    assert field.element.props["error"] is True and field.element.props["error-message"]
    assert any(i.path == "nodes.optD.params.lr" for i in page.editor.issues)
    field.element.value = 0.0001
    assert not field.element.props["error"]
    assert page.editor.issues == []


async def test_issue_click_selects_node(user: User, tmp_path: Path) -> None:
    graph = example("grid25_vanilla")
    graph.nodes[2].params["hidden"] = "wide"  # G: a bad param
    page = await open_page(user, tmp_path, graph)
    assert any(i.path.startswith("nodes.G") for i in page.editor.issues)
    await user.should_see("nodes.G.params.hidden")
    user.find(marker="issue-nodes.G.params.hidden").click()
    assert page.selection == {"nodes": ["G"], "edges": []}
    assert page.inspector.node_id == "G"


async def test_shortcuts_delete_undo_copy_paste(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    canvas = user.find(GraphCanvas)
    canvas.trigger("shortcut", {"action": "delete", "nodes": ["modes"], "edges": []})
    assert page.editor.node("modes") is None
    canvas.trigger("shortcut", {"action": "undo"})
    assert page.editor.node("modes") is not None
    canvas.trigger("shortcut", {"action": "redo"})
    assert page.editor.node("modes") is None
    canvas.trigger("shortcut", {"action": "copy", "nodes": ["optG"], "edges": []})
    canvas.trigger("shortcut", {"action": "paste"})
    assert page.editor.node("optG2") is not None
    canvas.trigger("layout", {"positions": {"optG2": [5, 6]}})
    assert page.editor.graph["layout"]["optG2"] == [5.0, 6.0]


async def test_save_reload_same_graph_and_bad_file_keeps_current(
    user: User, tmp_path: Path
) -> None:
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    page.editor.set_meta("name", "../My Vanilla")
    path = page.save()
    assert path == (tmp_path / "graphs" / "My_Vanilla.json").resolve()
    saved = load_graph_text(path.read_text())
    assert saved == page.editor.to_graph()
    before = page.editor.to_json()
    user.find(GraphCanvas).trigger("file", {"name": "bad.json", "text": '{"nodes": 3'})
    await user.should_see("Not a valid graph file")
    assert page.editor.to_json() == before
    page.new_graph()
    assert page.editor.graph["nodes"] == []
    page._open_saved("My_Vanilla")
    assert page.editor.to_graph() == saved


async def test_run_refused_while_invalid(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path)
    page.add_block("generator.mlp")
    assert page.start_run() is None
    await user.should_see("Fix the")
    assert page.services.runs.runs == {}


async def test_download_gives_the_graph(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    page.download()
    response = await user.download.next()
    assert load_graph_text(response.text) == page.editor.to_graph()


def test_page_module_sizes() -> None:
    """Modules stay small (issue: under ~500 lines each)."""
    folder = Path(ui.__file__).parent  # keep the import used
    del folder
    app_dir = Path(__file__).resolve().parents[2] / "gancanvas" / "app"
    for module in app_dir.glob("*.py"):
        assert len(module.read_text().splitlines()) < 500, module.name


async def test_save_never_replaces_another_graph_silently(user: User, tmp_path: Path) -> None:
    graphs = tmp_path / "graphs"
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    for name in ("", "..", "名前"):  # each used to land in graph.json, replacing the last
        page.editor.set_meta("name", name)
        assert page.save() is not None
    assert sorted(p.name for p in graphs.iterdir()) == ["untitled.json", "名前.json"]
    page.new_graph()  # another graph with a name that sanitises alike
    page.editor.set_meta("name", "./")
    original = (graphs / "untitled.json").read_text()
    with user:  # as a click would: the dialog opens in this page
        assert page.save() is None
    await user.should_see("untitled.json already holds a different graph")
    user.find(marker="save-cancel").click()
    assert (graphs / "untitled.json").read_text() == original
    with user:
        assert page.save() is None
    user.find(marker="save-version").click()
    assert page.file == (graphs / "untitled-2.json").resolve()
    assert load_graph_text(page.file.read_text()) == page.editor.to_graph()
    assert (graphs / "untitled.json").read_text() == original
    page.add_block("generator.mlp")  # its own file now: saved again without asking
    assert page.save() == page.file
    page._open_saved("untitled")
    page.editor.set_meta("description", "edited")
    assert page.save() == (graphs / "untitled.json").resolve()  # opened from there: replaced


async def test_run_asks_before_its_save_replaces_another_graph(
    user: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    started: list[Path] = []

    def start(path: Path, name: str) -> SimpleNamespace:
        started.append(path)
        return SimpleNamespace(key="k")

    monkeypatch.setattr(page.services.runs, "start", start)
    monkeypatch.setattr(page.run_view, "select", lambda key: None)
    other = tmp_path / "graphs" / "grid25-vanilla.json"
    other.parent.mkdir()
    other.write_text("{}", encoding="utf-8")  # another graph under the same name
    with user:
        assert page.start_run() is None and started == []
    await user.should_see("grid25-vanilla.json already holds a different graph")
    user.find(marker="save-overwrite").click()
    assert started == [other.resolve()]
    assert load_graph_text(other.read_text()) == page.editor.to_graph()


class _Unread(Upload.SmallFileUpload):
    """An upload whose content must not be read (it is over the bound)."""

    async def read(self) -> bytes:
        raise AssertionError("an oversized upload was read into memory")


async def test_upload_over_5mb_refused_before_reading(user: User, tmp_path: Path) -> None:
    page = await open_page(user, tmp_path, example("grid25_vanilla"))
    before = page.editor.to_json()
    with user:
        page.show_upload()
    upload = next(iter(user.find(Upload).elements))
    assert upload.props["max-file-size"] == files.MAX_UPLOAD_BYTES  # the browser's own check
    big = _Unread("big.json", "application/json", b" " * (files.MAX_UPLOAD_BYTES + 1))
    await upload.handle_uploads([big])
    await user.should_see("larger than 5 MB")
    assert page.editor.to_json() == before
    graph = example("grid25_diffusion")
    fits = Upload.SmallFileUpload("g.json", "application/json", graph.to_json().encode())
    await upload.handle_uploads([fits])
    await user.should_see("Opened g.json")  # handlers run as tasks: wait for it
    assert page.editor.name == graph.name and page.editor.node_ids() == [n.id for n in graph.nodes]
