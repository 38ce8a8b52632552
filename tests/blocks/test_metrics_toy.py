"""Toy metrics: mode coverage, HQ fraction and reverse KL, as pure functions and as a block."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import Tensor, nn

from blocks.base import BuildContext
from blocks.data import Digits, GaussianGrid, GaussianRing, grid_centres
from blocks.metrics_toy import ModesMetric, generate, mode_stats
from blocks.runtime import LatentSampler
from schemas import PortType, RunConfig

CPU = torch.device("cpu")
#: P(‖x − c‖ ≤ 3σ) for a 2-D isotropic Gaussian: P(χ²₂ ≤ 9)
HQ_2D_3SIGMA = 1 - math.exp(-9 / 2)  # 0.98889


def ctx(data=None, seed: int = 0, real: list | None = None) -> BuildContext:
    return BuildContext(
        node_id="m",
        device=CPU,
        run=RunConfig(seed=seed),
        data_shape=(2,),
        z_dim=3,
        inputs={"real": real} if real else {},
        data=data,
    )


def source(cls, **params):
    return cls("data", cls.Params(**params)).build(ctx())


class Normal3(LatentSampler):
    dim = 3

    def sample(self, n: int, device: torch.device) -> Tensor:
        return torch.randn(n, self.dim, device=device)


class MixtureG(nn.Module):
    """z → a mode chosen uniformly (through Φ(z₀)) among ``modes`` plus ``std``·(z₁, z₂)."""

    def __init__(self, modes: Tensor, std: float):
        super().__init__()
        self.register_buffer("modes", modes.clone())
        self.std = std
        self.modes_seen_training: list[bool] = []
        self.lin = nn.Linear(1, 1)  # a parameter, so gradients could be recorded

    def forward(self, z: Tensor) -> Tensor:
        self.modes_seen_training.append(self.training)
        k = self.modes.shape[0]
        idx = (torch.special.ndtr(z[:, 0]) * k).long().clamp(max=k - 1)
        return self.modes[idx] + self.std * z[:, 1:3] + 0 * self.lin.weight.sum()


# ---------------------------------------------------------------------------------- mode_stats


def test_real_grid_data_covers_all_modes():
    torch.manual_seed(0)
    grid = source(GaussianGrid)
    s = mode_stats(grid.next(10000), grid.modes, grid.mode_std)
    assert s["modes_covered"] == 25 == s["n_modes"] == s["modes_covered_strict"]
    # 10k samples: the HQ estimate has std √(p(1−p)/N) ≈ 0.001
    assert s["hq_fraction"] == pytest.approx(HQ_2D_3SIGMA, abs=0.005)
    # multinomial noise alone gives E[KL] ≈ (K−1)/(2·N_hq) ≈ 0.0012
    assert 0 <= s["reverse_kl"] < 0.01
    assert s["radius"] == pytest.approx(0.15) and s["min_count"] == 100
    assert sum(s["counts"]) == s["n_hq"]


def test_collapse_onto_one_centre():
    centres = grid_centres()
    x = centres[12] + 0.01 * torch.randn(10000, 2)
    s = mode_stats(x, centres, 0.05)
    assert s["modes_covered"] == 1 == s["modes_covered_strict"]
    assert s["hq_fraction"] == 1.0
    assert s["reverse_kl"] == pytest.approx(math.log(25), abs=1e-12)  # 3.2189, no smoothing


def test_ring_real_data():
    torch.manual_seed(1)
    ring = source(GaussianRing)
    s = mode_stats(ring.next(10000), ring.modes, ring.mode_std)
    assert s["modes_covered"] == 8 and s["n_modes"] == 8
    assert s["hq_fraction"] == pytest.approx(HQ_2D_3SIGMA, abs=0.005)
    assert s["reverse_kl"] < 0.01


def test_min_fraction_threshold_is_inclusive():
    centres = grid_centres()
    x = torch.cat([centres[0].expand(9801, 2), centres[1].expand(100, 2), centres[2].expand(99, 2)])
    s = mode_stats(x, centres, 0.05, min_fraction=0.01)  # 1 % of 10 000 = 100
    assert s["min_count"] == 100
    assert s["modes_covered_strict"] == 2
    assert s["modes_covered"] == 3  # the published rule: ≥ 1 HQ sample
    assert mode_stats(x, centres, 0.05, min_fraction=0.0)["modes_covered_strict"] == 3


def _pacgan_metric_logger(
    points: Tensor, means: Tensor, std: float, dis_thre: float = 3.0
) -> tuple[int, float, list[int]]:
    """PacGAN's ``MetricLogger.do`` (fjxmlzn/PacGAN, synthetic_data_experiments/PacGAN/pacgan/
    extensions.py), loop for loop: σ-normalised distance to each mode, nearest mode, counted
    when ``min_dis < dis_thre``; mode coverage = modes with a nonzero count."""
    detail = [0] * means.shape[0]
    for i in range(points.shape[0]):
        min_dis, min_j = 1e7, -1
        for j in range(means.shape[0]):
            d = points[i].double() - means[j].double()
            dis = math.sqrt(float((d * d / std**2).sum()))
            if dis < min_dis:
                min_dis, min_j = dis, j
        if min_dis < dis_thre:
            detail[min_j] += 1
    return sum(1 for c in detail if c), sum(detail) / points.shape[0], detail


def test_default_rule_is_pacgans_evaluation_code():
    """A generator that collapses onto one mode but leaks a few good samples into 11 others:
    PacGAN's rule (≥ 1 HQ sample of 2500) counts 12 modes, the strict 1 % rule (≥ 25) only 1."""
    g = torch.Generator().manual_seed(0)
    centres = grid_centres()
    leaks = torch.cat([centres[k] + 0.05 * torch.randn(4, 2, generator=g) for k in range(11)])
    spread = 6 * torch.rand(400, 2, generator=g) - 3  # off-mode junk between the centres
    main = centres[12] + 0.05 * torch.randn(2500 - 44 - 400, 2, generator=g)
    x = torch.cat([main, leaks, spread])
    covered, good, detail = _pacgan_metric_logger(x, centres, 0.05)
    s = mode_stats(x, centres, 0.05)
    assert s["modes_covered"] == covered and s["counts"] == detail
    assert s["hq_fraction"] == pytest.approx(good)
    assert s["min_count"] == 25 and s["modes_covered_strict"] == 1
    assert covered >= 12  # the collapsed mode and the leaked ones (junk may add a few)

    grid = source(GaussianGrid)
    metric = ModesMetric("m", ModesMetric.Params()).build(ctx(data=grid, real=[grid]))
    picked = x[torch.randperm(2500, generator=g)]

    class Replay(nn.Module):  # hands out the fixed points in order
        def __init__(self) -> None:
            super().__init__()
            self.i = 0
            self.lin = nn.Linear(1, 1)

        def forward(self, z: Tensor) -> Tensor:
            out = picked[self.i : self.i + z.shape[0]]
            self.i += z.shape[0]
            return out

    out = metric.compute(Replay(), Normal3(), grid, CPU)
    assert out["modes_covered"] == covered and out["modes_covered_strict"] == 1
    proto = metric.protocol()
    assert proto["n_samples"] == 2500 and proto["min_count"] == 25


def test_no_hq_sample_gives_nan_kl():
    s = mode_stats(torch.full((50, 2), 1.0), grid_centres(), 0.05)
    assert s["hq_fraction"] == 0.0 and s["modes_covered"] == 0 == s["modes_covered_strict"]
    assert math.isnan(s["reverse_kl"])


def test_nearest_centre_assignment_with_overlapping_radii():
    centres = torch.tensor([[0.0, 0.0], [1.0, 0.0]])
    x = torch.tensor([[0.4, 0.0], [0.6, 0.0]])
    s = mode_stats(x, centres, std=1.0)  # radius 3 covers both centres for both samples
    assert s["counts"] == [1, 1] and s["reverse_kl"] == pytest.approx(0.0, abs=1e-12)


def test_mismatched_dimensions_are_refused():
    with pytest.raises(ValueError, match="dimension"):
        mode_stats(torch.zeros(4, 3), grid_centres(), 0.05)
    with pytest.raises(ValueError):
        mode_stats(torch.zeros(0, 2), grid_centres(), 0.05)


@settings(max_examples=60, deadline=None)
@given(
    counts=st.lists(st.integers(0, 40), min_size=25, max_size=25),
    outliers=st.integers(0, 30),
    min_fraction=st.sampled_from([0.0, 0.01, 0.05, 0.1]),
    seed=st.integers(0, 2**16),
)
def test_random_subsets_of_modes(counts, outliers, min_fraction, seed):
    centres = grid_centres()  # spacing 2, radius 0.15
    g = torch.Generator().manual_seed(seed)
    parts = []
    for k, c in enumerate(counts):
        r = 0.14 * torch.rand(c, 1, generator=g)  # inside the radius, random directions
        a = 2 * math.pi * torch.rand(c, 1, generator=g)
        parts.append(centres[k] + r * torch.cat([a.cos(), a.sin()], dim=1))
    # outliers: at least 0.5 from every centre (halfway between neighbours or outside the grid)
    parts.append(torch.tensor([[1.0, 1.0], [5.0, 5.0]]).repeat(outliers, 1)[:outliers])
    x = torch.cat(parts)
    n = x.shape[0]
    if n == 0:
        return
    x = x[torch.randperm(n, generator=g)]
    s = mode_stats(x, centres, 0.05, min_fraction=min_fraction)

    n_hq = sum(counts)
    min_count = max(1, math.ceil(min_fraction * n - 1e-9))
    assert s["n_hq"] == n_hq and s["counts"] == counts
    assert s["modes_covered_strict"] == sum(c >= min_count for c in counts)
    assert s["modes_covered"] == sum(c >= 1 for c in counts)
    assert s["hq_fraction"] == pytest.approx(n_hq / n)
    if n_hq == 0:
        assert math.isnan(s["reverse_kl"])
    else:
        expected = sum(c / n_hq * math.log(c / n_hq * 25) for c in counts if c)
        assert s["reverse_kl"] == pytest.approx(expected, abs=1e-9)
        assert -1e-12 <= s["reverse_kl"] <= math.log(25) + 1e-12
        occupied = [c for c in counts if c]
        if len(set(occupied)) == 1:  # m equally-filled modes: exactly log(K/m)
            assert s["reverse_kl"] == pytest.approx(math.log(25 / len(occupied)), abs=1e-9)


# ---------------------------------------------------------------------------------- the block


def test_block_contract():
    assert ModesMetric.kind() == "metric" and ModesMetric.description() and ModesMetric.paper
    assert [(p.name, p.type) for p in ModesMetric.inputs] == [
        ("generator", PortType.GENERATOR),
        ("real", PortType.SAMPLES),
    ]
    p = ModesMetric.Params()
    assert (p.n_samples, p.n_std, p.min_fraction, p.every) == (2500, 3.0, 0.01, 0)  # PacGAN
    assert all(f.description for f in ModesMetric.Params.model_fields.values())
    assert ModesMetric("m", p).infer({"real": (2,)}, (2,)) == {}


def test_block_on_a_perfect_and_a_collapsed_generator():
    grid = source(GaussianGrid)
    metric = ModesMetric("m", ModesMetric.Params(n_samples=5000, every=100)).build(
        ctx(data=grid, real=[grid])
    )
    assert metric.every == 100
    good = MixtureG(grid.modes, grid.mode_std).train()
    out = metric.compute(good, Normal3(), grid, CPU)
    assert set(out) == {"modes_covered", "modes_covered_strict", "hq_fraction", "reverse_kl"}
    assert all(isinstance(v, float) for v in out.values())
    assert out["modes_covered"] == 25.0 == out["modes_covered_strict"]
    assert out["hq_fraction"] == pytest.approx(HQ_2D_3SIGMA, abs=0.01)
    assert out["reverse_kl"] < 0.02
    assert good.training and set(good.modes_seen_training) == {False}  # eval mode, then restored

    collapsed = MixtureG(grid.modes[7:8], 0.01)
    out = metric.compute(collapsed, Normal3(), grid, CPU)
    assert out["modes_covered"] == 1.0 and out["hq_fraction"] == 1.0
    assert out["reverse_kl"] == pytest.approx(math.log(25), abs=1e-9)

    proto = metric.protocol()
    assert proto["n_samples"] == 5000 and proto["n_std"] == 3.0 and proto["min_count"] == 50
    assert proto["n_modes"] == 25 and proto["radius"] == pytest.approx(0.15)


def test_block_reads_modes_from_ctx_data_when_real_is_not_wired():
    ring = source(GaussianRing)
    metric = ModesMetric("m", ModesMetric.Params(n_samples=2000)).build(ctx(data=ring))
    out = metric.compute(MixtureG(ring.modes, ring.mode_std), Normal3(), ring, CPU)
    assert out["modes_covered"] == 8.0


def test_evaluation_is_seeded_and_leaves_training_rng_alone():
    grid = source(GaussianGrid)
    metric = ModesMetric("m", ModesMetric.Params(n_samples=500)).build(ctx(data=grid, seed=3))
    g = MixtureG(grid.modes, grid.mode_std)
    torch.manual_seed(123)
    state = torch.get_rng_state()
    a = metric.compute(g, Normal3(), grid, CPU)
    assert torch.equal(torch.get_rng_state(), state)
    assert metric.compute(g, Normal3(), grid, CPU) == a  # same z every evaluation


def test_generate_chunks_without_grad():
    g = MixtureG(grid_centres(), 0.05)
    x = generate(g, Normal3(), 1000, CPU, batch=300)
    assert x.shape == (1000, 2) and not x.requires_grad
    assert len(g.modes_seen_training) == 4


def test_block_refuses_data_without_modes():
    digits = source(Digits)
    with pytest.raises(ValueError, match="toy mixture"):
        ModesMetric("m", ModesMetric.Params()).build(ctx(data=digits, real=[digits]))


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_block_on_cuda():
    dev = torch.device("cuda")
    grid = GaussianGrid("data", GaussianGrid.Params()).build(
        BuildContext(node_id="data", device=dev, run=RunConfig(), data_shape=(2,), z_dim=3)
    )
    metric = ModesMetric("m", ModesMetric.Params()).build(ctx(data=grid, real=[grid]))
    g = MixtureG(grid.modes, grid.mode_std).to(dev)
    cuda_state = torch.cuda.get_rng_state()
    out = metric.compute(g, Normal3(), grid, dev)
    assert torch.equal(torch.cuda.get_rng_state(), cuda_state)
    assert out["modes_covered"] == 25.0
    assert out["hq_fraction"] == pytest.approx(HQ_2D_3SIGMA, abs=0.01)  # 2500 samples
    assert metric.compute(g, Normal3(), grid, dev) == out
