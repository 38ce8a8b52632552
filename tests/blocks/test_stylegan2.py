"""StyleGAN2 (issue 11): layer identities, shapes, refusals, regularizers, the CIFAR-10 preset."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import torch
from torch import nn

from blocks.base import UnsupportedShape
from blocks.generators import DCGANGenerator
from blocks.regularizers import r1_penalty
from blocks.runtime import Batch
from blocks.stylegan2 import (
    PathLengthParams,
    PathLengthReg,
    StyleGAN2Discriminator,
    StyleGAN2Generator,
    StyleGAN2GeneratorBlock,
    StyleGAN2GParams,
    channels_at,
    path_lengths,
    stylegan2_resolution,
)
from blocks.stylegan2_layers import (
    EqualConv2d,
    EqualLinear,
    MappingNetwork,
    demodulation_coefficients,
    downsample2x,
    equalized_gain,
    minibatch_stddev,
    modulated_conv2d,
    normalize_2nd_moment,
    upsample2x,
)
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import Graph, load_graph_dict
from tests.graphs import tiny
from tests.presets import ROOT, preset_on_fake_data, write_fake_cifar10

TINY = {"w_dim": 8, "mapping_layers": 2, "channel_base": 64, "channel_max": 8}


def _g(res: int, n_classes: int = 0, z_dim: int = 8) -> StyleGAN2Generator:
    return StyleGAN2Generator(z_dim, (3, res, res), n_classes=n_classes, **TINY)


def _d(res: int, n_classes: int = 0, **kw: Any) -> StyleGAN2Discriminator:
    return StyleGAN2Discriminator(
        (3, res, res), channel_base=64, channel_max=8, n_classes=n_classes, cmap_layers=2, **kw
    )


# -- layers -----------------------------------------------------------------------------------
def test_demodulation_coefficients_match_the_formula() -> None:
    weight = torch.ones(2, 3, 3, 3)
    styles = torch.tensor([[2.0, 2.0, 2.0], [1.0, 0.0, 0.0]])
    d = demodulation_coefficients(weight, styles)
    # Σ_{i,k}(s_i·w)² = 3·9·4 = 108 for sample 0, 9 for sample 1
    assert torch.allclose(d, torch.tensor([[108.0, 108.0], [9.0, 9.0]]).rsqrt(), atol=1e-6)


def test_demodulated_conv_keeps_unit_std_for_unit_input() -> None:
    torch.manual_seed(0)
    x = torch.randn(32, 64, 12, 12)
    weight = torch.randn(48, 64, 3, 3) * 5.0  # any scale: demodulation removes it
    styles = torch.rand(32, 64) * 3 + 0.1
    out = modulated_conv2d(x, weight, styles, demodulate=True, padding=1)[:, :, 1:-1, 1:-1]
    assert out.shape == (32, 48, 10, 10)
    assert abs(out.std().item() - 1.0) < 0.03
    plain = modulated_conv2d(x, weight, styles, demodulate=False, padding=1)[:, :, 1:-1, 1:-1]
    assert plain.std().item() > 5.0  # without demodulation the scale passes through


def test_modulated_conv_equals_a_per_sample_conv() -> None:
    torch.manual_seed(1)
    x, weight, styles = torch.randn(3, 4, 5, 5), torch.randn(6, 4, 3, 3), torch.randn(3, 4)
    out = modulated_conv2d(x, weight, styles, demodulate=True, padding=1)
    for b in range(3):
        w = weight * styles[b].view(1, 4, 1, 1)
        w = w / (w.square().sum(dim=[1, 2, 3], keepdim=True) + 1e-8).sqrt()
        ref = torch.nn.functional.conv2d(x[b : b + 1], w, padding=1)
        assert torch.allclose(out[b : b + 1], ref, atol=1e-5)


def test_equalized_lr_scales_at_run_time() -> None:
    assert equalized_gain(16) == pytest.approx(0.25)
    assert equalized_gain(100, 0.01) == pytest.approx(0.001)
    torch.manual_seed(0)
    fc = EqualLinear(16, 4, bias_init=1.0, lr_multiplier=0.01)
    x = torch.randn(5, 16)
    expected = x @ (fc.weight * 0.01 / 4).T + fc.bias * 0.01
    assert torch.allclose(fc(x), expected, atol=1e-6)
    # stored N(0, 1)/λ, applied N(0, 1/fan_in): the effective init is He's whatever λ is
    assert fc.weight.std().item() == pytest.approx(100.0, rel=0.5)
    conv = EqualConv2d(8, 4, 3, activation=False)
    assert conv.weight_gain == pytest.approx(1 / math.sqrt(8 * 9))
    y = torch.randn(2, 8, 6, 6)
    ref = torch.nn.functional.conv2d(y, conv.weight / math.sqrt(72), conv.bias, padding=1)
    assert torch.allclose(conv(y), ref, atol=1e-6)


def test_minibatch_stddev_on_a_known_batch() -> None:
    x = torch.zeros(4, 2, 3, 3)
    x[2] = 2.0  # group (0, 2): values 0 and 2 → population std 1
    x[1] = x[3] = 5.0  # group (1, 3): equal → std √1e-8
    out = minibatch_stddev(x, group_size=2, num_channels=1)
    assert out.shape == (4, 3, 3, 3)
    assert torch.equal(out[:, :2], x)
    assert torch.allclose(out[0, 2], torch.ones(3, 3)) and torch.allclose(
        out[2, 2], torch.ones(3, 3)
    )
    assert torch.allclose(out[1, 2], torch.full((3, 3), 1e-4), atol=1e-6)
    # F = 2: each half of the channels gets its own map
    x2 = torch.zeros(2, 2, 1, 1)
    x2[1, 0] = 4.0  # channel 0 differs by 4 (std 2), channel 1 equal
    out2 = minibatch_stddev(x2, group_size=2, num_channels=2)
    assert out2.shape == (2, 4, 1, 1)
    assert out2[0, 2].item() == pytest.approx(2.0) and out2[0, 3].item() == pytest.approx(1e-4)
    # a batch the group does not divide uses the largest divisor below it
    assert minibatch_stddev(torch.randn(6, 4, 2, 2), group_size=4).shape == (6, 5, 2, 2)


def test_binomial_resampling_keeps_constants() -> None:
    x = torch.full((1, 2, 8, 8), 3.0)
    assert torch.allclose(upsample2x(x)[..., 1:-1, 1:-1], torch.full((1, 2, 14, 14), 3.0))
    assert torch.allclose(downsample2x(x)[..., 1:-1, 1:-1], torch.full((1, 2, 2, 2), 3.0))


def test_mapping_normalises_z_and_tracks_w_avg() -> None:
    torch.manual_seed(0)
    z = torch.randn(6, 8) * 7
    n = normalize_2nd_moment(z)
    assert torch.allclose(n.square().mean(1), torch.ones(6), atol=1e-5)
    m = MappingNetwork(8, 0, 8, 2, w_avg_beta=0.9)
    assert m.layers[0].weight_gain == pytest.approx(0.01 / math.sqrt(8))
    w = m(z)  # a training forward: w_avg ← lerp(mean w, w_avg, β) from 0
    assert torch.allclose(m.w_avg, 0.1 * w.detach().mean(0), atol=1e-6)
    m.eval()
    assert torch.allclose(m(z / 7), w, atol=1e-5)  # z's scale is normalised away
    assert torch.allclose(m(z, psi=0.0), m.w_avg.expand(6, -1))
    cond = MappingNetwork(8, 10, 8, 2)
    y = torch.tensor([0, 1, 2])
    assert not torch.allclose(cond(z[:3], y), cond(z[:3], y.flip(0)))


# -- networks ---------------------------------------------------------------------------------
@pytest.mark.parametrize("res", [32, 64, 256])
def test_output_shapes(res: int) -> None:
    torch.manual_seed(0)
    G, D = _g(res, n_classes=10), _d(res, n_classes=10)
    z, y = torch.randn(2, 8), torch.tensor([3, 7])
    x = G(z, y)
    assert x.shape == (2, 3, res, res) and torch.isfinite(x).all()
    assert D(x, y).shape == (2,) and D(x).shape == (2,)
    assert G.synthesis.num_ws == 2 * int(math.log2(res)) - 2
    assert _d(res, architecture="orig")(x).shape == (2,)


def test_channel_widths_follow_channel_base() -> None:
    assert [channels_at(r, 32768, 512) for r in (4, 32, 128, 256)] == [512, 512, 256, 128]
    G = StyleGAN2Generator(8, (3, 32, 32), w_dim=8, mapping_layers=1, channel_base=256,
                           channel_max=32)  # fmt: skip
    assert G.synthesis.const.shape == (32, 4, 4)
    assert G.synthesis.torgbs[-1].weight.shape[1] == 8  # 256 / 32


def test_noise_strength_is_learned_per_layer() -> None:
    G = _g(8)
    strengths = [c.noise_strength for c in G.synthesis.convs]
    assert all(s.requires_grad and s.item() == 0.0 for s in strengths)
    G(torch.randn(2, 8)).square().mean().backward()
    assert all(s.grad is not None for s in strengths)


@pytest.mark.parametrize(
    ("shape", "needle"),
    [
        ((3, 48, 48), "power-of-two size from 8 to 256"),
        ((3, 512, 512), "got 512"),
        ((3, 4, 4), "got 4"),
        ((3, 32, 16), "square images, got 32×16"),
        ((2,), "images [C,H,W]"),
    ],
)
def test_refuses_unsupported_sizes(shape: tuple[int, ...], needle: str) -> None:
    block = StyleGAN2GeneratorBlock("G", StyleGAN2GParams())
    with pytest.raises(UnsupportedShape, match=needle.replace("[", r"\[")):
        block.infer({}, shape)
    with pytest.raises(UnsupportedShape):
        stylegan2_resolution(shape)


def test_validation_names_the_node_for_vector_data() -> None:
    g = tiny("grid25_vanilla")
    node = next(n for n in g["nodes"] if n["id"] == "G")
    node["type"], node["params"] = "generator.stylegan2", {}
    issues = validate(load_graph_dict(g))
    assert any("StyleGAN2 works on images" in i.message and "G" in i.path for i in issues)


# -- regularizers -----------------------------------------------------------------------------
def test_path_lengths_match_a_linear_map() -> None:
    torch.manual_seed(0)
    M = torch.randn(5, 16)
    ws = torch.randn(3, 2, 5, requires_grad=True)
    img = (ws.sum(1) @ M).view(3, 1, 4, 4)
    torch.manual_seed(1)
    lengths = path_lengths(img, ws)
    torch.manual_seed(1)
    noise = torch.randn(3, 1, 4, 4) / 4.0
    per_w = noise.flatten(1) @ M.T  # J_wᵀ y for each of the ws (they enter alike)
    assert torch.allclose(lengths, per_w.square().sum(1).sqrt(), atol=1e-5)


def _batch_for(G: nn.Module, n: int = 4, n_classes: int = 0) -> Batch:
    z = torch.randn(n, 8)
    b = Batch.fixed(real=torch.zeros(n, 3, 8, 8), fake=torch.zeros(n, 3, 8, 8),
                    critic=lambda x: x.mean([1, 2, 3]), side="G", z=z, G=G)  # fmt: skip
    b.n_classes = n_classes
    return b


def test_path_length_trains_the_stylegan2_generator() -> None:
    torch.manual_seed(0)
    G = _g(8, n_classes=10)
    reg = PathLengthReg(PathLengthParams(decay=0.5), torch.device("cpu"), None, "pl")
    reg.attach(G)
    assert reg.phase == "G" and reg.interval == 4
    pen = reg.term(_batch_for(G, n_classes=10))
    assert torch.isfinite(pen) and pen.item() >= 0
    pl_mean = reg.pl_mean.item()
    assert pl_mean > 0
    pen.backward()
    assert G.mapping.layers[0].weight.grad is not None
    assert G.synthesis.convs[0].weight.grad is not None
    state = reg.state_dict()
    other = PathLengthReg(PathLengthParams(), torch.device("cpu"), None, "pl")
    other.load_state_dict(state)
    assert other.pl_mean.item() == pl_mean


def test_path_length_refuses_another_generator() -> None:
    reg = PathLengthReg(PathLengthParams(), torch.device("cpu"), None, "pl")
    G = DCGANGenerator(8, (1, 8, 8), 8, nn.Tanh())
    with pytest.raises(ValueError, match=r"nodes\.pl: .*generator\.stylegan2"):
        reg.attach(G)


def test_validation_refuses_path_length_on_a_generator_without_w() -> None:
    g = tiny("digits_dcgan")
    g["nodes"].append({"id": "pl", "type": "regularizer.path_length"})
    g["edges"].append({"from": "G.net", "to": "pl.net"})
    issues = validate(load_graph_dict(g))
    assert [(i.path, i.code) for i in issues] == [("nodes.pl", "bad_combination")]
    assert "needs a generator with w_space; G (generator.dcgan)" in issues[0].message


def test_r1_runs_through_the_stylegan2_discriminator() -> None:
    torch.manual_seed(0)
    D = _d(16, n_classes=10)
    real, y = torch.randn(4, 3, 16, 16), torch.randint(0, 10, (4,))
    pen = r1_penalty(lambda x: D(x, y), real)
    assert torch.isfinite(pen) and pen.item() > 0
    pen.backward()  # double backprop through mbstd, resampling and the cmap projection
    assert D.fromrgb.weight.grad is not None and D.cmap is not None
    assert D.cmap.layers[0].weight.grad is not None


# -- presets ----------------------------------------------------------------------------------
PRESET = ROOT / "examples" / "cifar10" / "stylegan2_ada.json"


def _shrunk(graph: Graph) -> Graph:
    g = graph.to_dict()
    small = {"channel_base": 64, "channel_max": 8}
    for n in g["nodes"]:
        if n["type"] == "generator.stylegan2":
            n["params"].update(small, w_dim=8)
        elif n["type"] == "discriminator.stylegan2":
            n["params"].update(small, mbstd_group_size=4, cmap_layers=2)
        elif n["type"] == "latent.normal":
            n["params"]["dim"] = 8
        elif n["type"] == "regularizer.r1":
            n["params"]["interval"] = 2  # the lazy phase runs within the smoke test
    g["run"].update(batch_size=8, device="cpu", steps=3)
    return Graph.model_validate(g)


def test_cifar10_preset_trains_on_fake_data(tmp_path: Path) -> None:
    graph = _shrunk(preset_on_fake_data(PRESET, write_fake_cifar10(tmp_path)))
    assert validate(graph) == []
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    assert prog.conditional and prog.G.mapping.embed is not None
    assert prog.D.cmap is not None
    runner = StepRunner(prog)
    for step in range(3):
        runner.iteration(step, track=True)
    values = runner.flush(0, 3)
    assert any(k.startswith("loss/Dreg") for k in values)
    assert all(v == v for v in values.values())


def test_cifar10_preset_is_the_ada_cifar_config() -> None:
    g = preset_on_fake_data(PRESET, Path("/nonexistent")).to_dict()
    p = {n["id"]: n.get("params", {}) for n in g["nodes"]}
    assert p["G"]["mapping_layers"] == 2 and p["D"]["architecture"] == "orig"
    assert p["D"]["mbstd_group_size"] == 32 and p["r1"]["gamma"] == 0.01
    assert p["optG"]["lr"] == p["optD"]["lr"] == 0.0025
    assert p["optG"]["betas"] == [0.0, 0.99] and p["ada_p"]["target"] == 0.6
    assert p["G_ema"]["ema_kimg"] == 500 and g["run"]["batch_size"] == 64
    assert g["run"]["steps"] * 64 == 100_000_000  # 100000 kimg
    assert {"from": "data.labels", "to": "G.y"} in g["edges"]
    assert {"from": "data.labels", "to": "D.y"} in g["edges"]


@pytest.mark.slow
def test_digits_stylegan2_resumes_exactly(mlflow_uri: str, in_tmp: Path) -> None:
    """Noise inputs, w_avg and the path-length mean a all come back from the checkpoint."""
    from gancanvas.runner import checkpoint as ckpt
    from gancanvas.runner.train import Run, RunOptions, resume_run, run_graph

    def opts(root: Path, **kw: Any) -> RunOptions:
        return RunOptions(tracking_uri=mlflow_uri, quiet=True, device="cpu", runs_root=root, **kw)

    def tensors(path: Path) -> dict[str, torch.Tensor]:
        out = {}
        for nid, sd in ckpt.load(path)["blocks"].items():
            for k, v in sd.items() if isinstance(sd, dict) else []:
                if isinstance(v, torch.Tensor):
                    out[f"{nid}.{k}"] = v
        return out

    g = load_graph_dict(tiny("digits_stylegan2", steps=8, batch=8))
    full = run_graph(g, opts(in_tmp / "a"))
    half = Run(g, opts(in_tmp / "b", stop_at=4)).execute()
    assert half.status == "KILLED" and half.checkpoint is not None
    resumed = resume_run(ckpt.load(half.checkpoint), opts(in_tmp / "b"))
    assert resumed.step == 8 and full.checkpoint and resumed.checkpoint
    a, b = tensors(full.checkpoint), tensors(resumed.checkpoint)
    assert "pl.pl_mean" in a and "G.mapping.w_avg" in a and a.keys() == b.keys()
    for k in a:
        assert torch.equal(a[k], b[k]), k


def test_bf16_autocast_and_truncation() -> None:
    """``precision: bf16`` runs G, D and the path length; w_avg stays a float32 buffer."""
    torch.manual_seed(0)
    G, D = _g(16, n_classes=10), _d(16, n_classes=10)
    z, y = torch.randn(4, 8), torch.randint(0, 10, (4,))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits = D(G(z, y), y)
        ws = G.mapping_ws(z, y)
        lengths = path_lengths(G.synthesis(ws), ws)
    assert torch.isfinite(logits.float()).all() and torch.isfinite(lengths.float()).all()
    assert G.mapping.w_avg.dtype == torch.float32 and G.mapping.w_avg.abs().sum() > 0
    G.eval()
    G.truncation_psi = 0.0  # ψ = 0: every sample maps to w_avg
    w = G.mapping_ws(z, y)
    assert torch.allclose(w, G.mapping.w_avg.expand_as(w))
