"""LCR's retention matrix, spectral estimates and D term against techniques-2.md §11.1–11.3."""

from __future__ import annotations

import itertools
import math

import pytest
import torch
from torch import nn

from blocks.lcr import (
    LCRParams,
    LCRReg,
    code_top_eigenvalue,
    lcr_target_penalty,
    pair_weights,
    power_sigma,
    retention_matrix,
)
from blocks.runtime import Batch
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


def whitened(c: int, hw: int, seed: int = 0) -> torch.Tensor:
    """X ∈ R^{c×hw} with X Xᵀ = hw·I."""
    g = torch.Generator().manual_seed(seed)
    q, _ = torch.linalg.qr(torch.randn(hw, c, generator=g, dtype=torch.float64))
    return math.sqrt(hw) * q.T


def test_linear_block_on_whitened_features_gives_rm_w_transpose_and_sigma_max() -> None:
    # §11.3 [check]: C₁ = 16, C₂ = 24, HW = 256: RM = Wᵀ, the normalised estimate = σ_max(W)
    x = whitened(16, 256)
    w = torch.randn(24, 16, generator=torch.Generator().manual_seed(1), dtype=torch.float64)
    sigma_max = torch.linalg.matrix_norm(w, ord=2)
    as_maps = retention_matrix(x.reshape(1, 16, 16, 16), (w @ x).reshape(1, 24, 16, 16))
    as_vectors = retention_matrix(x.T, (w @ x).T)  # [B = 256, C]: the batch is the HW axis
    for rm in (as_maps, as_vectors):
        assert rm.shape == (1, 16, 24)
        torch.testing.assert_close(rm[0], w.T)
        torch.testing.assert_close(power_sigma(rm, 50), sigma_max.reshape(1))


def test_maps_of_different_sizes_are_pooled_to_the_smaller() -> None:
    x = torch.randn(3, 2, 4, 4, dtype=torch.float64)
    y = torch.randn(3, 5, 2, 2, dtype=torch.float64)
    pooled = nn.functional.avg_pool2d(x, 2).flatten(2)
    torch.testing.assert_close(retention_matrix(x, y), pooled @ y.flatten(2).transpose(1, 2) / 4)


@pytest.mark.parametrize(("c", "value"), [(16, 4.0), (64, 5.656854), (256, 8.0)])
def test_code_estimator_has_the_c_to_the_quarter_bias(c: int, value: float) -> None:
    # §11.1 [check]: RM = 2·I_C: σ_max = 2, the code's √‖K𝟏‖ = 2·C^{1/4}
    rm = 2 * torch.eye(c, dtype=torch.float64).unsqueeze(0)
    assert code_top_eigenvalue(rm).item() == pytest.approx(value, rel=1e-6)
    assert power_sigma(rm, 1).item() == pytest.approx(2.0)  # unit start: no bias


def test_target_penalty_and_pair_weights() -> None:
    assert pair_weights(3, "pow2") == [0.125, 0.25, 0.5]  # 2^−(L−i−1), L = 4 features
    assert pair_weights(2, "none") == [1.0, 1.0]
    low = [torch.tensor([0.2, 1.0]), torch.tensor([0.9])]
    assert lcr_target_penalty(low, [0.5, 1.0], tau=1.0).item() == 0.0
    high = [torch.tensor([2.0, 0.5]), torch.tensor([3.0])]
    want = 0.5 * (1.0**2 + 0.0) / 2 + 1.0 * 2.0**2
    assert lcr_target_penalty(high, [0.5, 1.0], tau=1.0).item() == pytest.approx(want)


def test_d_term_by_hand_on_a_tiny_mlp_and_its_gradient_reaches_d() -> None:
    torch.manual_seed(0)
    D = nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.2), nn.Linear(4, 3), nn.Linear(3, 1))
    D = D.double()
    reg = LCRReg(LCRParams(weight=0.5, tau=0.3, n_iter=4), None, "lcr")
    reg.attach(D)
    real = torch.randn(32, 2, dtype=torch.float64)
    fake = torch.randn(32, 2, dtype=torch.float64) + 1
    batch = Batch.fixed(real=real, fake=fake, critic=lambda x: D(x).squeeze(1))
    D(real)  # a forward outside the term: the tap records nothing
    assert reg.tap.features == []
    term = reg.term(batch)

    def sigmas(x: torch.Tensor) -> list[torch.Tensor]:
        h1 = D[0](x)
        h2 = D[2](D[1](h1))
        out = D[3](h2)
        feats = [x, h1, h2, out]
        return [power_sigma(retention_matrix(a, b), 4) for a, b in itertools.pairwise(feats)]

    by_side = [sigmas(real), sigmas(fake)]
    joined = [torch.cat(p) for p in zip(*by_side, strict=True)]
    want = 0.5 * sum(
        w * (s - 0.3).relu().square().mean()
        for s, w in zip(joined, [0.125, 0.25, 0.5], strict=True)
    )
    torch.testing.assert_close(term, want)
    term.backward()
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in D[0].parameters())


def test_example_trains_and_reports_each_pair() -> None:
    graph = load_graph_dict(tiny("grid25_lcr", steps=2, batch=16))
    assert validate(graph) == []
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step, track=True)
    values = runner.flush(0, 2)
    assert {"reg/lcr/sigma_0", "reg/lcr/sigma_1", "reg/lcr/sigma_2"} <= set(values)
    assert values["loss/Dmain/lcr"] > 0
    assert not any(k.startswith("loss/Gmain/lcr") for k in values)  # D step only
