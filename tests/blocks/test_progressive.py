"""Progressive growing (techniques-2 §8): layers, networks, schedule, faded reals; the blocks."""

from __future__ import annotations

import copy
import itertools
import math
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from blocks.base import UnsupportedShape
from blocks.progressive import (
    EqualizedConv2d,
    EqualizedLinear,
    MinibatchStdDev,
    PixelNorm,
    ProgressiveDiscriminator,
    ProgressiveGenerator,
    drift_penalty,
    fade_reals,
    level_of_detail,
    minibatch_stddev,
    pixel_norm,
    progressive_plan,
    progressive_schedule,
    reset_steps,
    stage_widths,
)
from blocks.progressive_blocks import DriftReg, FadeReals, mbstd_problem
from blocks.runtime import Batch
from gancanvas.compiler import compile_graph, validate
from gancanvas.compiler.build import BuildFailed, build_sampling_path
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny

# ---------------------------------------------------------------- equalised learning rate


@pytest.mark.parametrize("fan_in", [16, 1024])
def test_equalized_linear_preactivation_std_is_gain_for_any_fan_in(fan_in: int) -> None:
    torch.manual_seed(0)
    for gain in (math.sqrt(2), 1.0):
        layer = EqualizedLinear(fan_in, 256, gain=gain)
        assert layer.weight.std().item() == pytest.approx(1.0, rel=0.05)  # stored N(0, 1)
        assert (layer.weight * layer.scale).std().item() == pytest.approx(
            gain / math.sqrt(fan_in), rel=0.05
        )
        y = layer(torch.randn(2048, fan_in))
        assert y.std().item() == pytest.approx(gain, rel=0.1)
    assert torch.equal(layer.bias, torch.zeros(256))  # type: ignore[arg-type]


def test_equalized_conv_preactivation_std_and_reference() -> None:
    torch.manual_seed(0)
    conv = EqualizedConv2d(32, 64, 3)
    assert conv.scale == pytest.approx(math.sqrt(2) / math.sqrt(32 * 9))
    x = torch.randn(64, 32, 8, 8)
    y = conv(x)
    # interior pixels only (zero padding shrinks the border's fan-in)
    assert y[:, :, 1:-1, 1:-1].std().item() == pytest.approx(math.sqrt(2), rel=0.1)
    ref = F.conv2d(x, conv.weight * conv.scale, conv.bias, padding=1)
    torch.testing.assert_close(y, ref)


def test_equalized_gradient_is_c_times_the_plain_layers() -> None:
    torch.manual_seed(0)
    eq = EqualizedLinear(20, 7)
    plain = nn.Linear(20, 7)
    with torch.no_grad():
        plain.weight.copy_(eq.weight * eq.scale)
        plain.bias.copy_(eq.bias)  # type: ignore[arg-type]
    x = torch.randn(5, 20)
    torch.testing.assert_close(eq(x), plain(x))
    eq(x).square().sum().backward()
    plain(x).square().sum().backward()
    assert eq.weight.grad is not None and plain.weight.grad is not None
    torch.testing.assert_close(eq.weight.grad, eq.scale * plain.weight.grad)


def test_adam_step_moves_effective_weight_by_lr_times_c() -> None:
    torch.manual_seed(0)
    lr = 1e-3
    for fan_in in (4, 400):
        layer = EqualizedLinear(fan_in, 8)
        before = (layer.weight * layer.scale).detach().clone()
        opt = torch.optim.Adam(layer.parameters(), lr=lr, betas=(0.0, 0.99), eps=1e-8)
        layer(torch.randn(16, fan_in)).sum().backward()
        opt.step()
        step = ((layer.weight * layer.scale).detach() - before).abs()
        # Adam's first step is ±lr on each raw weight, so ±lr·c on the effective one
        torch.testing.assert_close(step, torch.full_like(step, lr * layer.scale), rtol=1e-3, atol=0)


# ---------------------------------------------------------------- pixel norm, mbstd, drift


def test_pixel_norm_hand_value_and_unit_mean_square() -> None:
    x = torch.tensor([[3.0, 4.0]])
    torch.testing.assert_close(pixel_norm(x), x / math.sqrt(12.5 + 1e-8))
    tiny = torch.tensor([[1e-4, 0.0]], dtype=torch.float64)  # mean square 5e-9: ε matters
    torch.testing.assert_close(pixel_norm(tiny)[0, 0].item(), 1e-4 / math.sqrt(5e-9 + 1e-8))
    torch.manual_seed(0)
    y = PixelNorm()(torch.randn(4, 16, 5, 5) * 7)
    torch.testing.assert_close(y.square().mean(1), torch.ones(4, 5, 5))


def _mbstd_loop(x: torch.Tensor, group: int) -> list[float]:
    """Per-sample appended value by brute force: strided groups, biased std, mean over features."""
    n = x.shape[0]
    m = n // group
    flat = x.reshape(n, -1).tolist()
    per_group = []
    for gi in range(m):
        members = [flat[gi + j * m] for j in range(group)]
        stds = []
        for f in range(len(flat[0])):
            vals = [row[f] for row in members]
            mu = sum(vals) / group
            stds.append(math.sqrt(sum((v - mu) ** 2 for v in vals) / group + 1e-8))
        per_group.append(sum(stds) / len(stds))
    return [per_group[i % m] for i in range(n)]


def test_minibatch_stddev_against_a_hand_loop() -> None:
    torch.manual_seed(0)
    x = torch.randn(8, 2, 3, 3)
    y = minibatch_stddev(x, 4)
    assert y.shape == (8, 3, 3, 3)
    assert torch.equal(y[:, :2], x)
    want = torch.tensor(_mbstd_loop(x, 4))
    for i in range(8):  # the extra map is constant over pixels
        torch.testing.assert_close(y[i, 2], torch.full((3, 3), want[i].item()))
    # group_size > N falls back to G = N
    torch.testing.assert_close(
        minibatch_stddev(x[:2], 4)[:, 2, 0, 0], torch.tensor(_mbstd_loop(x[:2], 2))
    )


def test_minibatch_stddev_known_values() -> None:
    # vectors (the toy MLP analogue): groups of 4 scalars
    x = torch.tensor([[1.0], [3.0], [5.0], [7.0]])  # mean 4, biased var (9+1+1+9)/4 = 5
    torch.testing.assert_close(minibatch_stddev(x, 4)[:, 1], torch.full((4,), math.sqrt(5 + 1e-8)))
    same = torch.ones(8, 4, 4, 4).mul_(0.3)
    assert minibatch_stddev(same)[:, 4].max().item() == pytest.approx(1e-4, rel=1e-3)
    torch.manual_seed(0)
    noise = torch.randn(400, 16, 4, 4)
    # E[biased std of 4 N(0,1)] = √(2/G)·Γ(G/2)/Γ((G−1)/2) = 0.798
    expected = math.sqrt(2 / 4) * math.gamma(2) / math.gamma(1.5)
    assert expected == pytest.approx(0.798, abs=1e-3)
    got = MinibatchStdDev(4)(noise)[:, 16].mean().item()
    assert got == pytest.approx(expected, abs=0.01)
    with pytest.raises(ValueError, match="not divisible"):
        minibatch_stddev(torch.zeros(6, 3), 4)


def test_drift_penalty_hand_value() -> None:
    assert drift_penalty(torch.tensor([1.0, -3.0])).item() == pytest.approx(0.001 * 5)


# ---------------------------------------------------------------- plan and shapes


def test_progressive_plan() -> None:
    assert progressive_plan((1, 8, 8)) == (4, 2)
    assert progressive_plan((3, 32, 32)) == (4, 4)
    assert progressive_plan((1, 28, 28)) == (7, 3)
    assert progressive_plan((1, 4, 4)) == (4, 1)
    assert progressive_plan((1, 24, 24)) == (6, 3)
    for bad, msg in [((1, 30, 30), "resize"), ((1, 3, 3), "resize"), ((1, 8, 16), "square")]:
        with pytest.raises(UnsupportedShape, match=msg):
            progressive_plan(bad)
    with pytest.raises(UnsupportedShape, match=r"\[C,H,W\]"):
        progressive_plan((2,))
    assert stage_widths(4, 128, 16) == [128, 64, 32, 16]
    assert stage_widths(5, 64, 16) == [64, 32, 16, 16, 16]


def _nets(shape: tuple[int, int, int]) -> tuple[ProgressiveGenerator, ProgressiveDiscriminator]:
    torch.manual_seed(0)
    return ProgressiveGenerator(8, shape, width=16, min_width=8), ProgressiveDiscriminator(
        shape, width=16, min_width=8
    )


@pytest.mark.parametrize("shape", [(1, 8, 8), (1, 28, 28), (3, 16, 16)])
def test_shapes_at_every_stage(shape: tuple[int, int, int]) -> None:
    G, D = _nets(shape)
    z = torch.randn(4, 8)
    base, n = progressive_plan(shape)
    assert (G.stage, G.alpha) == (n - 1, None)  # built as the full-size network
    for k in range(n):
        for alpha in (None, torch.tensor(0.5)):
            G.set_stage(k, alpha)
            D.set_stage(k, alpha)
            assert G.resolution() == D.resolution() == base * 2**k
            x = G(z)
            assert x.shape == (4, *shape)
            # the image holds only base·2^k distinct pixels per side (nearest upsampling)
            r = base * 2**k
            torch.testing.assert_close(
                x, F.interpolate(F.avg_pool2d(x, shape[1] // r), scale_factor=shape[1] // r)
            )
            assert D(x).shape == (4,)


def test_set_stage_validates() -> None:
    G, _ = _nets((1, 8, 8))
    with pytest.raises(ValueError, match="stage"):
        G.set_stage(2)
    with pytest.raises(ValueError, match="0-d"):
        G.set_stage(1, torch.tensor([0.5]))


# ---------------------------------------------------------------- fade-in identities


@pytest.mark.parametrize("shape", [(1, 8, 8), (1, 28, 28)])
def test_alpha_zero_is_the_lower_path_and_alpha_one_the_new_path(
    shape: tuple[int, int, int],
) -> None:
    G, D = _nets(shape)
    z = torch.randn(4, 8)
    x = torch.randn(4, *shape)
    for k in range(1, G.n_stages):
        G.set_stage(k - 1)
        D.set_stage(k - 1)
        g_old, d_old = G(z), D(x)
        G.set_stage(k)
        D.set_stage(k)
        g_new, d_new = G(z), D(x)
        a = torch.tensor(0.0)
        G.set_stage(k, a)
        D.set_stage(k, a)
        assert torch.equal(G(z), g_old) and torch.equal(D(x), d_old)
        a.fill_(1.0)  # read at forward time: no set_stage call needed
        assert torch.equal(G(z), g_new) and torch.equal(D(x), d_new)
        a.fill_(0.25)
        torch.testing.assert_close(G(z), 0.75 * g_old + 0.25 * g_new)
        assert not torch.allclose(D(x), d_old) and not torch.allclose(D(x), d_new)


def test_out_activation_after_the_blend() -> None:
    torch.manual_seed(0)
    G = ProgressiveGenerator(8, (1, 8, 8), width=16, out_activation=nn.Tanh())
    z = torch.randn(4, 8)
    G.set_stage(0)
    old = G(z)
    G.set_stage(1, torch.tensor(0.0))
    assert torch.equal(G(z), old)
    assert G(z).abs().max() < 1


@pytest.mark.parametrize("fading", [False, True])
def test_used_parameters_are_exactly_those_with_gradients(fading: bool) -> None:
    G, D = _nets((1, 16, 16))
    z = torch.randn(4, 8)
    for k in range(G.n_stages):
        for net, inp in ((G, z), (D, torch.randn(4, 1, 16, 16))):
            net.zero_grad(set_to_none=True)
            net.set_stage(k, torch.tensor(0.5) if fading else None)
            net(inp).sum().backward()
            got = {id(p) for p in net.parameters() if p.grad is not None}
            assert got == {id(p) for p in net.used_parameters(k, fading and k > 0)}
    for net in (G, D):  # new_parameters partitions the network by stage
        ids = [id(p) for k in range(net.n_stages) for p in net.new_parameters(k)]
        assert sorted(ids) == sorted(id(p) for p in net.parameters())


# ---------------------------------------------------------------- schedule


def test_schedule_at_known_steps() -> None:
    sched = [progressive_schedule(s, 1000, 1000, [100, 100, 50]) for s in range(60)]
    assert sched[:10] == [(0, 1.0)] * 10  # stage 0 stabilises 10 steps
    assert sched[10] == (1, 0.0) and sched[15] == (1, 0.5) and sched[19] == (1, 0.9)
    assert sched[20:30] == [(1, 1.0)] * 10
    assert sched[30] == (2, 0.0) and sched[31] == (2, 0.05) and sched[49] == (2, 0.95)
    assert sched[50] == (2, 1.0) and progressive_schedule(10**7, 1000, 1000, [100, 100, 50]) == (
        2,
        1.0,
    )
    # ⌈I/b⌉ steps per segment; no fade when fade_images is 0; a single stage never moves
    assert progressive_schedule(10, 1050, 1000, [100, 100]) == (0, 1.0)
    assert progressive_schedule(11, 1050, 1000, [100, 100]) == (1, 0.0)
    assert progressive_schedule(10, 1000, 0, [100, 100]) == (1, 1.0)
    assert progressive_schedule(99, 10, 10, [4]) == (0, 1.0)
    assert reset_steps(1000, 1000, [100, 100, 50]) == [10, 20, 30, 50]
    for bad in [(-1, 10, 10, [4]), (0, -1, 10, [4]), (0, 10, 10, [4, 0]), (0, 10, 10, [])]:
        with pytest.raises(ValueError):
            progressive_schedule(*bad)  # type: ignore[arg-type]


def _official_lod(nimg: int, lod_max: int, train_img: int, trans_img: int) -> float:
    """`TrainingSchedule` (train.py), transcribed in images instead of kimg."""
    phase_dur = train_img + trans_img
    phase_idx = nimg // phase_dur
    phase_img = nimg - phase_idx * phase_dur
    lod = lod_max - phase_idx - max(phase_img - train_img, 0) / trans_img
    return max(lod, 0.0)


def test_schedule_matches_the_official_lod() -> None:
    # 32×32: log2(32) − 2 = 3 at kimg 0 (§8.3); constant batch, segment sizes divisible by it
    b, train_img, trans_img, n = 50, 600, 400, 4
    nimg = 0
    fracs: dict[int, list[float]] = {}  # stage -> frac(lod) at each fading step
    for step in range(200):
        stage, alpha = progressive_schedule(step, train_img, trans_img, [b] * n)
        lod = level_of_detail(stage, alpha, n)
        assert lod == pytest.approx(_official_lod(nimg, n - 1, train_img, trans_img), abs=1e-12)
        if step == 0:
            assert lod == math.log2(32) - 2
        if alpha < 1:
            fracs.setdefault(stage, []).append(lod - math.floor(lod))
        nimg += b
    # a transition's first step has α = 0, where lod is still the stable segment's integer (the
    # official code runs the old network there, which α = 0 equals); then t = frac(lod) falls
    # linearly from 1 − b/trans_img by b/trans_img per step
    assert sorted(fracs) == [1, 2, 3]
    for f in fracs.values():
        assert len(f) == trans_img // b and f[0] == 0.0
        assert f[1] == pytest.approx(1 - b / trans_img)
        assert all(u - v == pytest.approx(b / trans_img) for u, v in itertools.pairwise(f[1:]))


def test_reset_steps_are_where_stage_or_fading_changes() -> None:
    args = (700, 300, [64, 64, 32, 16])
    changes = []
    prev = progressive_schedule(0, *args)
    for s in range(1, 400):
        cur = progressive_schedule(s, *args)
        if (cur[0], cur[1] < 1) != (prev[0], prev[1] < 1):
            changes.append(s)
        prev = cur
    assert changes == reset_steps(*args)


# ---------------------------------------------------------------- faded reals


def test_fade_reals_hand_value_and_identities() -> None:
    x = torch.arange(16.0).view(1, 1, 4, 4)  # pretend 4×4 data over 2 stages (8×8 down to 4×4)
    x8 = x.repeat_interleave(2, 2).repeat_interleave(2, 3)
    x8 = x8 + torch.linspace(0, 1, 64).view(1, 1, 8, 8)  # give it 8×8 detail
    n = 2
    assert torch.equal(fade_reals(x8, 1, None, n), x8)  # full size, stable: untouched
    low = F.avg_pool2d(x8, 2)
    low_up = low.repeat_interleave(2, 2).repeat_interleave(2, 3)
    assert torch.equal(fade_reals(x8, 0, None, n), low_up)
    assert torch.equal(fade_reals(x8, 1, torch.tensor(0.0), n), fade_reals(x8, 0, None, n))
    assert torch.equal(fade_reals(x8, 1, torch.tensor(1.0), n), x8)
    torch.testing.assert_close(fade_reals(x8, 1, torch.tensor(0.3), n), 0.7 * low_up + 0.3 * x8)


def test_fade_reals_keeps_the_lower_resolution_content() -> None:
    torch.manual_seed(0)
    x = torch.randn(3, 1, 28, 28)
    for k in (1, 2):
        faded = fade_reals(x, k, torch.tensor(0.4), 3)
        r = 7 * 2 ** (k - 1)
        # pooled to the previous resolution, faded reals equal the plain reals
        torch.testing.assert_close(
            F.adaptive_avg_pool2d(faded, r), F.adaptive_avg_pool2d(x, r), rtol=1e-5, atol=1e-6
        )


# ================================================================ blocks (contract v2)

# 16 images per segment: batch 8 → 2 steps per segment; stage 2 at batch 4 → 4 steps per fade
SEGMENTS = {"training_kimg": 0.016, "transition_kimg": 0.016, "batch_sizes": [0, 0, 4]}


def _graph(steps: int = 12, **grow: Any) -> dict[str, Any]:
    """The example on digits resized to 16 (4 → 8 → 16: three cheap stages), batch 8."""
    g = tiny("animal_progressive", steps=steps, batch=8)
    for n in g["nodes"]:
        if n["id"] == "data":
            n["type"], n["params"] = "data.digits", {"resize": 16}
        if n["id"] == "grow":
            n["params"] = {**SEGMENTS, **grow}
    return g


def _compile(g: dict[str, Any]) -> Any:
    torch.manual_seed(0)
    return compile_graph(load_graph_dict(g), "cpu")


def _sched(prog: Any) -> Any:
    return dict(prog.schedulers)["grow"]


def test_the_example_validates_and_the_networks_start_at_stage_zero() -> None:
    prog = _compile(_graph())
    ema = dict(prog.schedulers)["G_ema"].module
    for net in (prog.G, prog.D, ema):
        assert (net.stage, net.alpha) == (0, None)
    values = _sched(prog).values()
    assert list(values) == ["stage", "alpha", "resolution", "lod", "batch_size"]
    assert values["resolution"] == 4.0 and values["batch_size"] == 8.0


def test_the_loop_follows_the_schedule_resets_adam_and_sets_the_batch() -> None:
    g = _graph(steps=14)
    prog = _compile(g)
    runner = StepRunner(prog)
    ema = dict(prog.schedulers)["G_ema"].module
    batches = [8, 8, 4]
    want_resets = reset_steps(16, 16, batches)
    assert want_resets == [2, 4, 6, 10]
    resets: list[tuple[int, str]] = []
    phases: list[str] = []
    sizes: list[int] = []
    run, reset = runner.run, runner.reset_optimizer

    def recording_reset(net: str) -> None:
        resets.append((step, net))
        reset(net)

    runner.reset_optimizer = recording_reset  # type: ignore[method-assign]

    def counting_run(phase: Any, s: int | None = None) -> Any:
        batch = run(phase, s)
        phases.append(phase.name if not isinstance(phase, str) else phase)
        if batch is not None and batch.computed("real"):
            sizes.append(batch.real.shape[0])
        return batch

    runner.run = counting_run  # type: ignore[method-assign,assignment]
    for step in range(14):
        stage, alpha = progressive_schedule(step, 16, 16, batches)
        for net in (prog.G, prog.D, ema):
            assert net.stage == stage
            assert (net.alpha is None) == (alpha == 1.0)
            if net.alpha is not None:
                assert net.alpha.item() == alpha
        assert runner.batch_size == batches[stage]
        runner.iteration(step)
        if step + 1 in want_resets:  # Adam forgot everything at the segment start
            assert not prog.optimizers["G"].state and not prog.optimizers["D"].state
    # n_dis 1: one D and one G phase per iteration; the reals come at the stage's batch
    assert phases == ["Dmain", "Gmain"] * 14
    assert sizes == [batches[progressive_schedule(s, 16, 16, batches)[0]] for s in range(14)]
    assert resets == [(s - 1, net) for s in want_resets for net in ("G", "D")]
    values = runner.flush(0, 14)
    assert values["sched/grow/stage"] == 2.0 and values["sched/grow/resolution"] == 16.0
    assert values["loss/Dmain/drift"] >= 0 and "loss/Dmain/gp" in values


def test_only_the_current_stages_parameters_train() -> None:
    prog = _compile(_graph(steps=2))
    runner = StepRunner(prog)
    before = {n: [p.detach().clone() for p in prog.nets[n].parameters()] for n in ("G", "D")}
    for step in range(2):  # stage 0, stable
        runner.iteration(step)
    for nid in ("G", "D"):
        net = prog.nets[nid]
        used = {id(p) for p in net.used_parameters(0, False)}
        for p, old in zip(net.parameters(), before[nid], strict=True):
            assert torch.equal(p, old) != (id(p) in used), nid


def test_fade_reals_reads_the_critics_stage_on_the_real_side_only() -> None:
    torch.manual_seed(0)
    D = ProgressiveDiscriminator((1, 16, 16), width=8, min_width=8)
    x = torch.randn(8, 1, 16, 16)
    batch = Batch.fixed(real=x, fake=x, critic=D, D=D)
    aug = FadeReals()
    alpha = torch.tensor(0.25)
    D.set_stage(1, alpha)
    y, t = aug.transform(x, "real", batch)
    assert t is None and torch.equal(y, fade_reals(x, 1, alpha, 3))
    alpha.fill_(0.75)  # the shared α is read at call time
    assert torch.equal(aug.transform(x, "real", batch)[0], fade_reals(x, 1, torch.tensor(0.75), 3))
    D.set_stage(2)
    assert torch.equal(aug.transform(x, "real", batch)[0], x)  # full size, stable: untouched
    with pytest.raises(ValueError, match="reals only"):
        aug.transform(x, "fake", batch)
    with pytest.raises(TypeError, match="progressive"):
        aug.transform(x, "real", Batch.fixed(real=x, fake=x, critic=D))  # D = Identity
    assert torch.equal(FadeReals(D)(x)[0], x) and not list(FadeReals(D).parameters())


def test_the_loop_feeds_d_the_faded_reals_and_unfaded_fakes() -> None:
    prog = _compile(_graph(steps=4))
    runner = StepRunner(prog)
    seen: list[tuple[torch.Tensor, int, float | None]] = []
    forward = prog.D.forward

    def spy(x: torch.Tensor, **kw: Any) -> torch.Tensor:
        a = prog.D.alpha
        seen.append((x.detach().clone(), prog.D.stage, None if a is None else a.item()))
        return forward(x, **kw)

    prog.D.forward = spy
    for step in range(4):  # stage 0 then the fade to 8×8 (α 0, 0.5)
        runner.iteration(step)
        real = runner._real
        assert real is not None
        x, stage, alpha = seen[0]  # the D phase's first call is on the reals
        a = None if alpha is None else torch.tensor(alpha)
        assert torch.equal(x, fade_reals(real, stage, a, 3))
        seen.clear()


def test_drift_penalty_block_reads_the_real_logits() -> None:
    logits = torch.tensor([2.0, -1.0, 0.5])
    batch = Batch.fixed(real=torch.zeros(3, 1), fake=torch.zeros(3, 1), critic=lambda x: logits)
    assert DriftReg(0.001).term(batch).item() == pytest.approx(0.001 * (4 + 1 + 0.25) / 3)


def test_resume_continues_exactly_across_a_stage_change() -> None:
    g = _graph(steps=12)
    a, b = _compile(g), _compile(g)
    ra, rb = StepRunner(a), StepRunner(b)
    for step in range(5):  # into 8×8's stable segment
        ra.iteration(step)
    state = copy.deepcopy(ckpt.capture(a, ra, 5, None))  # as saved: a goes on in place
    assert state["blocks"]["grow"] == {"step": 5}
    assert state["blocks"]["G"]["_extra_state"]["stage"] == 1
    for step in range(5, 12):  # the fade to 16×16 (batch 4) and its stable segment
        ra.iteration(step)
    assert ckpt.restore(b, rb, state) == 5  # also the RNG state: b runs after a
    assert (b.G.stage, b.D.stage, dict(b.schedulers)["G_ema"].module.stage) == (1, 1, 1)
    assert rb.batch_size == 8
    for step in range(5, 12):
        rb.iteration(step)
    assert rb.batch_size == 4
    for nid in ("G", "D"):
        for p, q in zip(a.nets[nid].parameters(), b.nets[nid].parameters(), strict=True):
            assert torch.equal(p, q)
    ema_a, ema_b = (dict(p.schedulers)["G_ema"].module for p in (a, b))
    for p, q in zip(ema_a.parameters(), ema_b.parameters(), strict=True):
        assert torch.equal(p, q)
    assert ema_b.stage == b.G.stage == 2


def test_the_sampling_path_is_the_full_network_or_the_checkpoints_stage() -> None:
    g = _graph(steps=3)
    graph = load_graph_dict(g)
    path, built, _ = build_sampling_path(graph, torch.device("cpu"))
    assert isinstance(path, ProgressiveGenerator)  # the EMA copy of G
    assert "grow" not in built and (path.stage, path.alpha) == (2, None)  # a finished run
    with torch.no_grad():
        assert path(torch.randn(5, 64)).shape == (5, 1, 16, 16)
    prog = _compile(g)
    runner = StepRunner(prog)
    for step in range(3):  # stopped in the fade to 8×8 (step 3: α = 0.5)
        runner.iteration(step)
    state = ckpt.capture(prog, runner, 3, None)
    for nid, obj in built.items():  # as `gancanvas sample` loads a checkpoint
        if nid in state["blocks"] and hasattr(obj, "load_state_dict"):
            obj.load_state_dict(state["blocks"][nid])
    assert path.stage == 1 and path.alpha is not None and path.alpha.item() == 0.5
    with torch.no_grad():
        z = torch.randn(4, 64)
        ema = dict(prog.schedulers)["G_ema"].module
        torch.testing.assert_close(path(z), ema(z))


def test_validation_and_build_refuse_what_cannot_work() -> None:
    g = _graph()
    next(n for n in g["nodes"] if n["id"] == "grow")["params"]["batch_sizes"] = [16, 8, 4]
    assert any(
        i.code == "bad_param" and "stage 0" in i.message for i in validate(load_graph_dict(g))
    )
    g = _graph()
    g["run"]["batch_size"] = 6
    issues = validate(load_graph_dict(g))
    assert any("minibatch-stddev" in i.message for i in issues)
    assert mbstd_problem(6, 4) and not mbstd_problem(2, 4) and not mbstd_problem(6, 0)
    g = _graph(batch_sizes=[0, 0, 6])
    with pytest.raises(BuildFailed, match=r"stage 2.*not divisible"):
        _compile(g)
    g = _graph()  # a plain DCGAN generator cannot grow
    next(n for n in g["nodes"] if n["id"] == "G").update(type="generator.dcgan", params={})
    with pytest.raises(BuildFailed, match="progressive network"):
        _compile(g)


def test_extra_state_round_trips_the_stage() -> None:
    G, _ = _nets((1, 16, 16))
    G.set_stage(1, torch.tensor(0.3))
    H, _ = _nets((1, 16, 16))
    H.load_state_dict(G.state_dict())
    assert H.stage == 1 and H.alpha is not None and H.alpha.item() == pytest.approx(0.3)
    shared = torch.tensor(0.9)
    H.set_stage(1, shared)
    H.load_state_dict(G.state_dict())  # loads into the α the scheduler shares
    assert H.alpha is shared and shared.item() == pytest.approx(0.3)
    G.set_stage(2)
    H.load_state_dict(G.state_dict())
    assert (H.stage, H.alpha) == (2, None)
