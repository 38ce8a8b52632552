"""Subgraphs, frames and bypass in the file: written only when used, inlined with paths kept."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from schemas import Graph, GraphLoadError, load_graph_dict, load_graph_text
from schemas.overrides import apply_sets
from schemas.subgraphs import inline
from tests.graphs import example


def collapsed_vanilla() -> dict[str, Any]:
    """grid25_vanilla with D and its loss collapsed by hand into subgraph ``critic``."""
    g = example("grid25_vanilla")
    inner = {"D", "loss"}
    edges = [e for e in g["edges"] if e["to"].split(".")[0] not in inner]
    edges = [e for e in edges if e["from"].split(".")[0] not in inner]
    g["edges"] = [
        *edges,
        {"from": "data.real", "to": "critic.d_real"},
        {"from": "G.fake", "to": "critic.d_fake"},
        {"from": "critic.d_critic", "to": "optD.net"},
    ]
    g["subgraphs"] = [
        {
            "id": "critic",
            "label": "the critic",
            "nodes": [n for n in g["nodes"] if n["id"] in inner],
            "edges": [{"from": "D.critic", "to": "loss.critic"}],
            "layout": {"D": [10.0, 20.0]},
            "inputs": {"d_real": ["D.real"], "d_fake": ["D.fake"]},
            "outputs": {"d_critic": "D.critic"},
        }
    ]
    g["nodes"] = [n for n in g["nodes"] if n["id"] not in inner]
    return g


def test_files_without_groups_subgraphs_or_bypass_dump_as_before() -> None:
    text = load_graph_dict(example("grid25_vanilla")).to_json()
    for key in ('"groups"', '"subgraphs"', '"bypass"'):
        assert key not in text


def test_a_collapsed_graph_round_trips_and_hashes_like_the_expanded_one() -> None:
    g = load_graph_dict(collapsed_vanilla())
    assert load_graph_text(g.to_json()) == g
    assert json.loads(g.to_json())["subgraphs"][0]["layout"]["D"] == [10.0, 20.0]
    assert g.content_hash() == load_graph_dict(example("grid25_vanilla")).content_hash()


def test_inline_puts_the_blocks_back_and_rewires_the_exposed_ports() -> None:
    flat = inline(load_graph_dict(collapsed_vanilla()))
    original = load_graph_dict(example("grid25_vanilla"))
    assert {n.id for n in flat.graph.nodes} == {n.id for n in original.nodes}
    wires = {(e.source, e.target) for e in flat.graph.edges}
    assert wires == {(e.source, e.target) for e in original.edges}
    assert flat.graph.subgraphs == [] and flat.issues == []


def test_paths_into_the_inlined_graph_lead_back_into_the_file() -> None:
    flat = inline(load_graph_dict(collapsed_vanilla()))
    assert flat.locate("nodes.D.params.hidden") == "subgraphs.critic.nodes.D.params.hidden"
    assert flat.locate("nodes.G.params.hidden") == "nodes.G.params.hidden"
    inner = next(
        i
        for i, e in enumerate(flat.graph.edges)
        if (e.source, e.target) == ("D.critic", "loss.critic")
    )
    assert flat.locate(f"edges.{inner}") == "subgraphs.critic.edges.0"
    crossing = next(i for i, e in enumerate(flat.graph.edges) if e.target == "D.fake")
    in_file = collapsed_vanilla()["edges"].index({"from": "G.fake", "to": "critic.d_fake"})
    assert flat.locate(f"edges.{crossing}.to") == f"edges.{in_file}.to"
    assert flat.locate("run.steps") == "run.steps"


def test_a_wire_to_a_port_the_subgraph_does_not_expose_is_located() -> None:
    g = collapsed_vanilla()
    g["edges"].append({"from": "z.z", "to": "critic.nope"})
    flat = inline(load_graph_dict(g))
    (issue,) = flat.issues
    assert issue.path == f"edges.{len(g['edges']) - 1}.to" and issue.code == "unknown_port"
    assert "subgraph critic has no input 'nope' (inputs: d_real, d_fake)" in issue.message


@pytest.mark.parametrize(
    ("edit", "path", "code"),
    [
        (
            lambda g: g["subgraphs"][0]["nodes"].append({"id": "G", "type": "loss.ns"}),
            "subgraphs.critic.nodes.G",
            "duplicate_id",
        ),
        (
            lambda g: g["subgraphs"][0].update(outputs={"d_critic": "X.critic"}),
            "subgraphs.critic.outputs.d_critic",
            "unknown_node",
        ),
        (
            lambda g: g["subgraphs"][0]["edges"].append({"from": "G.fake", "to": "D.fake"}),
            "subgraphs.critic.edges.1",
            "unknown_node",
        ),
        (lambda g: g["subgraphs"][0].update(id="G"), "subgraphs.G.id", "duplicate_id"),
    ],
)
def test_broken_subgraphs_are_named_where_they_break(edit: Any, path: str, code: str) -> None:
    g = collapsed_vanilla()
    edit(g)
    issues = inline(load_graph_dict(g)).issues
    assert (path, code) in {(i.path, i.code) for i in issues}


def test_exposed_port_names_and_refs_are_checked_on_load() -> None:
    g = collapsed_vanilla()
    g["subgraphs"][0]["inputs"] = {"Bad-Name": ["D.real"]}
    with pytest.raises(GraphLoadError) as err:
        load_graph_dict(g)
    assert err.value.issues[0].path.startswith("subgraphs.0.inputs")


def test_bypass_is_written_only_when_set_and_frames_are_layout() -> None:
    data = example("grid25_vanilla")
    plain = load_graph_dict(data)
    data["nodes"][0]["bypass"] = True
    data["groups"] = [{"id": "frame1", "label": "data side", "nodes": ["data", "z"]}]
    g = load_graph_dict(data)
    dumped = json.loads(g.to_json())
    assert dumped["nodes"][0]["bypass"] is True and "bypass" not in dumped["nodes"][1]
    assert dumped["groups"][0]["label"] == "data side"
    assert g.content_hash() != plain.content_hash()  # muting trains something else
    del data["nodes"][0]["bypass"]
    assert load_graph_dict(data).content_hash() == plain.content_hash()  # a frame does not


def test_set_overrides_reach_blocks_inside_a_subgraph() -> None:
    g = apply_sets(load_graph_dict(collapsed_vanilla()), ["nodes.D.params.hidden=[16]"])
    assert g.subgraphs[0].nodes[0].params["hidden"] == [16]


def test_a_graph_built_in_python_is_checked_too() -> None:
    g = Graph.model_validate(copy.deepcopy(collapsed_vanilla()))
    assert g.inlined().node("D") is not None
