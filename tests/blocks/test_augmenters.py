"""augmenter.diffaugment, augmenter.diffusion and scheduler.adaptive_diffusion.

Checks of techniques-1.md §1.7 (Diffusion-GAN) and of DiffAugment against a transcription of the
official ``DiffAugment_pytorch.py`` (mit-han-lab/data-efficient-gans). Small tensors only.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from blocks.adaptive import AdaptiveDiffusionBlock, AdaptiveDiffusionLevel, ada_step_size
from blocks.augmenters import (
    DiffAugmentBlock,
    DiffAugmentModule,
    DiffusionAugment,
    DiffusionBlock,
    level_to_T,
    log_alphas_cumprod,
    q_sample,
    sample_timesteps,
)
from blocks.base import BuildContext, UnsupportedShape
from blocks.runtime import Augmenter, Collector, Control, Scheduler, Stats
from schemas import RunConfig
from tests.driver import StatsDriver

CPU = torch.device("cpu")
SCHEDULES = ["linear", "quad", "const", "jsd", "sigmoid", "cosine", "continuous_t"]
T_DISTS = ["priority_code", "priority", "uniform"]
FAST = settings(max_examples=20, deadline=None)


def make_ctx(
    data_shape: tuple[int, ...] = (1, 8, 8),
    level: Control | None = None,
    batch_size: int = 256,
    stats: Stats | None = None,
) -> BuildContext:
    return BuildContext(
        node_id="n",
        device=CPU,
        run=RunConfig(batch_size=batch_size),
        data_shape=data_shape,
        z_dim=8,
        shapes={"real": data_shape, "fake": data_shape},
        inputs={"level": [level]} if level is not None else {},
        meta={},
        stats=stats,
    )


def diffusion(level: Control | None = None, **params: object) -> DiffusionAugment:
    block = DiffusionBlock("diff", DiffusionBlock.Params(**params))
    return block.build(make_ctx((2,), level=level))


def scheduler(stats: Stats, batch_size: int = 256, **params: object) -> AdaptiveDiffusionLevel:
    block = AdaptiveDiffusionBlock("ada", AdaptiveDiffusionBlock.Params(**params))
    return block.build(make_ctx(level=None, batch_size=batch_size, stats=stats))


# --- reference transcriptions of the official code -------------------------------------------


def official_betas(schedule: str, start: float, end: float, T: int) -> np.ndarray:
    """``get_beta_schedule`` of Diffusion-GAN's ``training/diffusion.py`` (numpy, float64)."""
    if schedule == "continuous_t":
        t = np.arange(1, T + 1)
        return 1 - np.exp(-0.1 / T - 0.5 * (5.0 - 0.1) * (2 * t - 1) / T**2)
    if schedule == "quad":
        return np.linspace(start**0.5, end**0.5, T, dtype=np.float64) ** 2
    if schedule == "linear":
        return np.linspace(start, end, T, dtype=np.float64)
    if schedule == "const":
        return end * np.ones(T, dtype=np.float64)
    if schedule == "jsd":
        return 1.0 / np.linspace(T, 1, T, dtype=np.float64)
    if schedule == "sigmoid":
        return 1 / (np.exp(-np.linspace(-6, 6, T)) + 1) * (end - start) + start
    if schedule == "cosine":
        s, steps = 0.008, T + 1
        x = np.linspace(0, steps, steps)
        ac = np.cos(((x / steps) + s) / (1 + s) * np.pi * 0.5) ** 2
        ac = ac / ac[0]
        return np.clip(1 - (ac[1:] / ac[:-1]), 0, 0.999)
    raise AssertionError(schedule)


def official_translation(x: torch.Tensor, ratio: float = 0.125) -> torch.Tensor:
    shift_x, shift_y = int(x.size(2) * ratio + 0.5), int(x.size(3) * ratio + 0.5)
    tx = torch.randint(-shift_x, shift_x + 1, size=[x.size(0), 1, 1])
    ty = torch.randint(-shift_y, shift_y + 1, size=[x.size(0), 1, 1])
    gb, gx, gy = torch.meshgrid(
        torch.arange(x.size(0)), torch.arange(x.size(2)), torch.arange(x.size(3)), indexing="ij"
    )
    gx = torch.clamp(gx + tx + 1, 0, x.size(2) + 1)
    gy = torch.clamp(gy + ty + 1, 0, x.size(3) + 1)
    x_pad = F.pad(x, [1, 1, 1, 1, 0, 0, 0, 0])
    return x_pad[gb, :, gx, gy].permute(0, 3, 1, 2)


def official_cutout(x: torch.Tensor, ratio: float = 0.5) -> torch.Tensor:
    cs = int(x.size(2) * ratio + 0.5), int(x.size(3) * ratio + 0.5)
    ox = torch.randint(0, x.size(2) + (1 - cs[0] % 2), size=[x.size(0), 1, 1])
    oy = torch.randint(0, x.size(3) + (1 - cs[1] % 2), size=[x.size(0), 1, 1])
    gb, gx, gy = torch.meshgrid(
        torch.arange(x.size(0)), torch.arange(cs[0]), torch.arange(cs[1]), indexing="ij"
    )
    gx = torch.clamp(gx + ox - cs[0] // 2, min=0, max=x.size(2) - 1)
    gy = torch.clamp(gy + oy - cs[1] // 2, min=0, max=x.size(3) - 1)
    mask = torch.ones(x.size(0), x.size(2), x.size(3), dtype=x.dtype)
    mask[gb, gx, gy] = 0
    return x * mask.unsqueeze(1)


def official_color(x: torch.Tensor) -> torch.Tensor:
    def r() -> torch.Tensor:
        return torch.rand(x.size(0), 1, 1, 1, dtype=x.dtype)

    x = x + (r() - 0.5)
    m = x.mean(dim=1, keepdim=True)
    x = (x - m) * (r() * 2) + m
    m = x.mean(dim=[1, 2, 3], keepdim=True)
    return (x - m) * (r() + 0.5) + m


def chi2_upper(df: int, z: float = 3.29) -> float:
    """Wilson–Hilferty approximation of the chi-square quantile (z = 3.29: p ≈ 0.9995)."""
    a = 2.0 / (9.0 * df)
    return df * (1 - a + z * math.sqrt(a)) ** 3


# --- Diffusion-GAN: forward diffusion --------------------------------------------------------


@FAST
@given(
    T=st.integers(1, 1000),
    frac=st.floats(0, 1),
    sigma=st.sampled_from([0.05, 1.0]),
    schedule=st.sampled_from(["linear", "quad", "sigmoid", "cosine"]),
)
def test_q_sample_mean_and_variance(T: int, frac: float, sigma: float, schedule: str) -> None:
    torch.manual_seed(0)
    t_int = round(frac * T)
    la = log_alphas_cumprod(
        schedule, torch.tensor(T), torch.arange(1.0, 1001.0, dtype=torch.float64), 1e-4, 2e-2
    )
    abar = float(la[t_int].exp())
    x = torch.tensor([[1.5, -0.7, 0.0]]).expand(20_000, 3)
    t = torch.full((20_000,), t_int, dtype=torch.long)
    y = q_sample(x, t, la, sigma).double()
    mean_ref = math.sqrt(abar) * x[0].double()
    var_ref = (1 - abar) * sigma**2
    sd_mean = math.sqrt(var_ref / 20_000)
    assert torch.allclose(y.mean(0), mean_ref, atol=5 * sd_mean + 1e-6)
    # Var of a sample variance over n draws: ≈ 2σ⁴/n → 5 standard errors ≈ 5% at n = 20k
    assert torch.allclose(
        y.var(0), torch.full((3,), var_ref, dtype=torch.float64), rtol=0.06, atol=1e-9
    )


def test_t_zero_returns_x_exactly() -> None:
    torch.manual_seed(1)
    aug = diffusion(noise_std=1.0, fixed_level=1.0)
    x = torch.randn(4096, 2)
    y, t = aug(x)
    assert t is not None and (t == 0).any() and (t > 0).any()
    assert torch.equal(y[t == 0], x[t == 0])
    assert not torch.isclose(y[t > 0], x[t > 0]).all(dim=1).any()


def test_alpha_bar_at_T10_and_T1000() -> None:
    steps = torch.arange(1.0, 1001.0, dtype=torch.float64)
    abar10 = log_alphas_cumprod("linear", torch.tensor(10), steps, 1e-4, 2e-2).exp()
    abar1000 = log_alphas_cumprod("linear", torch.tensor(1000), steps, 1e-4, 2e-2).exp()
    assert abar10[0] == 1.0 and abar1000[0] == 1.0
    assert abs(float(abar10[10]) - 0.90) < 0.005  # e^{−0.10}
    assert 3e-5 < float(abar1000[1000]) < 5e-5  # ≈ 4e-5
    # past T the vector repeats ᾱ_T (those entries are never drawn)
    assert torch.all(abar10[10:] == abar10[10])


@FAST
@given(T=st.integers(1, 1000), schedule=st.sampled_from(SCHEDULES))
def test_schedule_rebuilt_for_T_matches_official(T: int, schedule: str) -> None:
    steps = torch.arange(1.0, 1001.0, dtype=torch.float64)
    ours = log_alphas_cumprod(schedule, torch.tensor(T), steps, 1e-4, 2e-2).exp().numpy()
    ref = np.concatenate([[1.0], np.cumprod(1.0 - official_betas(schedule, 1e-4, 2e-2, T))])
    np.testing.assert_allclose(ours[: T + 1], ref, rtol=1e-6, atol=1e-12)


@FAST
@given(p=st.floats(0, 1), t_min=st.integers(1, 50), span=st.integers(0, 2000))
def test_level_to_T_rounds_like_update_T(p: float, t_min: int, span: int) -> None:
    t_max = t_min + span
    T = level_to_T(torch.tensor(p, dtype=torch.float64), t_min, t_max)
    assert T.dtype == torch.long and T.dim() == 0
    assert int(T) == min(max(int(t_min + round(p * span)), t_min), t_max)


@pytest.mark.parametrize("t_dist", T_DISTS)
@pytest.mark.parametrize("fixed_level", [0.0, 0.02])  # T = 10 and T = 10 + round(19.8) = 30
def test_t_frequencies_match_mixture(t_dist: str, fixed_level: float) -> None:
    torch.manual_seed(1234)
    aug = diffusion(t_dist=t_dist, fixed_level=fixed_level)
    T = int(aug.T())
    n = 200_000
    _, t = aug(torch.zeros(n, 2))
    assert t is not None and t.dtype == torch.long and t.shape == (n,)
    counts = torch.bincount(t, minlength=T + 1).double()
    assert counts.numel() == T + 1  # nothing above T
    k = torch.arange(1, T + 1, dtype=torch.float64)
    w = {"priority": k, "priority_code": k - 1, "uniform": torch.ones_like(k)}[t_dist]
    probs = torch.cat([torch.tensor([0.5], dtype=torch.float64), 0.5 * w / w.sum()])
    expected = n * probs
    assert torch.all(counts[expected == 0] == 0)  # priority_code never draws t = 1
    live = expected > 0
    chi2 = float(((counts[live] - expected[live]) ** 2 / expected[live]).sum())
    assert chi2 < chi2_upper(int(live.sum()) - 1), chi2


def test_clean_fraction_zero_and_one() -> None:
    torch.manual_seed(0)
    _, t = diffusion(clean_fraction=0.0)(torch.zeros(5000, 2))
    assert t is not None and bool((t > 0).all())
    x = torch.randn(100, 2)
    y, t = diffusion(clean_fraction=1.0, noise_std=1.0)(x)
    assert t is not None and bool((t == 0).all()) and torch.equal(y, x)


def test_priority_code_with_T_one_falls_back_to_T() -> None:
    T = torch.tensor(1)
    t = sample_timesteps(1000, T, torch.arange(1.0, 11.0), "priority_code", 0.0)
    assert bool((t == 1).all())


@FAST
@given(
    batch=st.integers(1, 16),
    shape=st.sampled_from([(2,), (5,), (1, 4, 4), (3, 8, 6)]),
    p=st.floats(0, 1),
    t_dist=st.sampled_from(T_DISTS),
)
def test_diffusion_shapes_range_and_gradient(
    batch: int, shape: tuple[int, ...], p: float, t_dist: str
) -> None:
    aug = diffusion(level=Control(CPU, p), t_dist=t_dist, noise_std=0.5)
    x = torch.randn(batch, *shape, requires_grad=True)
    y, t = aug(x)
    assert y.shape == x.shape and y.dtype == x.dtype
    assert t is not None and t.shape == (batch,) and t.dtype == torch.long
    T = int(aug.T())
    assert 10 <= T <= 1000 and bool(((t >= 0) & (t <= T)).all())
    y.sum().backward()
    # dy/dx = √ᾱ_t per sample: the gradient reaches x through the diffusion
    la = aug.log_alphas_cumprod()
    expected = torch.exp(0.5 * la[t]).float().view(-1, *([1] * len(shape))).expand_as(x)
    assert x.grad is not None and torch.allclose(x.grad, expected)


def test_level_is_read_live_from_the_control() -> None:
    level = Control(CPU, 0.0)
    aug = diffusion(level=level)
    assert int(aug.stats()["T"]) == 10
    level.value.fill_(1.0)
    assert int(aug.stats()["T"]) == 1000 and float(aug.stats()["p"]) == 1.0
    level.value.fill_(0.5)
    assert int(aug.T()) == 10 + round(0.5 * 990)


def test_diffusion_block_contract_and_state_round_trip() -> None:
    block = DiffusionBlock("diff", DiffusionBlock.Params(t_max=500))
    assert block.output_meta() == {"t": {"t_max": 500}}
    assert block.infer({"real": (2,), "fake": (2,)}, (2,)) == {"real": (2,), "fake": (2,)}
    aug = diffusion(fixed_level=0.3, noise_std=0.7)
    assert isinstance(aug, Augmenter)
    state = aug.state_dict()
    assert "fixed_p" in state
    other = diffusion(noise_std=0.7)  # params are config, not state
    other.load_state_dict(state)
    assert int(other.T()) == int(aug.T())
    x = torch.randn(64, 2)
    torch.manual_seed(3)
    y1, t1 = aug(x)
    torch.manual_seed(3)
    y2, t2 = other(x)
    assert torch.equal(t1, t2) and torch.equal(y1, y2)


def test_diffusion_params_validation() -> None:
    with pytest.raises(ValidationError):
        DiffusionBlock.Params(t_min=20, t_max=10)
    with pytest.raises(ValidationError):
        DiffusionBlock.Params(t_dist="paper")
    with pytest.raises(ValidationError):
        DiffusionBlock.Params(noise_sd=0.5)  # a typo is an error
    p = DiffusionBlock.Params()
    assert (p.t_dist, p.clean_fraction, p.noise_std, p.beta_schedule) == (
        "priority_code",
        0.5,
        0.05,
        "linear",
    )
    assert DiffusionBlock.Params.model_validate(p.model_dump()) == p


# --- adaptive T --------------------------------------------------------------------------------


def feed(stats: Stats, sign: float, n: int = 64) -> None:
    """What the loop does after a D step: report the signs of the diffused real logits."""
    stats.report("D/real_sign", torch.full((n,), 0.5 * sign).sign())


def window_count(ada: AdaptiveDiffusionLevel) -> int:
    return ada.window.count("D/real_sign")


def test_adaptive_positive_logits_raise_p_until_t_max() -> None:
    stats = Stats(CPU)
    loop = StatsDriver(stats)
    ada = scheduler(stats, batch_size=256)  # Δp = 256·4 / (100·1000) = 0.01024
    assert isinstance(ada, Control) and isinstance(ada, Scheduler)
    aug = diffusion(level=ada)
    dp = ada_step_size(256, 4, 100.0)
    assert dp == pytest.approx(0.01024)
    p_prev, T_prev, step = 0.0, int(aug.T()), 0
    assert T_prev == 10
    while int(aug.T()) < 1000:
        feed(stats, +1.0)
        ada.step_end(step, loop)
        p, T = float(ada.value), int(aug.T())
        if (step + 1) % 4 == 0:
            assert p == pytest.approx(min(p_prev + dp, 1.0), abs=1e-6)
            # its window starts anew; the shared statistic itself is not zeroed
            assert window_count(ada) == 0 and float(ada.window.sum("D/real_sign")) == 0
            assert stats.counts["D/real_sign"] == 64 * (step + 1)
            assert float(ada.values()["r_d"]) == 1.0
        else:
            assert p == p_prev and window_count(ada) > 0
        assert T_prev <= T
        p_prev, T_prev, step = p, T, step + 1
        assert step < 10_000
    assert step == 4 * math.ceil(1 / dp)  # 98 adjustments of Δp reach p = 1
    for _ in range(40):  # stays at the top
        feed(stats, +1.0)
        ada.step_end(step, loop)
        step += 1
    assert float(ada.value) == 1.0 and int(aug.T()) == 1000


def test_adaptive_negative_logits_keep_t_min() -> None:
    stats = Stats(CPU)
    ada = scheduler(stats)
    aug = diffusion(level=ada)
    for step in range(200):
        feed(stats, -1.0)
        ada.step_end(step, StatsDriver(stats))
        assert int(aug.T()) == 10 and float(ada.value) == 0.0
    assert float(ada.values()["r_d"]) == -1.0


def test_adaptive_without_reports_keeps_p() -> None:
    stats = Stats(CPU)
    ada = scheduler(stats, initial_p=0.5)
    for step in range(8):
        ada.step_end(step, StatsDriver(stats))
    assert float(ada.value) == 0.5 and float(ada.r_d) == 0.0


def test_adaptive_reads_sign_means_not_logit_means() -> None:
    """r_d is the mean of the reported signs over the window: 3 of 4 positive → 0.5."""
    stats = Stats(CPU)
    ada = scheduler(stats, interval=2, target=0.6)
    logits = torch.tensor([5.0, 0.1, 0.2, -9.0])
    stats.report("D/real_sign", logits.sign())
    ada.step_end(0, StatsDriver(stats))
    stats.report("D/real_sign", logits.sign())
    ada.step_end(1, StatsDriver(stats))
    assert float(ada.r_d) == 0.5
    assert float(ada.value) == 0.0  # 0.5 < target: p goes down, clipped at 0


@FAST
@given(
    signs=st.lists(st.sampled_from([-1.0, 1.0]), min_size=10, max_size=60),
    cut=st.integers(0, 60),
    interval=st.integers(1, 5),
)
def test_adaptive_resumes_exactly(signs: list[float], cut: int, interval: int) -> None:
    cut = min(cut, len(signs))
    params = {"batch_size": 64, "interval": interval, "target": 0.2, "ada_kimg": 1.0}
    stats_a = Stats(CPU)
    a = scheduler(stats_a, **params)  # type: ignore[arg-type]
    for step, s in enumerate(signs[:cut]):
        feed(stats_a, s, n=7)
        a.step_end(step, StatsDriver(stats_a))
    state = a.state_dict()
    assert set(state) == {"p", "r_d", "window"}
    # the run's statistics are checkpointed by the loop (StepRunner.state_dict); restore them
    stats_b = Stats(CPU)
    stats_b.load_state_dict(stats_a.state_dict())
    b = scheduler(stats_b, **params)  # type: ignore[arg-type]
    b.load_state_dict(state)
    for step, s in enumerate(signs[cut:], start=cut):
        for ada, stats in ((a, stats_a), (b, stats_b)):
            feed(stats, s, n=7)
            ada.step_end(step, StatsDriver(stats))
        assert torch.equal(a.value, b.value) and torch.equal(a.r_d, b.r_d)
        assert window_count(a) == window_count(b)
    assert 0.0 <= float(a.value) <= 1.0


def run_alone(signs: list[float], **params: object) -> list[tuple[float, float]]:
    stats = Stats(CPU)
    ada = scheduler(stats, **params)  # type: ignore[arg-type]
    out = []
    for step, s in enumerate(signs):
        feed(stats, s, n=5)
        ada.step_end(step, StatsDriver(stats))
        out.append((float(ada.value), float(ada.r_d)))
    return out


@FAST
@given(signs=st.lists(st.sampled_from([-1.0, 1.0]), min_size=1, max_size=40))
def test_two_adaptive_schedulers_on_one_stats_do_not_disturb_each_other(
    signs: list[float],
) -> None:
    """v1's bug: the consumer zeroed shared sums, so a second reader saw a truncated window."""
    pa = {"batch_size": 64, "interval": 2, "target": 0.2, "ada_kimg": 1.0}
    pb = {"batch_size": 64, "interval": 3, "target": -0.3, "ada_kimg": 0.5}
    stats = Stats(CPU)
    a, b = scheduler(stats, **pa), scheduler(stats, **pb)  # type: ignore[arg-type]
    log = stats.collector()  # a third reader: the log window, never reset here
    together = []
    for step, s in enumerate(signs):
        feed(stats, s, n=5)
        a.step_end(step, StatsDriver(stats))
        b.step_end(step, StatsDriver(stats))
        together.append(((float(a.value), float(a.r_d)), (float(b.value), float(b.r_d))))
    alone = list(zip(run_alone(signs, **pa), run_alone(signs, **pb), strict=True))
    assert together == alone
    assert log.count("D/real_sign") == 5 * len(signs)
    assert float(log.mean("D/real_sign")) == pytest.approx(sum(signs) / len(signs))


def test_collector_state_round_trips() -> None:
    stats = Stats(CPU)
    reader = stats.collector(["x", "y"])
    stats.report("x", torch.tensor([1.0, 2.0]))
    stats.report("z", torch.tensor(7.0))
    reader.reset()
    stats.report("x", torch.tensor([4.0, 6.0, 8.0]))
    stats.report("y", torch.tensor(3.0))
    assert reader.count("x") == 3 and reader.count("y") == 1
    assert set(reader.means()) == {"x", "y"}  # z is not one of its names
    state, saved_stats = reader.state_dict(), stats.state_dict()
    assert float(state["sums"]["x"]) == 3.0 and float(saved_stats["sums"]["x"]) == 21.0
    assert state["counts"] == {"x": 2} and saved_stats["counts"] == {"x": 5, "y": 1, "z": 1}
    # a fresh run: stats and reader restored from their checkpoints
    stats2 = Stats(CPU)
    stats2.load_state_dict(saved_stats)
    reader2 = Collector(stats2, ["x", "y"])
    reader2.load_state_dict(state)
    for name in ("x", "y"):
        assert reader2.count(name) == reader.count(name)
        assert torch.equal(reader2.sum(name), reader.sum(name))
    assert {k: float(v) for k, v in reader2.means().items()} == {"x": 6.0, "y": 3.0}
    assert "z" not in reader2.means()
    # later reports reach each run's own readers only
    stats.report("x", torch.tensor(10.0))
    assert float(reader.mean("x")) == 7.0 and float(reader2.mean("x")) == 6.0
    stats2.report("x", torch.tensor(10.0))
    assert float(reader2.mean("x")) == 7.0
    # after a reset both windows are empty again
    reader2.reset()
    assert reader2.means() == {} and reader2.count("x") == 0
    # an empty state (a checkpoint from before the reader existed) reads from the start
    fresh = Collector(stats2, ["x"])
    fresh.load_state_dict({})
    assert fresh.count("x") == stats2.counts["x"]


def test_loaded_stats_do_not_alias_the_checkpoint() -> None:
    stats = Stats(CPU)
    stats.report("x", torch.tensor([1.0, 2.0]))
    reader = stats.collector()
    reader.reset()
    saved, saved_reader = stats.state_dict(), reader.state_dict()
    resumed = Stats(CPU)
    resumed.load_state_dict(saved)
    reader2 = Collector(resumed)
    reader2.load_state_dict(saved_reader)
    resumed.report("x", torch.tensor(4.0))
    assert float(saved["sums"]["x"]) == 3.0  # training after a resume leaves the checkpoint alone
    saved_reader["sums"]["x"].fill_(0.0)
    assert float(reader2.sum("x")) == 4.0


def test_adaptive_params() -> None:
    p = AdaptiveDiffusionBlock.Params()
    assert (p.target, p.interval, p.ada_kimg, p.initial_p) == (0.6, 4, 100.0, 0.0)
    with pytest.raises(ValidationError):
        AdaptiveDiffusionBlock.Params(ada_kimg=0)
    with pytest.raises(ValidationError):
        AdaptiveDiffusionBlock.Params(interval=0)


# --- DiffAugment -------------------------------------------------------------------------------


def diffaugment(policy: list[str] | None = None, **params: object) -> DiffAugmentModule:
    kw = dict(params)
    if policy is not None:
        kw["policy"] = policy
    block = DiffAugmentBlock("aug", DiffAugmentBlock.Params(**kw))
    return block.build(make_ctx((3, 8, 8)))


@FAST
@given(
    batch=st.integers(1, 6),
    c=st.integers(1, 3),
    h=st.integers(1, 12),
    w=st.integers(1, 12),
    policy=st.lists(st.sampled_from(["color", "translation", "cutout"]), max_size=3),
)
def test_diffaugment_shape_and_gradient(
    batch: int, c: int, h: int, w: int, policy: list[str]
) -> None:
    aug = diffaugment(policy)
    x = torch.randn(batch, c, h, w, requires_grad=True)
    y, t = aug(x)
    assert t is None and y.shape == x.shape
    y.square().sum().backward()
    assert x.grad is not None and torch.isfinite(x.grad).all()


@pytest.mark.parametrize(
    ("ours", "ref"),
    [
        (lambda m, x: m(x)[0], official_color),
        (lambda m, x: m(x)[0], official_translation),
        (lambda m, x: m(x)[0], official_cutout),
    ],
    ids=["color", "translation", "cutout"],
)
def test_diffaugment_matches_official(ours, ref) -> None:  # type: ignore[no-untyped-def]
    policy = {
        official_color: "color",
        official_translation: "translation",
        official_cutout: "cutout",
    }[ref]
    for shape in [(16, 3, 8, 8), (16, 1, 7, 9), (8, 2, 32, 32)]:
        x = torch.randn(*shape)
        torch.manual_seed(7)
        expected = ref(x)
        torch.manual_seed(7)
        got = ours(diffaugment([policy]), x)
        torch.testing.assert_close(got, expected, rtol=1e-6, atol=1e-6)


def test_translation_shifts_with_zero_fill() -> None:
    torch.manual_seed(0)
    x = torch.arange(1, 65, dtype=torch.float32).view(1, 1, 8, 8).repeat(64, 1, 1, 1)
    y, _ = diffaugment(["translation"])(x)  # ratio 1/8 → shifts in [−1, 1]²
    seen = set()
    for b in range(64):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                ref = torch.zeros(8, 8)
                for i in range(8):
                    for j in range(8):
                        if 0 <= i + dx < 8 and 0 <= j + dy < 8:
                            ref[i, j] = x[0, 0, i + dx, j + dy]
                if torch.equal(y[b, 0], ref):
                    seen.add((dx, dy))
                    break
            else:
                continue
            break
        else:
            raise AssertionError(f"sample {b} is not a shift of the input")
    assert len(seen) >= 5  # the draws vary across the batch


def test_cutout_zeroes_a_clipped_half_size_square() -> None:
    torch.manual_seed(0)
    n = 4000
    y, _ = diffaugment(["cutout"])(torch.ones(n, 2, 8, 8))
    zero = y[:, 0] == 0
    assert torch.equal(zero, y[:, 1] == 0)  # same mask on every channel
    rows, cols = zero.any(2), zero.any(1)
    area = zero.flatten(1).sum(1)
    # the zeroed set is exactly a rectangle (rows × cols), at most 4×4, never empty
    assert torch.equal(area, rows.sum(1) * cols.sum(1))
    assert bool(((rows.sum(1) >= 2) & (rows.sum(1) <= 4)).all())
    assert int(area.max()) == 16 and int(area.min()) >= 4
    # centre offset uniform on 0..8, square rows [o−2, o+1] ∩ [0, 7]: E[side] = 30/9
    expected_fraction = (30 / 9 / 8) ** 2
    assert abs(float(area.double().mean()) / 64 - expected_fraction) < 0.01


def test_cutout_ratio_and_translation_ratio_zero_are_identity() -> None:
    x = torch.randn(5, 3, 8, 8)
    y, _ = diffaugment(["translation", "cutout"], translation_ratio=0.0, cutout_ratio=0.0)(x)
    assert torch.equal(y, x)


def test_diffaugment_refuses_vector_data() -> None:
    block = DiffAugmentBlock("aug", DiffAugmentBlock.Params())
    with pytest.raises(UnsupportedShape, match=r"images \[C,H,W\]"):
        block.infer({"real": (2,), "fake": (2,)}, (2,))
    with pytest.raises(UnsupportedShape):
        block.build(make_ctx((2,)))
    for policy in (["color"], ["translation"], ["cutout"]):
        with pytest.raises(UnsupportedShape):
            DiffAugmentBlock("aug", DiffAugmentBlock.Params(policy=policy)).infer(
                {"real": (2,)}, (2,)
            )
    empty = DiffAugmentBlock("aug", DiffAugmentBlock.Params(policy=[]))
    assert empty.infer({"real": (2,), "fake": (2,)}, (2,)) == {"real": (2,), "fake": (2,)}
    assert block.infer({"real": (3, 8, 8), "fake": (3, 8, 8)}, (3, 8, 8)) == {
        "real": (3, 8, 8),
        "fake": (3, 8, 8),
    }


def test_diffaugment_params_and_state_round_trip() -> None:
    p = DiffAugmentBlock.Params()
    assert (p.policy, p.translation_ratio, p.cutout_ratio) == (
        ["color", "translation", "cutout"],
        0.125,
        0.5,
    )
    assert DiffAugmentBlock.Params.model_validate(p.model_dump()) == p
    with pytest.raises(ValidationError):
        DiffAugmentBlock.Params(policy=["flip"])
    aug = diffaugment()
    assert isinstance(aug, Augmenter)
    other = diffaugment()
    other.load_state_dict(aug.state_dict())
    x = torch.randn(4, 3, 8, 8)
    torch.manual_seed(5)
    y1, _ = aug(x)
    torch.manual_seed(5)
    y2, _ = other(x)
    assert torch.equal(y1, y2)


@pytest.mark.parametrize("cls", [DiffAugmentBlock, DiffusionBlock, AdaptiveDiffusionBlock])
def test_block_contract(cls) -> None:  # type: ignore[no-untyped-def]
    assert cls.description() and cls.paper and cls.title
    assert any(word in cls.description() for word in ("Zhao et al.", "Wang et al."))
    for name, field in cls.Params.model_fields.items():
        assert not field.is_required(), name
        assert field.description, name
    assert cls.kind() in {"augmenter", "scheduler"}
