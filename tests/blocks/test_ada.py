"""augmenter.ada and scheduler.ada: the pipeline's ops, identities, gradients and the p rule."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch

from blocks.ada import (
    ADABlock,
    ADAParams,
    ADAPipeline,
    apply_color,
    blit,
    color_matrix,
    resample,
    rotate_inv,
    scale_inv,
    translate_inv,
    translate_reflect,
)
from blocks.adaptive import AdaptiveLevel, ADAScheduler, ada_step_size
from blocks.base import BuildContext
from blocks.runtime import Stats
from gancanvas.compiler import validate
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.train import Run, RunOptions, resume_run, run_graph
from schemas import RunConfig, load_graph_dict
from tests.driver import StatsDriver
from tests.graphs import tiny

CPU = torch.device("cpu")
OPS = (
    "xflip",
    "rotate90",
    "xint",
    "scale",
    "rotate",
    "aniso",
    "xfrac",
    "brightness",
    "contrast",
    "lumaflip",
    "hue",
    "saturation",
)


def pipeline(p: float, only: str | None = None, **params: float) -> ADAPipeline:
    """ADA at a fixed p; with ``only``, every other op's multiplier is 0."""
    if only is not None:
        params = {**{op: 0.0 for op in OPS if op != only}, **params}
    return ADAPipeline(ADAParams(fixed_p=p, **params), None, CPU)  # type: ignore[arg-type]


def test_p_zero_is_the_identity_exactly() -> None:
    for channels in (1, 3):
        x = torch.randn(16, channels, 8, 8)
        torch.manual_seed(0)
        y, t = pipeline(0.0)(x)
        assert t is None and torch.equal(y, x)


def test_p_one_xflip_alone_flips_or_keeps_each_sample() -> None:
    x = torch.randn(64, 1, 8, 8)
    y, _ = pipeline(1.0, "xflip")(x)
    flipped = torch.tensor([torch.equal(a, b.flip(-1)) for a, b in zip(y, x, strict=True)])
    kept = torch.tensor([torch.equal(a, b) for a, b in zip(y, x, strict=True)])
    assert bool((flipped | kept).all()) and flipped.any() and kept.any()


def test_p_one_rotate90_gives_the_four_turns() -> None:
    x = torch.randn(64, 3, 8, 8)
    y, _ = pipeline(1.0, "rotate90")(x)
    seen = set()
    for a, b in zip(y, x, strict=True):
        k = [i for i in range(4) if torch.equal(a, torch.rot90(b, i, dims=(-2, -1)))]
        assert len(k) == 1
        seen.add(k[0])
    assert seen == {0, 1, 2, 3}


def test_flip_twice_and_four_quarter_turns_are_the_identity() -> None:
    x = torch.randn(4, 1, 8, 8)
    one, zero = torch.ones(4), torch.zeros(4)
    flipped = blit(x, one, zero, zero, zero, 0)
    assert torch.equal(blit(flipped, one, zero, zero, zero, 0), x)
    y = x
    for _ in range(4):
        y = blit(y, zero, one, zero, zero, 0)
    assert torch.equal(y, x)


def test_integer_translation_is_a_shift_with_reflect_padding() -> None:
    x = torch.arange(16.0).view(1, 1, 4, 4)
    y = translate_reflect(x, torch.tensor([1]), torch.tensor([0]), 1)
    # moved one pixel right; the new left column is the reflection of column 1
    assert torch.equal(y[..., 1:], x[..., :3])
    assert torch.equal(y[..., 0], x[..., 1])
    back = translate_reflect(y, torch.tensor([-1]), torch.tensor([0]), 1)
    assert torch.equal(back[..., :3], x[..., :3])


def test_p_one_xint_moves_by_at_most_one_pixel_at_8x8() -> None:
    x = torch.randn(64, 1, 8, 8)
    y, _ = pipeline(1.0, "xint")(x)
    for a, b in zip(y, x, strict=True):
        ok = [
            torch.equal(a[..., 1:-1, 1:-1], b[..., 1 - dy : 7 - dy, 1 - dx : 7 - dx])
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        ]
        assert any(ok)


def test_resample_matches_exact_ops_and_inverts() -> None:
    x = torch.randn(2, 1, 8, 8, dtype=torch.float64)
    one = torch.ones(2, dtype=torch.float64)
    # a 90° rotation through the matrix equals rot90 (pixel centres land on pixel centres)
    quarter = resample(x, rotate_inv(one * math.pi / 2))
    assert torch.allclose(quarter, torch.rot90(x, 1, dims=(-2, -1)), atol=1e-9) or torch.allclose(
        quarter, torch.rot90(x, -1, dims=(-2, -1)), atol=1e-9
    )
    # x-flip through the matrix
    flip = resample(x, scale_inv(-one, one))
    assert torch.allclose(flip, x.flip(-1), atol=1e-9)
    # an integer translation by the matrix equals the shift away from the border
    moved = resample(x, translate_inv(2 * one, 0 * one))
    assert torch.allclose(moved[..., 2:], x[..., :6], atol=1e-9)
    # a rotation and its inverse compose to the identity matrix
    theta = torch.tensor([0.3, -1.1], dtype=torch.float64)
    eye = rotate_inv(theta) @ rotate_inv(-theta)
    assert torch.allclose(eye, torch.eye(3, dtype=torch.float64).expand(2, 3, 3))


@pytest.mark.parametrize("op", ["scale", "rotate", "aniso", "xfrac"])
def test_geometric_ops_keep_the_shape_and_change_the_image(op: str) -> None:
    x = torch.randn(8, 3, 8, 8)
    y, _ = pipeline(1.0, op)(x)
    assert y.shape == x.shape and not torch.equal(y, x)


def test_color_matrix_known_values() -> None:
    z, o = torch.zeros(1), torch.ones(1)
    # brightness b adds b to every channel
    x = torch.rand(1, 3, 2, 2)
    assert torch.allclose(apply_color(x, color_matrix(0.3 * o, o, z, z, o)), x + 0.3, atol=1e-6)
    # contrast c scales about 0
    assert torch.allclose(apply_color(x, color_matrix(z, 2 * o, z, z, o)), 2 * x, atol=1e-6)
    # luma flip reflects across the grey axis: grey values change sign, chroma stays
    grey = torch.full((1, 3, 1, 1), 0.4)
    assert torch.allclose(apply_color(grey, color_matrix(z, o, o, z, o)), -grey, atol=1e-6)
    # hue rotation by 2π/3 about the grey axis cycles the channels; grey is fixed
    red = torch.tensor([1.0, 0.0, 0.0]).view(1, 3, 1, 1)
    turned = apply_color(red, color_matrix(z, o, z, o * 2 * math.pi / 3, o))
    assert torch.allclose(turned.flatten(), torch.tensor([0.0, 1.0, 0.0]), atol=1e-6)
    assert torch.allclose(apply_color(grey, color_matrix(z, o, z, o * 1.0, o)), grey, atol=1e-6)
    # saturation 0 maps a colour to its grey mean
    mean = red.mean(1, keepdim=True).expand(1, 3, 1, 1)
    assert torch.allclose(apply_color(red, color_matrix(z, o, z, z, z)), mean, atol=1e-6)
    # one channel: luma flip negates, brightness adds (ADA's grey path)
    g = torch.rand(1, 1, 2, 2)
    assert torch.allclose(apply_color(g, color_matrix(0.1 * o, o, o, z, o)), -g - 0.1, atol=1e-6)


def test_p_one_lumaflip_on_grey_negates_or_keeps() -> None:
    x = torch.randn(64, 1, 4, 4)
    y, _ = pipeline(1.0, "lumaflip")(x)
    neg = torch.tensor([torch.allclose(a, -b, atol=1e-6) for a, b in zip(y, x, strict=True)])
    same = torch.tensor([torch.equal(a, b) for a, b in zip(y, x, strict=True)])
    assert bool((neg | same).all()) and neg.any() and same.any()


def test_hue_and_saturation_leave_grey_images_alone() -> None:
    x = torch.randn(8, 1, 8, 8)
    for op in ("hue", "saturation"):
        assert torch.equal(pipeline(1.0, op)(x)[0], x)


def test_probability_is_per_sample() -> None:
    x = torch.randn(2000, 1, 8, 8)
    torch.manual_seed(0)
    y, _ = pipeline(0.3, "brightness")(x)
    changed = (y != x).flatten(1).any(1).float().mean().item()
    assert changed == pytest.approx(0.3, abs=0.04)


def test_gradients_flow_to_the_input() -> None:
    x = torch.randn(8, 3, 8, 8, requires_grad=True)
    y, _ = pipeline(1.0)(x)
    (y * torch.randn_like(y)).sum().backward()
    assert x.grad is not None and x.grad.abs().sum() > 0


def test_block_refuses_vectors_and_non_square_rotations() -> None:
    block = ADABlock("aug", ADAParams())
    with pytest.raises(ValueError, match="images"):
        block._check_shape((2,))
    with pytest.raises(ValueError, match="square"):
        block._check_shape((1, 8, 6))
    ADABlock("aug", ADAParams(rotate90=0))._check_shape((1, 8, 6))


def test_the_pipeline_reads_the_level_each_call() -> None:
    stats = Stats(CPU)
    level = AdaptiveLevel(CPU, stats, target=0.6, interval=1, step_size=1.0, upper=None)
    aug = ADAPipeline(ADAParams(), level, CPU)
    x = torch.randn(4, 1, 8, 8)
    assert torch.equal(aug(x)[0], x)
    level.value.fill_(1.0)
    assert not torch.equal(aug(x)[0], x)
    assert aug.stats()["p"].item() == 1.0


# -- the p rule ---------------------------------------------------------------------------------


def ada_scheduler(stats: Stats, batch_size: int = 64, **params: float) -> AdaptiveLevel:
    block = ADAScheduler("ada", ADAScheduler.Params(**params))  # type: ignore[arg-type]
    run = RunConfig(batch_size=batch_size)
    ctx = BuildContext(node_id="ada", device=CPU, run=run, data_shape=(1, 8, 8), z_dim=2)
    ctx.stats = stats
    return block.build(ctx)


def test_p_rule_moves_by_the_papers_step() -> None:
    stats = Stats(CPU)
    ada = ada_scheduler(stats, batch_size=64)
    step = 64 * 4 / (500 * 1000)
    assert ada_step_size(64, 4, 500) == step
    loop = StatsDriver(stats, batch_size=64)
    for it in range(4):  # r_t = 1 > 0.6: up
        stats.report("D/real_sign", torch.ones(64))
        ada.step_end(it, loop)
        if it < 3:
            assert ada.value.item() == 0.0
    assert ada.value.item() == pytest.approx(step)
    assert ada.values()["r_t"].item() == 1.0
    for it in range(4, 8):  # r_t = 0.5 < 0.6: down
        stats.report("D/real_sign", torch.tensor([1.0, 1.0, 1.0, 1.0, -1.0, 1.0, -1.0, -1.0]))
        ada.step_end(it, loop)
    assert ada.value.item() == pytest.approx(0.0)
    for it in range(8, 12):  # down again: clamped at 0
        stats.report("D/real_sign", -torch.ones(8))
        ada.step_end(it, loop)
    assert ada.value.item() == 0.0


def test_ada_p_is_not_capped_at_one_and_resumes() -> None:
    stats = Stats(CPU)
    ada = ada_scheduler(stats, interval=1, ada_kimg=0.032, initial_p=0.9)
    loop = StatsDriver(stats, batch_size=64)
    stats.report("D/real_sign", torch.ones(4))
    ada.step_end(0, loop)
    assert ada.value.item() == pytest.approx(2.9)  # step 64/32 = 2, no upper clip (official)
    other = ada_scheduler(Stats(CPU), interval=1, ada_kimg=0.032)
    other.load_state_dict(ada.state_dict())
    assert torch.equal(other.value, ada.value) and torch.equal(other.r_d, ada.r_d)


def test_digits_ada_resumes_exactly_with_p_checkpointed(mlflow_uri: str, in_tmp: Path) -> None:
    g = tiny("digits_ada", steps=8)
    node = next(n for n in g["nodes"] if n["id"] == "ada_p")
    node["params"].update(target=-1, interval=1, ada_kimg=0.01)  # p rises every iteration
    graph = load_graph_dict(g)
    opts = {"tracking_uri": mlflow_uri, "quiet": True, "device": "cpu"}
    full = run_graph(graph, RunOptions(runs_root=in_tmp / "a", **opts))
    half = Run(graph, RunOptions(runs_root=in_tmp / "b", stop_at=4, **opts)).execute()
    assert half.checkpoint is not None
    p_half = ckpt.load(half.checkpoint)["blocks"]["ada_p"]["p"]
    resumed = resume_run(ckpt.load(half.checkpoint), RunOptions(runs_root=in_tmp / "b", **opts))
    assert full.checkpoint and resumed.checkpoint
    a, b = ckpt.load(full.checkpoint)["blocks"], ckpt.load(resumed.checkpoint)["blocks"]
    assert a["ada_p"]["p"].item() != p_half.item()  # p changed after the resume point
    assert torch.equal(a["ada_p"]["p"], b["ada_p"]["p"])
    for k, v in a["D"].items():
        assert torch.equal(v, b["D"][k]), k


def test_ada_on_toy_data_is_a_located_validation_problem() -> None:
    g = tiny("grid25_vanilla", steps=2)
    g["nodes"].append({"id": "aug", "type": "augmenter.ada"})
    g["edges"] = [e for e in g["edges"] if e["to"] not in ("D.real", "D.fake")] + [
        {"from": "data.real", "to": "aug.real"},
        {"from": "G.fake", "to": "aug.fake"},
        {"from": "aug.real", "to": "D.real"},
        {"from": "aug.fake", "to": "D.fake"},
    ]
    problems = [str(p) for p in validate(load_graph_dict(g))]
    assert any(p.startswith("nodes.aug:") and "images" in p for p in problems)
