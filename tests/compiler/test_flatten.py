"""What trains: subgraphs inlined, bypassed blocks dropped with their consumers fed past them."""

from __future__ import annotations

from typing import Any

import torch

from gancanvas.compiler import compile_graph, validate
from gancanvas.compiler.flatten import flatten
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


def muted(data: dict[str, Any], *ids: str) -> dict[str, Any]:
    for n in data["nodes"]:
        if n["id"] in ids:
            n["bypass"] = True
    return data


def wires(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in flatten(load_graph_dict(data)).graph.edges}


def trained(data: dict[str, Any], steps: int = 3) -> list[torch.Tensor]:
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(data), "cpu")
    runner = StepRunner(prog)
    for step in range(steps):
        runner.iteration(step)
    return [p.detach().clone() for net in (prog.G, prog.D) for p in net.parameters()]


def test_a_bypassed_augmenter_passes_real_and_fake_through_by_name() -> None:
    got = wires(muted(tiny("digits_ada"), "aug"))
    assert {("data.real", "D.real"), ("G.fake", "D.fake")} <= got
    assert not any("aug." in a or "aug." in b for a, b in got)
    assert validate(load_graph_dict(muted(tiny("digits_ada"), "aug"))) == []


def test_bypassing_a_block_trains_exactly_as_if_it_were_not_wired() -> None:
    by_hand = tiny("grid25_diffusion")
    by_hand["nodes"] = [n for n in by_hand["nodes"] if n["id"] not in ("diff", "adaT")]
    by_hand["edges"] = [
        e for e in by_hand["edges"] if not {e["from"][:4], e["to"][:4]} & {"diff", "adaT"}
    ]
    by_hand["edges"] += [
        {"from": "data.real", "to": "D.real"},
        {"from": "G.fake", "to": "D.fake"},
    ]
    bypassed = muted(tiny("grid25_diffusion"), "diff", "adaT")
    want = trained(by_hand)
    for a, b in zip(want, trained(bypassed), strict=True):
        assert torch.equal(a, b)
    # and the diffusion it leaves out did change training
    assert not all(map(torch.equal, want, trained(tiny("grid25_diffusion"))))


def test_an_output_with_nothing_of_its_type_behind_it_is_cut_and_named() -> None:
    flat = flatten(load_graph_dict(muted(tiny("grid25_diffusion"), "diff")))
    assert flat.cut == {"D.t": "diff"}  # t is optional for D: the graph still trains
    assert validate(load_graph_dict(muted(tiny("grid25_diffusion"), "diff"))) == []


def test_bypassing_the_generator_says_so_at_each_consumer() -> None:
    issues = validate(load_graph_dict(muted(tiny("grid25_vanilla"), "G")))
    at = {i.path: i for i in issues}
    assert at["nodes.D.inputs.fake"].code == "missing_input"
    assert at["nodes.D.inputs.fake"].message.endswith("its source G is bypassed")
    assert "no_generator" in {i.code for i in issues}
