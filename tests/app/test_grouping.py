"""Frames, subgraphs and bypass as the canvas edits them, and the file they leave behind.

A collapsed graph saved from the editor must train exactly like the graph it was collapsed from,
headless (``gancanvas run``), so these tests go from the editor to the CLI and compare weights.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

from gancanvas.app.editor import Editor
from gancanvas.cli import main
from gancanvas.runner import checkpoint as ckpt
from schemas import Graph, load_graph_dict
from tests.graphs import example, tiny


def hashed(graph: dict[str, Any]) -> str:
    return load_graph_dict(graph).content_hash()


def test_collapse_exposes_the_crossing_wires_and_expand_restores_the_graph() -> None:
    editor = Editor(example("grid25_vanilla"))
    before = hashed(editor.graph)
    sub_id, why = editor.collapse(["D", "loss"], "critic")
    assert why is None and sub_id == "sub"
    assert editor.issues == []
    assert "D" not in editor.node_ids() and sub_id in editor.canvas_ids()
    sub = editor.subgraph(sub_id)
    assert sub is not None
    # data.real and G.fake each feed one exposed input; D.critic leaves once, to both consumers
    assert sorted(sub["inputs"].values()) == [["D.fake"], ["D.real"]]
    assert list(sub["outputs"].values()) == ["D.critic"]
    out = next(iter(sub["outputs"]))
    assert {e["to"] for e in editor.graph["edges"] if e["from"] == f"sub.{out}"} == {"optD.net"}
    assert hashed(editor.graph) == before  # what trains is unchanged
    assert editor.expand(sub_id) == ["D", "loss"]
    assert "subgraphs" not in editor.graph and hashed(editor.graph) == before


def test_collapse_and_expand_undo_like_any_edit() -> None:
    editor = Editor(example("grid25_vanilla"))
    original = json.loads(json.dumps(editor.graph))
    editor.collapse(["G", "optG"])
    assert editor.undo() and editor.graph == original
    assert editor.redo() and editor.subgraph("sub") is not None
    editor.expand("sub")
    assert editor.undo() and editor.subgraph("sub") is not None


def test_a_subgraph_cannot_hold_another_and_needs_blocks() -> None:
    editor = Editor(example("grid25_vanilla"))
    sub_id, _ = editor.collapse(["D", "loss"])
    assert sub_id is not None
    nested, why = editor.collapse([sub_id, "optD"])
    assert nested is None and why is not None and "expand" in why
    assert editor.collapse([]) == (None, "select the blocks to collapse first")


def test_frames_group_ungroup_and_follow_collapse() -> None:
    editor = Editor(example("grid25_vanilla"))
    gid = editor.group(["G", "optG", "nope"], "generator side")
    assert gid == "frame1"
    assert editor.graph["groups"] == [
        {"id": "frame1", "label": "generator side", "nodes": ["G", "optG"]}
    ]
    second = editor.group(["optG", "D"])  # a node sits in one frame at a time
    assert editor.graph["groups"][0]["nodes"] == ["G"]
    assert editor.graph["groups"][1] == {"id": second, "label": "Group 2", "nodes": ["optG", "D"]}
    sub_id, _ = editor.collapse(["G"])
    assert editor.graph["groups"][0]["nodes"] == [sub_id]  # the frame now holds the subgraph
    editor.expand(sub_id)
    assert editor.graph["groups"][0]["nodes"] == ["G"]
    editor.set_group(gid, label="G", color="#ff8800")
    assert editor.graph["groups"][0]["color"] == "#ff8800"
    Graph.model_validate(editor.graph)
    assert editor.ungroup(gid) and not editor.ungroup(gid)
    editor.remove(nodes=["optG", "D"])
    assert "groups" not in editor.graph  # an emptied frame goes with its nodes


def test_bypass_toggles_and_keeps_the_graph_valid_where_it_can() -> None:
    editor = Editor(example("grid25_diffusion"))
    assert editor.set_bypass(["diff"]) == ["diff"]
    assert editor.node("diff") == {**editor.node("diff"), "bypass": True}  # type: ignore[dict-item]
    assert editor.issues == []
    assert editor.set_bypass(["diff"]) == ["diff"]  # all muted → unmute
    assert "bypass" not in editor.node("diff")  # type: ignore[operator]
    editor.set_bypass(["G"], on=True)
    assert any("bypassed" in i.message for i in editor.issues)  # its consumers say why


def headless(path: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """``gancanvas run FILE`` to the end; its final checkpoint."""
    assert main(["run", str(path), "--quiet", "--tracking-uri", mlflow_uri]) == 0
    out = capsys.readouterr().out
    assert "FINISHED at step 6" in out
    run_id = out.split()[1].rstrip(":")
    return ckpt.load(Path("runs") / run_id / "checkpoints" / "latest.pt")


def tensors(state: Any, prefix: str = "") -> dict[str, torch.Tensor]:
    """Every tensor in a nested state, by its path."""
    if isinstance(state, torch.Tensor):
        return {prefix: state}
    if isinstance(state, dict):
        items = state.items()
    elif isinstance(state, (list, tuple)):
        items = enumerate(state)
    else:
        return {}
    return {k: t for key, v in items for k, t in tensors(v, f"{prefix}.{key}").items()}


def test_a_collapsed_file_runs_headless_exactly_like_the_original(
    mlflow_uri: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tiny("grid25_diffusion")
    editor = Editor(original)
    editor.group(["z", "G"], "generator")
    sub_id, _ = editor.collapse(["D", "diff", "adaT", "loss"], "critic")
    collapsed = json.loads(editor.to_json())
    assert collapsed["subgraphs"][0]["id"] == sub_id and collapsed["groups"]
    assert "D" not in {n["id"] for n in collapsed["nodes"]}
    a, b = in_tmp / "original.json", in_tmp / "collapsed.json"
    a.write_text(json.dumps(original))
    b.write_text(json.dumps(collapsed))
    first, second = headless(a, mlflow_uri, capsys), headless(b, mlflow_uri, capsys)
    for part in ("blocks", "optimizers"):
        ta, tb = tensors(first[part]), tensors(second[part])
        assert ta.keys() == tb.keys() and len(ta) > 10
        assert all(torch.equal(ta[k], tb[k]) for k in ta), part
