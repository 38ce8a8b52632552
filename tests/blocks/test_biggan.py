"""BigGAN's G and D (blocks/biggan.py): shapes, refusals, hierarchical z, cBN, attention, init, SN.

Ends with the CIFAR-10 preset (examples/cifar10/biggan_diffaug.json) trained a few steps on a
fake CIFAR-10, and resumed exactly.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from blocks.base import UnsupportedShape
from blocks.biggan import (
    BigGANBatchNorm,
    BigGANDiscriminator,
    BigGANGenerator,
    GBlock,
    SelfAttention,
    biggan_plan,
    conditional_bn,
    hierarchical_chunks,
    init_weights,
)
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import Graph, load_graph_dict
from tests.graphs import tiny
from tests.presets import ROOT, preset_on_fake_data, write_fake_cifar10

PRESET = ROOT / "examples" / "cifar10" / "biggan_diffaug.json"


@pytest.mark.parametrize("size", [32, 64, 128])
@pytest.mark.parametrize("channels", ["studiogan", "biggan_pytorch"])
@pytest.mark.parametrize("n_classes", [0, 10])
def test_shapes_at_each_size(size: int, channels: Any, n_classes: int) -> None:
    torch.manual_seed(0)
    shape = (3, size, size)
    G = BigGANGenerator(20, shape, width=8, n_classes=n_classes, channels=channels)
    D = BigGANDiscriminator(shape, width=8, n_classes=n_classes, channels=channels)
    z, y = torch.randn(2, 20), torch.tensor([1, 7])
    x = G(z, y)
    assert x.shape == (2, *shape) and x.abs().max() <= 1
    assert D(x, y).shape == (2,) and D(x).shape == (2,)
    plan = biggan_plan(shape, 8, channels)
    assert plan.g_res[-1] == size and plan.d_res[-1] == (8 if size == 32 else 4)


def test_channel_tables_follow_the_references() -> None:
    # StudioGAN big_resnet 32 px: G 4ch everywhere, D 2ch; BigGAN-PyTorch arch[32]: D 4ch
    sg, bp = biggan_plan((3, 32, 32), 96), biggan_plan((3, 32, 32), 64, "biggan_pytorch")
    assert sg.g_in == sg.g_out == (384,) * 3 and sg.d_out == (192,) * 4
    assert sg.d_down == (True, True, False, False) and sg.d_res == (16, 8, 8, 8)
    assert bp.d_in == (3, 256, 256, 256) and bp.d_out == (256,) * 4
    # 64 px: StudioGAN G in [16,8,4,2]ch; BigGAN-PyTorch G in [16,16,8,4]ch
    assert biggan_plan((3, 64, 64), 1 * 8).g_in == (128, 64, 32, 16)
    assert biggan_plan((3, 64, 64), 8, "biggan_pytorch").g_in == (128, 128, 64, 32)
    p128 = biggan_plan((3, 128, 128), 8)
    assert p128.g_out == (128, 64, 32, 16, 8) and p128.d_out == (8, 16, 32, 64, 128, 128)


@pytest.mark.parametrize("shape", [(3, 48, 48), (3, 256, 256), (3, 32, 16), (2,), (1, 28, 28)])
def test_other_sizes_are_refused_naming_the_sizes_it_makes(shape: tuple[int, ...]) -> None:
    with pytest.raises(UnsupportedShape, match="32, 64 or 128 px"):
        biggan_plan(shape, 8)


def test_validation_refuses_digits_at_8px_and_a_misplaced_attention() -> None:
    g = tiny("digits_dcgan", steps=2, batch=4)
    for n in g["nodes"]:
        if n["id"] == "G":
            n["type"], n["params"] = "generator.biggan", {"width": 8}
    issues = validate(load_graph_dict(g))
    assert any(
        i.code == "unsupported_shape" and i.path == "nodes.G" and "32, 64 or 128" in i.message
        for i in issues
    )
    next(n for n in g["nodes"] if n["id"] == "data")["params"] = {"resize": 32}
    assert validate(load_graph_dict(g)) == []
    next(n for n in g["nodes"] if n["id"] == "G")["params"]["attention"] = 24
    (issue,) = validate(load_graph_dict(g))
    assert issue.path == "nodes.G" and "work at 8, 16, 32 px" in issue.message
    next(n for n in g["nodes"] if n["id"] == "G")["params"]["attention"] = 16
    next(n for n in g["nodes"] if n["id"] == "z")["params"]["dim"] = 3
    (issue,) = validate(load_graph_dict(g))
    assert issue.path == "nodes.G" and "at least 4 latent dimensions" in issue.message
    next(n for n in g["nodes"] if n["id"] == "z")["params"]["dim"] = 32
    next(n for n in g["nodes"] if n["id"] == "D").update(
        type="discriminator.biggan", params={"width": 8, "attention": 32}
    )
    (issue,) = validate(load_graph_dict(g))
    assert issue.path == "nodes.D" and "D's blocks work at 8, 16 px" in issue.message


@pytest.mark.parametrize("dim_z", [4, 5, 80, 81, 83, 128, 120])
@pytest.mark.parametrize("n_blocks", [3, 4, 5])
def test_hierarchical_chunks_sum_to_dim_z(dim_z: int, n_blocks: int) -> None:
    chunks = hierarchical_chunks(dim_z, n_blocks) if dim_z > n_blocks else None
    if chunks is None:
        with pytest.raises(UnsupportedShape, match=f"at least {n_blocks + 1} latent"):
            hierarchical_chunks(dim_z, n_blocks)
        return
    assert len(chunks) == n_blocks + 1 and sum(chunks) == dim_z
    assert max(chunks) - min(chunks) <= 1 and chunks == sorted(chunks, reverse=True)


def test_generator_feeds_one_chunk_per_block_beside_the_shared_embedding() -> None:
    assert hierarchical_chunks(80, 3) == [20, 20, 20, 20]  # StudioGAN CIFAR-10: z 80, 3 blocks
    G = BigGANGenerator(81, (3, 32, 32), width=8, n_classes=10, shared_dim=16, attention=0)
    assert G.chunks == [21, 20, 20, 20] and G.linear.in_features == 21
    blocks = [b for b in G.blocks if isinstance(b, GBlock)]
    assert [b.bn1.gain.in_features for b in blocks] == [16 + 20] * 3
    flat = BigGANGenerator(81, (3, 32, 32), width=8, n_classes=10, hierarchical=False)
    assert flat.chunks == [81] and flat.blocks[0].bn1.gain.in_features == 128
    uncond = BigGANGenerator(81, (3, 32, 32), width=8, hierarchical=False)
    assert uncond.shared is None and uncond.blocks[0].bn1.cond_dim == 0  # plain BN
    # every chunk matters: changing z_k for k ≥ 1 changes the image through block k's cBN
    G.eval()
    z = torch.randn(2, 81)
    with torch.no_grad():
        base = G(z, torch.tensor([0, 1]))
        for lo, hi in ((21, 41), (41, 61), (61, 81)):
            z2 = z.clone()
            z2[:, lo:hi] += 1
            assert not torch.allclose(G(z2, torch.tensor([0, 1])), base)


def test_conditional_bn_is_plain_bn_for_a_zero_condition() -> None:
    torch.manual_seed(0)
    x = torch.randn(6, 5, 4, 4)
    cbn = BigGANBatchNorm(5, 7)
    out = cbn(x, torch.zeros(6, 7))
    assert torch.allclose(out, F.batch_norm(x, None, None, training=True), atol=1e-6)
    x_hat = torch.randn(2, 3, 2, 2)
    zero = torch.zeros(2, 3)
    assert torch.equal(conditional_bn(x_hat, zero, zero), x_hat)  # γ = 1 + 0, β = 0: identity
    gain, bias = torch.tensor([[1.0, 0, -1]] * 2), torch.tensor([[0.5, 0, 0]] * 2)
    want = x_hat * torch.tensor([2.0, 1, 0]).view(1, 3, 1, 1) + torch.tensor([0.5, 0, 0]).view(
        1, 3, 1, 1
    )
    assert torch.allclose(conditional_bn(x_hat, gain, bias), want)


def test_conditional_bn_gains_come_from_the_condition_through_bias_free_linears() -> None:
    cbn = BigGANBatchNorm(3, 2)
    with torch.no_grad():
        cbn.gain.weight.copy_(torch.tensor([[1.0, 0], [0, 1], [1, 1]]))
        cbn.bias.weight.copy_(torch.tensor([[0.0, 2], [0, 0], [0, 0]]))
    x = torch.randn(4, 3, 2, 2)
    c = torch.tensor([[1.0, 2.0]] * 4)  # γ = 1 + (1, 2, 3) = (2, 3, 4), β = (4, 0, 0)
    x_hat = F.batch_norm(x, None, None, training=True)
    want = x_hat * torch.tensor([2.0, 3, 4]).view(1, 3, 1, 1)
    want = want + torch.tensor([4.0, 0, 0]).view(1, 3, 1, 1)
    assert torch.allclose(cbn(x, c), want, atol=1e-5)


def test_self_attention_starts_as_identity() -> None:
    torch.manual_seed(0)
    att = SelfAttention(16)
    x = torch.randn(2, 16, 8, 8)
    assert att.gamma.item() == 0 and torch.equal(att(x), x)
    with torch.no_grad():
        att.gamma.fill_(1.0)
    assert not torch.allclose(att(x), x)
    # the attention rows are a softmax: with o = identity-like weights the output is a mixture
    loss = att(x).square().mean()
    loss.backward()
    assert att.theta.weight.grad is not None and att.gamma.grad is not None


def test_attention_is_placed_at_the_asked_resolution() -> None:
    G = BigGANGenerator(20, (3, 64, 64), width=8, attention=32)
    assert [type(b).__name__ for b in G.blocks] == ["GBlock"] * 3 + ["SelfAttention", "GBlock"]
    D = BigGANDiscriminator((3, 32, 32), width=8, attention=16)
    assert type(D.blocks[1]).__name__ == "SelfAttention"  # after the first block (32 → 16)
    assert not any(
        isinstance(b, SelfAttention)
        for b in BigGANGenerator(20, (3, 32, 32), width=8, attention=0).blocks
    )


def _weights(net: nn.Module) -> list[torch.Tensor]:
    out = []
    for m in net.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear, nn.Embedding)):
            w = m.parametrizations.weight.original if hasattr(m, "parametrizations") else m.weight
            out.append(w.detach().reshape(w.shape[0], -1))
    return out


@pytest.mark.parametrize("sn", [False, True])
def test_orthogonal_init_gives_orthonormal_rows(sn: bool) -> None:
    torch.manual_seed(0)
    G = BigGANGenerator(20, (3, 32, 32), width=8, n_classes=10, spectral_norm=sn)
    ws = _weights(G)
    assert len(ws) > 10
    checked = 0
    for w in ws:
        if w.shape[0] <= w.shape[1]:  # rows orthonormal: W Wᵀ = I
            assert torch.allclose(w @ w.T, torch.eye(w.shape[0]), atol=1e-4)
            checked += 1
        else:  # columns orthonormal: Wᵀ W = I
            assert torch.allclose(w.T @ w, torch.eye(w.shape[1]), atol=1e-4)
    assert checked > 5
    # biases start at 0 under BigGAN's init; 'default' keeps torch's
    assert torch.equal(G.linear.bias, torch.zeros_like(G.linear.bias))
    lin = nn.Linear(4, 4)
    before = lin.weight.clone()
    init_weights(lin, "default")
    assert torch.equal(lin.weight, before)


def test_spectral_norm_makes_every_layer_of_d_1_lipschitz() -> None:
    torch.manual_seed(0)
    D = BigGANDiscriminator((3, 32, 32), width=8, n_classes=10)
    x, y = torch.randn(8, 3, 32, 32), torch.randint(0, 10, (8,))
    for _ in range(30):  # power iterations run in training forwards
        D(x, y)
    for m in D.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear, nn.Embedding)):
            assert hasattr(m, "parametrizations"), m
            w = m.weight.detach().reshape(m.weight.shape[0], -1)
            assert torch.linalg.matrix_norm(w, 2) == pytest.approx(1.0, abs=0.02)
    G = BigGANGenerator(20, (3, 32, 32), width=8, n_classes=10)
    assert not hasattr(G.shared, "parametrizations")  # G's shared embedding: no SN (BigGAN)
    assert hasattr(G.linear, "parametrizations")


def test_projection_d_adds_the_class_term_and_g_cycles_classes_without_labels() -> None:
    torch.manual_seed(0)
    D = BigGANDiscriminator((3, 32, 32), width=8, n_classes=10).eval()
    x, y = torch.randn(3, 3, 32, 32), torch.tensor([0, 4, 9])
    with torch.no_grad():
        h = D.features(x)
        uncond = D(x)
        assert torch.allclose(uncond, D.linear(h).squeeze(1))
        assert torch.allclose(D(x, y) - uncond, (D.embed(y) * h).sum(1), atol=1e-5)
    G = BigGANGenerator(20, (3, 32, 32), width=8, n_classes=10).eval()
    z = torch.randn(12, 20)
    with torch.no_grad():
        assert torch.equal(G(z), G(z, torch.arange(12) % 10))


# -- the preset --------------------------------------------------------------------------------
def _small_preset(root: Path, steps: int = 2) -> Graph:
    """The preset on fake CIFAR-10, shrunk: width 8, batch 4, no FID, no sampling."""
    data = preset_on_fake_data(PRESET, root).to_dict()
    data["nodes"] = [n for n in data["nodes"] if n["type"] != "metric.fid"]
    data["edges"] = [e for e in data["edges"] if not e["to"].startswith("fid.")]
    for n in data["nodes"]:
        if n["type"] in ("generator.biggan", "discriminator.biggan"):
            n["params"]["width"] = 8
    data["run"].update(
        steps=steps,
        batch_size=4,
        n_dis=2,
        device="cpu",
        log_every=1,
        sample_every=0,
        checkpoint_every=0,
        eval_every=0,
        n_samples=4,
    )
    return Graph.model_validate(data)


def test_preset_validates_on_fake_cifar10_with_studiogan_settings(tmp_path: Path) -> None:
    graph = preset_on_fake_data(PRESET, write_fake_cifar10(tmp_path))
    assert validate(graph) == []
    nodes = {n.id: n for n in graph.nodes}
    assert graph.run.steps == 200_000 and graph.run.batch_size == 64 and graph.run.n_dis == 5
    assert nodes["G"].params["width"] == nodes["D"].params["width"] == 96
    assert nodes["z"].params["dim"] == 80 and nodes["loss"].type == "loss.hinge"
    for opt in ("optG", "optD"):
        assert nodes[opt].params == {"lr": 2e-4, "betas": [0.5, 0.999], "eps": 1e-6}
    assert nodes["G_ema"].params == {"mode": "decay", "decay": 0.9999, "start": 1000}
    raw = graph.to_dict()["edges"]
    assert {"from": "data.labels", "to": "G.y"} in raw and {
        "from": "data.labels",
        "to": "D.y",
    } in raw


def test_preset_trains_on_fake_cifar10(tmp_path: Path) -> None:
    graph = _small_preset(write_fake_cifar10(tmp_path))
    assert validate(graph) == []
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    assert prog.conditional and prog.G.shared is not None and prog.D.embed is not None
    trained = [p for net in prog.optimizers for p in prog.nets[net].parameters()]
    before = [p.detach().clone() for p in trained]
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step, track=True)
    values = runner.flush(0, 2)
    assert "loss/Dmain/loss" in values and "loss/Gmain/loss" in values
    assert all(v == v for v in values.values())
    assert any(not torch.equal(a, b) for a, b in zip(before, trained, strict=True))


@pytest.mark.slow  # three short MLflow runs: ~20 s on a shared core
def test_preset_resumes_exactly(tmp_path: Path, mlflow_uri: str, in_tmp: Path) -> None:
    from gancanvas.runner import checkpoint as ckpt
    from gancanvas.runner.train import Run, RunOptions, resume_run, run_graph

    graph = _small_preset(write_fake_cifar10(tmp_path / "cifar"), steps=4)

    def opts(root: str, **kw: Any) -> RunOptions:
        return RunOptions(
            tracking_uri=mlflow_uri, quiet=True, device="cpu", runs_root=in_tmp / root, **kw
        )

    full = run_graph(copy.deepcopy(graph), opts("a"))
    half = Run(copy.deepcopy(graph), opts("b", stop_at=2)).execute()
    assert half.checkpoint is not None and half.step == 2
    resumed = resume_run(ckpt.load(half.checkpoint), opts("b"))
    assert full.checkpoint and resumed.checkpoint and resumed.step == 4
    a, b = ckpt.load(full.checkpoint)["blocks"], ckpt.load(resumed.checkpoint)["blocks"]
    for nid in ("G", "D", "G_ema"):
        flat_a = {k: v for k, v in _tensors(a[nid])}
        flat_b = {k: v for k, v in _tensors(b[nid])}
        assert flat_a.keys() == flat_b.keys() and len(flat_a) > 10, nid
        for k, v in flat_a.items():
            assert torch.equal(v, flat_b[k]), f"{nid}.{k}"


def _tensors(state: Any, prefix: str = "") -> list[tuple[str, torch.Tensor]]:
    if isinstance(state, torch.Tensor):
        return [(prefix, state)]
    if isinstance(state, dict):
        return [kv for k, v in state.items() for kv in _tensors(v, f"{prefix}.{k}")]
    return []


def test_biggans_other_tricks_are_the_existing_blocks(tmp_path: Path) -> None:
    """Ortho-reg on G, LeCam on D and a truncated z train with the BigGAN pair unchanged."""
    data = _small_preset(write_fake_cifar10(tmp_path)).to_dict()
    data["nodes"] += [
        {"id": "ortho", "type": "regularizer.ortho", "params": {"beta": 1e-4}},
        {"id": "lecam", "type": "regularizer.lecam", "params": {"start_step": 0}},
    ]
    data["edges"] += [
        {"from": "G.net", "to": "ortho.net"},
        {"from": "D.critic", "to": "lecam.critic"},
    ]
    z = next(n for n in data["nodes"] if n["id"] == "z")
    z["type"], z["params"] = "latent.truncated_normal", {"dim": 80, "tau": 1.0}
    graph = Graph.model_validate(data)
    assert validate(graph) == []
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step, track=True)
    values = runner.flush(0, 2)
    assert values["reg/ortho/ortho"] > 0 and "loss/Dmain/lecam" in values
    assert all(v == v for v in values.values())
