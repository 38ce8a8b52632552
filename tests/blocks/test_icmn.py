"""ICMN critics, convex projection, VDC / Choquet–Toland objectives (techniques-2.md §10)."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import Tensor

from blocks.icmn import (
    ICMN,
    SECOND_CRITIC,
    ChoquetTolandLoss,
    ICMNCritic,
    convexity_fraction,
    ct_distance,
    half_sq_norm_gap,
    project_to_nonnegative,
    u_integral,
)
from blocks.runtime import Batch, CriticOutput
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


def midpoint_gaps(u: ICMN, a: Tensor, b: Tensor) -> Tensor:
    """f((a+b)/2) − (f(a)+f(b))/2 per pair: ≤ 0 everywhere for a convex f."""
    with torch.no_grad():
        return u((a + b) / 2) - (u(a) + u(b)) / 2


def test_projection_clamps_only_the_constrained_weights_and_reports_the_negative_share() -> None:
    torch.manual_seed(0)
    critic = ICMNCritic(2, 4, 3, 2, critics=2)
    first = critic.u0.input_to_hidden[0]
    assert isinstance(first, torch.nn.Linear)
    free_before = [first.weight.clone(), critic.u0.residual.weight.clone()]
    constrained = critic.constrained_weights()
    assert len(constrained) == 2 * 3  # per critic: two hidden-to-hidden layers and the output
    n_neg = sum(int((w < 0).sum()) for w in constrained)
    n_all = sum(w.numel() for w in constrained)
    expected = [w.clamp(min=0) for w in constrained]
    share = critic.project()
    assert share.item() == pytest.approx(n_neg / n_all)
    for w, e in zip(critic.constrained_weights(), expected, strict=True):
        assert torch.equal(w, e) and bool((w >= 0).all())
    assert torch.equal(first.weight, free_before[0])
    assert torch.equal(critic.u0.residual.weight, free_before[1])
    assert critic.project().item() == 0.0  # idempotent


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    units=st.integers(1, 12),
    layers=st.integers(1, 5),
    pieces=st.integers(1, 4),
    scale=st.floats(0.1, 20.0),
)
def test_a_projected_icmn_is_convex_on_random_chords(
    seed: int, units: int, layers: int, pieces: int, scale: float
) -> None:
    torch.manual_seed(seed)
    u = ICMN(3, units, layers, pieces)
    for w in u.constrained_weights():  # start far from the convex class
        w.data.normal_(0, 2.0)
    project_to_nonnegative(u.constrained_weights())
    a, b = scale * torch.randn(256, 3), scale * torch.randn(256, 3)
    gaps = midpoint_gaps(u, a, b)
    tol = 1e-5 * (1 + u(a).abs().max().item() + u(b).abs().max().item())
    assert gaps.max().item() <= tol


def test_an_unprojected_icmn_is_not_convex() -> None:
    """The check can fail: random signed weights break convexity on some chords (§10.3: 73%)."""
    torch.manual_seed(1)
    u = ICMN(2, 16, 5, 2)
    x = 3 * torch.randn(4096, 2)
    before = convexity_fraction(u, x, torch.Generator().manual_seed(0)).item()
    project_to_nonnegative(u.constrained_weights())
    after = convexity_fraction(u, x, torch.Generator().manual_seed(0)).item()
    assert before < 0.95 and after == 1.0


def test_objectives_by_hand() -> None:
    u_fake, u_real = torch.tensor([1.0, 2.0, 6.0]), torch.tensor([0.5, 1.5])
    assert u_integral(u_fake, u_real).item() == pytest.approx(3.0 - 1.0)
    x_real = torch.tensor([[3.0, 4.0], [0.0, 1.0]])  # ‖x‖² 25, 1: mean 13
    x_fake = torch.tensor([[1.0, 1.0], [2.0, 0.0], [0.0, 0.0]])  # 2, 4, 0: mean 2
    assert half_sq_norm_gap(x_real, x_fake).item() == pytest.approx(0.5 * (13 - 2))
    # ∫u₀ d(μ₊ − μ₋) = 2; ∫u₁ d(μ₋ − μ₊) = 1 − 1 = 0
    u1_fake, u1_real = torch.tensor([0.0, 0.0, 3.0]), torch.tensor([1.0, 1.0])
    assert ct_distance(u_fake, u_real, u1_fake, u1_real, "sum").item() == pytest.approx(2.0)
    assert ct_distance(u_fake, u_real, u1_fake, u1_real, "min").item() == pytest.approx(0.0)


def _batch(mode_critics: int, real: Tensor, fake: Tensor, side: str = "D") -> Batch:
    """A batch around a fixed critic: u₀(x) = Σ x², u₁(x) = Σ x (differentiable in x)."""

    def critic(x: Tensor) -> CriticOutput:
        extras = {SECOND_CRITIC: x.sum(1)} if mode_critics == 2 else {}
        return CriticOutput(x.square().sum(1), extras)

    return Batch.fixed(real=real, fake=fake, critic=critic, side=side)  # type: ignore[arg-type]


def test_loss_signs_critic_minimises_and_g_maximises() -> None:
    real = torch.tensor([[1.0, 0.0], [0.0, 2.0]])  # u₀: 1, 4 → 2.5 ; u₁: 1, 2 → 1.5
    # u₀: 2, 9 → 5.5 ; u₁: 2, 3 → 2.5
    fake = torch.tensor([[1.0, 1.0], [3.0, 0.0]], requires_grad=True)
    vdc = 5.5 - 2.5
    gap = 0.5 * (2.5 - 5.5)  # ½(E‖real‖² − E‖fake‖²)
    dist = (5.5 - 2.5) + (1.5 - 2.5)
    for mode, critics, value in (
        ("vdc", 1, vdc),
        ("ct_discrepancy", 1, vdc + gap),
        ("ct_distance", 2, dist),
    ):
        loss = ChoquetTolandLoss(mode, "sum", 0.0)  # type: ignore[arg-type]
        assert loss.d_loss(_batch(critics, real, fake)).item() == pytest.approx(value)
        assert loss.g_loss(_batch(critics, real, fake, "G")).item() == pytest.approx(-value)
    # the ‖x‖² term trains G only: per fake sample, ∂/∂x of mean Σx² is x, of −½ mean‖x‖² −x/2
    loss = ChoquetTolandLoss("ct_discrepancy", "sum", 0.0)
    (g_d,) = torch.autograd.grad(loss.d_loss(_batch(1, real, fake)), fake)
    (g_g,) = torch.autograd.grad(loss.g_loss(_batch(1, real, fake, "G")), fake)
    assert torch.allclose(g_d, fake.detach())
    assert torch.allclose(g_g, -(fake.detach() - fake.detach() / 2))
    squared = ChoquetTolandLoss("vdc", "sum", 10.0).d_loss(_batch(1, real, fake))
    assert squared.item() == pytest.approx(vdc + 10.0 * ((1 + 16) / 2 + (4 + 81) / 2))


def _train_vdc(plus_std: float, steps: int = 300) -> float:
    """inf over a projected ICMN of ∫u d(μ₊ − μ₋), μ₊ = N(0, s²I), μ₋ = N(0, I) (2-D)."""
    torch.manual_seed(0)
    u = ICMN(2, 16, 3, 2)
    project_to_nonnegative(u.constrained_weights())
    opt = torch.optim.Adam(u.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = u_integral(u(plus_std * torch.randn(512, 2)), u(torch.randn(512, 2)))
        opt.zero_grad()
        loss.backward()
        opt.step()
        project_to_nonnegative(u.constrained_weights())
    with torch.no_grad():
        held = u_integral(u(plus_std * torch.randn(20_000, 2)), u(torch.randn(20_000, 2)))
    return held.item()


def test_sign_check_a_dominating_measure_keeps_the_vdc_near_zero() -> None:
    """§10.4: N(0, 2I) dominates N(0, I): VDC = 0; N(0, 0.5I) does not: clearly < 0.

    For a dominating μ₊ every convex u has ∫u d(μ₊ − μ₋) ≥ 0, so the trained critic's held-out
    value approaches 0 from above and never goes clearly negative; for a dominated one the
    unbounded class drives it down without limit.
    """
    dominating, dominated = _train_vdc(math.sqrt(2.0)), _train_vdc(math.sqrt(0.5))
    assert -0.05 < dominating < 0.3
    assert dominated < -0.5
    # the convex u(x) = ‖x‖ already gives a negative gap for N(0, 0.5I) vs N(0, I)
    x_plus, x_minus = math.sqrt(0.5) * torch.randn(50_000, 2), torch.randn(50_000, 2)
    assert u_integral(x_plus.norm(dim=1), x_minus.norm(dim=1)).item() < -0.3


def test_the_example_keeps_both_critics_convex_while_training() -> None:
    graph = load_graph_dict(tiny("grid25_vdc", steps=4, batch=64))
    assert validate(graph) == []
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    for step in range(4):
        runner.iteration(step, track=True)
    values = runner.flush(0, 4)
    assert "reg/proj/negative_before_projection" in values
    D = prog.nets["D"]
    assert isinstance(D, ICMNCritic) and D.u1 is not None
    assert all(bool((w >= 0).all()) for w in D.constrained_weights())
    x = 3 * torch.randn(2048, 2)
    for u in (D.u0, D.u1):
        assert convexity_fraction(u, x, torch.Generator().manual_seed(1)).item() == 1.0


def test_ct_distance_with_one_critic_is_refused_at_validation() -> None:
    g = tiny("grid25_vdc")
    next(n for n in g["nodes"] if n["id"] == "D")["params"]["critics"] = 1
    issues = validate(load_graph_dict(g))
    assert [i.code for i in issues] == ["missing_critic_output"]
    assert issues[0].path == "nodes.loss" and "u1" in issues[0].message
