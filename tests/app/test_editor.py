"""The editing model behind the canvas: add, connect (with refusals), params, undo, clipboard."""

from __future__ import annotations

from gancanvas.app.editor import Editor
from schemas import Graph

from .conftest import example

VANILLA_EDGES = [
    ("z.z", "G.z"),
    ("data.real", "D.real"),
    ("G.fake", "D.fake"),
    ("D.critic", "loss.critic"),
    ("G.net", "opt.net"),
    ("D.critic", "opt2.net"),
]


def build_vanilla(editor: Editor) -> None:
    for tag in (
        "data.gaussian_grid",
        "latent.normal",
        "generator.mlp",
        "discriminator.mlp",
        "loss.non_saturating",
        "optimizer.adam",
        "optimizer.adam",
    ):
        editor.add_node(tag, 0, 0)
    for source, target in VANILLA_EDGES:
        assert editor.connect(source, target) is None, (source, target)


def test_build_vanilla_from_empty_is_valid() -> None:
    editor = Editor()
    assert editor.graph["nodes"] == []
    build_vanilla(editor)
    assert editor.node_ids() == ["data", "z", "G", "D", "loss", "opt", "opt2"]
    assert editor.issues == []
    assert editor.shapes["G.fake"] == "Samples[2]"
    assert Graph.model_validate(editor.graph).edges[0].source == "z.z"


def test_incompatible_connection_is_refused_with_reason() -> None:
    editor = Editor(example("grid25_vanilla"))
    before = list(editor.graph["edges"])
    reason = editor.connect("z.z", "D.fake")
    assert reason is not None and "Latent" in reason and "Samples" in reason
    assert editor.graph["edges"] == before
    assert editor.connect("z.z", "G.z") is not None  # already connected


def test_bad_param_is_an_inline_error_until_fixed() -> None:
    editor = Editor(example("grid25_vanilla"))
    editor.set_param("optD", "lr", -1.0)
    errors = editor.param_errors("optD")
    assert "lr" in errors
    assert any(i.path == "nodes.optD.params.lr" for i in editor.issues)
    editor.set_param("optD", "lr", 1e-4)
    assert editor.param_errors("optD") == {}
    assert editor.issues == []


def test_undo_redo_and_typing_coalesces() -> None:
    editor = Editor(example("grid25_vanilla"))
    original = editor.to_json()
    editor.set_param("G", "hidden", [64])
    editor.set_param("G", "hidden", [64, 64])  # same field right after: one undo step
    editor.remove(nodes=["modes"])
    assert editor.node("modes") is None
    assert not any("modes." in e["to"] for e in editor.graph["edges"])
    assert editor.undo()
    assert editor.node("modes") is not None
    assert editor.undo()
    assert editor.to_json() == original
    assert not editor.undo()
    assert editor.redo() and editor.node("G")["params"]["hidden"] == [64, 64]


def test_copy_paste_renames_and_keeps_inner_edges() -> None:
    editor = Editor(example("grid25_vanilla"))
    assert editor.copy(["G", "z"]) == 2
    new = editor.paste()
    assert sorted(new) == ["G2", "z2"]
    assert {"from": "z2.z", "to": "G2.z"} in editor.graph["edges"]
    assert editor.graph["layout"]["G2"][0] == editor.graph["layout"]["G"][0] + 40


def test_rename_updates_edges_and_layout() -> None:
    editor = Editor(example("grid25_vanilla"))
    assert editor.rename_node("D", "critic") is None
    assert {"from": "critic.critic", "to": "loss.critic"} in editor.graph["edges"]
    assert "critic" in editor.graph["layout"] and "D" not in editor.graph["layout"]
    assert editor.rename_node("critic", "G") is not None
    assert editor.rename_node("critic", "9bad") is not None
    assert editor.issues == []


def test_layout_moves_never_change_what_is_trained() -> None:
    editor = Editor(example("grid25_vanilla"))
    before = editor.to_graph().content_hash()
    editor.move({"G": (1234, 5), "nope": (1, 1)})
    assert editor.graph["layout"]["G"] == [1234.0, 5.0]
    assert editor.to_graph().content_hash() == before
