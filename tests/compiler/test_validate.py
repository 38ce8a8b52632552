"""The validator reports every issue with a stable code and a path into the file."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gancanvas.compiler import check_connection, validate
from schemas import load_graph_dict
from tests.conftest import EXAMPLES
from tests.graphs import example


def codes(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i.path, i.code) for i in validate(load_graph_dict(data))}


def node(data: dict[str, Any], nid: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["id"] == nid)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_valid(path: Any) -> None:
    assert validate(load_graph_dict(__import__("json").loads(path.read_text()))) == []


def test_unknown_block_and_bad_params() -> None:
    g = example("grid25_vanilla")
    node(g, "D")["type"] = "discriminator.nope"
    node(g, "G")["params"] = {"hidden": [128, -1], "hiden": 3}
    node(g, "optD")["params"]["lr"] = 5.0
    found = codes(g)
    assert ("nodes.D.type", "unknown_block") in found
    assert ("nodes.G.params.hidden.1", "bad_param") in found
    assert ("nodes.G.params.hiden", "bad_param") in found
    assert ("nodes.optD.params.lr", "bad_param") in found


def test_all_issues_are_reported_not_just_the_first() -> None:
    g = example("grid25_vanilla")
    node(g, "optD")["params"]["lr"] = -1
    g["edges"].append({"from": "G.fake", "to": "D.t"})
    g["edges"].append({"from": "G.nope", "to": "loss.critic"})
    found = {c for _, c in codes(g)}
    assert {"bad_param", "port_type_mismatch", "unknown_port"} <= found


def test_port_type_mismatch_says_which_and_why() -> None:
    g = example("grid25_vanilla")
    g["edges"][0] = {"from": "data.real", "to": "G.z"}
    issues = validate(load_graph_dict(g))
    (mismatch,) = [i for i in issues if i.code == "port_type_mismatch"]
    assert mismatch.path == "edges.0"
    assert "data.real gives Samples but G.z takes Latent" in mismatch.message


def test_unknown_node_and_port() -> None:
    g = example("grid25_vanilla")
    g["edges"].append({"from": "ghost.x", "to": "D.real"})
    g["edges"].append({"from": "G.fake", "to": "D.image"})
    found = codes(g)
    n = len(g["edges"])
    assert (f"edges.{n - 2}.from", "unknown_node") in found
    assert (f"edges.{n - 1}.to", "unknown_port") in found


def test_missing_input_and_too_many_inputs() -> None:
    g = example("grid25_vanilla")
    g["edges"] = [e for e in g["edges"] if e["to"] != "D.fake"]
    g["edges"].append({"from": "data.real", "to": "D.real"})
    found = codes(g)
    assert ("nodes.D.inputs.fake", "missing_input") in found
    assert any(c == "duplicate_edge" for _, c in found)
    g = example("grid25_vanilla")
    g["nodes"].append({"id": "data2", "type": "data.gaussian_ring"})
    g["edges"].append({"from": "data2.real", "to": "D.real"})
    assert any(c == "too_many_inputs" for _, c in codes(g))


def test_cycle() -> None:
    g = example("ring8_hinge_sn")
    g["nodes"].append({"id": "ema2", "type": "scheduler.ema"})
    g["edges"].append({"from": "G_ema.ema", "to": "ema2.net"})
    assert not any(c == "cycle" for _, c in codes(g))
    issue = check_connection(load_graph_dict(example("grid25_vanilla")), "G.fake", "G.z")
    assert issue is not None and issue.code == "cycle"


def test_cycle_through_handles_is_found() -> None:
    g = example("ring8_hinge_sn")
    g["nodes"].append({"id": "ema2", "type": "scheduler.ema"})
    g["edges"] += [{"from": "ema2.ema", "to": "G_ema.net"}]
    g["edges"] = [e for e in g["edges"] if e["to"] != "G_ema.net"] + [
        {"from": "ema2.ema", "to": "G_ema.net"},
        {"from": "G_ema.ema", "to": "ema2.net"},
    ]
    assert any(c == "cycle" for _, c in codes(g))


def test_exactly_one_generator_and_discriminator() -> None:
    g = example("grid25_vanilla")
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "G"]
    g["edges"] = [
        e for e in g["edges"] if not e["from"].startswith("G.") and not e["to"].startswith("G.")
    ]
    found = codes(g)
    assert ("nodes", "no_generator") in found
    g = example("grid25_vanilla")
    g["nodes"].append({"id": "D2", "type": "discriminator.mlp"})
    assert ("nodes.D2", "extra_discriminator") in codes(g)


def test_missing_optimizer() -> None:
    g = example("grid25_vanilla")
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "optG"]
    g["edges"] = [e for e in g["edges"] if not e["to"].startswith("optG.")]
    assert ("nodes.G", "missing_optimizer") in codes(g)


def test_augmenter_on_one_side() -> None:
    g = example("grid25_diffusion")
    g["edges"] = [e for e in g["edges"] if e["to"] not in ("D.fake", "diff.fake")]
    g["edges"].append({"from": "G.fake", "to": "D.fake"})
    found = codes(g)
    assert ("nodes.diff", "augmenter_on_one_side") in found


def test_crossed_sides() -> None:
    g = example("grid25_diffusion")
    for e in g["edges"]:
        if e["to"] == "D.real":
            e["from"] = "diff.fake"
        elif e["to"] == "D.fake":
            e["from"] = "diff.real"
    assert any(c == "crossed_sides" for _, c in codes(g))


def test_unsupported_shape_for_dcgan_on_vector_data() -> None:
    g = example("grid25_vanilla")
    node(g, "G")["type"] = "generator.dcgan"
    node(g, "G")["params"] = {}
    issues = validate(load_graph_dict(g))
    (issue,) = [i for i in issues if i.code == "unsupported_shape"]
    assert issue.path == "nodes.G" and "MLP" in issue.message


def test_unsupported_image_size() -> None:
    g = example("digits_dcgan")
    node(g, "data")["params"] = {"resize": 16}
    assert validate(load_graph_dict(g)) == []
    g["nodes"].append({"id": "ring", "type": "data.gaussian_ring"})
    g["nodes"].append({"id": "m", "type": "metric.modes"})
    g["edges"] += [{"from": "ring.real", "to": "m.real"}, {"from": "G.net", "to": "m.generator"}]
    assert any(c == "shape_mismatch" for _, c in codes(g))


def test_missing_data_folder_is_located() -> None:
    g = example("digits_dcgan")
    node(g, "data")["type"] = "data.torchvision"
    node(g, "data")["params"] = {"dataset": "mnist", "root": "/nonexistent/place"}
    found = codes(g)
    assert any(p.startswith("nodes.data.params") and c == "missing_data" for p, c in found)


def test_known_bad_combinations() -> None:
    g = example("grid25_wgan_gp")
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "gp"]
    g["edges"] = [e for e in g["edges"] if not e["to"].startswith("gp.")]
    assert ("nodes.loss", "unconstrained_critic") in codes(g)
    g = example("digits_dcgan")
    node(g, "D")["params"]["norm"] = "batch"
    g["nodes"].append({"id": "r1", "type": "regularizer.r1"})
    g["edges"].append({"from": "D.critic", "to": "r1.critic"})
    assert ("nodes.D.params.norm", "batchnorm_with_penalty") in codes(g)


def test_loop_conflict() -> None:
    g = example("grid25_wgan_gp")
    g["run"]["n_dis"] = 3
    assert ("run.n_dis", "loop_conflict") in codes(g)


def test_check_connection_accepts_a_fitting_edge_and_refuses_others() -> None:
    g = example("grid25_vanilla")
    g["edges"] = [e for e in g["edges"] if e["to"] != "D.fake"]
    graph = load_graph_dict(g)
    assert check_connection(graph, "G.fake", "D.fake") is None
    refused = check_connection(graph, "data.real", "D.real")
    assert refused is not None and refused.code in ("duplicate_edge", "too_many_inputs")
    refused = check_connection(graph, "z.z", "D.fake")
    assert refused is not None and refused.code == "port_type_mismatch"
    assert check_connection(graph, "G.fake", "nope") is not None


def test_a_loop_of_augmenters_is_a_cycle_not_a_hang() -> None:
    g = example("digits_dcgan")
    g["nodes"].append({"id": "aug2", "type": "augmenter.diffaugment"})
    g["edges"] = [e for e in g["edges"] if e["to"] not in ("aug.real", "aug.fake")]
    g["edges"] += [
        {"from": "aug2.real", "to": "aug.real"},
        {"from": "aug2.fake", "to": "aug.fake"},
        {"from": "aug.real", "to": "aug2.real"},
        {"from": "aug.fake", "to": "aug2.fake"},
    ]
    found = {c for _, c in codes(g)}
    assert "cycle" in found


_DIFF = example("grid25_diffusion")
_PORTS = [
    f"{n['id']}.{p}"
    for n in _DIFF["nodes"]
    for p in (
        "real",
        "fake",
        "t",
        "z",
        "net",
        "critic",
        "control",
        "level",
        "opt",
        "generator",
        "ema",
    )
]


@settings(max_examples=60, deadline=None)
@given(
    keep=st.lists(st.booleans(), min_size=len(_DIFF["edges"]), max_size=len(_DIFF["edges"])),
    extra=st.lists(st.tuples(st.sampled_from(_PORTS), st.sampled_from(_PORTS)), max_size=4),
)
def test_any_rewiring_gives_issues_never_an_exception(
    keep: list[bool], extra: list[tuple[str, str]]
) -> None:
    g = example("grid25_diffusion")
    g["edges"] = [e for e, k in zip(g["edges"], keep, strict=True) if k]
    g["edges"] += [{"from": a, "to": b} for a, b in extra]
    issues = validate(load_graph_dict(g))
    assert all(i.path and i.code and i.message for i in issues)
