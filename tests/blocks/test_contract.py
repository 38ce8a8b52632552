"""Every registered block honours the contract and trains inside a small graph.

For each block: a unique tag, a docstring naming its paper, declared ports, default params that
round-trip through JSON; then it is wired into a host graph of its kind, validated, compiled and
stepped, and the losses must be finite.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

from blocks.base import KINDS, Block
from blocks.registry import BLOCKS, catalog
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.conftest import EXAMPLES
from tests.graphs import tiny

NEEDS_FILES = {
    "data.torchvision",  # its readers are tested on generated files in test_data.py
    "metric.inception_score",  # the user's weights file; tested in test_metrics_paper.py
}
#: image networks that make only some sizes (BigGAN: 32, 64, 128 px): the digits at 32 px
NEEDS_32PX = {"generator.biggan", "discriminator.biggan"}


def test_tags_are_unique_and_kinds_known() -> None:
    tags = [b.type for b in BLOCKS]
    assert len(tags) == len(set(tags))
    assert {b.kind() for b in BLOCKS} <= set(KINDS)


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.type)
def test_metadata(block: type[Block]) -> None:
    assert block.__doc__ and block.description()
    assert block.paper and block.title
    assert block.inputs or block.outputs or block.kind() == "scheduler"
    defaults = block.Params()
    again = block.Params.model_validate(json.loads(defaults.model_dump_json()))
    assert again == defaults
    for name, field in block.Params.model_fields.items():
        assert field.description, f"{block.type}.{name} has no description"
    with pytest.raises(ValueError):
        block.Params.model_validate({"surely_not_a_field": 1})


def test_catalog_is_json() -> None:
    entries = json.loads(json.dumps(catalog()))
    assert {e["type"] for e in entries} == {b.type for b in BLOCKS}


def _replace(g: dict[str, Any], nid: str, type_: str, params: dict | None = None) -> None:
    node = next(n for n in g["nodes"] if n["id"] == nid)
    node["type"], node["params"] = type_, params or {}


def _image_folder(tmp: Path) -> dict[str, Any]:
    from PIL import Image

    for i in range(6):
        d = tmp / "imgs" / "a"
        d.mkdir(parents=True, exist_ok=True)
        Image.new("L", (10, 10), color=i * 40).save(d / f"{i}.png")
    return {"root": str(tmp / "imgs"), "size": 8, "channels": 1}


def _stream_data(t: str, tmp: Path) -> dict[str, Any]:
    """A tiny dataset of the streaming block ``t`` (tests/blocks/test_data_stream.py writes)."""
    from tests.blocks import test_data_stream as ds

    write = {k: w for k, (cls, w) in ds.FORMATS.items() if cls.type == t}
    path = next(iter(write.values()))(tmp)
    return {"root": str(path), "height": 8, "width": 8, "channels": 1, "workers": 0}


STREAM_TYPES = ("data.image_stream", "data.zip", "data.lmdb", "data.hdf5")


def _smallest_count(field: Any) -> int:
    """16 samples, or the field's lower bound if that is higher (metrics stay cheap)."""
    bounds = [getattr(m, "ge", None) for m in field.metadata]
    return max([16, *(b for b in bounds if b is not None)])


def example_with(block_type: str) -> str | None:
    """The first example graph that uses ``block_type`` (its natural host), if any."""
    for path in EXAMPLES:
        if any(n["type"] == block_type for n in json.loads(path.read_text())["nodes"]):
            return path.stem
    return None


def host_graph(block: type[Block], tmp: Path) -> dict[str, Any]:
    """A small graph in which ``block`` takes part: an example that uses it, else a host."""
    kind, t = block.kind(), block.type
    example = example_with(t)
    if example is not None and kind != "metric":
        return tiny(example, steps=3, batch=8)
    images = (
        t
        in (
            "generator.dcgan",
            "discriminator.dcgan",
            "augmenter.diffaugment",
            "data.digits",
            "data.image_folder",
            *STREAM_TYPES,
        )
        or (kind == "metric" and t != "metric.modes")
        or t in NEEDS_32PX
    )
    host = "digits_conditional" if t == "metric.intra_fid" else "digits_dcgan"
    g = tiny(host if images else "grid25_vanilla", steps=3, batch=8)
    if t in NEEDS_32PX:
        _replace(g, "data", "data.digits", {"resize": 32})
    g["nodes"] = [n for n in g["nodes"] if n["type"] != "metric.modes"]
    g["edges"] = [e for e in g["edges"] if not e["to"].startswith("modes.")]
    if images:  # drop the example's augmenter: wire data and G straight to D
        g["nodes"] = [n for n in g["nodes"] if n["id"] != "aug"]
        g["edges"] = [
            e
            for e in g["edges"]
            if not e["to"].startswith("aug.") and not e["from"].startswith("aug.")
        ]
        g["edges"] += [
            e
            for e in ({"from": "data.real", "to": "D.real"}, {"from": "G.fake", "to": "D.fake"})
            if e not in g["edges"]
        ]
    if kind == "data":
        params = _stream_data(t, tmp) if t in STREAM_TYPES else {}
        _replace(g, "data", t, _image_folder(tmp) if t == "data.image_folder" else params)
        if t == "data.gaussian_ring":
            pass
    elif kind == "latent":
        _replace(g, "z", t)
    elif kind in ("generator", "discriminator"):
        _replace(g, "G" if kind == "generator" else "D", t, {"width": 8} if images else {})
    elif kind == "augmenter":
        g["nodes"].append({"id": "aug", "type": t})
        g["edges"] = [e for e in g["edges"] if e["to"] not in ("D.real", "D.fake")]
        g["edges"] += [
            {"from": "data.real", "to": "aug.real"},
            {"from": "G.fake", "to": "aug.fake"},
            {"from": "aug.real", "to": "D.real"},
            {"from": "aug.fake", "to": "D.fake"},
        ]
        if block.output("t"):
            g["edges"].append({"from": "aug.t", "to": "D.t"})
    elif kind == "loss":
        _replace(g, "loss", t)
        if t == "loss.wasserstein":
            g["nodes"].append({"id": "gp", "type": "regularizer.gradient_penalty"})
            g["edges"].append({"from": "D.critic", "to": "gp.critic"})
    elif kind == "regularizer":
        g["nodes"].append({"id": "reg", "type": t})
        port = block.inputs[0].name
        g["edges"].append({"from": "D.critic", "to": f"reg.{port}"})
        if t == "regularizer.r1":
            g["nodes"][-1]["params"] = {"interval": 2}
        if t == "regularizer.lecam":  # EMA copy at step 0, decay and penalty from step 1
            g["nodes"][-1]["params"] = {"start_step": 1}
    elif kind == "optimizer":
        _replace(g, "optD", t)
    elif kind == "scheduler":
        g["nodes"].append({"id": "s", "type": t})
        if t == "scheduler.linear_lr":
            g["edges"] += [{"from": "optG.opt", "to": "s.opt"}, {"from": "optD.opt", "to": "s.opt"}]
        elif t == "scheduler.ema":
            g["edges"].append({"from": "G.net", "to": "s.net"})
        elif t == "scheduler.adaptive_diffusion":
            g["nodes"].append({"id": "diff", "type": "augmenter.diffusion"})
            g["edges"] = [e for e in g["edges"] if e["to"] not in ("D.real", "D.fake")]
            g["edges"] += [
                {"from": "data.real", "to": "diff.real"},
                {"from": "G.fake", "to": "diff.fake"},
                {"from": "diff.real", "to": "D.real"},
                {"from": "diff.fake", "to": "D.fake"},
                {"from": "s.control", "to": "diff.level"},
            ]
    elif kind == "sampler":
        g["nodes"].append({"id": "s", "type": t})
        g["edges"].append({"from": "G.net", "to": "s.net"})
    elif kind == "metric":
        small = {
            k: _smallest_count(f)
            for k, f in block.Params.model_fields.items()
            if k in ("n_real", "n_fake", "n_samples", "num_samples")
        }
        g["nodes"].append({"id": "m", "type": t, "params": small})
        g["edges"] += [
            {"from": "G.net", "to": "m.generator"},
            {"from": "data.real", "to": "m.real"},
        ]
        if block.input("critic"):
            g["edges"].append({"from": "D.critic", "to": "m.critic"})
    return g


@pytest.mark.parametrize(
    "block", [b for b in BLOCKS if b.type not in NEEDS_FILES], ids=lambda b: b.type
)
def test_block_trains_in_a_host_graph(block: type[Block], tmp_path: Path) -> None:
    graph = load_graph_dict(host_graph(block, tmp_path))
    assert validate(graph) == []
    assert any(n.type == block.type for n in graph.nodes)
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    trained = [p for net in prog.optimizers for p in prog.nets[net].parameters()]
    before = [p.detach().clone() for p in trained]
    runner = StepRunner(prog)
    for step in range(3):
        runner.iteration(step, track=True)
    values = runner.flush(0, 3)
    assert any(k.startswith("loss/") for k in values)
    assert all(v == v for v in values.values())
    assert any(not torch.equal(a, b) for a, b in zip(before, trained, strict=True))
    if block.kind() == "metric" and block.type == "metric.modes":
        for _, metric, gen in prog.metrics:
            out = metric.compute(gen, prog.latent, prog.data, prog.device)
            assert out and all(isinstance(v, float) for v in out.values())
