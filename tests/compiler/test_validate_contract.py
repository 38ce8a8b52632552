"""Validator rules that come from the blocks' own declarations (contract v2), never type names."""

from __future__ import annotations

from typing import Any

from gancanvas.compiler import validate
from schemas import load_graph_dict
from tests.graphs import example


def codes(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i.path, i.code) for i in validate(load_graph_dict(data))}


def node(data: dict[str, Any], nid: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["id"] == nid)


def test_a_reader_of_critic_extras_needs_a_critic_that_outputs_them() -> None:
    g = example("digits_acgan")
    node(g, "D")["params"]["ac_head"] = False
    node(g, "D")["params"]["projection"] = True
    assert ("nodes.ac", "missing_critic_output") in codes(g)


def test_conditioning_on_one_side_only_is_refused() -> None:
    g = example("digits_conditional")
    g["edges"] = [e for e in g["edges"] if e["to"] != "D.y"]
    assert ("nodes.D.inputs.y", "missing_input") in codes(g)


def test_labels_from_an_unlabelled_source_are_refused() -> None:
    g = example("digits_conditional")
    node(g, "data")["type"] = "data.gaussian_grid"
    node(g, "data")["params"] = {}
    found = codes(g)
    label_edges = [i for i, e in enumerate(g["edges"]) if e["from"] == "data.labels"]
    assert {(f"edges.{i}.from", "unknown_port") for i in label_edges} <= found


def test_a_packed_critic_needs_a_divisible_batch() -> None:
    g = example("grid25_pacgan")
    g["run"]["batch_size"] = 201
    assert ("nodes.D.params.pack", "bad_param") in codes(g)
    g["run"]["batch_size"] = 300
    node(g, "D")["params"]["pack"] = 3
    assert codes(g) == set()  # the dry run pushes 2·pack samples through the packed D


def test_two_sampling_paths_are_ambiguous() -> None:
    g = example("digits_dcgan")
    g["nodes"] += [
        {"id": "t1", "type": "sampler.truncation"},
        {"id": "t2", "type": "sampler.truncation"},
    ]
    g["edges"] += [{"from": "G_ema.ema", "to": "t1.net"}, {"from": "G.net", "to": "t2.net"}]
    assert ("nodes.t2", "extra_sampler") in codes(g)


def test_an_unwired_latent_is_reported_not_silently_ignored() -> None:
    g = example("grid25_vanilla")
    g["nodes"].append({"id": "trunc", "type": "latent.truncated_normal"})
    assert ("nodes.trunc", "unused_block") in codes(g)


def test_simultaneous_updates_take_one_step_each() -> None:
    g = example("grid25_pacgan")
    node(g, "loop")["params"]["n_dis"] = 5
    assert ("nodes.loop.params.simultaneous", "bad_param") in codes(g)
