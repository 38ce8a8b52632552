"""Penalties and parametrizations against the checks of techniques-2.md §1–3."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from blocks.base import BuildContext
from blocks.regularizers import (
    ClipParams,
    R1Params,
    SpectralNorm,
    SpectralNormParams,
    WeightClip,
    gradient_penalty,
    r1_penalty,
)
from blocks.runtime import PhaseBatch
from schemas import RunConfig


def linear_critic(norm: float = 5.0, dim: int = 2) -> nn.Linear:
    lin = nn.Linear(dim, 1).double()
    with torch.no_grad():
        w = torch.randn(1, dim, dtype=torch.float64)
        lin.weight.copy_(w / w.norm() * norm)
    return lin


def critic_fn(net: nn.Module):  # type: ignore[no-untyped-def]
    return lambda x: net(x).squeeze(-1)


def test_gp_on_a_linear_critic_is_exact() -> None:
    D = linear_critic(5.0)
    real, fake = torch.randn(16, 2).double(), torch.randn(16, 2).double()
    assert gradient_penalty(critic_fn(D), real, fake).item() == pytest.approx(16.0)
    assert gradient_penalty(critic_fn(D), real, fake, center=0.0).item() == pytest.approx(25.0)


def test_r1_on_a_linear_critic_gamma_half_form() -> None:
    D = linear_critic(5.0)
    from blocks.regularizers import R1Reg

    reg = R1Reg(R1Params(gamma=1.0))
    x = torch.randn(8, 2).double()
    batch = PhaseBatch(real=x, fake=x, z=x, critic=critic_fn(D), D=D, G=D, step=torch.tensor(0))
    assert reg.term(batch).item() == pytest.approx(12.5)
    assert r1_penalty(critic_fn(D), x).item() == pytest.approx(25.0)


def test_gp_trains_the_critic_through_double_backprop() -> None:
    D = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1)).double()
    real, fake = torch.randn(8, 2).double(), torch.randn(8, 2).double()
    gp = gradient_penalty(critic_fn(D), real, fake)
    grads = torch.autograd.grad(gp, [D[0].weight, D[2].weight])
    assert all(g.abs().sum() > 0 for g in grads)


def test_penalty_gradients_match_finite_differences() -> None:
    x = torch.randn(4, 3, dtype=torch.float64)

    def r1_of(w: torch.Tensor) -> torch.Tensor:
        return r1_penalty(lambda v: torch.tanh(v @ w).sum(1), x)

    w = torch.randn(3, 5, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(r1_of, (w,))


def ctx() -> BuildContext:
    return BuildContext("r", torch.device("cpu"), RunConfig(), (2,), 2)


def test_spectral_norm_brings_sigma_to_one() -> None:
    torch.manual_seed(0)
    D = nn.Sequential(nn.Linear(20, 40), nn.LeakyReLU(0.2), nn.Linear(40, 1))
    with torch.no_grad():
        D[0].weight.mul_(10)
    SpectralNorm("sn", SpectralNormParams()).build(ctx()).attach(D)
    x = torch.randn(64, 20)
    for _ in range(30):
        D(x)
    sigma = torch.linalg.matrix_norm(D[0].weight.detach(), 2).item()
    assert abs(sigma - 1) < 1e-2
    D.eval()
    a, b = D(x), D(x)
    assert torch.equal(a, b)
    # 1-Lipschitz: |D(x) - D(y)| <= |x - y|
    y = torch.randn(64, 20)
    assert ((D(x) - D(y)).abs().squeeze() <= (x - y).norm(dim=1) + 1e-4).all()


def test_weight_clip_bounds_every_parameter() -> None:
    D = nn.Sequential(nn.Linear(2, 8), nn.Linear(8, 1))
    reg = WeightClip("clip", ClipParams(c=0.01)).build(ctx())
    reg.after_step(D)
    assert max(p.abs().max().item() for p in D.parameters()) <= 0.01
    assert not reg.has_term
