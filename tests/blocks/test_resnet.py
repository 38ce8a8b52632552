"""SNGAN's ResNet G and D (Miyato et al. 2018), the conditional pair, the CIFAR-10 preset."""

from __future__ import annotations

import copy
import math
from pathlib import Path

import pytest
import torch
from torch import nn
from torch.nn.utils import parametrize

from blocks.base import UnsupportedShape
from blocks.conditional import ConditionalBatchNorm2d, ProjectionHead
from blocks.regularizers import SpectralNormParams, SpectralNormReg
from blocks.resnet import (
    DiscBlock,
    DiscOptBlock,
    GenBlock,
    SNGANResNetDiscriminator,
    SNGANResNetGenerator,
    init_sngan,
    sngan_resnet_size,
)
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from gancanvas.runner.train import RunOptions, run_graph
from schemas import Graph, load_graph_dict
from tests.graphs import example
from tests.presets import ROOT, preset_on_fake_data, write_fake_cifar10

PRESET = ROOT / "examples" / "cifar10" / "sngan.json"


@pytest.mark.parametrize("size", [32, 48, 64, 128])
@pytest.mark.parametrize("channels", [1, 3])
def test_output_shapes_at_every_size(size: int, channels: int) -> None:
    torch.manual_seed(0)
    shape = (channels, size, size)
    g = SNGANResNetGenerator(16, shape, 4, n_classes=3)
    d = SNGANResNetDiscriminator(shape, 4, n_classes=3)
    y = torch.tensor([0, 2])
    x = g(torch.randn(2, 16), y)
    assert x.shape == (2, *shape) and x.abs().max() <= 1  # tanh
    assert d(x, y).shape == (2,) and d(x).shape == (2,)


def test_paper_layouts_at_ch_64() -> None:
    """32 px: G 256 from 4×4, 3 up-blocks; D 128. 48 px: G 512 from 6×6 → 64; D 64 → 1024 at 3×3."""
    g32 = SNGANResNetGenerator(128, (3, 32, 32), 64)
    assert g32.fc.out_features == 256 * 4 * 4 and len(g32.blocks) == 3
    assert all(b.conv1.out_channels == 256 for b in g32.blocks)  # type: ignore[union-attr]
    d32 = SNGANResNetDiscriminator((3, 32, 32), 64)
    assert isinstance(d32.blocks[0], DiscOptBlock) and len(d32.blocks) == 4
    assert [b.conv2.out_channels for b in d32.blocks] == [128] * 4  # type: ignore[union-attr]
    assert d32.blocks(torch.zeros(1, 3, 32, 32)).shape == (1, 128, 8, 8)  # down, down, -, -
    assert d32.blocks[3].shortcut is None  # same width, no downsampling: identity shortcut
    g48 = SNGANResNetGenerator(128, (3, 48, 48), 64)
    assert g48.s0 == 6 and g48.c0 == 512
    assert [b.conv1.out_channels for b in g48.blocks] == [256, 128, 64]  # type: ignore[union-attr]
    d48 = SNGANResNetDiscriminator((3, 48, 48), 64, spectral_norm=False)
    assert d48.blocks(torch.zeros(1, 3, 48, 48)).shape == (1, 1024, 3, 3)
    d64 = SNGANResNetDiscriminator((3, 64, 64), 4, spectral_norm=False)
    assert d64.blocks(torch.zeros(1, 3, 64, 64)).shape == (1, 64, 4, 4)
    d128 = SNGANResNetDiscriminator((3, 128, 128), 4, spectral_norm=False)
    assert d128.blocks(torch.zeros(1, 3, 128, 128)).shape == (1, 64, 4, 4)
    g128 = SNGANResNetGenerator(8, (3, 128, 128), 4)
    assert g128.c0 == 64 and len(g128.blocks) == 5


def test_parameter_counts_match_the_cifar_resnets() -> None:
    """G: 4.28 M, D: 1.05 M parameters (weights + biases + BN affine), as SNGAN's CIFAR pair."""
    g = SNGANResNetGenerator(128, (3, 32, 32), 64)
    d = SNGANResNetDiscriminator((3, 32, 32), 64, spectral_norm=False)
    # fc 128·4096 + 4096; per G block: 2 3×3 convs + 1×1 shortcut + 2 BN; out BN + conv
    block = 2 * (256 * 256 * 9 + 256) + (256 * 256 + 256) + 2 * 2 * 256
    expect_g = 128 * 4096 + 4096 + 3 * block + 2 * 256 + 256 * 3 * 9 + 3
    assert sum(p.numel() for p in g.parameters()) == expect_g
    opt = (3 * 128 * 9 + 128) + (128 * 128 * 9 + 128) + (3 * 128 + 128)
    down = 2 * (128 * 128 * 9 + 128) + (128 * 128 + 128)
    plain = 2 * (128 * 128 * 9 + 128)
    assert sum(p.numel() for p in d.parameters()) == opt + down + 2 * plain + 128 + 1


@pytest.mark.parametrize(
    ("shape", "needle"),
    [
        ((3, 28, 28), "got 28×28"),
        ((3, 96, 96), "got 96×96"),
        ((3, 32, 16), "got 32×16"),
        ((4, 32, 32), "got 4 channels"),
        ((2,), "not an image"),
    ],
)
def test_other_shapes_are_refused_with_the_sizes_it_makes(shape: tuple, needle: str) -> None:
    with pytest.raises(UnsupportedShape) as err:
        sngan_resnet_size(shape)
    assert needle in str(err.value) and "32, 48, 64, 128 px" in str(err.value)


def test_validation_names_the_node_and_the_sizes() -> None:
    g = example("digits_sngan")
    next(n for n in g["nodes"] if n["id"] == "data")["params"] = {}  # 8×8 digits
    issues = validate(load_graph_dict(g))
    assert issues and {i.code for i in issues} == {"unsupported_shape"}
    assert all("32, 48, 64, 128" in i.message for i in issues)
    assert {i.path.split(".")[1] for i in issues} >= {"G", "D"}


def _sn_layers(net: nn.Module) -> list[nn.Module]:
    kinds = (nn.Conv2d, nn.Linear, nn.Embedding)
    return [m for m in net.modules() if isinstance(m, kinds)]


def test_spectral_norm_on_every_layer_and_sigma_one() -> None:
    torch.manual_seed(0)
    d = SNGANResNetDiscriminator((3, 32, 32), 4, n_classes=5)
    layers = _sn_layers(d)
    assert layers and all(parametrize.is_parametrized(m, "weight") for m in layers)
    assert any(isinstance(m, nn.Embedding) for m in layers)  # V of the projection too
    x, y = torch.randn(4, 3, 32, 32), torch.randint(0, 5, (4,))
    for _ in range(30):  # power iterations converge in training mode
        d(x, y)
    d.eval()
    for m in layers:
        weight = m.weight
        assert isinstance(weight, torch.Tensor)
        w = weight.flatten(1)
        assert torch.linalg.matrix_norm(w, ord=2).item() == pytest.approx(1.0, abs=2e-2)
    plain = SNGANResNetDiscriminator((3, 32, 32), 4, spectral_norm=False)
    assert not any(parametrize.is_parametrized(m) for m in _sn_layers(plain))


def test_spectral_norm_regularizer_does_not_normalise_twice() -> None:
    d = SNGANResNetDiscriminator((3, 32, 32), 4)
    SpectralNormReg(SpectralNormParams()).attach(d)
    for m in _sn_layers(d):
        assert len(m.parametrizations["weight"]) == 1  # type: ignore[index]


def test_projection_term_identity() -> None:
    """D(x, y) = ψ(φ(x)) + ⟨V_y, φ(x)⟩ with φ the ReLU-sum-pooled features."""
    torch.manual_seed(0)
    d = SNGANResNetDiscriminator((3, 32, 32), 4, n_classes=4, spectral_norm=False)
    x, y = torch.randn(6, 3, 32, 32), torch.tensor([0, 1, 2, 3, 1, 0])
    phi = torch.relu(d.blocks(x)).sum(dim=(2, 3))
    torch.testing.assert_close(d.features(x), phi)
    head = d.head
    assert isinstance(head, ProjectionHead)
    psi = phi @ head.linear.weight[0] + head.linear.bias[0]
    proj = (head.embed.weight[y] * phi).sum(1)
    torch.testing.assert_close(d(x, y), psi + proj)
    torch.testing.assert_close(d(x), psi)  # no labels: the unconditional logit
    assert (d(x, y) - d(x)).abs().max() > 0


def test_conditional_bn_looks_up_the_class_rows() -> None:
    """β_c moves only the samples of class c; at init (γ = 1, β = 0) the labels do nothing."""
    torch.manual_seed(0)
    g = SNGANResNetGenerator(16, (3, 32, 32), 4, n_classes=3).eval()
    cbns = [m for m in g.modules() if isinstance(m, ConditionalBatchNorm2d)]
    assert len(cbns) == 2 * len(g.blocks) and not isinstance(g.bn, ConditionalBatchNorm2d)
    z = torch.randn(6, 16)
    y = torch.tensor([0, 1, 2, 0, 1, 2])
    before = g(z, y)
    torch.testing.assert_close(before, g(z, torch.zeros(6, dtype=torch.long)))
    with torch.no_grad():
        cbns[0].beta[1] += 0.5
    after = g(z, y)
    changed = (after - before).flatten(1).abs().amax(1) > 1e-6
    assert changed.tolist() == [False, True, False, False, True, False]
    block = g.blocks[0]
    assert isinstance(block, GenBlock) and block.conditional
    h = torch.randn(6, block.conv1.in_channels, 4, 4)
    bn = cbns[0]
    expect = bn.bn(h) * bn.gamma[y].view(6, -1, 1, 1) + bn.beta[y].view(6, -1, 1, 1)
    torch.testing.assert_close(bn(h, y), expect)


def test_generator_without_labels_cycles_the_classes() -> None:
    g = SNGANResNetGenerator(16, (1, 32, 32), 4, n_classes=3).eval()
    with torch.no_grad():
        for m in g.modules():
            if isinstance(m, ConditionalBatchNorm2d):
                m.beta.normal_()
    z = torch.randn(6, 16)
    torch.testing.assert_close(g(z), g(z, torch.tensor([0, 1, 2, 0, 1, 2])))


def test_xavier_init_gains_and_ortho_init() -> None:
    torch.manual_seed(0)
    block = DiscBlock(32, 64, downsample=True)
    init_sngan(block, "xavier")
    for conv, gain in ((block.conv1, math.sqrt(2)), (block.conv2, math.sqrt(2))):
        fan_in, fan_out = conv.in_channels * 9, conv.out_channels * 9
        bound = gain * math.sqrt(6 / (fan_in + fan_out))
        assert 0.95 * bound < conv.weight.abs().max().item() <= bound
        assert conv.bias is not None and not conv.bias.any()
    sc = block.shortcut
    assert sc is not None
    assert sc.weight.abs().max().item() <= math.sqrt(6 / (32 + 64))  # gain 1 on the shortcut
    init_sngan(block, "ortho")
    w = block.conv1.weight.flatten(1)  # 64 rows of 288: orthonormal rows
    torch.testing.assert_close(w @ w.T, torch.eye(64), atol=1e-5, rtol=0)
    before = [p.detach().clone() for p in block.parameters()]
    init_sngan(block, "default")
    assert all(torch.equal(a, b) for a, b in zip(before, block.parameters(), strict=True))


def test_own_spectral_norm_satisfies_a_wasserstein_loss() -> None:
    g = example("digits_sngan")
    next(n for n in g["nodes"] if n["id"] == "loss")["type"] = "loss.wasserstein"
    assert validate(load_graph_dict(g)) == []
    next(n for n in g["nodes"] if n["id"] == "D")["params"]["spectral_norm"] = False
    assert "unconstrained_critic" in {i.code for i in validate(load_graph_dict(g))}


def test_preset_validates_on_fake_cifar10_with_studiogan_settings(tmp_path: Path) -> None:
    graph = preset_on_fake_data(PRESET, write_fake_cifar10(tmp_path))
    assert validate(graph) == []
    nodes = {n.id: n for n in graph.nodes}
    assert nodes["G"].type == "generator.conditional_resnet"
    assert nodes["D"].type == "discriminator.projection_resnet"
    assert nodes["loss"].type == "loss.hinge" and nodes["fid"].type == "metric.fid"
    assert nodes["optD"].params == {"lr": 0.0002, "betas": [0.5, 0.999]}
    assert (graph.run.steps, graph.run.batch_size, graph.run.n_dis) == (100000, 64, 5)


def _small_preset(root: Path) -> Graph:
    """The preset on fake CIFAR-10, 2 steps at batch 8, ch 8, without FID (no Inception here)."""
    data = copy.deepcopy(preset_on_fake_data(PRESET, write_fake_cifar10(root)).to_dict())
    data["nodes"] = [n for n in data["nodes"] if n["type"] != "metric.fid"]
    data["edges"] = [e for e in data["edges"] if not e["to"].startswith("fid.")]
    for n in data["nodes"]:
        if n["id"] in ("G", "D"):
            n["params"]["width"] = 8
    data["run"].update(
        steps=2,
        batch_size=8,
        device="cpu",
        log_every=1,
        sample_every=0,
        checkpoint_every=0,
        n_samples=10,
    )
    return Graph.model_validate(data)


def test_preset_steps_on_fake_cifar10(tmp_path: Path) -> None:
    """Compiled preset: 2 iterations (5 D + 1 G steps each) with labels in G and D, finite."""
    torch.manual_seed(0)
    prog = compile_graph(_small_preset(tmp_path), "cpu")
    before = {k: v.detach().clone() for k, v in prog.nets["G"].state_dict().items()}
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step, track=True)
    values = runner.flush(0, 2)
    assert {"loss/Dmain/loss", "loss/Gmain/loss"} <= set(values)
    assert all(v == v for v in values.values())
    after = prog.nets["G"].state_dict()
    assert any(not torch.equal(before[k], after[k]) for k in before)


@pytest.mark.slow
def test_preset_trains_on_fake_cifar10(tmp_path: Path, mlflow_uri: str, in_tmp: Path) -> None:
    """The whole runner (MLflow, checkpoint, samples) on the shrunken preset: 2 steps finish."""
    opts = RunOptions(tracking_uri=mlflow_uri, quiet=True, device="cpu")
    result = run_graph(_small_preset(tmp_path), opts)
    assert result.status == "FINISHED" and result.step == 2
    losses = {k: v for k, v in (result.last_values or {}).items() if k.startswith("loss/")}
    assert losses and all(v == v for v in losses.values())
