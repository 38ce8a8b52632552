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


def _wiring_graph() -> Editor:
    from schemas import Graph

    return Editor(
        Graph.model_validate(
            {
                "name": "w",
                "nodes": [
                    {"id": "data", "type": "data.gaussian_grid"},
                    {"id": "G", "type": "generator.mlp"},
                    {"id": "D", "type": "discriminator.mlp"},
                ],
                "edges": [{"from": "data.real", "to": "D.real"}],
            }
        )
    )


def test_backwards_wires_get_a_plain_message() -> None:
    editor = _wiring_graph()
    reason = editor.connect("D.fake", "G.z")
    assert reason is not None and "both inputs" in reason and "has no output" not in reason
    reason = editor.connect("G.fake", "data.real")
    assert reason is not None and "both outputs" in reason
    assert len(editor.graph["edges"]) == 1


def test_insert_into_a_wire_is_one_undo_step() -> None:
    editor = _wiring_graph()
    aug = editor.add_node("augmenter.fade_reals")
    assert editor.insert(aug, 0) is None
    assert sorted((e["from"], e["to"]) for e in editor.graph["edges"]) == [
        ("aug.real", "D.real"),
        ("data.real", "aug.real"),
    ]
    assert editor.undo()
    assert editor.graph["edges"] == [{"from": "data.real", "to": "D.real"}]
    loss = editor.add_node("loss.hinge")
    reason = editor.insert(loss, 0)
    assert reason is not None and "cannot go into data.real → D.real" in reason
    assert editor.graph["edges"] == [{"from": "data.real", "to": "D.real"}]


def test_wire_new_uses_the_first_fitting_port() -> None:
    editor = _wiring_graph()
    opt = editor.add_node("optimizer.adam")
    assert editor.wire_new(opt, "G.net", "source") is None
    assert {"from": "G.net", "to": "opt.net"} in editor.graph["edges"]
    z = editor.add_node("latent.normal")
    assert editor.wire_new(z, "G.z", "target") is None
    assert {"from": "z.z", "to": "G.z"} in editor.graph["edges"]
    loss = editor.add_node("loss.hinge")
    assert editor.wire_new(loss, "G.fake", "source") == "loss.hinge has no port that fits G.fake"


def test_human_labels() -> None:
    from gancanvas.app.forms import human_label

    assert human_label("lr", {"title": "Lr", "description": "Learning rate."}) == "Learning rate"
    assert human_label("n_dis", {"title": "N Dis"}) == "Number of D steps"
    assert human_label("x", {"title": "Custom", "description": "Whatever."}) == "Custom"
    long = {"title": "Eps", "description": "ε in the denominator (GraN 1e-8)."}
    assert human_label("eps", long) == "Epsilon"
